package dev.crochet.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CLI reads the ledger through {@code dev.crochet.ledger.LedgerView} and changes it only through
 * the {@code Crochet} facade's verbs: only core's engine writes to the ledger (ARCHITECTURE.md, "The API
 * line"). Tests may still open a ledger themselves to set up what a run would have left.
 */
class LedgerAccessTest {

	@Test
	void usesNoWritableLedger() throws Exception {
		// This module's own classes only: the test class path also holds core's dev.crochet packages.
		Path classes = Path.of(CrochetCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		JavaClasses module = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPath(classes);

		noClasses().should().dependOnClassesThat()
			.haveNameMatching("dev\\.crochet\\.ledger\\.(Ledger|LedgerSchema|LedgerRows)(\\$.*)?")
			.because("the ledger's writers belong to core's engine; read it through LedgerView")
			.check(module);
	}
}
