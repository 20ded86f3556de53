package dev.crochet.junit.bench;

import dev.crochet.embedded.EmbeddedNeo4j;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A suite of 50 generated test classes, each with one test, run three ways on one
 * embedded server: all with one {@code @CrochetMigrated} configuration, spread over five
 * configurations (targets 0006 to 0010 of the bench chain, so five verdicts), and on a
 * bare harness without Crochet (each class empties the database and creates the same ten
 * indexes in {@code @BeforeAll}, on one shared driver). The Crochet suites use the
 * default STEPWISE round trip; each runs twice, as a user gets it and with
 * {@code crochet.reuseMigratedSchema=false} (one configuration) or grouped by
 * {@code ConfigurationOrder} (five). Not a test: run it by hand; the command and figures
 * are in crochet-bench's README.
 */
public final class SuiteBench {

	private static final int CLASSES = 50;

	/**
	 * What every generated test checks: the first index is there (a suite that migrated
	 * nothing would pass fast).
	 */
	private static final String MIGRATED = "if (session.run(\"SHOW INDEXES YIELD labelsOrTypes WHERE 'Item1' IN labelsOrTypes "
			+ "RETURN count(*)\").single().get(0).asLong() != 1) throw new AssertionError(\"not migrated\");";

	private static final String PACKAGE = "dev.crochet.junit.bench.generated";

	private SuiteBench() {
	}

	public static void main(String[] args) throws Exception {
		Path sources = Files.createTempDirectory("crochet-suite-src-");
		Path classes = Files.createTempDirectory("crochet-suite-classes-");
		List<Path> files = new ArrayList<>();
		for (int i = 1; i <= CLASSES; i++) {
			files.add(write(sources, "SharedIT" + i, crochet("SharedIT" + i, "")));
			files.add(write(sources, "SpreadIT" + i,
					crochet("SpreadIT" + i, String.format("%04d_index_%d", 6 + i % 5, 6 + i % 5))));
			files.add(write(sources, "BareIT" + i, bare("BareIT" + i)));
		}
		files.add(write(sources, "BareDriver",
				"package " + PACKAGE + ";\n"
						+ "/** One driver for every bare class, as a hand-made harness would share it. */\n"
						+ "public final class BareDriver {\n"
						+ "  static final org.neo4j.driver.Driver DRIVER = org.neo4j.driver.GraphDatabase.driver(\n"
						+ "      System.getProperty(\"crochet.neo4j.uri\"), org.neo4j.driver.AuthTokens.none());\n"
						+ "  public static void close() { DRIVER.close(); }\n" + "}\n"));
		files.add(write(sources, "Chain", chain()));
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		List<String> arguments = new ArrayList<>(
				List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
		files.forEach(f -> arguments.add(f.toString()));
		if (javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
			throw new IllegalStateException("the generated classes do not compile");
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start();
				URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
						SuiteBench.class.getClassLoader())) {
			System.setProperty("crochet.neo4j.uri", neo4j.boltUri().toString());
			// A warm-up of each kind, untimed, so that the first timed suite does not pay
			// for a cold JVM.
			run(loader, "Bare", 5, Map.of());
			run(loader, "Shared", 5, Map.of());
			double bare = run(loader, "Bare", CLASSES, Map.of());
			double shared = run(loader, "Shared", CLASSES, Map.of());
			double sharedMigrating = run(loader, "Shared", CLASSES, Map.of("crochet.reuseMigratedSchema", "false"));
			double spread = run(loader, "Spread", CLASSES, Map.of());
			double spreadOrdered = run(loader, "Spread", CLASSES,
					Map.of("junit.jupiter.testclass.order.default", "dev.crochet.junit.ConfigurationOrder"));
			// Its event loop threads are not daemons: left open, the driver would keep
			// this JVM alive.
			loader.loadClass(PACKAGE + ".BareDriver").getMethod("close").invoke(null);
			System.out.printf("%d classes on one embedded server, load average %.2f at the end%n", CLASSES,
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			System.out.printf("bare harness (clean + 10 indexes by hand): %.1f s%n", bare);
			System.out.printf("Crochet, one configuration:   %.1f s = %.2fx bare (goal <= 1.2x)%n", shared,
					shared / bare);
			System.out.printf("  the same, every class emptied and migrated (crochet.reuseMigratedSchema=false): "
					+ "%.1f s = %.2fx bare%n", sharedMigrating, sharedMigrating / bare);
			System.out.printf("Crochet, five configurations: %.1f s = %.2fx bare%n", spread, spread / bare);
			System.out.printf(
					"  the same, classes grouped by configuration (ConfigurationOrder): %.1f s = %.2fx bare%n",
					spreadOrdered, spreadOrdered / bare);
		}
		finally {
			System.clearProperty("crochet.neo4j.uri");
		}
	}

	private static double run(ClassLoader loader, String kind, int count, Map<String, String> parameters)
			throws ClassNotFoundException {
		List<DiscoverySelector> selectors = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			selectors.add(DiscoverySelectors.selectClass(loader.loadClass(PACKAGE + "." + kind + "IT" + i)));
		}
		long start = System.nanoTime();
		EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
			.configurationParameters(parameters)
			.selectors(selectors.toArray(DiscoverySelector[]::new))
			.execute();
		double seconds = (System.nanoTime() - start) / 1e9;
		results.testEvents().assertStatistics(stats -> stats.succeeded(count).failed(0));
		results.containerEvents().assertStatistics(stats -> stats.failed(0));
		System.out.printf("  %s x %d %s: %.1f s%n", kind, count, parameters, seconds);
		return seconds;
	}

	private static Path write(Path root, String name, String source) throws IOException {
		Path file = root.resolve(PACKAGE.replace('.', '/')).resolve(name + ".java");
		Files.createDirectories(file.getParent());
		return Files.writeString(file, source);
	}

	private static String crochet(String name, String target) {
		return "package " + PACKAGE + ";\n" + "@dev.crochet.junit.CrochetMigrated(migrationPackages = \"" + PACKAGE
				+ "\", target = \"" + target + "\")\n" + "public class " + name + " {\n"
				+ "  @org.junit.jupiter.api.Test void counts(org.neo4j.driver.Session session) {\n" + "    " + MIGRATED
				+ "\n" + "  }\n" + "}\n";
	}

	/**
	 * The ten index migrations of {@code fixtures.bench}, generated next to the classes:
	 * a chain scanned from a parent class loader's package came out empty for classes of
	 * this generated loader.
	 */
	private static String chain() {
		StringBuilder chain = new StringBuilder(
				"package " + PACKAGE + ";\n" + "import dev.crochet.*;\n" + "public final class Chain {\n");
		for (int i = 1; i <= 10; i++) {
			String parent = i == 1 ? "" : String.format("%04d_index_%d", i - 1, i - 1);
			chain.append("  @Revision(id = \"")
				.append(String.format("%04d_index_%d", i, i))
				.append("\", parent = \"")
				.append(parent)
				.append("\")\n")
				.append("  public static final class Index")
				.append(i)
				.append(" implements Migration {\n")
				.append("    public void upgrade(MigrationContext ctx) { ctx.addIndex(\"Item")
				.append(i)
				.append("\", \"code\"); }\n")
				.append("    public void downgrade(MigrationContext ctx) { ctx.dropIndex(\"Item")
				.append(i)
				.append("\", \"code\"); }\n")
				.append("  }\n");
		}
		return chain.append("}\n").toString();
	}

	private static String bare(String name) {
		StringBuilder indexes = new StringBuilder();
		for (int i = 1; i <= 10; i++) {
			indexes.append("      session.run(\"CREATE INDEX bare_")
				.append(i)
				.append(" IF NOT EXISTS FOR (n:Item")
				.append(i)
				.append(") ON (n.code)\").consume();\n");
		}
		return "package " + PACKAGE + ";\n" + "import org.neo4j.driver.*;\n" + "public class " + name + " {\n"
				+ "  @org.junit.jupiter.api.BeforeAll static void prepare() {\n"
				+ "    try (Session session = BareDriver.DRIVER.session()) {\n"
				+ "      session.run(\"MATCH (n) DETACH DELETE n\").consume();\n"
				+ "      for (String constraint : session.run(\"SHOW CONSTRAINTS YIELD name RETURN name\").list(r -> r.get(0).asString())) {\n"
				+ "        session.run(\"DROP CONSTRAINT `\" + constraint + \"`\").consume();\n" + "      }\n"
				+ "      for (String index : session.run(\"SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name\").list(r -> r.get(0).asString())) {\n"
				+ "        session.run(\"DROP INDEX `\" + index + \"`\").consume();\n" + "      }\n" + indexes
				+ "    }\n" + "  }\n" + "  @org.junit.jupiter.api.Test void counts() {\n"
				+ "    try (Session session = BareDriver.DRIVER.session()) { " + MIGRATED + " }\n" + "  }\n" + "}\n";
	}

}
