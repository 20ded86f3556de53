package dev.crochet.junit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The JUnit extension stays on core's side of the API line (ARCHITECTURE.md, "The API
 * line"): the facade {@code Crochet}, the vocabulary and read-only values. The engine's
 * parts and the ledger's writers are core's internals. Tests may still open a ledger
 * themselves, to set up what a dead run left.
 */
class ArchitectureTest {

	private static JavaClasses module;

	@BeforeAll
	static void importModule() throws Exception {
		// This module's own classes only: the test class path also holds core's
		// dev.crochet packages.
		Path classes = Path.of(CrochetExtension.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		module = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPath(classes);
	}

	@Test
	void reachesTheEngineOnlyThroughTheFacade() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAPackage("dev.crochet.engine..")
			.because("the engine is internal to core; the facade Crochet's verbs are the way in")
			.check(module);
	}

	@Test
	void loadsWithoutTheEmbeddedModule() {
		noClasses().that()
			.doNotHaveSimpleName("EmbeddedServer")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.crochet.embedded..")
			.because("users of an external server or Testcontainers may exclude crochet-neo4j-embedded; "
					+ "only EmbeddedServer, loaded for the embedded backend alone, may touch it")
			.check(module);
	}

	@Test
	void usesNoWritableLedger() {
		noClasses().should()
			.dependOnClassesThat()
			.haveNameMatching("dev\\.crochet\\.ledger\\.(Ledger|LedgerSchema|LedgerRows)(\\$.*)?")
			.because("the ledger's writers belong to core's engine; read it through LedgerView")
			.check(module);
	}

}
