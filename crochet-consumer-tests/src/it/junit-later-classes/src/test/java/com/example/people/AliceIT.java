package com.example.people;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

class AliceIT extends PeopleGraphIT {

    @Test
    @Order(2)
    void leavesSomethingBehind(Session session) {
        session.run("CREATE (:Person {name: 'Alice', born: 1815})-[:KNOWS]->(:Person {name: 'Ada'})").consume();
    }
}
