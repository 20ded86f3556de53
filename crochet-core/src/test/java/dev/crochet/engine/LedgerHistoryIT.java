package dev.crochet.engine;

import dev.crochet.Baseline;
import dev.crochet.Crochet;
import dev.crochet.LedgerRebuild;
import dev.crochet.LedgerStore;
import dev.crochet.LedgerTransfer;
import dev.crochet.UnknownRevisionException;
import dev.crochet.ValidationException;
import dev.crochet.ir.ModelReader;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ir.SnapshotFiles;
import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.BatchTarget;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.ledger.LedgerView;
import dev.crochet.ledger.StepIntent;
import dev.crochet.migration.ResolvedMigration;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.crochet.engine.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Moving and recovering a history: a ledger file imported into the graph once, a lost
 * ledger file rebuilt from the graph, and a database migrated before Crochet baselined at
 * a revision. Each refuses, naming why, whenever the history it would write could be
 * wrong.
 */
class LedgerHistoryIT extends EngineTestBase {

	private static final String NL = System.lineSeparator();

	private static final String V1 = "dev.crochet.engine.fixtures.models.v1";

	private static final SchemaSnapshot MODELS_V1 = ModelReader.read(V1);

	/** What the v1 models declare, then a batch of movies, then a batch of reviews. */
	private static final List<ResolvedMigration> CHAIN = List.of(step("0001_people", null, true, null, c -> {
		c.addUniqueConstraint("Person", "name");
		c.addIndex("Person", "age");
	}, c -> {
		c.dropIndex("Person", "age");
		c.dropUniqueConstraint("Person", "name");
	}), step("0002_movies", "0001_people", true, MODELS_V1.hash(), c -> {
		c.addUniqueConstraint("Movie", "title");
		c.beginBatch("movies");
		c.createNodes("Movie", List.of(Map.of("title", "Heat"), Map.of("title", "Ronin"), Map.of("title", "Alien")));
	}, c -> {
		c.deleteNodesByBatch("Movie", "movies");
		c.dropUniqueConstraint("Movie", "title");
	}), step("0003_reviews", "0002_movies", true, MODELS_V1.hash(), c -> {
		c.beginBatch("reviews");
		c.createNodes("Review", List.of(Map.of("stars", 4), Map.of("stars", 5)));
	}, c -> c.deleteNodesByBatch("Review", "reviews")));

	private Path snapshots() {
		Path folder = dir.resolve("snapshots");
		SnapshotFiles.write(folder, MODELS_V1);
		return folder;
	}

	private Crochet onFile() {
		return crochet(b -> b.migrations(CHAIN).modelPackages(V1).snapshotDirectories(snapshots()));
	}

	private Crochet onGraph() {
		return crochet(
				b -> b.migrations(CHAIN).modelPackages(V1).snapshotDirectories(snapshots()).ledger(LedgerStore.GRAPH));
	}

	private Graph graph(Crochet crochet) {
		return new Graph(crochet.driver(), null, uri(), 1_000);
	}

	// ---- import

	@Test
	void anImportedHistoryReadsAsTheFileAndTheGraphMigratesOnIt() {
		Crochet file = onFile();
		file.upgrade("0002_movies");
		file.downgrade("0001_people");
		file.upgrade();
		Ledger source = Ledger.open(ledgerFile());
		List<AppliedMigration> applied = source.applied();
		Map<String, String> snapshots = source.snapshots();
		List<LedgerEvent> events = source.events();
		assertThat(source.batches()).extracting(b -> b.batchId() + " " + b.status() + " " + b.recordCount())
			.containsExactly("movies COMMITTED 3", "reviews COMMITTED 2");
		var batches = source.batches();
		var targets = source.batchTargets("movies");
		source.close();

		Crochet graph = onGraph();
		LedgerTransfer transfer = graph.importLedger(ledgerFile());

		assertThat(transfer).isEqualTo(new LedgerTransfer(ledgerFile().toAbsolutePath().normalize(),
				"the graph ledger of the default database at " + uri(), "0003_reviews", 3, 2, 2, 1, events.size(),
				false));
		assertThat(transfer.describe()).isEqualTo("Imported the ledger " + ledgerFile().toAbsolutePath().normalize()
				+ " into the graph ledger of the default database at " + uri() + ":" + NL
				+ "  3 applied revisions (head 0003_reviews), 2 batches (2 targets), 1 schema snapshot, "
				+ events.size() + " events" + NL
				+ "The graph keeps its history now: set [ledger] store = \"graph\" in crochet.toml"
				+ " (Crochet.configure().ledger(LedgerStore.GRAPH)) and keep the file only as a backup.");
		LedgerView imported = graph.ledger();
		assertThat(imported.file()).isEmpty();
		assertThat(imported.applied()).isEqualTo(applied);
		assertThat(imported.batches()).isEqualTo(batches);
		assertThat(imported.batchTargets("movies")).isEqualTo(targets);
		assertThat(((Ledger) imported).snapshots()).isEqualTo(snapshots);
		List<LedgerEvent> after = imported.events();
		assertThat(after.subList(0, events.size()))
			.extracting(LedgerEvent::kind, LedgerEvent::revision, LedgerEvent::at)
			.isEqualTo(events.stream()
				.map(e -> org.assertj.core.groups.Tuple.tuple(e.kind(), e.revision(), e.at()))
				.toList());
		assertThat(after.get(after.size() - 1)).satisfies(e -> {
			assertThat(e.kind()).isEqualTo("IMPORT");
			assertThat(e.detail()).isEqualTo("imported from " + ledgerFile().toAbsolutePath().normalize()
					+ ": 3 applied, 2 batches, " + events.size() + " events");
		});
		assertThat(rows(graph, "MATCH (l:_CrochetLedger) RETURN l.importedFrom AS source"))
			.containsExactly(Map.of("source", ledgerFile().toAbsolutePath().normalize().toString()));

		assertThat(graph.verify().problems()).isEmpty();
		graph.downgrade("0001_people");
		assertThat(count(graph, "(n:Movie)")).isZero();
		assertThat(graph.ledger().batch("movies"))
			.hasValueSatisfying(b -> assertThat(b.status()).isEqualTo(BatchStatus.DELETED));
		graph.upgrade();
		assertThat(graph.verify().problems()).isEmpty();
		assertThat(graph.status().head()).isEqualTo("0003_reviews");
		// The file is the graph's history no longer: using it again is refused.
		assertThatThrownBy(() -> onFile().status()).isInstanceOf(ValidationException.class)
			.hasMessageContaining("keeps its history itself (head 0003_reviews)");
	}

	@Test
	void aStepInFlightMovesWithTheHistoryForTheNextRunToRecover() {
		onFile().upgrade("0002_movies");
		StepIntent intent = new StepIntent("0003_reviews", "UPGRADE", 1, 2, "create nodes :Review", "reviews",
				"4711@elsewhere/main/1a2b3c4d", Instant.parse("2026-12-01T10:00:00.123456Z"),
				Instant.parse("2026-12-01T10:00:01Z"), false, null);
		try (Ledger ledger = Ledger.open(ledgerFile())) {
			ledger.recordIntent(intent, BatchTarget.node("Review"));
		}

		LedgerTransfer transfer = onGraph().importLedger(ledgerFile());

		assertThat(transfer.stepInFlight()).isTrue();
		assertThat(transfer.describe()).contains(", the step in flight of a run that died" + NL);
		assertThat(onGraph().ledger().intent()).contains(intent);
		assertThat(onGraph().ledger().batchTargets("reviews")).containsExactly(BatchTarget.node("Review"));
	}

	@Test
	void aLedgerIsImportedOnceNeverTwice() {
		onFile().upgrade();
		Crochet graph = onGraph();
		graph.importLedger(ledgerFile());
		String at = (String) rows(graph, "MATCH (l:_CrochetLedger) RETURN l.importedAt AS at").get(0).get("at");
		String before = ledgerState(graph.ledger());

		assertThatThrownBy(() -> graph.importLedger(ledgerFile())).isInstanceOf(ValidationException.class)
			.hasMessage("The graph at " + uri() + " keeps its history itself already (imported from "
					+ ledgerFile().toAbsolutePath().normalize() + " at " + at
					+ "): a ledger is imported once, never twice; nothing was changed.");
		assertThat(ledgerState(graph.ledger())).isEqualTo(before);
	}

	@Test
	void aLedgerOfAnotherDatabaseIsRefused() {
		onFile().upgrade();
		// The database is emptied: the file's history is not this graph's any more.
		onFile().cleanDatabase();

		assertThatThrownBy(() -> onGraph().importLedger(ledgerFile())).isInstanceOf(ValidationException.class)
			.hasMessage("The ledger " + ledgerFile().toAbsolutePath().normalize()
					+ " records head 0003_reviews but the graph at " + uri()
					+ " records head none: the file belongs to another database; nothing was changed.");
		assertThat(count(onFile(), "(n:_CrochetLedger)")).isZero();
	}

	@Test
	void aFileWithoutALedgerOrWithALockHeldIsRefused() throws IOException {
		Path none = dir.resolve("none.db");
		assertThatThrownBy(() -> onGraph().importLedger(none)).isInstanceOf(ValidationException.class)
			.hasMessage("The file " + none.toAbsolutePath().normalize()
					+ " holds no ledger (it is missing or empty), so there is nothing to import; nothing was changed.");
		Files.createFile(none);
		assertThatThrownBy(() -> onGraph().importLedger(none)).hasMessageContaining("holds no ledger");

		onFile().upgrade();
		try (Ledger ledger = Ledger.open(ledgerFile())) {
			ledger.lock("4711@elsewhere/main/1a2b3c4d");
		}
		assertThatThrownBy(() -> onGraph().importLedger(ledgerFile())).isInstanceOf(ValidationException.class)
			.hasMessageStartingWith("The ledger " + ledgerFile().toAbsolutePath().normalize()
					+ " is locked by 4711@elsewhere/main/1a2b3c4d since ")
			.hasMessageEndingWith(": a run is using it. Let it finish (or run 'crochet unlock' if it died), then"
					+ " import; nothing was changed.");
		assertThat(count(onFile(), "(n:_CrochetLedger)")).isZero();
	}

	@Test
	void aCopyThatReadsBackDifferentlyIsFoundAndRemovedWhole() {
		Crochet file = onFile();
		file.upgrade();
		Crochet graph = onGraph();
		graph.importLedger(ledgerFile());
		// What a faulty copy would leave: one event short.
		graph.runCypher("MATCH (e:_CrochetEvent {kind: 'IMPORT'}) DELETE e", Map.of());
		graph.runCypher("MATCH (e:_CrochetEvent) WITH e ORDER BY e.seq LIMIT 1 DELETE e", Map.of());

		try (Ledger source = Ledger.open(ledgerFile())) {
			List<String> differences = HistoryImport.differences(source, graph.ledger());
			assertThat(differences).singleElement().asString().startsWith("events: the file has [LedgerEvent[");
			assertThat(HistoryImport.differences(source, source)).isEmpty();
		}
		HistoryImport.remove(graph(graph));
		assertThat(count(graph, "(n) WHERE any(l IN labels(n) WHERE l STARTS WITH '_CrochetL' OR l IN"
				+ " ['_CrochetApplied', '_CrochetBatch', '_CrochetBatchTarget', '_CrochetSnapshot', '_CrochetEvent',"
				+ " '_CrochetJournal'])"))
			.isZero();
		assertThat(GraphLedger.present(graph(graph))).isFalse();
		// Nothing is left to refuse a second try.
		assertThat(graph.importLedger(ledgerFile()).applied()).isEqualTo(3);
	}

	// ---- rebuild

	@Test
	void aLostLedgerIsRebuiltFromTheGraphSayingWhatIsLost() throws IOException {
		onFile().upgrade();
		// A batch no revision begins: named, never recorded.
		onFile().runCypher("CREATE (:Stray {_crochet_batch: 'stray'})", Map.of());
		Files.delete(ledgerFile());

		LedgerRebuild rebuilt = onFile().rebuildLedger();

		assertThat(rebuilt.describe()).isEqualTo("Rebuilt the ledger " + ledgerFile().toAbsolutePath().normalize()
				+ " from the graph at head 0003_reviews:" + NL
				+ "  3 applied revisions, 1 schema snapshot, 2 batches (movies: 3, reviews: 2); live schema matches"
				+ " revision 0003_reviews's snapshot" + NL + "Not recovered:" + NL
				+ "  - the event log (starts again with this rebuild)" + NL
				+ "  - when each revision was applied and how long it took (recorded as now, 0 ms)" + NL
				+ "  - batch record counts as first loaded (counted in the graph now instead)" + NL
				+ "  - batches no applied revision begins, left unrecorded: stray");
		assertThat(rebuilt.unrecorded()).containsExactly("stray");
		Crochet after = onFile();
		assertThat(after.ledger().applied()).extracting(AppliedMigration::revision)
			.containsExactly("0001_people", "0002_movies", "0003_reviews");
		assertThat(after.ledger().batches()).extracting(b -> b.batchId() + " " + b.migrationId() + " " + b.status())
			.containsExactly("movies 0002_movies COMMITTED", "reviews 0003_reviews COMMITTED");
		assertThat(after.ledger().events()).extracting(LedgerEvent::kind).containsExactly("REBUILD");
		assertThat(after.ledger().snapshot(MODELS_V1.hash())).isPresent();
		onFile().runCypher("MATCH (n:Stray) DELETE n", Map.of());
		assertThat(after.verify().problems()).isEmpty();
		after.downgrade("0001_people");
		assertThat(count(after, "(n:Movie)")).isZero();
		assertThat(after.verify().problems()).contains("Revision 0002_movies is pending");
	}

	@Test
	void aRebuildRefusesWhatWouldBeAGuess() throws IOException {
		Path file = ledgerFile().toAbsolutePath().normalize();
		assertThatThrownBy(() -> onFile().rebuildLedger()).isInstanceOf(ValidationException.class)
			.hasMessage("The graph at " + uri() + " records no head: Crochet never migrated it, so there is no"
					+ " history to rebuild. For a database migrated before Crochet, run 'crochet baseline --revision"
					+ " <id>' (Crochet.baseline); nothing was changed.");
		assertThatThrownBy(() -> onGraph().rebuildLedger()).hasMessage("This project keeps its history in the graph"
				+ " ([ledger] store = \"graph\"): there is no ledger file to rebuild; nothing was changed.");

		onFile().upgrade();
		assertThatThrownBy(() -> onFile().rebuildLedger()).hasMessage("The ledger " + file
				+ " exists: rebuild never overwrites a ledger. Move it away first if it is the one to replace; nothing"
				+ " was changed.");

		Files.delete(file);
		Crochet shorter = crochet(b -> b.migrations(CHAIN.subList(0, 2)).snapshotDirectories(snapshots()));
		assertThatThrownBy(shorter::rebuildLedger).hasMessage("The graph at " + uri()
				+ " records head 0003_reviews, which no migration of this project defines (known revisions:"
				+ " 0001_people, 0002_movies); a ledger can only be rebuilt from the chain up to the head; nothing was"
				+ " changed.");

		onFile().runCypher("DROP INDEX " + indexOn("Person", "age"), Map.of());
		onFile().runCypher("CREATE INDEX by_title FOR (r:Review) ON (r.stars)", Map.of());
		assertThatThrownBy(() -> onFile().rebuildLedger()).hasMessage("The live schema of the graph at " + uri()
				+ " does not match the schema of head revision 0003_reviews, so a ledger at 0003_reviews would be"
				+ " wrong; nothing was changed:" + NL + "  Missing in the graph: range index on :Person(age)" + NL
				+ "  Not declared by revision 0003_reviews: range index on :Review(stars) named by_title");
		assertThat(file).doesNotExist();
	}

	@Test
	void aGraphKeepingItsOwnHistoryHasNoFileToRebuild() {
		onGraph().upgrade();
		assertThatThrownBy(() -> onFile().rebuildLedger()).isInstanceOf(ValidationException.class)
			.hasMessage("The graph at " + uri() + " keeps its history itself (head 0003_reviews): there is no ledger"
					+ " file to rebuild. Set [ledger] store = \"graph\" in crochet.toml"
					+ " (Crochet.configure().ledger(LedgerStore.GRAPH)); nothing was changed.");
		assertThat(ledgerFile()).doesNotExist();
	}

	// ---- baseline

	private void schemaByHand(Crochet crochet, boolean movies) {
		crochet.runCypher("CREATE CONSTRAINT people FOR (p:Person) REQUIRE p.name IS UNIQUE", Map.of());
		crochet.runCypher("CREATE INDEX ages FOR (p:Person) ON (p.age)", Map.of());
		if (movies) {
			crochet.runCypher("CREATE CONSTRAINT movies FOR (m:Movie) REQUIRE m.title IS UNIQUE", Map.of());
		}
	}

	@Test
	void aDatabaseMigratedBeforeCrochetIsBaselinedAndUpgradedFromThere() {
		for (LedgerStore store : LedgerStore.values()) {
			cleanSlate();
			Crochet crochet = store == LedgerStore.FILE ? onFile() : onGraph();
			schemaByHand(crochet, true);
			crochet.runCypher("CREATE (:Movie {title: 'Heat'})", Map.of());

			Baseline baseline = crochet.baseline("0002_movies");

			String location = store == LedgerStore.FILE ? "the ledger " + ledgerFile().toAbsolutePath().normalize()
					: "the graph ledger of the default database at " + uri();
			assertThat(baseline.describe()).as(store.name())
				.isEqualTo("Baselined at 0002_movies: recorded 2 revisions as applied without running them"
						+ " (0001_people, 0002_movies) and 1 schema snapshot in " + location
						+ "; live schema matches revision 0002_movies's snapshot. 'upgrade' applies what follows"
						+ " 0002_movies.");
			assertThat(crochet.ledger().lastEvent("BASELINE")).isPresent();
			assertThat(crochet.status().pending()).containsExactly("0003_reviews");
			assertThat(crochet.upgrade().runs()).extracting(r -> r.revision()).containsExactly("0003_reviews");
			assertThat(count(crochet, "(n:Review)")).isEqualTo(2);
			assertThat(count(crochet, "(n:Movie)")).isEqualTo(1);
			assertThat(crochet.verify().problems()).as(store.name()).isEmpty();

			assertThatThrownBy(() -> crochet.baseline("0001_people")).isInstanceOf(ValidationException.class)
				.hasMessage(Engine.capitalised(location) + " records applied revisions already (head 0003_reviews):"
						+ " baseline is for a database migrated before Crochet, with nothing applied; nothing was"
						+ " recorded.");
			try {
				Files.deleteIfExists(ledgerFile());
			}
			catch (IOException ex) {
				throw new AssertionError(ex);
			}
		}
	}

	@Test
	void aSchemaThatIsNotTheRevisionsIsRefusedNamingTheDifferences() {
		Crochet crochet = onFile();
		schemaByHand(crochet, false);
		crochet.runCypher("CREATE INDEX stars FOR (r:Review) ON (r.stars)", Map.of());

		assertThatThrownBy(() -> crochet.baseline("0002_movies")).isInstanceOf(ValidationException.class)
			.hasMessage("The live schema of the graph at " + uri() + " does not match the schema of revision"
					+ " 0002_movies; nothing was recorded:" + NL
					+ "  Missing in the graph: unique constraint on :Movie(title)" + NL
					+ "  Not declared by revision 0002_movies: range index on :Review(stars) named stars");
		assertThatThrownBy(() -> crochet.baseline("0009_nope")).isInstanceOf(UnknownRevisionException.class)
			.hasMessage("Unknown revision '0009_nope' to baseline at (known revisions: 0001_people, 0002_movies,"
					+ " 0003_reviews); nothing was recorded.");
		assertThat(crochet.ledger().applied()).isEmpty();
		assertThat(count(crochet, "(s:_CrochetState)")).isZero();
	}

	private String indexOn(String label, String property) {
		List<Map<String, Object>> found = rows(onFile(), "SHOW INDEXES YIELD name, labelsOrTypes, properties"
				+ " WHERE labelsOrTypes = ['" + label + "'] AND properties = ['" + property + "'] RETURN name");
		return new ArrayList<>(found).get(0).get("name").toString();
	}

}
