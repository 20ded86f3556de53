package com.example.graph;

import dev.crochet.junit.CrochetMigrated;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.LedgerView;
import dev.crochet.roundtrip.RoundTripReport;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import static dev.crochet.assertj.CrochetAssertions.assertThat;

@CrochetMigrated(
        migrationPackages = "com.example.graph.migrations",
        modelPackages = "com.example.graph.model")
class PeopleMigrationsIT {

    @Test
    void everyDowngradeLeavesNoTrace(RoundTripReport report) {
        assertThat(report).leavesNoTrace();
    }

    @Test
    void theGraphHasWhatTheModelsDeclare(Driver driver) {
        assertThat(driver)
            .hasUniqueConstraint("Person", "name")
            .hasIndex("Person", "born")
            .hasNodesInBatch("people", 3);
    }

    @Test
    void theLedgerRecordsTheBatch(LedgerView ledger) {
        assertThat(ledger).isAtRevision("0002_load_people").hasBatch("people", BatchStatus.COMMITTED);
    }
}
