package dev.crochet.ir;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A runnable benchmark, not a test: generates 300 model classes, compiles them in-process
 * into a fresh class loader (as the CLI does), warms up, then times
 * {@code ModelReader.read} plus {@code hash()} and prints the median. Target: under one
 * second after warm-up.
 *
 * <p>
 * Run from the repository root (the test class path includes the embedded module, which
 * is not installed, so the class path is built inside the reactor): <pre>
 * mvn -B -ntp -o -q -pl crochet-core -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=/tmp/cp-\${project.artifactId}.txt -Dmdep.includeScope=test
 * java -cp crochet-core/target/test-classes:crochet-core/target/classes:$(cat /tmp/cp-crochet-core.txt) \
 *     dev.crochet.ir.ModelReadBench
 * </pre>
 */
public final class ModelReadBench {

	private static final int MODELS = 300;

	private static final int WARM_UP = 5;

	private static final int ITERATIONS = 15;

	private ModelReadBench() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Files.createTempDirectory("crochet-bench");
		long compileStart = System.nanoTime();
		try (URLClassLoader loader = ModelSources.compile(sources(), dir)) {
			System.out.printf("compiled %d model classes in %d ms%n", MODELS, millis(compileStart));
			String hash = null;
			for (int i = 0; i < WARM_UP; i++) {
				hash = ModelReader.read(loader, List.of("bench.models")).hash();
			}
			List<Long> times = new ArrayList<>();
			for (int i = 0; i < ITERATIONS; i++) {
				long start = System.nanoTime();
				SchemaSnapshot snapshot = ModelReader.read(loader, List.of("bench.models"));
				String again = snapshot.hash();
				times.add(System.nanoTime() - start);
				if (!again.equals(hash) || snapshot.nodes().size() != MODELS) {
					throw new IllegalStateException("unstable result in iteration " + i);
				}
			}
			Collections.sort(times);
			System.out.printf(
					"ModelReader.read + hash, %d models: median %.1f ms (min %.1f, max %.1f) over %d runs"
							+ " after %d warm-up runs%n",
					MODELS, times.get(ITERATIONS / 2) / 1e6, times.get(0) / 1e6, times.get(ITERATIONS - 1) / 1e6,
					ITERATIONS, WARM_UP);
			System.out.println("hash " + hash);
		}
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static Map<String, String> sources() {
		Map<String, String> sources = new LinkedHashMap<>();
		for (int i = 0; i < MODELS; i++) {
			int next = (i + 1) % MODELS;
			sources.put("bench.models.Model" + i,
					"""
							package bench.models;

							import dev.crochet.KgId;
							import org.neo4j.ogm.annotation.*;
							import java.time.LocalDate;
							import java.time.ZonedDateTime;
							import java.util.List;

							@NodeEntity("Label%1$d")
							@KgId("model_%1$d")
							@CompositeIndex({ "name", "count" })
							public class Model%1$d {
								@Id @GeneratedValue Long id;
								@Required @Index(unique = true) String name;
								@Index Integer count;
								@Property(name = "created_on") LocalDate created;
								ZonedDateTime updated;
								double score;
								boolean active;
								List<String> tags;
								@Relationship(type = "NEXT") Model%2$d next;
								@Relationship(type = "PREVIOUS", direction = Relationship.Direction.INCOMING) List<Model%2$d> previous;
							}
							"""
						.formatted(i, next));
		}
		return sources;
	}

}
