package dev.crochet.junit;

import dev.crochet.LedgerStore;
import dev.crochet.live.SchemaIgnore;
import dev.crochet.migration.StatementSplitter;
import dev.crochet.roundtrip.DataFixture;
import dev.crochet.roundtrip.RoundTripMode;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ModifierSupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one {@link CrochetMigrated} asks for, checked and with the server decided. Two
 * classes with equal {@link #verdictKey()}s get the same round-trip verdict, so it is
 * computed once.
 *
 * @param target null for the head
 * @param ledgerStore where the class's history is kept
 */
record Configuration(List<String> migrationPackages, List<String> migrationLocations, List<String> modelPackages,
		RoundTripMode mode, String target, List<DataFixture> fixtures, boolean checkDrift, SchemaIgnore ignoreSchema,
		Reset reset, ServerSpec server, LedgerStore ledgerStore) {

	/**
	 * The part of a configuration the verdict depends on; also what a class's migrated
	 * schema may be kept for, which is why the ledger store is part of it (a graph
	 * migrated with a ledger file keeps no history a graph-ledger class could continue).
	 */
	record VerdictKey(List<String> migrationPackages, List<String> migrationLocations, List<String> modelPackages,
			RoundTripMode mode, String target, List<DataFixture> fixtures, boolean checkDrift,
			SchemaIgnore ignoreSchema, String server, LedgerStore ledgerStore) {
	}

	VerdictKey verdictKey() {
		return new VerdictKey(migrationPackages, migrationLocations, modelPackages, mode, target, fixtures, checkDrift,
				ignoreSchema, server.key(), ledgerStore);
	}

	/**
	 * The annotation on the class itself, a base class, a meta-annotation, or (for inner
	 * classes) an enclosing class.
	 */
	static Optional<CrochetMigrated> find(Class<?> testClass) {
		for (Class<?> type = testClass; type != null; type = isInner(type) ? type.getEnclosingClass() : null) {
			Optional<CrochetMigrated> found = AnnotationSupport.findAnnotation(type, CrochetMigrated.class);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private static boolean isInner(Class<?> type) {
		return type.isMemberClass() && !ModifierSupport.isStatic(type);
	}

	static Configuration of(Class<?> testClass, ServerSpec.Environment environment) {
		return of(testClass, environment, name -> Optional.empty());
	}

	/**
	 * @param parameter reads a JUnit configuration parameter
	 */
	static Configuration of(Class<?> testClass, ServerSpec.Environment environment,
			Function<String, Optional<String>> parameter) {
		CrochetMigrated annotation = find(testClass).orElseThrow(
				() -> new ExtensionConfigurationException("CrochetExtension is registered on " + testClass.getName()
						+ " but the class has no @CrochetMigrated; annotate it instead of using @ExtendWith"));
		return of(annotation, testClass, environment, parameter);
	}

	static Configuration of(CrochetMigrated annotation, Class<?> testClass, ServerSpec.Environment environment) {
		return of(annotation, testClass, environment, name -> Optional.empty());
	}

	static Configuration of(CrochetMigrated annotation, Class<?> testClass, ServerSpec.Environment environment,
			Function<String, Optional<String>> parameter) {
		List<String> packages = names(annotation.migrationPackages(), "migrationPackages", testClass);
		List<String> locations = names(annotation.migrationLocations(), "migrationLocations", testClass);
		if (packages.isEmpty() && locations.isEmpty()) {
			throw new ExtensionConfigurationException("@CrochetMigrated on " + testClass.getName()
					+ " names no migrationPackages and no migrationLocations: give at least one");
		}
		List<String> models = names(annotation.modelPackages(), "modelPackages", testClass);
		List<DataFixture> fixtures = new ArrayList<>();
		for (CrochetMigrated.Fixture fixture : annotation.fixtures()) {
			fixtures.addAll(fixtures(fixture, testClass));
		}
		String target = annotation.target().isBlank() ? null : annotation.target().strip();
		return new Configuration(packages, locations, models, annotation.roundTrip(), target, List.copyOf(fixtures),
				annotation.checkDrift(), ignoreSchema(annotation, testClass), annotation.reset(),
				ServerSpec.of(annotation, testClass, environment),
				LedgerParameter.read(annotation.ledger(), parameter, environment.properties()));
	}

	private static SchemaIgnore ignoreSchema(CrochetMigrated annotation, Class<?> testClass) {
		try {
			return SchemaIgnore.of(Arrays.asList(annotation.ignoreSchema()));
		}
		catch (IllegalArgumentException ex) {
			throw new ExtensionConfigurationException(
					"@CrochetMigrated on " + testClass.getName() + ", ignoreSchema: " + ex.getMessage(), ex);
		}
	}

	private static List<String> names(String[] values, String attribute, Class<?> testClass) {
		if (Arrays.stream(values).anyMatch(String::isBlank)) {
			throw new ExtensionConfigurationException(
					"@CrochetMigrated on " + testClass.getName() + " has a blank entry in " + attribute);
		}
		return Arrays.stream(values).map(String::strip).toList();
	}

	private static List<DataFixture> fixtures(CrochetMigrated.Fixture fixture, Class<?> testClass) {
		String where = "@Fixture(afterRevision = \"" + fixture.afterRevision() + "\") on " + testClass.getName();
		if (fixture.afterRevision().isBlank()) {
			throw new ExtensionConfigurationException(
					"@Fixture on " + testClass.getName() + " has a blank afterRevision");
		}
		boolean inline = !fixture.cypher().isBlank();
		boolean resource = !fixture.resource().isBlank();
		if (inline == resource) {
			throw new ExtensionConfigurationException(where + " needs exactly one of cypher and resource");
		}
		String script = inline ? fixture.cypher() : read(fixture.resource(), testClass, where);
		List<String> statements;
		try {
			// As Cypher-file migrations are split: a ';' inside a string, an identifier
			// or a comment ends nothing.
			statements = StatementSplitter.split(script);
		}
		catch (IllegalArgumentException ex) {
			throw new ExtensionConfigurationException(where + ": " + ex.getMessage(), ex);
		}
		return statements.stream()
			.map(statement -> DataFixture.after(fixture.afterRevision().strip(), statement))
			.toList();
	}

	private static String read(String resource, Class<?> testClass, String where) {
		String name = resource.startsWith("/") ? resource.substring(1) : resource;
		ClassLoader loader = testClass.getClassLoader();
		try (InputStream in = loader == null ? null : loader.getResourceAsStream(name)) {
			if (in == null) {
				throw new ExtensionConfigurationException(where + ": class path resource " + name + " not found");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + name + " for " + where, ex);
		}
	}
}
