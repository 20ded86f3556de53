package com.example.people.migrations;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.Revision;

@Revision(id = "0001_people", description = "unique person names")
public final class V0001People implements Migration {

    @Override
    public void upgrade(MigrationContext ctx) {
        ctx.addUniqueConstraint("Person", "name");
    }

    @Override
    public void downgrade(MigrationContext ctx) {
        ctx.dropUniqueConstraint("Person", "name");
    }
}
