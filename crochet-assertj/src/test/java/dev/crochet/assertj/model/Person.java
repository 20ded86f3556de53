package dev.crochet.assertj.model;

import dev.crochet.KgId;
import org.neo4j.ogm.annotation.GeneratedValue;
import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.Index;
import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;
import org.neo4j.ogm.annotation.Required;

import java.util.List;

@NodeEntity("Person")
@KgId("person_v1")
public class Person {

	@Id
	@GeneratedValue
	Long id;

	@Required
	@Index(unique = true)
	String name;

	@Index
	Integer age;

	String nickname;

	@Relationship(type = "FOLLOWS")
	List<Person> follows;

}
