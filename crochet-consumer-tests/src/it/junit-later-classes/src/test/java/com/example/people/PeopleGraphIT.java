package com.example.people;

import dev.crochet.junit.CrochetMigrated;
import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.LedgerView;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Session;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One configuration for every class. Each class first checks that it starts as a fresh
 * migration would leave it, then leaves something behind for the next class.
 */
@CrochetMigrated(migrationPackages = "com.example.people.migrations")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PeopleGraphIT {

    @Test
    @Order(1)
    void startsEmptyAtTheHeadWithALedgerOfItsOwn(Session session, LedgerView ledger) {
        assertEquals(0, count(session, "MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '_') RETURN count(n)"),
                "nodes left by another class");
        assertEquals(1, count(session, "SHOW CONSTRAINTS YIELD labelsOrTypes WHERE labelsOrTypes = ['Person'] RETURN count(*)"));
        assertEquals(0, count(session, "SHOW INDEXES YIELD name WHERE name = 'left_behind' RETURN count(*)"),
                "an index left by another class");
        assertEquals(2, ledger.applied().size());
        assertEquals("0002_births", ledger.head().map(AppliedMigration::revision).orElseThrow());
    }

    static long count(Session session, String cypher) {
        return session.run(cypher).single().get(0).asLong();
    }
}
