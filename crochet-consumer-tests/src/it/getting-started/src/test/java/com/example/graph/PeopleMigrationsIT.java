package com.example.graph;

import dev.crochet.Crochet;
import dev.crochet.junit.CrochetMigrated;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.LedgerView;
import dev.crochet.roundtrip.RoundTripReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import java.nio.file.Path;

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

    @Test
    void theChainAndTheModelsAgree(Driver driver, @TempDir Path dir) {
        // The facade on the class's database, with a ledger of its own: read-only checks.
        try (Crochet crochet = Crochet.configure()
                .driver(driver)
                .ledger(dir.resolve("ledger.db"))
                .migrationPackages("com.example.graph.migrations")
                .modelPackages("com.example.graph.model")
                .load()) {
            assertThat(crochet.chain()).isLinear().hasHead("0002_load_people").isRollbackSafe();
            assertThat(crochet.modelDrift()).hasNoDrift();   // models vs the head migration's schema hash
            assertThat(crochet.drift()).hasNoDrift();        // ... and vs the live constraints and indexes
        }
    }
}
