package com.example.people;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DaveIT extends PeopleGraphIT {

    @Test
    @Order(2)
    void leavesSomethingBehind(Session session) {
        assertEquals(1, count(session, "SHOW INDEXES YIELD labelsOrTypes, properties WHERE labelsOrTypes = ['Person'] AND properties = ['born'] RETURN count(*)"));
    }
}
