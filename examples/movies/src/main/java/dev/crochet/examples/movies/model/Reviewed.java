package dev.crochet.examples.movies.model;

import dev.crochet.KgId;
import org.neo4j.ogm.annotation.EndNode;
import org.neo4j.ogm.annotation.GeneratedValue;
import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.Index;
import org.neo4j.ogm.annotation.RelationshipEntity;
import org.neo4j.ogm.annotation.StartNode;

/** A critic's review of a movie, rated 0 to 100. */
@RelationshipEntity(type = "REVIEWED")
@KgId("reviewed_v1")
public class Reviewed {

	@Id
	@GeneratedValue
	Long id;

	@StartNode
	Person critic;

	@EndNode
	Movie movie;

	@Index
	Integer rating;

	String summary;

}
