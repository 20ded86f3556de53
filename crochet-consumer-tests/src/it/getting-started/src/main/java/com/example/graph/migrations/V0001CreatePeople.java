package com.example.graph.migrations;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.Revision;

@Revision(id = "0001_create_people", description = "unique person names, an index on birth years",
        schemaHash = "0e10b2a547c2f5774b1d2e0b3b878a26d05b13d575311a9881df797ed78391a5")
public final class V0001CreatePeople implements Migration {

    @Override
    public void upgrade(MigrationContext ctx) {
        ctx.addUniqueConstraint("Person", "name");
        ctx.addIndex("Person", "born");
    }

    @Override
    public void downgrade(MigrationContext ctx) {
        ctx.dropIndex("Person", "born");
        ctx.dropUniqueConstraint("Person", "name");
    }
}
