package dev.crochet.bench;

import dev.crochet.embedded.EmbeddedNeo4j;
import dev.crochet.embedded.Folders;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every workload against one embedded Neo4j and prints Crochet against the raw
 * driver (and, for the schema chain, Neo4j-Migrations) as ratios, with the heap it took.
 *
 * <pre>{@code
 * mvn -B -ntp -q -pl crochet-bench -am package -DskipTests
 * java -Xmx512m -jar crochet-bench/target/crochet-bench.jar            # full: 1,000,000 rows
 * java -Xmx512m -jar crochet-bench/target/crochet-bench.jar --scale 0.1
 * # the current line, on a JDK 21+: built into crochet-bench-2025.jar and target/lib-2025
 * mvn -B -ntp -q -pl crochet-bench -am package -DskipTests -Dneo4j=2025
 * java -Xmx512m -jar crochet-bench/target/crochet-bench-2025.jar --neo4j 2025
 * }</pre>
 */
public final class Bench {

	/** Held so that the levels set on them are not lost to garbage collection. */
	private static final Logger MIGRATIONS_LOG = Logger.getLogger("ac.simons.neo4j.migrations");

	private static final Logger DRIVER_LOG = Logger.getLogger("org.neo4j.driver");

	private Bench() {
	}

	public static void main(String[] args) {
		BenchOptions options;
		try {
			options = BenchOptions.parse(Arrays.asList(args));
		}
		catch (IllegalArgumentException ex) {
			if (!ex.getMessage().isEmpty()) {
				System.err.println(ex.getMessage());
			}
			System.err.println(BenchOptions.USAGE);
			System.exit(2);
			return;
		}
		MIGRATIONS_LOG.setLevel(Level.WARNING);
		DRIVER_LOG.setLevel(Level.WARNING);
		long start = System.nanoTime();
		printSetup(options);
		List<Measurement> measurements = new ArrayList<>();
		Path scratch = createScratch();
		try (HeapWatch heap = HeapWatch.start();
				EmbeddedNeo4j neo4j = EmbeddedNeo4j.start();
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			driver.verifyConnectivity();
			String version = serverVersion(driver);
			System.out.println("Neo4j " + version + " (embedded, " + neo4j.boltUri() + ")");
			if (!version.startsWith(options.neo4j() + ".")) {
				System.err
					.println("crochet-bench: --neo4j " + options.neo4j() + " asked for, but this build runs Neo4j "
							+ version + ". The line is chosen when building: " + BUILD_2025);
				System.exit(2);
			}
			Workbench bench = new Workbench(driver, scratch, options.stores().get(0));
			try {
				if (options.runs("schema")) {
					section("(a) 50 schema migrations, up and down");
					measurements
						.addAll(new SchemaChainBench(bench, options.warmup(), options.rounds(), options.stores())
							.run(heap));
				}
				if (options.runs("ingest")) {
					section("(b) ingest and (c) delete by batch");
					measurements.addAll(new IngestBench(bench, options.rows(), options.stores()).run(heap));
				}
				if (options.runs("renames")) {
					section("(d) renames");
					measurements.addAll(new RenameBench(bench, options.rows()).run(heap));
				}
				if (options.runs("roundtrip")) {
					section("(e) round trip and fingerprint");
					new RoundTripBench(bench, options.rows()).run(heap);
				}
				bench.cleanDatabase();
			}
			finally {
				bench.close();
			}
			if (!measurements.isEmpty()) { // the round-trip workload has no raw side to
											// put in the table
				System.out.println();
				ReportTable.print(measurements, heap.overall(), heap.max(), System.out);
			}
		}
		finally {
			deleteQuietly(scratch);
		}
		System.out.printf(Locale.ROOT, "%nTotal %.0f s; load average at the end %s%n",
				(System.nanoTime() - start) / 1e9, loadAverage());
	}

	private static final String BUILD_2025 = "with a JDK 21+, mvn -B -ntp -q -pl crochet-bench -am package -DskipTests"
			+ " -Dneo4j=2025, then java -Xmx512m -jar crochet-bench/target/crochet-bench-2025.jar --neo4j 2025"
			+ " (without -Dneo4j=2025: crochet-bench.jar, Neo4j 5.26).";

	private static String serverVersion(Driver driver) {
		return driver
			.executableQuery("CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel'"
					+ " RETURN versions[0] AS version")
			.execute()
			.records()
			.get(0)
			.get("version")
			.asString();
	}

	private static void printSetup(BenchOptions options) {
		Runtime runtime = Runtime.getRuntime();
		System.out.printf(Locale.ROOT,
				"crochet-bench: scale %s (%,d rows), schema chain %d warm-up + %d timed rounds, %s ledger; Java %s, %d CPUs, max heap %s MB,"
						+ " GC %s; load average at start %s%n",
				options.scale(), options.rows(), options.warmup(), options.rounds(), options.ledger(),
				System.getProperty("java.version"), runtime.availableProcessors(),
				HeapWatch.Peak.mb(runtime.maxMemory()),
				ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList(), loadAverage());
	}

	private static String loadAverage() {
		OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		double load = os.getSystemLoadAverage();
		String procLoad = "";
		try {
			Path proc = Path.of("/proc/loadavg");
			if (Files.isReadable(proc)) {
				procLoad = " (1/5/15 min: "
						+ String.join(" ", Arrays.asList(Files.readString(proc).trim().split("\\s+")).subList(0, 3))
						+ ")";
			}
		}
		catch (IOException ex) {
			// the 1-minute figure from the bean is enough
		}
		return (load < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", load)) + procLoad;
	}

	private static void section(String title) {
		System.out.println();
		System.out.println(title);
	}

	private static Path createScratch() {
		try {
			return Files.createTempDirectory("crochet-bench-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create a scratch directory: " + ex.getMessage(), ex);
		}
	}

	private static void deleteQuietly(Path directory) {
		try {
			Folders.delete(directory);
		}
		catch (UncheckedIOException ex) {
			System.err
				.println("could not delete the scratch directory " + directory + ": " + ex.getCause().getMessage());
		}
	}

}
