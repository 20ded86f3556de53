package dev.crochet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency directions of ARCHITECTURE.md ("Dependency direction"): the pure parts stay pure.
 * The ledger's own rule (SQLite only) lives in {@code dev.crochet.ledger.LedgerDependenciesTest}.
 */
class ArchitectureTest {

	private static final String[] DRIVER = { "org.neo4j.driver.." };

	private static final String[] SQLITE = { "org.sqlite..", "java.sql.." };

	private static JavaClasses core;

	@BeforeAll
	static void importCore() throws Exception {
		// Core's own classes only: the test class path also holds other modules' dev.crochet packages.
		Path coreClasses = Path.of(Crochet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(coreClasses);
	}

	@Test
	void irAndDiffUseNoDriverAndNoSqlite() {
		noClasses().that().resideInAnyPackage("dev.crochet.ir..", "dev.crochet.diff..").should().dependOnClassesThat()
			.resideInAnyPackage(concat(DRIVER, SQLITE))
			.because("IR, hash and diff are OGM and Jackson only")
			.check(core);
	}

	@Test
	void irAndDiffKnowNothingOfLaterStages() {
		noClasses().that().resideInAnyPackage("dev.crochet.ir..", "dev.crochet.diff..").should().dependOnClassesThat()
			.resideInAnyPackage("dev.crochet.migration..", "dev.crochet.cypher..", "dev.crochet.ledger..",
					"dev.crochet.engine..", "dev.crochet.roundtrip..", "dev.crochet.live..")
			.check(core);
	}

	@Test
	void cypherRenderingAndMigrationsUseNoDriverAndNoSqlite() {
		noClasses().that().resideInAnyPackage("dev.crochet.cypher..", "dev.crochet.migration..").should()
			.dependOnClassesThat().resideInAnyPackage(concat(DRIVER, SQLITE))
			.because("rendering is pure functions from operations to statements; discovery and chain need no database")
			.check(core);
	}

	@Test
	void cypherRenderingAndMigrationsDoNotReachIntoTheEngineOrTheLedger() {
		noClasses().that().resideInAnyPackage("dev.crochet.cypher..", "dev.crochet.migration..").should()
			.dependOnClassesThat().resideInAnyPackage("dev.crochet.engine..", "dev.crochet.ledger..",
					"dev.crochet.roundtrip..")
			.check(core);
	}

	@Test
	void liveSchemaAndRoundTripValuesUseNoDriverAndNoSqlite() {
		noClasses().that().resideInAnyPackage("dev.crochet.live..", "dev.crochet.roundtrip..").should()
			.dependOnClassesThat().resideInAnyPackage(concat(DRIVER, SQLITE))
			.because("they are values the engine fills; extensions and assertions use them without a database")
			.check(core);
	}

	@Test
	void nothingInCoreDependsOnTheNeo4jServer() {
		noClasses().should().dependOnClassesThat()
			.resideInAnyPackage("org.neo4j.harness..", "org.neo4j.server..", "org.neo4j.dbms..", "org.neo4j.kernel..",
					"org.neo4j.graphdb..", "org.neo4j.configuration..", "dev.crochet.embedded..")
			.because("crochet-core must not pull Neo4j server jars onto a user's classpath")
			.check(core);
	}

	private static String[] concat(String[] a, String[] b) {
		String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
