package dev.crochet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency directions of ARCHITECTURE.md ("Dependency direction"): the pure parts
 * stay pure. The ledger's own rule (SQLite only) lives in
 * {@code dev.crochet.ledger.LedgerDependenciesTest}. The packages form no cycle, with the
 * root package taken as the three layers it holds.
 */
class ArchitectureTest {

	private static final String[] DRIVER = { "org.neo4j.driver.." };

	private static final String[] SQLITE = { "org.sqlite..", "java.sql.." };

	private static final String ROOT = "dev.crochet";

	/**
	 * The top of the house: the facade and its builder. Nothing below may reach up to it.
	 */
	private static final DescribedPredicate<JavaClass> FACADE = belongToAnyOf(Crochet.class);

	/**
	 * Read-only results that the root package offers users but that are built from what
	 * the sub-packages hold (ledger rows, a schema diff, live schema elements): they
	 * stand above those packages and below the engine that fills them, so they are not
	 * vocabulary.
	 */
	private static final DescribedPredicate<JavaClass> VIEWS = belongToAnyOf(Drift.class, Status.class,
			BatchCount.class);

	/** The root package's vocabulary: everything in it but the facade and the views. */
	private static final DescribedPredicate<JavaClass> VOCABULARY = DescribedPredicate.describe(
			"the root package's vocabulary", c -> c.getPackageName().equals(ROOT) && !FACADE.test(c) && !VIEWS.test(c));

	private static final DescribedPredicate<JavaClass> SUB_PACKAGES = DescribedPredicate
		.describe("a sub-package of dev.crochet", c -> c.getPackageName().startsWith(ROOT + "."));

	/**
	 * Each sub-package is one slice; the root package is three: its vocabulary, its
	 * views, its facade.
	 */
	private static final SliceAssignment LAYERS = new SliceAssignment() {

		@Override
		public SliceIdentifier getIdentifierOf(JavaClass type) {
			if (type.getPackageName().equals(ROOT)) {
				return SliceIdentifier.of(FACADE.test(type) ? "facade" : VIEWS.test(type) ? "views" : "vocabulary");
			}
			if (type.getPackageName().startsWith(ROOT + ".")) {
				return SliceIdentifier.of(type.getPackageName().substring(ROOT.length() + 1).split("\\.")[0]);
			}
			return SliceIdentifier.ignore();
		}

		@Override
		public String getDescription() {
			return "core's packages, the root split into vocabulary, views and facade";
		}
	};

	private static JavaClasses core;

	@BeforeAll
	static void importCore() throws Exception {
		// Core's own classes only: the test class path also holds other modules'
		// dev.crochet packages.
		Path coreClasses = Path.of(Crochet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPath(coreClasses);
	}

	@Test
	void irAndDiffUseNoDriverAndNoSqlite() {
		noClasses().that()
			.resideInAnyPackage("dev.crochet.ir..", "dev.crochet.diff..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(concat(DRIVER, SQLITE))
			.because("IR, hash and diff are OGM and Jackson only")
			.check(core);
	}

	@Test
	void irAndDiffKnowNothingOfLaterStages() {
		noClasses().that()
			.resideInAnyPackage("dev.crochet.ir..", "dev.crochet.diff..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.crochet.migration..", "dev.crochet.cypher..", "dev.crochet.ledger..",
					"dev.crochet.engine..", "dev.crochet.roundtrip..", "dev.crochet.live..")
			.check(core);
	}

	@Test
	void cypherRenderingAndMigrationsUseNoDriverAndNoSqlite() {
		noClasses().that()
			.resideInAnyPackage("dev.crochet.cypher..", "dev.crochet.javasource..", "dev.crochet.migration..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(concat(DRIVER, SQLITE))
			.because("rendering is pure functions from operations to statements; discovery and chain need no database")
			.check(core);
	}

	@Test
	void cypherRenderingAndMigrationsDoNotReachIntoTheEngineOrTheLedger() {
		noClasses().that()
			.resideInAnyPackage("dev.crochet.cypher..", "dev.crochet.javasource..", "dev.crochet.migration..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.crochet.engine..", "dev.crochet.ledger..", "dev.crochet.roundtrip..")
			.check(core);
	}

	@Test
	void liveSchemaAndRoundTripValuesUseNoDriverAndNoSqlite() {
		noClasses().that()
			.resideInAnyPackage("dev.crochet.live..", "dev.crochet.roundtrip..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(concat(DRIVER, SQLITE))
			.because("they are values the engine fills; extensions and assertions use them without a database")
			.check(core);
	}

	@Test
	void nothingInCoreDependsOnTheNeo4jServer() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j.harness..", "org.neo4j.server..", "org.neo4j.dbms..", "org.neo4j.kernel..",
					"org.neo4j.graphdb..", "org.neo4j.configuration..", "dev.crochet.embedded..")
			.because("crochet-core must not pull Neo4j server jars onto a user's classpath")
			.check(core);
	}

	/*
	 * The root package holds both the lowest vocabulary (KgId, MigrationContext, the
	 * exceptions) and the top facade, so taken whole it cannot be one node of an acyclic
	 * graph. The rules below split it into what it is: vocabulary < sub-packages < views
	 * < engine < facade.
	 */

	@Test
	void theSubPackagesFormNoCycle() {
		slices().matching("dev.crochet.(*)..").should().beFreeOfCycles().check(core);
	}

	@Test
	void nothingBelowTheFacadeDependsOnIt() {
		noClasses().that()
			.resideOutsideOfPackage(ROOT)
			.should()
			.dependOnClassesThat(FACADE)
			.because("the facade Crochet sits on top: it builds the engine, nothing builds it")
			.check(core);
	}

	@Test
	void theVocabularyDependsOnNoSubPackageAndNothingAboveIt() {
		noClasses().that(VOCABULARY)
			.should()
			.dependOnClassesThat(SUB_PACKAGES.or(VIEWS).or(FACADE))
			.because("the root package's vocabulary is the ground floor every sub-package builds on")
			.check(core);
	}

	@Test
	void theRootSplitIntoVocabularyViewsAndFacadeFormsNoCycleWithTheSubPackages() {
		slices().assignedFrom(LAYERS).should().beFreeOfCycles().check(core);
	}

	private static String[] concat(String[] a, String[] b) {
		String[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
