package com.example.graph.migrations;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.Revision;

@Revision(id = "0001_create_people", description = "unique person names, an index on birth years")
public final class V0001CreatePeople implements Migration {

    @Override
    public void upgrade(MigrationContext ctx) {
        ctx.addUniqueConstraint("Person", "name");
        ctx.addIndex("Person", "born");
    }

    @Override
    public void downgrade(MigrationContext ctx) {
        // Forgets ctx.dropIndex("Person", "born"): the round trip must catch it.
        ctx.dropUniqueConstraint("Person", "name");
    }
}
