package com.example.graph;

import dev.crochet.junit.CrochetMigrated;
import dev.crochet.junit.Migrator;
import dev.crochet.roundtrip.RoundTripReport;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import static dev.crochet.assertj.CrochetAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Cypher files only: no Java migrations and no models (so no drift check). */
@CrochetMigrated(migrationLocations = "classpath:db/crochet")
class CypherMigrationsIT {

    @Test
    void everyDowngradeLeavesNoTrace(RoundTripReport report) {
        assertThat(report).leavesNoTrace();
    }

    @Test
    void theFilesAreApplied(Driver driver, Migrator migrator) {
        assertThat(driver).hasUniqueConstraint("Person", "name").hasIndex("Person", "born");
        assertThat(migrator.revisions()).containsExactly("0001_people", "0002_index_born");
        assertThat(migrator.current()).contains("0002_index_born");
    }
}
