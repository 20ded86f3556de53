package dev.crochet.junit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crochet.Crochet;
import dev.crochet.roundtrip.RevisionTimings;
import dev.crochet.roundtrip.RevisionVerdict;
import dev.crochet.roundtrip.RevisionVerdict.Outcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The machine-readable round-trip report: one JSON file per configuration, written by the
 * class that reached its verdict, passed or failed, as {@code roundtrip-<class>.json} in
 * {@code target/crochet} of the working directory (Maven runs tests in the module's
 * directory) or in {@value #DIRECTORY}. The format is described in {@code docs/junit.md}.
 */
final class ReportFile {

	/**
	 * JUnit configuration parameter, else system property, naming the directory the files
	 * go to.
	 */
	static final String DIRECTORY = "crochet.report.dir";

	private static final Path DEFAULT_DIRECTORY = Path.of("target", "crochet");

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private ReportFile() {
	}

	/**
	 * {@value #DIRECTORY} from the configuration parameters, else the system properties,
	 * else {@code target/crochet}.
	 */
	static Path directory(Function<String, Optional<String>> configuration, UnaryOperator<String> properties) {
		return configuration.apply(DIRECTORY)
			.or(() -> Optional.ofNullable(properties.apply(DIRECTORY)))
			.filter(dir -> !dir.isBlank())
			.map(dir -> Path.of(dir.strip()))
			.orElse(DEFAULT_DIRECTORY);
	}

	/**
	 * {@code roundtrip-MigrationsIT.json}; a nested class keeps its enclosing class's
	 * name: {@code roundtrip-Outer.Inner.json}.
	 */
	static String fileName(String testClassName) {
		return "roundtrip-" + testClassName.substring(testClassName.lastIndexOf('.') + 1).replace('$', '.') + ".json";
	}

	/**
	 * Writes {@code verdict}'s file into {@code directory}.
	 * @return the report entry: the file's absolute path, or why it was not written
	 * (never a reason to fail the class)
	 */
	static String write(Path directory, Verdict verdict, Configuration configuration, Neo4jServer server,
			boolean serverStartedHere) {
		Path file = directory.resolve(fileName(verdict.reachedBy())).toAbsolutePath();
		Path part = null;
		try {
			Files.createDirectories(file.getParent());
			// Written aside and moved, so that a reader never sees half a file.
			part = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
			JSON.writeValue(part.toFile(), json(verdict, configuration, server, serverStartedHere));
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
			return file.toString();
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(part);
			return "not written to " + file + ": " + ex;
		}
	}

	private static void deleteQuietly(Path part) {
		try {
			if (part != null) {
				Files.deleteIfExists(part);
			}
		}
		catch (IOException ignored) {
			// The report says the file was not written; a stray part file is not worth
			// more.
		}
	}

	static Map<String, Object> json(Verdict verdict, Configuration configuration, Neo4jServer server,
			boolean serverStartedHere) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("testClass", verdict.reachedBy());
		json.put("crochetVersion", Crochet.VERSION);
		json.put("mode", configuration.mode().name());
		json.put("target", configuration.target());
		json.put("migrationPackages", configuration.migrationPackages());
		json.put("migrationLocations", configuration.migrationLocations());
		json.put("modelPackages", configuration.modelPackages());
		json.put("fixtures", configuration.fixtures().size());
		Map<String, Object> backend = new LinkedHashMap<>();
		backend.put("backend", ReportEntries.backend(server.spec()));
		backend.put("boltUri", ReportEntries.withoutCredentials(server.boltUri()));
		backend.put("startMillis", serverStartedHere ? server.startMillis() : null);
		json.put("server", backend);
		json.put("passed", verdict.passed());
		json.put("failure", verdict.failure());
		Map<String, Object> timings = new LinkedHashMap<>();
		timings.put("cleanMillis", millis(verdict.cleanMillis()));
		timings.put("migrateMillis", millis(verdict.migrateMillis()));
		timings.put("driftMillis", millis(verdict.drift().millis()));
		json.put("timings", timings);
		json.put("revisions", verdict.report() == null ? List.of()
				: verdict.report().verdicts().stream().map(ReportFile::revision).toList());
		Map<String, Object> drift = new LinkedHashMap<>();
		drift.put("outcome", verdict.drift().outcome());
		drift.put("lines", verdict.drift().lines());
		json.put("drift", drift);
		return json;
	}

	private static Map<String, Object> revision(RevisionVerdict verdict) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", verdict.revision());
		json.put("verdict", ReportEntries.word(verdict));
		json.put("outcome", verdict.outcome().name());
		json.put("failure", verdict.failure().map(f -> f.words()).orElse(null));
		json.put("evidence", evidence(verdict));
		Map<String, Object> timings = new LinkedHashMap<>();
		timings.put("upMillis", millis(verdict.timings().upMillis()));
		timings.put("downMillis", millis(verdict.timings().downMillis()));
		timings.put("reUpMillis", millis(verdict.timings().reUpMillis()));
		json.put("timings", timings);
		return json;
	}

	/** The differences and errors behind the verdict, as the report's text says them. */
	private static List<String> evidence(RevisionVerdict verdict) {
		if (verdict.outcome() == Outcome.FAILED || verdict.outcome() == Outcome.NOT_RUN) {
			return List.of(verdict.error());
		}
		return verdict.evidence();
	}

	/** Null for a step that did not run ({@link RevisionTimings#NOT_RUN}). */
	private static Long millis(long millis) {
		return millis < 0 ? null : millis;
	}

}
