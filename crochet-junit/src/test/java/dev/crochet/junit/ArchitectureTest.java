package dev.crochet.junit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The JUnit extension uses core's public API: the engine's parts are core's internals (see {@code dev.crochet.engine}). */
class ArchitectureTest {

	@Test
	void theEngineIsReachedOnlyThroughTheFacade() throws Exception {
		noClasses().should().dependOnClassesThat().resideInAPackage("dev.crochet.engine..")
			.because("the engine is internal to core; the facade Crochet's verbs are the way in")
			.check(mainClasses());
	}

	/** This module's own classes: the test class path also holds core's and other modules' dev.crochet packages. */
	private static JavaClasses mainClasses() throws Exception {
		Path classes = Path.of(CrochetExtension.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(classes);
	}
}
