package dev.crochet.engine;

import dev.crochet.Crochet;
import dev.crochet.LedgerStore;
import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.ledger.LedgerView;
import dev.crochet.migration.ResolvedMigration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One embedded Neo4j per test class; a clean database and a fresh ledger directory per
 * test; every Crochet a test opens is closed after it.
 */
abstract class EngineTestBase {

	static EmbeddedNeo4j neo4j;

	@TempDir
	Path dir;

	private final List<Crochet> opened = new ArrayList<>();

	@BeforeAll
	static void startNeo4j() {
		neo4j = EmbeddedNeo4j.start();
	}

	@AfterAll
	static void stopNeo4j() {
		neo4j.close();
	}

	@BeforeEach
	void cleanSlate() {
		try (Crochet crochet = Crochet.configure()
			.uri(uri())
			.ledger(dir.resolve("clean.db"))
			.cleanEnabled(true)
			.load()) {
			crochet.cleanDatabase();
		}
	}

	@AfterEach
	void closeAll() {
		opened.forEach(Crochet::close);
	}

	/**
	 * Whether this run keeps the tests' history in the graph ledger rather than the
	 * ledger file: the crash and recovery tests run on both stores (the
	 * {@code graph-ledger} execution in this module's pom sets it).
	 */
	static final boolean GRAPH_LEDGER = "graph".equals(System.getProperty("crochet.test.ledger"));

	static String uri() {
		return neo4j.boltUri().toString();
	}

	Path ledgerFile() {
		return dir.resolve("ledger.db");
	}

	/** Where the tests' history is, as messages name it. */
	String ledgerLocation() {
		return GRAPH_LEDGER ? "the graph ledger of the default database at " + uri()
				: "the ledger " + ledgerFile().toAbsolutePath().normalize();
	}

	Crochet crochet(List<ResolvedMigration> migrations) {
		return crochet(b -> b.migrations(migrations));
	}

	/**
	 * A Crochet on the test's database and ledger; tests may clean it, as a test setup
	 * would.
	 */
	Crochet crochet(UnaryOperator<Crochet.Builder> settings) {
		Crochet.Builder builder = Crochet.configure().uri(uri()).ledger(ledgerFile()).cleanEnabled(true);
		if (GRAPH_LEDGER) {
			builder.ledger(LedgerStore.GRAPH);
		}
		Crochet crochet = settings.apply(builder).load();
		opened.add(crochet);
		return crochet;
	}

	/** Nodes of {@code label} (escaped by the caller when needed). */
	static long count(Crochet crochet, String pattern) {
		return crochet.driver()
			.executableQuery("MATCH " + pattern + " RETURN count(*) AS c")
			.execute()
			.records()
			.get(0)
			.get("c")
			.asLong();
	}

	static List<Map<String, Object>> rows(Crochet crochet, String cypher) {
		return crochet.driver().executableQuery(cypher).execute().records().stream().map(r -> r.asMap()).toList();
	}

	/** Everything in the ledger that a run could change, for before/after comparisons. */
	static String ledgerState(LedgerView ledger) {
		return ledger.applied() + "|" + ledger.batches() + "|" + ledger.events();
	}

}
