package com.example.people.migrations;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.Revision;

@Revision(id = "0002_births", parent = "0001_people", description = "an index on birth years")
public final class V0002Births implements Migration {

    @Override
    public void upgrade(MigrationContext ctx) {
        ctx.addIndex("Person", "born");
    }

    @Override
    public void downgrade(MigrationContext ctx) {
        ctx.dropIndex("Person", "born");
    }
}
