package dev.crochet.junit;

import dev.crochet.roundtrip.RoundTripMode;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a test class a Neo4j database migrated by Crochet, after proving that the
 * migrations round-trip and that the models, the migrations and the database agree.
 *
 * <pre>
 * &#64;CrochetMigrated(migrationPackages = "com.example.migrations", modelPackages = "com.example.model")
 * class PersonRepositoryIT {
 *
 *     &#64;Test
 *     void findsAda(Session session) {
 *         session.run("CREATE (:Person {name: 'Ada'})");
 *         ...
 *     }
 * }
 * </pre>
 *
 * <p>
 * What happens, per test class:
 * <ol>
 * <li>A Neo4j server is obtained (see {@link #backend()}): one server per server
 * configuration per JVM, shared by every test class that uses it and stopped when the
 * test run ends.</li>
 * <li>Its database is emptied (all data, constraints and indexes except the token lookup
 * indexes), and the class gets a fresh temporary ledger (or keeps its history in the
 * database, see {@link #ledger()}).</li>
 * <li>The migrations are applied up to {@link #target()} with the {@link #roundTrip()}
 * check, inserting the {@link #fixtures()} right after their revision. The round trip's
 * verdict depends only on the migrations, models, mode, target and fixtures, so it is
 * computed once per JVM for each such configuration: later classes with the same
 * configuration reuse it and are simply migrated ({@link RoundTripMode#NONE}).</li>
 * <li>Unless {@link #checkDrift()} is off, the models (when {@link #modelPackages()} are
 * given and the class migrates to the head) are compared with the head migration's schema
 * hash, and the live constraints and indexes with what the models declare.</li>
 * </ol>
 * A failed round trip or drift fails the test class (its tests do not run) with an
 * {@link org.opentest4j.AssertionFailedError} naming the revision and the difference; a
 * misconfigured annotation fails it with an
 * {@link org.junit.jupiter.api.extension.ExtensionConfigurationException} naming the
 * class and the attribute. Between test methods the database is {@link #reset()} as
 * configured.
 *
 * <p>
 * Each class publishes JUnit report entries ({@code crochet.server},
 * {@code crochet.clean}, {@code crochet.roundtrip} or {@code crochet.migrate},
 * {@code crochet.revision.<id>}, {@code crochet.drift}, {@code crochet.drift.models},
 * {@code crochet.drift.graph}, {@code crochet.drift.ignored}, {@code crochet.verdict},
 * {@code crochet.report}), and the class that runs a configuration's round trip writes it
 * as JSON to {@code target/crochet/roundtrip-<class>.json} (the JUnit configuration
 * parameter or system property {@code crochet.report.dir} moves it); see
 * {@code docs/junit.md}.
 *
 * <p>
 * Test methods (and lifecycle methods and constructors) may declare parameters of these
 * exact types: {@link org.neo4j.driver.Driver} (shared: do not close it),
 * {@link org.neo4j.driver.Session} (a new one on the class's database, closed after the
 * test), {@link org.neo4j.driver.SessionConfig} (opens the driver's sessions on the
 * class's database), {@link dev.crochet.roundtrip.RoundTripReport},
 * {@link dev.crochet.ledger.LedgerView} (what the class's ledger records, read-only) and
 * {@link Migrator}. A parameter declared as the concrete, writable
 * {@code dev.crochet.ledger.Ledger} fails its test, naming {@code LedgerView}: only
 * Crochet's verbs write the ledger.
 *
 * <p>
 * The annotation is {@link Inherited} and works as a meta-annotation (a project's own
 * {@code @GraphTest} carrying it) and on the enclosing class of {@code @Nested} classes,
 * which then share the enclosing class's database. Under JUnit's parallel execution, no
 * two classes ever use one database at the same time: on the embedded backend each
 * running class borrows a server of its own from a pool of at most
 * {@code crochet.servers} servers (a JUnit configuration parameter or system property;
 * the number of cores by default), started when first needed; on an external server or a
 * container, the classes hold a {@link ResourceLock} on the server and run one after
 * another (Community edition has a single database), unless
 * {@code crochet.databasePerClass=true} (system property or
 * {@code junit-platform.properties}) gives each class a database of its own on a Neo4j
 * Enterprise server.
 *
 * <p>
 * Needs JUnit Jupiter 5.14 or later (JUnit 6 included).
 */
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@ExtendWith(CrochetExtension.class)
@ResourceLock(providers = ServerLocks.class)
public @interface CrochetMigrated {

	/**
	 * Packages (with sub-packages) holding Java migrations ({@code @Revision} classes).
	 */
	String[] migrationPackages() default {};

	/**
	 * Locations of {@code .cypher} migrations: {@code classpath:db/crochet},
	 * {@code file:/path} or a path.
	 */
	String[] migrationLocations() default {};

	/**
	 * Packages of the Neo4j-OGM model classes ({@code @KgId}); without them the drift
	 * check is skipped.
	 */
	String[] modelPackages() default {};

	/**
	 * Where the class's migration history is kept: by default ({@link TestLedger#AUTO})
	 * the JUnit configuration parameter or system property {@code crochet.ledgerStore}
	 * ({@code file} or {@code graph}), else a temporary ledger file, which is fastest; a
	 * team that deploys with the graph ledger runs its tests with it too.
	 */
	TestLedger ledger() default TestLedger.AUTO;

	/** Where Neo4j comes from; {@link Backend#AUTO} by default. */
	Backend backend() default Backend.AUTO;

	/**
	 * Bolt URI of an existing server, for {@link Backend#AUTO} and
	 * {@link Backend#EXTERNAL}. When empty, the system property {@code crochet.neo4j.uri}
	 * and then the environment variable {@code CROCHET_NEO4J_URI} are used. Credentials:
	 * {@link #username()} / {@link #password()}, else {@code crochet.neo4j.username} /
	 * {@code crochet.neo4j.password}, else {@code CROCHET_NEO4J_USERNAME} /
	 * {@code CROCHET_NEO4J_PASSWORD}, else no authentication.
	 */
	String uri() default "";

	/** User name for {@link #uri()}; see there for the fallbacks. */
	String username() default "";

	/** Password for {@link #uri()}; see there for the fallbacks. */
	String password() default "";

	/**
	 * Docker image for {@link Backend#TESTCONTAINERS}: by default the 5.26 LTS line, the
	 * one the embedded backend runs. Crochet is verified on Neo4j 5.26 and on the 2025.x
	 * line (Cypher 5 and Cypher 25 as the default language), both embedded; an image such
	 * as {@code neo4j:2025.11-community} runs the same Neo4j, see docs/backends.md.
	 */
	String image() default "neo4j:5.26-community";

	/**
	 * How the migrations are checked before the tests run. {@link RoundTripMode#STEPWISE}
	 * by default: it is the only mode that names the exact revision whose downgrade is
	 * wrong, and its cost is paid once per configuration per JVM.
	 */
	RoundTripMode roundTrip() default RoundTripMode.STEPWISE;

	/** Revision to migrate to; empty for the head. Drift is only checked at the head. */
	String target() default "";

	/**
	 * Data inserted right after a revision, so that later revisions' round trips exercise
	 * data.
	 */
	Fixture[] fixtures() default {};

	/**
	 * Whether models, migrations and live schema must agree (needs
	 * {@link #modelPackages()}).
	 */
	boolean checkDrift() default true;

	/**
	 * Name patterns of constraints and indexes owned by something else (a plugin's
	 * indexes, say), which the drift check lists as ignored instead of failing on: globs
	 * on the name, {@code *} for any run of characters and {@code ?} for one, e.g.
	 * {@code "bloom_*"}. A blank pattern or one of only wildcards ({@code "*"}) is a
	 * configuration error. Ignored items appear in the {@code crochet.drift.ignored}
	 * report entry.
	 */
	String[] ignoreSchema() default {};

	/**
	 * What happens to the database between the test methods of a class;
	 * {@link Reset#NONE} by default.
	 */
	Reset reset() default Reset.NONE;

	/**
	 * Data for the round trip, inserted right after {@link #afterRevision()} is applied:
	 * exactly one of {@link #cypher()} (statements separated by {@code ;}) and
	 * {@link #resource()} (a class path resource holding such statements). They are split
	 * as Cypher-file migrations are: a {@code ;} inside a string, a backtick identifier
	 * or a comment ends no statement.
	 *
	 * <pre>
	 * &#64;CrochetMigrated(migrationPackages = "com.example.migrations",
	 *         fixtures = @CrochetMigrated.Fixture(afterRevision = "0001_person",
	 *                 cypher = "CREATE (:Person {name: 'Ada', age: 36})"))
	 * </pre>
	 */
	@Target({})
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@interface Fixture {

		/** The revision after which the data is inserted. */
		String afterRevision();

		/** Inline Cypher. */
		String cypher() default "";

		/** Class path resource with the Cypher, e.g. {@code fixtures/people.cypher}. */
		String resource() default "";

	}

}
