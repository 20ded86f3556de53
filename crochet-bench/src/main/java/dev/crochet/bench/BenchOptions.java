package dev.crochet.bench;

import dev.crochet.LedgerStore;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Command-line settings of the bench.
 *
 * <pre>{@code
 * java -Xmx512m -jar crochet-bench.jar --scale 0.1 --warmup 3 --rounds 6
 * }</pre>
 *
 * @param scale fraction of the full workloads (1,000,000 nodes and relationships at 1.0)
 * @param warmup untimed rounds of the 50-migration schema chain before the timed ones
 * @param rounds timed repetitions of the 50-migration schema chain (the median is
 * reported; even, so raw and Crochet go first equally often)
 * @param only the workloads to run ({@code schema}, {@code ingest}, {@code renames},
 * {@code roundtrip}); all by default
 * @param neo4j the Neo4j line this run must be on, {@code 5.26} (the default) or
 * {@code 2025}: which one runs is decided by the build ({@code -Dneo4j=2025}), the option
 * makes a run on the wrong one fail
 * @param ledger where Crochet keeps its history in this run: {@code file} (the default, a
 * SQLite file per Crochet instance), {@code graph} (the graph ledger) or {@code both}:
 * the schema chain and the ingest then run Crochet on each store in the same run, and the
 * report compares the two directly (the other workloads use the file)
 */
record BenchOptions(double scale, int warmup, int rounds, Set<String> only, String neo4j, String ledger) {

	static final Set<String> LINES = Set.of("5.26", "2025");

	static final Set<String> LEDGERS = Set.of("file", "graph", "both");

	static final Set<String> WORKLOADS = Set.of("schema", "ingest", "renames", "roundtrip");

	static final long FULL_ROWS = 1_000_000;

	static final String USAGE = "usage: java -Xmx512m -jar crochet-bench.jar [--scale <fraction, e.g. 0.1>] [--warmup <n>]"
			+ " [--rounds <n>]"
			+ " [--only schema,ingest,renames,roundtrip] [--neo4j 5.26|2025] [--ledger file|graph|both]";

	BenchOptions {
		if (!(scale > 0) || scale > 10) {
			throw new IllegalArgumentException("--scale must be in (0, 10], was " + scale);
		}
		if (warmup < 0) {
			throw new IllegalArgumentException("--warmup must be at least 0, was " + warmup);
		}
		if (rounds < 1) {
			throw new IllegalArgumentException("--rounds must be at least 1, was " + rounds);
		}
		only = Set.copyOf(only);
		for (String workload : only) {
			if (!WORKLOADS.contains(workload)) {
				throw new IllegalArgumentException(
						"--only knows schema, ingest, renames and roundtrip, not " + workload);
			}
		}
		if (!LINES.contains(neo4j)) {
			throw new IllegalArgumentException("--neo4j knows 5.26 and 2025, not " + neo4j);
		}
		if (!LEDGERS.contains(ledger)) {
			throw new IllegalArgumentException("--ledger knows file, graph and both, not " + ledger);
		}
	}

	static BenchOptions parse(List<String> args) {
		double scale = 1.0;
		// The chain keeps getting faster for several rounds (both sides: the JIT reaches
		// Neo4j's
		// planner late), so one warm-up round would time the warm-up rather than the
		// steady state.
		int warmup = 3;
		int rounds = 6;
		Set<String> only = new LinkedHashSet<>(WORKLOADS);
		String neo4j = "5.26";
		String ledger = "file";
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (value == null && !name.equals("--help") && i + 1 < args.size()) {
				value = args.get(++i);
			}
			try {
				switch (name) {
					case "--scale" -> scale = Double.parseDouble(require(value, name));
					case "--warmup" -> warmup = Integer.parseInt(require(value, name));
					case "--rounds" -> rounds = Integer.parseInt(require(value, name));
					case "--only" -> only = new LinkedHashSet<>(Arrays.asList(require(value, name).split(",")));
					case "--neo4j" -> neo4j = require(value, name);
					case "--ledger" -> ledger = require(value, name);
					case "--help", "-h" -> throw new IllegalArgumentException("");
					default -> throw new IllegalArgumentException("unknown argument " + arg);
				}
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(name + " needs a number, was " + value);
			}
		}
		return new BenchOptions(scale, warmup, rounds, only, neo4j, ledger);
	}

	private static String require(String value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " needs a value");
		}
		return value;
	}

	/** The stores Crochet runs on, in the order the first round takes them. */
	List<LedgerStore> stores() {
		return switch (ledger) {
			case "graph" -> List.of(LedgerStore.GRAPH);
			case "both" -> List.of(LedgerStore.FILE, LedgerStore.GRAPH);
			default -> List.of(LedgerStore.FILE);
		};
	}

	boolean runs(String workload) {
		return only.contains(workload);
	}

	/** Nodes (and relationships) per data workload. */
	long rows() {
		return Math.max(1_000, Math.round(FULL_ROWS * scale));
	}
}
