package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.Drift;
import dev.crochet.ir.ModelReader;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.live.IgnoredElement;
import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaElement.Kind;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.RevisionVerdict;
import dev.crochet.roundtrip.RevisionVerdict.Outcome;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.crochet.engine.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of index and constraint Community edition can create is read, compared and
 * reported.
 */
class LiveSchemaIT extends EngineTestBase {

	private static final String NL = System.lineSeparator();

	private static final String MODELS = "dev.crochet.engine.fixtures.models.v1";

	private static final SchemaSnapshot MODELS_V1 = ModelReader.read(MODELS);

	private static final String MULTI_LABEL_FULLTEXT = "CREATE FULLTEXT INDEX ft FOR (n:Author|Book) ON EACH [n.name]";

	/** Exactly what the v1 models declare. */
	private static final ResolvedMigration V1 = step("0001_v1", null, true, MODELS_V1.hash(), c -> {
		c.addUniqueConstraint("Person", "name");
		c.addIndex("Person", "age");
		c.addUniqueConstraint("Movie", "title");
	}, c -> {
		c.dropUniqueConstraint("Movie", "title");
		c.dropIndex("Person", "age");
		c.dropUniqueConstraint("Person", "name");
	});

	@Test
	void everyKindCommunityCanCreateIsReadBack() {
		Crochet crochet = crochet(List.of());
		List.of("CREATE INDEX range_node FOR (n:Person) ON (n.age)",
				"CREATE TEXT INDEX text_node FOR (n:Person) ON (n.bio)",
				"CREATE POINT INDEX point_node FOR (n:Place) ON (n.location)",
				"CREATE FULLTEXT INDEX ft_single FOR (n:Movie) ON EACH [n.title, n.tagline]", MULTI_LABEL_FULLTEXT,
				"CREATE VECTOR INDEX vector_node FOR (n:Doc) ON (n.embedding) OPTIONS {indexConfig: "
						+ "{`vector.dimensions`: 3, `vector.similarity_function`: 'cosine'}}",
				"CREATE INDEX range_rel FOR ()-[r:RATED]-() ON (r.stars)",
				"CREATE TEXT INDEX text_rel FOR ()-[r:RATED]-() ON (r.summary)",
				"CREATE POINT INDEX point_rel FOR ()-[r:RATED]-() ON (r.at)",
				"CREATE FULLTEXT INDEX ft_rel FOR ()-[r:REVIEWED|RATED]-() ON EACH [r.summary]",
				"CREATE CONSTRAINT unique_node FOR (n:Person) REQUIRE n.name IS UNIQUE",
				"CREATE CONSTRAINT unique_rel FOR ()-[r:RATED]-() REQUIRE r.id IS UNIQUE")
			.forEach(cypher -> crochet.runCypher(cypher, Map.of()));

		assertThat(crochet.liveSchema().elements()).extracting(SchemaElement::describe)
			.containsExactlyInAnyOrder("range index on :Person(age) named range_node",
					"text index on :Person(bio) named text_node", "point index on :Place(location) named point_node",
					"fulltext index on :Movie(title, tagline) named ft_single",
					"fulltext index on :Author|Book(name) named ft",
					"vector index on :Doc(embedding) named vector_node",
					"range index on [:RATED](stars) named range_rel", "text index on [:RATED](summary) named text_rel",
					"point index on [:RATED](at) named point_rel",
					"fulltext index on [:RATED|REVIEWED](summary) named ft_rel",
					"unique constraint on :Person(name) named unique_node",
					"unique constraint on [:RATED](id) named unique_rel");
	}

	@Test
	void theTokenLookupIndexesArePartOfTheFingerprintButNotOfTheLiveSchema() {
		Crochet crochet = crochet(List.of());

		assertThat(crochet.fingerprint().schema()).filteredOn(e -> e.kind() == Kind.LOOKUP_INDEX)
			.extracting(SchemaElement::describe)
			.satisfiesExactlyInAnyOrder(d -> assertThat(d).startsWith("token lookup index on nodes named "),
					d -> assertThat(d).startsWith("token lookup index on relationships named "));
		assertThat(crochet.liveSchema().elements()).isEmpty();
	}

	@Test
	void aDowngradeThatForgetsAMultiLabelFullTextIndexFailsTheRoundTrip() {
		Crochet crochet = crochet(
				List.of(step("0001_search", null, c -> c.runCypher(MULTI_LABEL_FULLTEXT), Steps.nothing())));

		RoundTripReport report = crochet.roundTrip(RoundTripMode.STEPWISE);

		RevisionVerdict verdict = report.verdict("0001_search").orElseThrow();
		assertThat(verdict.outcome()).isEqualTo(Outcome.LEFT_TRACE);
		assertThat(verdict.leftBehind()).extracting(d -> d.subject())
			.containsExactly("fulltext index on :Author|Book(name) named ft");
		assertThat(report.describe()).contains("left behind: fulltext index on :Author|Book(name) named ft");
	}

	@Test
	void anUpgradeThatDropsATokenLookupIndexFailsTheRoundTrip() {
		Crochet crochet = crochet(List.of());
		String lookup = rows(crochet,
				"SHOW INDEXES YIELD name, type, entityType WHERE type = 'LOOKUP' AND entityType = "
						+ "'RELATIONSHIP' RETURN name")
			.get(0)
			.get("name")
			.toString();
		Crochet dropping = crochet(b -> b.ledger(dir.resolve("dropping.db"))
			.migrations(List.of(step("0001_drop", null, c -> c.runCypher("DROP INDEX " + lookup + " IF EXISTS"),
					Steps.nothing()))));
		try {
			RoundTripReport report = dropping.roundTrip(RoundTripMode.STEPWISE);

			RevisionVerdict verdict = report.verdict("0001_drop").orElseThrow();
			assertThat(verdict.outcome()).isEqualTo(Outcome.LEFT_TRACE);
			assertThat(verdict.lost()).extracting(d -> d.subject())
				.containsExactly("token lookup index on relationships named " + lookup);
		}
		finally {
			// The cleaner keeps token lookup indexes, so put back the one every database
			// has.
			crochet.runCypher("CREATE LOOKUP INDEX " + lookup + " IF NOT EXISTS FOR ()-[r]-() ON EACH type(r)",
					Map.of());
		}
	}

	@Test
	void driftReportsAMultiLabelFullTextIndexTheModelsDoNotDeclare() {
		Crochet crochet = crochet(b -> b.migrations(List.of(V1)).modelPackages(MODELS));
		crochet.upgrade();
		assertThat(crochet.drift().hasDrift()).as(crochet.drift().describe()).isFalse();

		crochet.runCypher(MULTI_LABEL_FULLTEXT, Map.of());

		Drift drift = crochet.drift();
		assertThat(drift.hasDrift()).isTrue();
		assertThat(drift.describe())
			.isEqualTo("Not declared by the models: fulltext index on :Author|Book(name) named ft" + NL
					+ "Add the operations to a migration (or remove the stray constraints and indexes), then upgrade.");
	}

	@Test
	void anIndexMatchingAnIgnorePatternIsListedButIsNotDrift() {
		Crochet crochet = crochet(b -> b.migrations(List.of(V1)).modelPackages(MODELS).ignoreSchema("bloom_*"));
		crochet.upgrade();
		crochet.runCypher("CREATE FULLTEXT INDEX bloom_x FOR (n:Movie) ON EACH [n.title]", Map.of());

		Drift drift = crochet.drift();

		assertThat(drift.hasDrift()).isFalse();
		assertThat(drift.ignoredInGraph()).extracting(IgnoredElement::describe)
			.containsExactly("Ignored (matches 'bloom_*'): fulltext index on :Movie(title) named bloom_x");
		assertThat(drift.describe())
			.isEqualTo("no drift" + NL + "Ignored (matches 'bloom_*'): fulltext index on :Movie(title) named bloom_x");
		assertThat(crochet.verify().describe()).endsWith("[ok]   live schema matches the models" + NL
				+ "[ok]   Ignored (matches 'bloom_*'): fulltext index on :Movie(title) named bloom_x");
		assertThat(crochet.verify().ok()).isTrue();

		Crochet unignored = crochet(b -> b.migrations(List.of(V1)).modelPackages(MODELS));
		assertThat(unignored.drift().unexpectedInGraph()).extracting(SchemaElement::describe)
			.containsExactly("fulltext index on :Movie(title) named bloom_x");
	}

	@Test
	void aPatternMatchingEverythingIsRefusedWhenConfigured() {
		assertThatThrownBy(() -> Crochet.configure().ignoreSchema("bloom_*", "*"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage(
					"Schema ignore pattern '*' is only wildcards: name the schema more narrowly, for example 'bloom_*'");
	}

}
