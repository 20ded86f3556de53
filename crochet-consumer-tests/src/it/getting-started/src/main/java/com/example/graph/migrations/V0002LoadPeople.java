package com.example.graph.migrations;

import dev.crochet.CsvRows;
import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.Revision;

import java.nio.file.Path;
import java.util.Map;

@Revision(id = "0002_load_people", parent = "0001_create_people", description = "the people of data/people.csv",
        schemaHash = "0e10b2a547c2f5774b1d2e0b3b878a26d05b13d575311a9881df797ed78391a5")
public final class V0002LoadPeople implements Migration {

    @Override
    public void upgrade(MigrationContext ctx) {
        // On the class path: a folder under `mvn test`, the packaged jar under failsafe.
        Path people = CsvRows.resource(V0002LoadPeople.class, "/data/people.csv");
        ctx.beginBatch("people", people);   // the ledger records the file's checksum
        ctx.createNodes("Person", CsvRows.read(people,
                row -> Map.of("name", row.get("name"), "born", Integer.parseInt(row.get("born")))));
    }

    @Override
    public void downgrade(MigrationContext ctx) {
        ctx.deleteNodesByBatch("Person", "people");
    }
}
