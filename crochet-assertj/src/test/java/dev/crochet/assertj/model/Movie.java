package dev.crochet.assertj.model;

import dev.crochet.KgId;
import org.neo4j.ogm.annotation.GeneratedValue;
import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.Index;
import org.neo4j.ogm.annotation.NodeEntity;

@NodeEntity("Movie")
@KgId("movie_v1")
public class Movie {

	@Id
	@GeneratedValue
	Long id;

	@Index(unique = true)
	String title;

}
