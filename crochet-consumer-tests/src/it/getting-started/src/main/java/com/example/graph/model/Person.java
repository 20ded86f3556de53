package com.example.graph.model;

import dev.crochet.KgId;
import org.neo4j.ogm.annotation.GeneratedValue;
import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.Index;
import org.neo4j.ogm.annotation.NodeEntity;

@NodeEntity("Person")
@KgId("person_v1")
public class Person {

    @Id
    @GeneratedValue
    Long id;

    @Index(unique = true)
    String name;

    @Index
    Integer born;
}
