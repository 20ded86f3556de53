package com.example.people;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

class BobIT extends PeopleGraphIT {

    @Test
    @Order(2)
    void leavesSomethingBehind(Session session) {
        session.run("CREATE INDEX left_behind FOR (n:Note) ON (n.text)").consume();
        session.run("CREATE (:Person {name: 'Bob'})").consume();
    }
}
