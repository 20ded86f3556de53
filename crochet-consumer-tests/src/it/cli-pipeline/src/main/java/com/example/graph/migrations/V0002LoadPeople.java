package com.example.graph.migrations;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.Revision;

import java.util.List;
import java.util.Map;

@Revision(id = "0002_load_people", parent = "0001_create_people", description = "three people in batch 'people'",
        schemaHash = "0e10b2a547c2f5774b1d2e0b3b878a26d05b13d575311a9881df797ed78391a5")
public final class V0002LoadPeople implements Migration {

    @Override
    public void upgrade(MigrationContext ctx) {
        ctx.beginBatch("people");
        ctx.createNodes("Person", List.of(
                Map.of("name", "Ada", "born", 1815),
                Map.of("name", "Grace", "born", 1906),
                Map.of("name", "Alan", "born", 1912)));
    }

    @Override
    public void downgrade(MigrationContext ctx) {
        ctx.deleteNodesByBatch("Person", "people");
    }
}
