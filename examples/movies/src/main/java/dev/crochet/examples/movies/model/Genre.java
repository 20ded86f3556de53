package dev.crochet.examples.movies.model;

import dev.crochet.KgId;
import org.neo4j.ogm.annotation.GeneratedValue;
import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.Index;
import org.neo4j.ogm.annotation.NodeEntity;

/** A genre such as Drama or Science Fiction. */
@NodeEntity("Genre")
@KgId("genre_v1")
public class Genre {

	@Id
	@GeneratedValue
	Long id;

	@Index(unique = true)
	String name;

}
