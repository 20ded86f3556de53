package dev.crochet.examples.movies.model;

import dev.crochet.KgId;
import org.neo4j.ogm.annotation.EndNode;
import org.neo4j.ogm.annotation.GeneratedValue;
import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.RelationshipEntity;
import org.neo4j.ogm.annotation.StartNode;

import java.util.List;

/** A person acting in a movie, with the roles played. */
// tag::relationship-entity[]
@RelationshipEntity(type = "ACTED_IN")
@KgId("acted_in_v1")
public class ActedIn {

	@Id
	@GeneratedValue
	Long id;

	@StartNode
	Person actor;

	@EndNode
	Movie movie;

	List<String> roles;

}
// end::relationship-entity[]
