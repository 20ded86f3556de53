package dev.crochet.ir;

import dev.crochet.fixtures.movies.Award;
import dev.crochet.fixtures.movies.Country;
import dev.crochet.fixtures.movies.Director;
import dev.crochet.fixtures.movies.Entity;
import dev.crochet.fixtures.movies.Festival;
import dev.crochet.fixtures.movies.Genre;
import dev.crochet.fixtures.movies.Keyword;
import dev.crochet.fixtures.movies.Movie;
import dev.crochet.fixtures.movies.Nomination;
import dev.crochet.fixtures.movies.Person;
import dev.crochet.fixtures.movies.Review;
import dev.crochet.fixtures.movies.Role;
import dev.crochet.fixtures.movies.Studio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The movies fixture read through OGM's metadata, compared field by field with the
 * expected IR.
 */
class MoviesModelTest {

	private static final String FIXTURES = "dev.crochet.fixtures.movies";

	private static SchemaSnapshot snapshot;

	@BeforeAll
	static void read() {
		snapshot = ModelReader.read(FIXTURES);
	}

	private static PropertySchema p(String name, String type) {
		return new PropertySchema(name, type, false, false, false);
	}

	private static PropertySchema p(String name, String type, boolean required, boolean unique, boolean indexed) {
		return new PropertySchema(name, type, required, unique, indexed);
	}

	private static RelationshipSchema r(String type, String direction, String target) {
		return new RelationshipSchema(type, direction, target);
	}

	private static final NodeSchema AWARD = new NodeSchema("award_v1", "Award", List.of("Award"),
			List.of(p("title", "STRING"), p("uuid", "STRING", false, true, true)), List.of(),
			List.of(r("NOMINATED_FOR", "INCOMING", "movie_v1")));

	private static final NodeSchema COUNTRY = new NodeSchema("country_v1", "Country", List.of("Country"),
			List.of(p("iso_code", "STRING", false, true, true), p("population", "INTEGER")), List.of(),
			List.of(r("BORDERS", "UNDIRECTED", "country_v1")));

	private static final List<PropertySchema> PERSON_PROPERTIES = List.of(p("aliases", "LIST<STRING>"),
			p("born", "INTEGER"), p("created_at", "DATETIME"), p("name", "STRING", true, true, true));

	private static final NodeSchema DIRECTOR = new NodeSchema("director_v1", "Director",
			List.of("Director", "Entity", "Person"),
			List.of(p("aliases", "LIST<STRING>"), p("born", "INTEGER"), p("created_at", "DATETIME"),
					p("name", "STRING", true, true, true), p("retired", "BOOLEAN")),
			List.of(), List.of(r("ACTED_IN", "OUTGOING", "movie_v1"), r("DIRECTED", "OUTGOING", "movie_v1"),
					r("FOLLOWS", "OUTGOING", "person_v1"), r("REVIEWED", "OUTGOING", "movie_v1")));

	private static final NodeSchema FESTIVAL = new NodeSchema("festival_v1", "Festival", List.of("Festival"),
			List.of(p("attendance", "LIST<INTEGER>"), p("broadcastAt", "TIME"), p("length", "DURATION"),
					p("name", "STRING"), p("opensAt", "LOCAL TIME")),
			List.of(), List.of(r("HELD_IN", "OUTGOING", "country_v1"), r("SCREENED", "OUTGOING", "movie_v1")));

	private static final NodeSchema KEYWORD = new NodeSchema(
			"keyword_v1", "Keyword", List.of("Entity", "Keyword"), List.of(p("created_at", "DATETIME"),
					p("initial", "STRING"), p("value", "STRING", false, false, true), p("weight", "INTEGER")),
			List.of(), List.of());

	private static final NodeSchema MOVIE = new NodeSchema("movie_v1", "Movie", List.of("Movie"),
			List.of(p("budget", "INTEGER"), p("genre", "STRING"), p("imdb_id", "STRING", false, true, true),
					p("poster", "BYTE_ARRAY"), p("rating", "FLOAT"), p("released", "DATE"),
					p("runtime_minutes", "INTEGER"), p("tags", "LIST<STRING>"),
					p("title", "STRING", true, false, false)),
			List.of(new CompositeIndexSchema(List.of("genre", "rating"), true),
					new CompositeIndexSchema(List.of("title", "released"), false)),
			List.of(r("ACTED_IN", "INCOMING", "person_v1"), r("NOMINATED_FOR", "OUTGOING", "award_v1"),
					r("PRODUCED_BY", "OUTGOING", "studio_v1"), r("TAGGED", "OUTGOING", "keyword_v1")));

	private static final NodeSchema PERSON = new NodeSchema("person_v1", "Person", List.of("Entity", "Person"),
			PERSON_PROPERTIES, List.of(), List.of(r("ACTED_IN", "OUTGOING", "movie_v1"),
					r("FOLLOWS", "OUTGOING", "person_v1"), r("REVIEWED", "OUTGOING", "movie_v1")));

	private static final NodeSchema STUDIO = new NodeSchema("studio_v1", "Studio", List.of("Entity", "Studio"),
			List.of(p("active", "BOOLEAN"), p("created_at", "DATETIME"), p("founded_on", "DATE"),
					p("lastAudit", "DATETIME", false, false, true), p("name", "STRING", false, true, true)),
			List.of(), List.of(r("LOCATED_IN", "OUTGOING", "country_v1"), r("PRODUCED_BY", "INCOMING", "movie_v1")));

	private static final RelationshipEntitySchema ACTED_IN = new RelationshipEntitySchema("acted_in_v1", "ACTED_IN",
			"person_v1", "movie_v1", List.of(p("characters", "LIST<STRING>"), p("credited_as", "STRING")));

	private static final RelationshipEntitySchema NOMINATED_FOR = new RelationshipEntitySchema("nominated_for_v1",
			"NOMINATED_FOR", "movie_v1", "award_v1",
			List.of(p("announcedAt", "DATETIME"), p("category", "STRING", false, false, true),
					p("ceremony", "LOCAL DATETIME"), p("won", "BOOLEAN"), p("year", "INTEGER")));

	private static final RelationshipEntitySchema REVIEWED = new RelationshipEntitySchema("reviewed_v1", "REVIEWED",
			"person_v1", "movie_v1", List.of(p("reviewedAt", "DATETIME"), p("stars", "INTEGER", true, false, false),
					p("summary", "STRING"), p("watchTime", "DURATION")));

	@Test
	void nodesAreSortedByKgidAndAbstractBaseIsNoModel() {
		assertThat(snapshot.nodes()).extracting(NodeSchema::kgid)
			.containsExactly("award_v1", "country_v1", "director_v1", "festival_v1", "keyword_v1", "movie_v1",
					"person_v1", "studio_v1");
		assertThat(snapshot.relationships()).extracting(RelationshipEntitySchema::kgid)
			.containsExactly("acted_in_v1", "nominated_for_v1", "reviewed_v1");
	}

	@Test
	void everyNodeMatchesFieldByField() {
		for (NodeSchema expected : List.of(AWARD, COUNTRY, DIRECTOR, FESTIVAL, KEYWORD, MOVIE, PERSON, STUDIO)) {
			NodeSchema actual = snapshot.node(expected.kgid()).orElseThrow();
			assertThat(actual.primaryLabel()).as(expected.kgid() + " primary label").isEqualTo(expected.primaryLabel());
			assertThat(actual.labels()).as(expected.kgid() + " labels").containsExactlyElementsOf(expected.labels());
			assertThat(actual.properties()).as(expected.kgid() + " properties")
				.containsExactlyElementsOf(expected.properties());
			assertThat(actual.compositeIndexes()).as(expected.kgid() + " composite indexes")
				.containsExactlyElementsOf(expected.compositeIndexes());
			assertThat(actual.relationships()).as(expected.kgid() + " relationships")
				.containsExactlyElementsOf(expected.relationships());
		}
	}

	@Test
	void everyRelationshipEntityMatchesFieldByField() {
		for (RelationshipEntitySchema expected : List.of(ACTED_IN, NOMINATED_FOR, REVIEWED)) {
			RelationshipEntitySchema actual = snapshot.relationship(expected.kgid()).orElseThrow();
			assertThat(actual.type()).as(expected.kgid() + " type").isEqualTo(expected.type());
			assertThat(actual.startKgid()).as(expected.kgid() + " start").isEqualTo(expected.startKgid());
			assertThat(actual.endKgid()).as(expected.kgid() + " end").isEqualTo(expected.endKgid());
			assertThat(actual.properties()).as(expected.kgid() + " properties")
				.containsExactlyElementsOf(expected.properties());
		}
	}

	@Test
	void wholeSnapshotEqualsTheExpectedOne() {
		assertThat(snapshot)
			.isEqualTo(new SchemaSnapshot(List.of(AWARD, COUNTRY, DIRECTOR, FESTIVAL, KEYWORD, MOVIE, PERSON, STUDIO),
					List.of(ACTED_IN, NOMINATED_FOR, REVIEWED)));
	}

	@Test
	void readingTheClassesGivesTheSameSnapshotAsScanningThePackage() {
		SchemaSnapshot fromClasses = ModelReader.read(List.of(Award.class, Country.class, Director.class, Entity.class,
				Festival.class, Genre.class, Keyword.class, Movie.class, Nomination.class, Person.class, Review.class,
				Role.class, Studio.class));

		assertThat(fromClasses).isEqualTo(snapshot);
	}

	@Test
	void readingASubsetOfClassesKeepsOnlyThoseModels() {
		SchemaSnapshot countries = ModelReader.read(List.of(Country.class));

		assertThat(countries).isEqualTo(new SchemaSnapshot(List.of(COUNTRY), List.of()));
	}

}
