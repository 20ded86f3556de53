package com.example.people;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

class CarolIT extends PeopleGraphIT {

    @Test
    @Order(2)
    void leavesSomethingBehind(Session session) {
        session.run("CREATE (:Person {name: 'Carol'})").consume();
    }
}
