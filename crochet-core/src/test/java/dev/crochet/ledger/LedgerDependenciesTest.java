package dev.crochet.ledger;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class LedgerDependenciesTest {

	@Test
	void ledgerUsesSqliteOnly() {
		JavaClasses ledger = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.crochet.ledger");

		noClasses().that()
			.resideInAPackage("dev.crochet.ledger..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j..", "dev.crochet.ir..", "dev.crochet.diff..", "dev.crochet.migration..",
					"dev.crochet.cypher..", "dev.crochet.engine..", "dev.crochet.live..", "dev.crochet.roundtrip..")
			.check(ledger);
	}

}
