package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.MigrationFailedException;
import dev.crochet.UnsupportedEditionException;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaElement.Kind;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.Fingerprint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.crochet.engine.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Failures: an Enterprise-only operation on Community, a statement failing halfway, a
 * migration throwing while it declares; then the fixed migration completes.
 */
@Tag("both-ledgers")
class FailureIT extends EngineTestBase {

	private static final String BAD_STATEMENT = "MATCH (p:Person) SET p.ratio = 1 / 0";

	/** The fixture's "bug": a test flips it to fix the migration. */
	static volatile boolean broken;

	private static final ResolvedMigration INIT = step("0001_init", null, c -> c.addUniqueConstraint("Person", "name"),
			c -> c.dropUniqueConstraint("Person", "name"));

	@BeforeEach
	void breakFixtures() {
		broken = true;
	}

	@Test
	void anEnterpriseOnlyOperationInTheSecondPendingRevisionStopsBothBeforeAnythingRuns() {
		Crochet crochet = crochet(List.of(INIT,
				step("0002_exists", "0001_init", c -> c.addNodePropertyExistenceConstraint("Person", "name"),
						c -> c.dropNodePropertyExistenceConstraint("Person", "name"))));
		Fingerprint before = crochet.fingerprint();

		assertThatThrownBy(crochet::upgrade).isInstanceOf(UnsupportedEditionException.class)
			.hasMessage("Revision 0002_exists uses 'add existence constraint Person(name)', which needs Neo4j"
					+ " Enterprise Edition; this server is Community Edition. Nothing was run.");

		assertThat(crochet.fingerprint()).as("0001_init did not run").isEqualTo(before);
		assertThat(crochet.ledger().applied()).isEmpty();
		assertThat(crochet.status().pending()).containsExactly("0001_init", "0002_exists");
	}

	@Test
	void aStatementFailingHalfwayIsUndoneRecordedAsAFailureAndCompletesOnceFixed() {
		Crochet crochet = crochet(List.of(INIT, step("0002_people", "0001_init", c -> {
			c.addIndex("Person", "age");
			c.beginBatch("people");
			c.createNodes("Person", List.of(Map.of("name", "Ada", "age", 36), Map.of("name", "Alan", "age", 41)));
			c.addCompositeIndex("Person", List.of("name", "age"));
			if (broken) {
				c.runCypher(BAD_STATEMENT);
			}
			c.addIndex("Person", "email");
		}, c -> {
			c.dropIndex("Person", "email");
			c.dropCompositeIndex("Person", List.of("name", "age"));
			c.deleteNodesByBatch("Person", "people");
			c.dropIndex("Person", "age");
		})));
		crochet.upgrade("0001_init");
		Fingerprint before = crochet.fingerprint();

		assertThatThrownBy(crochet::upgrade).isInstanceOfSatisfying(MigrationFailedException.class, ex -> {
			assertThat(ex.revision()).isEqualTo("0002_people");
			assertThat(ex.statement()).isEqualTo(BAD_STATEMENT);
			assertThat(ex.getMessage())
				.startsWith("Revision 0002_people failed during upgrade at statement: " + BAD_STATEMENT
						+ System.lineSeparator() + "Cause: ")
				.contains("/ by zero");
		});

		assertThat(crochet.fingerprint()).as("batch data removed, schema changes undone").isEqualTo(before);
		assertThat(crochet.ledger().applied()).extracting(a -> a.revision()).containsExactly("0001_init");
		assertThat(crochet.ledger().batch("people").orElseThrow().status()).isEqualTo(BatchStatus.DELETED);
		LedgerEvent failure = crochet.ledger().events().get(crochet.ledger().events().size() - 1);
		assertThat(failure.kind()).isEqualTo("FAILURE");
		assertThat(failure.revision()).isEqualTo("0002_people");
		assertThat(failure.outcome()).isEqualTo("FAILED");
		assertThat(failure.detail()).startsWith("upgrade: ")
			.contains("/ by zero")
			.endsWith(" | statement: " + BAD_STATEMENT);
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isFalse();
		assertThat(crochet.verify().problems()).containsExactly("Revision 0002_people is pending");

		broken = false;
		assertThat(crochet.upgrade().revisions()).containsExactly("0002_people");
		assertThat(count(crochet, "(:Person)")).isEqualTo(2);
		assertThat(crochet.ledger().batch("people").orElseThrow()).satisfies(b -> {
			assertThat(b.status()).isEqualTo(BatchStatus.COMMITTED);
			assertThat(b.recordCount()).isEqualTo(2);
		});
		assertThat(crochet.liveSchema().elements()).contains(
				SchemaElement.declared(Kind.RANGE_INDEX, false, "Person", List.of("age")),
				SchemaElement.declared(Kind.RANGE_INDEX, false, "Person", List.of("email")));
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();
	}

	@Test
	void aMigrationThrowingWhileDeclaringRunsNothingIsRecordedAsAFailureAndCompletesOnceFixed() {
		Crochet crochet = crochet(List.of(INIT, step("0002_import", "0001_init", c -> {
			c.beginBatch("people");
			c.createNodes("Person", List.of(Map.of("name", "Ada")));
			if (broken) {
				throw new IllegalStateException("people.csv is not readable");
			}
		}, c -> c.deleteNodesByBatch("Person", "people"))));
		crochet.upgrade("0001_init");
		Fingerprint before = crochet.fingerprint();

		assertThatThrownBy(crochet::upgrade).isInstanceOfSatisfying(MigrationFailedException.class, ex -> {
			assertThat(ex.revision()).isEqualTo("0002_import");
			assertThat(ex.statement()).isNull();
			assertThat(ex)
				.hasMessage("Revision 0002_import failed while declaring its upgrade operations (nothing was run):"
						+ " people.csv is not readable");
			assertThat(ex).hasCauseInstanceOf(IllegalStateException.class);
		});

		assertThat(crochet.fingerprint()).isEqualTo(before);
		assertThat(crochet.ledger().applied()).extracting(a -> a.revision()).containsExactly("0001_init");
		assertThat(crochet.ledger().batches()).isEmpty();
		LedgerEvent failure = crochet.ledger().events().get(crochet.ledger().events().size() - 1);
		assertThat(failure.kind()).isEqualTo("FAILURE");
		assertThat(failure.revision()).isEqualTo("0002_import");
		assertThat(failure.detail()).isEqualTo("upgrade: declaring failed: people.csv is not readable");

		broken = false;
		assertThat(crochet.upgrade().message()).isEqualTo("Applied 1 revision; head is 0002_import");
		assertThat(count(crochet, "(:Person {name: 'Ada'})")).isEqualTo(1);
	}

}
