package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.Drift;
import dev.crochet.RevisionState;
import dev.crochet.Status;
import dev.crochet.ValidationException;
import dev.crochet.VerifyReport;
import dev.crochet.ir.ModelReader;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ir.SnapshotFiles;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.Ledger;
import dev.crochet.live.LiveSchema;
import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaElement.Kind;
import dev.crochet.migration.ResolvedMigration;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.crochet.engine.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * verify, status, drift and the live schema against models, ledger and graph that
 * disagree.
 */
class VerifyStatusIT extends EngineTestBase {

	private static final String V1 = "dev.crochet.engine.fixtures.models.v1";

	private static final String V2 = "dev.crochet.engine.fixtures.models.v2";

	private static final SchemaSnapshot MODELS_V1 = ModelReader.read(V1);

	/**
	 * Creates exactly what the v1 models declare, plus a batch (whose internal index must
	 * stay invisible).
	 */
	private static List<ResolvedMigration> v1Chain(Path source) {
		return List.of(step("0001_people", null, true, null, c -> {
			c.addUniqueConstraint("Person", "name");
			c.addIndex("Person", "age");
		}, c -> {
			c.dropIndex("Person", "age");
			c.dropUniqueConstraint("Person", "name");
		}), step("0002_movies", "0001_people", true, MODELS_V1.hash(), c -> {
			c.addUniqueConstraint("Movie", "title");
			if (source == null) {
				c.beginBatch("movies");
			}
			else {
				c.beginBatch("movies", source);
			}
			c.createNodes("Movie",
					List.of(Map.of("title", "Heat"), Map.of("title", "Ronin"), Map.of("title", "Alien")));
		}, c -> {
			c.deleteNodesByBatch("Movie", "movies");
			c.dropUniqueConstraint("Movie", "title");
		}));
	}

	private static final String CHECKS_OK = String.join(System.lineSeparator(), "[ok]   migration chain is linear",
			"[ok]   ledger file intact", "[ok]   applied revisions still exist", "[ok]   ledger chain intact",
			"[ok]   checksums unchanged", "[ok]   schema hashes consistent", "[ok]   nothing pending",
			"[ok]   ledger and graph agree", "[ok]   no run interrupted", "[ok]   no lock held",
			"[ok]   batches match the graph", "[ok]   each batch belongs to one revision",
			"[ok]   batch source files unchanged", "[ok]   models match the head migration",
			"[ok]   live schema matches the models");

	@Test
	void liveSchemaAfterTheMigrationsEqualsWhatTheModelsDeclare() {
		Crochet crochet = crochet(b -> b.migrations(v1Chain(null)).modelPackages(V1));
		crochet.upgrade();

		LiveSchema live = crochet.liveSchema();

		assertThat(live).isEqualTo(LiveSchema.declaredBy(MODELS_V1, false));
		assertThat(live.elements()).containsExactly(
				SchemaElement.declared(Kind.UNIQUE_CONSTRAINT, false, "Movie", List.of("title")),
				SchemaElement.declared(Kind.RANGE_INDEX, false, "Person", List.of("age")),
				SchemaElement.declared(Kind.UNIQUE_CONSTRAINT, false, "Person", List.of("name")));
		List<String> allNames = rows(crochet, "SHOW INDEXES YIELD name RETURN name").stream()
			.map(r -> (String) r.get("name"))
			.toList();
		assertThat(allNames).as("the internal ones exist, but are not part of the live schema")
			.anyMatch(n -> n.startsWith("crochet_batch_"))
			.anyMatch(n -> n.startsWith("crochet_internal_state"));
		assertThat(live.elements())
			.noneMatch(e -> e.name().startsWith("crochet_batch_") || e.name().startsWith("crochet_internal"));
		assertThat(crochet.drift().hasDrift()).as(crochet.drift().describe()).isFalse();
		assertThat(crochet.drift().describe()).isEqualTo("no drift");
		assertThat(crochet.verify().describe()).isEqualTo(CHECKS_OK);
	}

	@Test
	void aModelChangeWithoutAMigrationIsReportedAsDrift() {
		try (Crochet first = Crochet.configure()
			.uri(uri())
			.ledger(ledgerFile())
			.migrations(v1Chain(null))
			.modelPackages(V1)
			.load()) {
			first.upgrade();
		}
		Crochet crochet = crochet(b -> b.migrations(v1Chain(null)).modelPackages(V2));
		String v2Hash = ModelReader.read(V2).hash();

		Drift drift = crochet.modelDrift();
		assertThat(drift.modelsAheadOfMigrations()).isTrue();
		assertThat(drift.modelHash()).isEqualTo(v2Hash);
		assertThat(drift.headHash()).isEqualTo(MODELS_V1.hash());
		assertThat(drift.modelChanges().changes()).hasSize(1);
		String modelText = String.join(System.lineSeparator(),
				"The models (schema hash " + v2Hash + ") do not match the head migration (schema hash "
						+ MODELS_V1.hash() + ").",
				"  " + drift.modelChanges().changes().get(0).describe(),
				"Run 'crochet create-migration \"<description>\"' to write a migration for these changes.");
		assertThat(drift.describe()).isEqualTo(modelText);
		assertThat(drift.modelChanges().changes().get(0).describe()).contains("email");

		Drift full = crochet.drift();
		assertThat(full.missingInGraph())
			.containsExactly(SchemaElement.declared(Kind.RANGE_INDEX, false, "Person", List.of("email")));
		assertThat(full.unexpectedInGraph()).isEmpty();
		assertThat(full.describe()).isEqualTo(modelText + System.lineSeparator()
				+ "Missing in the graph: range index on :Person(email)" + System.lineSeparator()
				+ "Add the operations to a migration (or remove the stray constraints and indexes), then upgrade.");
		assertThat(crochet.status().drift().hasDrift()).isTrue();

		VerifyReport report = crochet.verify();
		assertThat(report.checks()).filteredOn(c -> !c.passed())
			.extracting(VerifyReport.Check::name)
			.containsExactly("models match the head migration", "live schema matches the models");
		assertThat(report.checks()).filteredOn(c -> c.name().equals("models match the head migration"))
			.singleElement()
			.satisfies(c -> assertThat(c.problems()).containsExactly(drift.describe()));
		assertThat(report.problems()).contains("Missing in the graph: range index on :Person(email)");
	}

	@Test
	void aHeadWithoutASchemaHashIsNotComparedWithTheModelsButTheGraphStillIs() {
		// The v1 chain with its head's hash left out, as a chain written by hand would
		// be.
		List<ResolvedMigration> handWritten = v1Chain(null).stream()
			.map(m -> new ResolvedMigration(m.id(), m.parent(), m.description(), null, m.rollbackSafe(), m.checksum(),
					m.kind(), m.location(), m.migration()))
			.toList();
		Crochet crochet = crochet(b -> b.migrations(handWritten).modelPackages(V1));
		crochet.upgrade();

		assertThat(crochet.modelDrift().modelsChecked()).isFalse();
		assertThat(crochet.drift().hasDrift()).isFalse();
		VerifyReport report = crochet.verify();
		assertThat(report.checks()).allMatch(VerifyReport.Check::passed);
		assertThat(report.checks()).extracting(VerifyReport.Check::name)
			.contains("models vs head migration: not checked (the head declares no schema hash)",
					"live schema matches the models")
			.doesNotContain("models match the head migration");

		Crochet changed = crochet(b -> b.migrations(handWritten).modelPackages(V2));
		assertThat(changed.verify().checks()).filteredOn(c -> !c.passed())
			.singleElement()
			.satisfies(c -> assertThat(c.name()).isEqualTo("live schema matches the models"))
			.satisfies(c -> assertThat(c.problems())
				.containsExactly("Missing in the graph: range index on :Person(email)"));
	}

	@Test
	void withAFreshLedgerTheSnapshotFileOfTheHeadTellsWhatDrifted() {
		Path snapshots = dir.resolve("snapshots");
		String v2Hash = ModelReader.read(V2).hash();
		Crochet without = crochet(b -> b.migrations(v1Chain(null)).modelPackages(V2));
		assertThat(without.modelDrift().modelChanges().changes()).isEmpty();
		assertThat(without.modelDrift().describe()).isEqualTo(String.join(System.lineSeparator(),
				"The models (schema hash " + v2Hash + ") do not match the head migration (schema hash "
						+ MODELS_V1.hash() + ").",
				"  (which changes cannot be listed: neither the ledger nor a snapshot file holds the schema "
						+ MODELS_V1.hash() + " of the head migration)",
				"Run 'crochet create-migration \"<description>\"' to write a migration for these changes."));

		SnapshotFiles.write(snapshots, MODELS_V1);
		Crochet with = crochet(b -> b.migrations(v1Chain(null)).modelPackages(V2).snapshotDirectories(snapshots));

		assertThat(with.ledger().snapshot(MODELS_V1.hash())).isEmpty();
		assertThat(with.modelDrift().modelChanges().changes()).singleElement()
			.satisfies(change -> assertThat(change.describe()).contains("email"));
		assertThat(with.schemaSnapshot(MODELS_V1.hash())).contains(MODELS_V1);
	}

	@Test
	void statusListsAppliedPendingHeadAndBatchesWithTheirCounts() {
		Crochet crochet = crochet(b -> b.migrations(v1Chain(null)).modelPackages(V1));
		Status before = crochet.status();
		assertThat(before.head()).isNull();
		assertThat(before.pending()).containsExactly("0001_people", "0002_movies");
		assertThat(crochet.verify().checks()).filteredOn(c -> !c.passed())
			.extracting(VerifyReport.Check::name)
			.contains("nothing pending");
		assertThat(crochet.verify().problems()).contains("Revision 0001_people is pending",
				"Revision 0002_movies is pending");

		crochet.upgrade("0001_people");
		Status middle = crochet.status();
		assertThat(middle.head()).isEqualTo("0001_people");
		assertThat(middle.applied()).containsExactly("0001_people");
		assertThat(middle.pending()).containsExactly("0002_movies");
		assertThat(middle.revisions().get(0).appliedAt()).isNotNull();

		crochet.upgrade();
		Status after = crochet.status();
		assertThat(after.headRevision()).contains("0002_movies");
		assertThat(after.applied()).containsExactly("0001_people", "0002_movies");
		assertThat(after.pending()).isEmpty();
		assertThat(after.missing()).isEmpty();
		assertThat(after.batches()).singleElement().satisfies(b -> {
			assertThat(b.batchId()).isEqualTo("movies");
			assertThat(b.migrationId()).isEqualTo("0002_movies");
			assertThat(b.recordCount()).isEqualTo(3);
			assertThat(b.status()).isEqualTo(BatchStatus.COMMITTED);
		});
		assertThat(after.drift().hasDrift()).isFalse();
	}

	@Test
	void anAppliedRevisionMissingFromTheMigrationsIsReported() {
		List<ResolvedMigration> three = new ArrayList<>(v1Chain(null));
		three.add(step("0003_extra", "0002_movies", c -> c.runCypher("CREATE (:Extra)"),
				c -> c.runCypher("MATCH (e:Extra) DELETE e")));
		try (Crochet first = Crochet.configure().uri(uri()).ledger(ledgerFile()).migrations(three).load()) {
			first.upgrade();
		}
		Crochet crochet = crochet(b -> b.migrations(v1Chain(null)));

		Status status = crochet.status();
		assertThat(status.applied()).containsExactly("0001_people", "0002_movies");
		assertThat(status.missing()).containsExactly("0003_extra");
		assertThat(status.revisions()).extracting(RevisionState::state)
			.containsExactly(RevisionState.State.APPLIED, RevisionState.State.APPLIED, RevisionState.State.MISSING);
		VerifyReport report = crochet.verify();
		assertThat(report.checks()).filteredOn(c -> c.name().equals("applied revisions still exist"))
			.singleElement()
			.satisfies(c -> assertThat(c.problems())
				.containsExactly("Revision 0003_extra is recorded as applied but no migration defines it"));
		assertThatThrownBy(crochet::upgrade).isInstanceOf(ValidationException.class)
			.hasMessage("The applied migrations no longer match the code; nothing was run:" + System.lineSeparator()
					+ "  Revision 0003_extra is recorded as applied but no migration defines it");
	}

	@Test
	void aLostHeadMirrorOrAFreshLedgerAgainstAMigratedGraphIsADisagreement() {
		Crochet crochet = crochet(b -> b.migrations(v1Chain(null)));
		crochet.upgrade();
		crochet.runCypher("MATCH (s:_CrochetState) DELETE s", Map.of());

		assertThat(crochet.verify().checks()).filteredOn(c -> c.name().equals("ledger and graph agree"))
			.singleElement()
			.satisfies(c -> assertThat(c.problems())
				.containsExactly("The ledger records head 0002_movies but the graph records head none"));
		assertThatThrownBy(crochet::downgrade).isInstanceOf(ValidationException.class)
			.hasMessage("The ledger " + ledgerFile() + " records head 0002_movies but the graph records head none;"
					+ " they belong to different histories (wrong ledger file or database?). Nothing was run.");
	}

	@Test
	void aFreshLedgerAgainstAMigratedGraphIsRefused() {
		try (Crochet first = Crochet.configure()
			.uri(uri())
			.ledger(dir.resolve("first.db"))
			.migrations(v1Chain(null))
			.load()) {
			first.upgrade();
		}
		// A ledger that exists but recorded nothing (new-project makes one): another
		// history.
		Ledger.open(ledgerFile()).close();
		Crochet crochet = crochet(b -> b.migrations(v1Chain(null)));
		long movies = count(crochet, "(:Movie)");

		String differentHistories = "The ledger " + ledgerFile()
				+ " records head none but the graph records head 0002_movies;"
				+ " they belong to different histories (wrong ledger file or database?). Nothing was run.";
		// Status and dry runs refuse as the real upgrade does, rather than show a plan it
		// would refuse to run.
		assertThatThrownBy(crochet::status).isInstanceOf(ValidationException.class).hasMessage(differentHistories);
		assertThatThrownBy(() -> crochet.upgrade(null, true)).isInstanceOf(ValidationException.class)
			.hasMessage(differentHistories);
		assertThatThrownBy(() -> crochet.downgrade(null, true)).isInstanceOf(ValidationException.class)
			.hasMessage(differentHistories);
		assertThat(crochet.verify().problems())
			.contains("The ledger records head none but the graph records head 0002_movies");
		assertThatThrownBy(crochet::upgrade).isInstanceOf(ValidationException.class).hasMessage(differentHistories);
		assertThat(count(crochet, "(:Movie)")).isEqualTo(movies);
		assertThat(crochet.ledger().applied()).isEmpty();
	}

	@Test
	void aMissingOrEmptyLedgerAgainstAMigratedGraphIsRefusedAndNotCreated() throws IOException {
		try (Crochet first = Crochet.configure()
			.uri(uri())
			.ledger(dir.resolve("first.db"))
			.migrations(v1Chain(null))
			.load()) {
			first.upgrade();
		}
		Crochet crochet = crochet(b -> b.migrations(v1Chain(null)));
		String missing = "The ledger " + ledgerFile() + " is missing, but the graph at " + uri()
				+ " was migrated to 0002_movies: its history is not here. Restore the ledger file from where it was"
				+ " kept (or set the ledger path to it), or rebuild it from the graph with 'crochet ledger rebuild'; nothing was changed.";

		assertThatThrownBy(crochet::status).isInstanceOf(ValidationException.class).hasMessage(missing);
		assertThatThrownBy(crochet::verify).isInstanceOf(ValidationException.class).hasMessage(missing);
		assertThatThrownBy(crochet::upgrade).isInstanceOf(ValidationException.class).hasMessage(missing);
		assertThatThrownBy(crochet::downgrade).isInstanceOf(ValidationException.class).hasMessage(missing);
		assertThat(crochet.schemaSnapshot(MODELS_V1.hash())).as("found without the ledger").isEmpty();
		assertThat(ledgerFile()).doesNotExist();

		Files.createFile(ledgerFile());
		assertThatThrownBy(crochet::status).hasMessage(missing.replace(" is missing, ", " is empty (0 bytes), "));
		assertThat(ledgerFile()).isEmptyFile();
	}

	@Test
	void aMissingLedgerOfAGraphNeverMigratedIsCreated() {
		Crochet crochet = crochet(b -> b.migrations(v1Chain(null)));

		assertThat(crochet.status().pending()).containsExactly("0001_people", "0002_movies");
		assertThat(ledgerFile()).isNotEmptyFile();
		assertThat(Ledger.holdsLedger(ledgerFile())).isTrue();
	}

	@Test
	void aChangedBatchSourceFileIsReported() throws IOException {
		Path source = Files.writeString(dir.resolve("movies.csv"), "title\nHeat\nRonin\nAlien\n");
		Crochet crochet = crochet(b -> b.migrations(v1Chain(source)));
		crochet.upgrade();
		String checksum = crochet.ledger().batch("movies").orElseThrow().checksum();
		assertThat(crochet.verify().ok()).as(crochet.verify().describe()).isTrue();

		Files.writeString(source, "title\nHeat\nRonin\nAliens\n");

		assertThat(crochet.verify().checks()).filteredOn(c -> !c.passed()).singleElement().satisfies(c -> {
			assertThat(c.name()).isEqualTo("batch source files unchanged");
			assertThat(c.problems()).containsExactly("Batch movies: source file " + source.toAbsolutePath()
					+ " has changed since it was loaded (checksum " + checksum + " in the ledger)");
		});
		Files.delete(source);
		assertThat(crochet.verify().problems())
			.containsExactly("Batch movies: source file " + source.toAbsolutePath() + " no longer exists");
	}

}
