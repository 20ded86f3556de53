package dev.crochet.examples.movies.model;

import dev.crochet.KgId;
import org.neo4j.ogm.annotation.GeneratedValue;
import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.Index;
import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;
import org.neo4j.ogm.annotation.Required;

import java.util.List;

/** A film. Its label was {@code Film} until revision 0003. */
@NodeEntity("Movie")
@KgId("movie_v1")
public class Movie {

	@Id
	@GeneratedValue
	Long id;

	@Required
	@Index(unique = true)
	String title;

	@Index
	Integer released;

	/** Backfilled by revision 0005 from {@code released}, indexed by revision 0008. */
	@Index
	Integer decade;

	@Relationship(type = "IN_GENRE")
	List<Genre> genres;

}
