package com.example.graph.migrations;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.Revision;

/** Written by hand, as docs/getting-started.md shows: no schemaHash. */
@Revision(id = "0001_create_people", description = "unique person names, an index on birth years")
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
