package dev.crochet.junit;

import dev.crochet.roundtrip.RevisionVerdict;
import dev.crochet.roundtrip.RoundTripMode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JUnit report entries a {@link CrochetMigrated} class publishes (IDEs and build
 * reports show them with the class): what the extension did, how long it took and what it
 * found. The keys are stable and documented in {@code docs/junit.md}; the values are for
 * people.
 */
final class ReportEntries {

	/**
	 * {@code embedded at bolt://127.0.0.1:7687, started in 2310 ms}, or
	 * {@code ..., reused}.
	 */
	static final String SERVER = "crochet.server";

	/**
	 * {@code crochet-personit-1a2b3c4d}: the class's own database, only with
	 * {@code crochet.databasePerClass} on an Enterprise server.
	 */
	static final String DATABASE = "crochet.database";

	/** {@code emptied in 15 ms}. */
	static final String CLEAN = "crochet.clean";

	/** {@code up to 0003_active_flag in 95 ms}: a migration without a round trip. */
	static final String MIGRATE = "crochet.migrate";

	/** {@code STEPWISE up to 0003_active_flag in 812 ms: no trace left}. */
	static final String ROUND_TRIP = "crochet.roundtrip";

	/**
	 * Followed by the revision id (for a FULL round trip, the range): {@code ok},
	 * {@code left behind: ...}, ...
	 */
	static final String REVISION = "crochet.revision.";

	/** {@code no drift}, {@code drift found}, {@code not checked (...)}. */
	static final String DRIFT = "crochet.drift";

	/** {@link dev.crochet.Drift#modelsVsHead()}. */
	static final String DRIFT_MODELS = "crochet.drift.models";

	/** {@code live schema vs models: match}, or what differs. */
	static final String DRIFT_GRAPH = "crochet.drift.graph";

	/**
	 * Only when the ignore list left something out:
	 * {@code Ignored (matches 'bloom_*'): fulltext index on ...}, several joined by
	 * {@code ; }.
	 */
	static final String DRIFT_IGNORED = "crochet.drift.ignored";

	/** {@code passed}, {@code failed}, or {@code reused from <class>: passed}. */
	static final String VERDICT = "crochet.verdict";

	/** Where the round-trip report file was written. */
	static final String REPORT = "crochet.report";

	private ReportEntries() {
	}

	static String server(Neo4jServer server, boolean startedHere) {
		return backend(server.spec()) + " at " + withoutCredentials(server.boltUri())
				+ (startedHere ? ", " + (server.spec().backend() == Backend.EXTERNAL ? "connected" : "started") + " in "
						+ server.startMillis() + " ms" : ", reused");
	}

	/**
	 * The backend as the report names it: {@code embedded},
	 * {@code testcontainers <image>}, {@code external}.
	 */
	static String backend(ServerSpec spec) {
		String name = spec.backend().name().toLowerCase(Locale.ROOT);
		return spec.backend() == Backend.TESTCONTAINERS ? name + " " + spec.image() : name;
	}

	/**
	 * A URI may carry a user and password ({@code bolt://user:secret@host}); reports
	 * never show them.
	 */
	static String withoutCredentials(String uri) {
		return uri.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@", "$1");
	}

	/** What the class that reached {@code verdict} publishes after the server entry. */
	static Map<String, String> reached(Verdict verdict, Configuration configuration) {
		String head = verdict.head(configuration);
		Map<String, String> entries = new LinkedHashMap<>();
		if (verdict.cleanMillis() >= 0) {
			entries.put(CLEAN, clean(verdict.cleanMillis()));
		}
		if (verdict.migrateMillis() >= 0) {
			String migrated = migrate(head, verdict.migrateMillis());
			if (configuration.mode() == RoundTripMode.NONE) {
				entries.put(MIGRATE, migrated + (verdict.report() == null ? ": failed" : ""));
			}
			else {
				entries.put(ROUND_TRIP, configuration.mode() + " " + migrated + ": "
						+ (verdict.report() == null ? "failed" : headline(verdict)));
			}
		}
		entries.putAll(findings(verdict));
		entries.put(VERDICT, verdict.passed() ? "passed" : "failed");
		return entries;
	}

	/**
	 * What a later class of the same configuration publishes after cleaning and migrating
	 * without a round trip.
	 */
	static Map<String, String> reused(Verdict verdict) {
		Map<String, String> entries = new LinkedHashMap<>(findings(verdict));
		entries.put(VERDICT, "reused from " + verdict.reachedBy() + ": " + (verdict.passed() ? "passed" : "failed"));
		return entries;
	}

	/**
	 * The entries as console lines: {@code [crochet] <class>} and one
	 * {@code [crochet]   key: value} line each.
	 */
	static String printed(Class<?> testClass, Map<String, String> entries) {
		StringBuilder text = new StringBuilder("[crochet] ").append(testClass.getName());
		entries.forEach((key, value) -> text.append(System.lineSeparator())
			.append("[crochet]   ")
			.append(key)
			.append(": ")
			.append(value));
		return text.toString();
	}

	/**
	 * What a later class of a configuration publishes about its database: emptied and
	 * migrated, or its migrated schema kept.
	 */
	static Map<String, String> prepared(ClassState.Prepared prepared, String head) {
		Map<String, String> entries = new LinkedHashMap<>();
		if (prepared.kept()) {
			entries.put(CLEAN, "data deleted in " + prepared.cleanMillis()
					+ " ms; the server held this configuration's migrated schema");
			entries.put(MIGRATE,
					(head == null ? "no revisions" : "at " + head)
							+ (prepared.historyInGraph() ? ": schema checked, history kept in the graph, in "
									: ": schema checked, migrated ledger copied in ")
							+ prepared.migrateMillis() + " ms");
		}
		else {
			entries.put(CLEAN, clean(prepared.cleanMillis()));
			entries.put(MIGRATE, migrate(head, prepared.migrateMillis()));
		}
		return entries;
	}

	static String clean(long millis) {
		return "emptied in " + millis + " ms";
	}

	static String migrate(String head, long millis) {
		return (head == null ? "no revisions" : "up to " + head) + " in " + millis + " ms";
	}

	/** The revisions' verdicts and the drift check. */
	private static Map<String, String> findings(Verdict verdict) {
		Map<String, String> entries = new LinkedHashMap<>();
		if (verdict.report() != null) {
			verdict.report().verdicts().forEach(v -> entries.put(REVISION + v.revision(), revision(v)));
		}
		entries.put(DRIFT, oneLine(verdict.drift().outcome()));
		if (verdict.drift().drift() != null) {
			entries.put(DRIFT_MODELS, verdict.drift().modelsVsHead());
			entries.put(DRIFT_GRAPH, verdict.drift().graphVsModels());
			if (verdict.drift().ignored() != null) {
				entries.put(DRIFT_IGNORED, verdict.drift().ignored());
			}
		}
		return entries;
	}

	/**
	 * The report's own headline without its mode: {@code no trace left},
	 * {@code 1 revision(s) failed}.
	 */
	private static String headline(Verdict verdict) {
		String first = verdict.report().describe().lines().findFirst().orElse("");
		return first.substring(first.indexOf("): ") + 3);
	}

	/**
	 * One line per revision: {@code ok}, {@code left behind: ...; lost: ...},
	 * {@code failed: ...}, ...
	 */
	static String revision(RevisionVerdict verdict) {
		return switch (verdict.outcome()) {
			case PASSED -> "ok";
			case SKIPPED_UNSAFE -> "not downgraded (declared rollbackSafe = false)";
			case FAILED -> "failed: " + oneLine(verdict.error());
			case NOT_RUN -> "not run: " + verdict.error();
			case LEFT_TRACE, NOT_REPRODUCED -> {
				List<String> evidence = verdict.evidence();
				yield evidence.isEmpty() ? word(verdict)
						: evidence.stream().map(ReportEntries::oneLine).collect(Collectors.joining("; "));
			}
		};
	}

	/**
	 * The verdict in a word or three: {@code ok}, {@code left behind}, {@code lost},
	 * {@code changed}, {@code failed}, ...
	 */
	static String word(RevisionVerdict verdict) {
		return switch (verdict.outcome()) {
			case PASSED -> "ok";
			case SKIPPED_UNSAFE -> "not downgraded";
			case FAILED -> "failed";
			case NOT_RUN -> "not run";
			case NOT_REPRODUCED -> "not reproduced";
			case LEFT_TRACE -> traceWords(verdict);
		};
	}

	/**
	 * {@code left behind}, {@code lost}, {@code changed}, or those that apply joined by
	 * {@code and}.
	 */
	private static String traceWords(RevisionVerdict verdict) {
		List<String> words = new ArrayList<>();
		if (!verdict.leftBehind().isEmpty()) {
			words.add("left behind");
		}
		if (!verdict.lost().isEmpty()) {
			words.add("lost");
		}
		if (!verdict.changed().isEmpty()) {
			words.add("changed");
		}
		// A trace seen only through the second upgrade's error.
		return words.isEmpty() ? "left behind" : String.join(" and ", words);
	}

	/** Neo4j's errors span lines; an entry reads better on one. */
	static String oneLine(String text) {
		return text == null ? ""
				: text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining(" "));
	}

}
