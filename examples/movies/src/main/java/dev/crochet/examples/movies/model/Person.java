package dev.crochet.examples.movies.model;

import dev.crochet.KgId;
import org.neo4j.ogm.annotation.GeneratedValue;
import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.Index;
import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Property;
import org.neo4j.ogm.annotation.Relationship;
import org.neo4j.ogm.annotation.Required;

import java.util.List;

/** An actor, director or critic. */
// tag::model[]
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
	@Property(name = "birth_year")
	Integer birthYear;

	@Relationship(type = "ACTED_IN")
	List<ActedIn> roles;

	@Relationship(type = "DIRECTED")
	List<Movie> directed;

	@Relationship(type = "REVIEWED")
	List<Reviewed> reviews;

}
// end::model[]
