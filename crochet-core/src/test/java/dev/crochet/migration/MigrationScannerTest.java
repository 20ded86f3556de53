package dev.crochet.migration;

import dev.crochet.Migration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class MigrationScannerTest {

	private static final String FIXTURES = "dev.crochet.migration.fixtures.";

	private static final ClassLoader LOADER = MigrationScannerTest.class.getClassLoader();

	@TempDir
	Path temp;

	private static List<ResolvedMigration> scan(List<String> packages, List<String> locations) {
		return MigrationScanner.scan(LOADER, packages, locations);
	}

	private static void assertScanError(List<String> packages, List<String> locations, String message) {
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> scan(packages, locations))
			.withMessage(message);
	}

	// ---- Java migrations
	// -------------------------------------------------------------------------

	@Test
	void findsConcreteMigrationClassesInPackageAndSubPackages() {
		List<ResolvedMigration> found = scan(List.of(FIXTURES + "valid"), List.of());

		assertThat(found).extracting(ResolvedMigration::location)
			.containsExactly(FIXTURES + "valid.AddPersonIndex", FIXTURES + "valid.Holder$Nested",
					FIXTURES + "valid.InitGraph", FIXTURES + "valid.more.AddMovie");
		assertThat(found).allSatisfy(migration -> {
			assertThat(migration.kind()).isEqualTo(MigrationKind.JAVA);
			assertThat(migration.checksum()).startsWith(JavaChecksums.DECLARED);
			assertThat(migration.migration().getClass().getName()).isEqualTo(migration.location());
		});
	}

	@Test
	void readsMetadataFromRevision() {
		List<ResolvedMigration> found = scan(List.of(FIXTURES + "valid"), List.of());

		ResolvedMigration init = byId(found, "0001_init");
		assertThat(init.parent()).isNull();
		assertThat(init.schemaHash()).isNull();
		assertThat(init.rollbackSafe()).isTrue();
		assertThat(init.description()).isEqualTo("init graph");
		assertThat(RecordedCypher.upgrade(init.migration())).containsExactly("CREATE (:Marker)");
		assertThat(RecordedCypher.downgrade(init.migration())).containsExactly("MATCH (m:Marker) DELETE m");

		ResolvedMigration index = byId(found, "0002_person_index");
		assertThat(index.parent()).isEqualTo("0001_init");
		assertThat(index.schemaHash()).isEqualTo("abc123");
		assertThat(index.rollbackSafe()).isFalse();
		assertThat(index.description()).isEmpty();
	}

	@Test
	void findsMigrationsImplementingTheInterfaceThroughABaseClassOutsideThePackage() {
		assertThat(scan(List.of(FIXTURES + "extended"), List.of())).extracting(ResolvedMigration::id)
			.containsExactly("0001_extended");
	}

	@Test
	void packageWithoutMigrationsGivesNothing() {
		assertThat(scan(List.of("dev.crochet.migration.nothing.here"), List.of())).isEmpty();
		assertThat(scan(List.of(), List.of())).isEmpty();
	}

	@Test
	void migrationWithoutRevisionIsAnError() {
		assertScanError(List.of(FIXTURES + "broken.norevision"), List.of(),
				"Migration class '" + FIXTURES + "broken.norevision.NoRevision' has no @Revision annotation");
	}

	@Test
	void migrationWithoutNoArgumentConstructorIsAnError() {
		assertScanError(List.of(FIXTURES + "broken.noconstructor"), List.of(), "Migration class '" + FIXTURES
				+ "broken.noconstructor.NeedsArgument' has no public no-argument constructor");
	}

	@Test
	void migrationWithPrivateConstructorIsAnError() {
		assertScanError(List.of(FIXTURES + "broken.privateconstructor"), List.of(), "Migration class '" + FIXTURES
				+ "broken.privateconstructor.PrivateConstructor' has no public no-argument constructor");
	}

	@Test
	void migrationWithBlankIdIsAnError() {
		assertScanError(List.of(FIXTURES + "broken.blankid"), List.of(),
				"Migration class '" + FIXTURES + "broken.blankid.BlankId' has a blank @Revision id");
	}

	@Test
	void nonPublicMigrationIsAnError() {
		assertScanError(List.of(FIXTURES + "broken.notpublic"), List.of(),
				"Migration class '" + FIXTURES + "broken.notpublic.Hidden' is not public");
	}

	@Test
	void constructorFailureIsAnError() {
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> scan(List.of(FIXTURES + "broken.throwing"), List.of()))
			.withMessage("Migration class '" + FIXTURES
					+ "broken.throwing.Throwing' could not be created: java.lang.IllegalStateException: boom")
			.withCauseInstanceOf(IllegalStateException.class);
	}

	@Test
	void blankPackageIsAnError() {
		assertScanError(List.of(" "), List.of(), "A migration package must not be blank");
	}

	@Test
	void findsMigrationsCompiledAtRuntimeThroughTheGivenClassLoader() throws Exception {
		Path classes = compileRuntimeMigration();

		assertThat(scan(List.of("runtime.migrations"), List.of())).isEmpty();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() }, LOADER)) {
			List<ResolvedMigration> found = MigrationScanner.scan(loader, List.of("runtime.migrations"), List.of());

			assertThat(found).singleElement().satisfies(migration -> {
				assertThat(migration.id()).isEqualTo("0001_runtime");
				assertThat(migration.description()).isEqualTo("compiled at runtime");
				assertThat(migration.location()).isEqualTo("runtime.migrations.RuntimeMigration");
				assertThat(migration.migration().getClass().getClassLoader()).isSameAs(loader);
				assertThat(RecordedCypher.upgrade(migration.migration())).containsExactly("RETURN 'up'");
			});
		}
	}

	@Test
	void migrationSeeingAnotherCopyOfTheApiIsAnError() throws Exception {
		Path classes = compileRuntimeMigration();
		URL[] urls = { classes.toUri().toURL(), coreClasses().toUri().toURL() };
		// No delegation to the test's loader: this loader defines its own
		// dev.crochet.Migration.
		try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
			assertThatExceptionOfType(MigrationException.class)
				.isThrownBy(() -> MigrationScanner.scan(loader, List.of("runtime.migrations"), List.of()))
				.withMessage("Migration class 'runtime.migrations.RuntimeMigration' implements a dev.crochet.Migration"
						+ " from another class loader than Crochet's");
		}
	}

	private Path compileRuntimeMigration() throws Exception {
		Path sources = Files.createDirectories(temp.resolve("src/runtime/migrations"));
		Path classes = Files.createDirectories(temp.resolve("classes"));
		Path source = Files.writeString(sources.resolve("RuntimeMigration.java"), """
				package runtime.migrations;

				import dev.crochet.Migration;
				import dev.crochet.MigrationContext;
				import dev.crochet.Revision;

				@Revision(id = "0001_runtime", description = "compiled at runtime")
				public class RuntimeMigration implements Migration {
					public void upgrade(MigrationContext ctx) { ctx.runCypher("RETURN 'up'"); }
					public void downgrade(MigrationContext ctx) { ctx.runCypher("RETURN 'down'"); }
				}
				""");
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		int status = compiler.run(null, null, null, "-classpath", coreClasses().toString(), "-d", classes.toString(),
				source.toString());
		assertThat(status).isZero();
		return classes;
	}

	private static Path coreClasses() throws Exception {
		return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

	// ---- Cypher migrations
	// -----------------------------------------------------------------------

	@Test
	void findsCypherFilesInClasspathDirectoriesRecursively() {
		List<ResolvedMigration> found = scan(List.of(), List.of("classpath:db/chained"));

		assertThat(found).extracting(ResolvedMigration::location)
			.containsExactly("classpath:db/chained/0005_add_movie_index.cypher",
					"classpath:db/chained/sub/0006_seed.cypher");
		ResolvedMigration seed = found.get(1);
		assertThat(seed.id()).isEqualTo("0006_seed");
		assertThat(seed.parent()).isEqualTo("0005_add_movie_index");
		assertThat(seed.kind()).isEqualTo(MigrationKind.CYPHER);
		assertThat(seed.checksum()).hasSize(64);
		assertThat(RecordedCypher.upgrade(seed.migration())).containsExactly("CREATE (:Movie {title: 'Heat; 1995'})",
				"CREATE (:Movie {title: 'Ronin'})");
	}

	@Test
	void classpathLocationToleratesSlashes() {
		assertThat(scan(List.of(), List.of("classpath:/db/chained/"))).hasSize(2);
	}

	@Test
	void classpathLocationIsAFolderNotAPrefix() {
		assertThat(scan(List.of(), List.of("classpath:db/chain"))).isEmpty();
		assertThat(scan(List.of(FIXTURES + "valid"), List.of("classpath:db/chained/sub")))
			.extracting(ResolvedMigration::id)
			.containsExactly("0002_person_index", "0004_nested", "0001_init", "0003_movie", "0006_seed");
	}

	@Test
	void wholeClasspathIsRefused() {
		assertScanError(List.of(), List.of("classpath:/"),
				"Classpath location 'classpath:/' must name a folder, e.g. classpath:db/crochet");
	}

	@Test
	void classpathLocationWithoutFilesIsEmpty() {
		assertThat(scan(List.of(), List.of("classpath:db/nothing/here"))).isEmpty();
	}

	@Test
	void findsCypherFilesInJarsOfTheGivenClassLoader() throws Exception {
		Path jar = temp.resolve("migrations.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			addEntry(out, "jarred/migrations/0001_a.cypher", "// revision: 0001_a\n// --- upgrade\nRETURN 1;\n");
			addEntry(out, "jarred/migrations/deeper/0002_b.cypher",
					"// revision: 0002_b\n// parent: 0001_a\n// --- upgrade\nRETURN 2;\n// --- downgrade\nRETURN 3;\n");
			addEntry(out, "jarred/other/0003_c.cypher", "// revision: 0003_c\n// --- upgrade\n");
		}
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, LOADER)) {
			List<ResolvedMigration> found = MigrationScanner.scan(loader, List.of(),
					List.of("classpath:jarred/migrations"));

			assertThat(found).extracting(ResolvedMigration::location)
				.containsExactly("classpath:jarred/migrations/0001_a.cypher",
						"classpath:jarred/migrations/deeper/0002_b.cypher");
			assertThat(found.get(1).rollbackSafe()).isTrue();
		}
	}

	@Test
	void brokenCypherFileOnTheClasspathIsAnErrorNamingIt() {
		assertScanError(List.of(), List.of("classpath:db/broken"),
				"Cypher migration 'classpath:db/broken/no_revision.cypher' has no '// revision:' header");
	}

	@Test
	void findsCypherFilesInFileSystemDirectoriesRecursively() throws IOException {
		Path dir = writeMigrations();

		List<ResolvedMigration> plain = scan(List.of(), List.of(dir.toString()));
		List<ResolvedMigration> prefixed = scan(List.of(), List.of("file:" + dir));
		List<ResolvedMigration> uri = scan(List.of(), List.of(dir.toUri().toString()));

		assertThat(plain).extracting(ResolvedMigration::location)
			.containsExactly(dir.resolve("0001_a.cypher").toString(), dir.resolve("nested/0002_b.CYPHER").toString());
		assertThat(prefixed).extracting(ResolvedMigration::location, ResolvedMigration::checksum)
			.isEqualTo(plain.stream().map(m -> tuple(m.location(), m.checksum())).toList());
		assertThat(uri).extracting(ResolvedMigration::id).containsExactly("0001_a", "0002_b");
	}

	@Test
	void fileSystemLocationMayBeOneFile() throws IOException {
		Path dir = writeMigrations();

		assertThat(scan(List.of(), List.of(dir.resolve("0001_a.cypher").toString()))).extracting(ResolvedMigration::id)
			.containsExactly("0001_a");
	}

	@Test
	void checksumOfACrlfFileEqualsItsLfTwin() throws IOException {
		String content = "// revision: 1\n// --- upgrade\nRETURN 1;\n";
		Path lf = Files.writeString(Files.createDirectories(temp.resolve("lf")).resolve("m.cypher"), content);
		Path crlf = Files.writeString(Files.createDirectories(temp.resolve("crlf")).resolve("m.cypher"),
				content.replace("\n", "\r\n"));

		assertThat(scan(List.of(), List.of(crlf.toString())).get(0).checksum())
			.isEqualTo(scan(List.of(), List.of(lf.toString())).get(0).checksum());
	}

	@Test
	void missingFileSystemLocationIsAnError() {
		Path missing = temp.resolve("missing");

		assertScanError(List.of(), List.of(missing.toString()), "Migration location '" + missing + "' does not exist");
	}

	@Test
	void blankLocationIsAnError() {
		assertScanError(List.of(), List.of(""), "A migration location must not be blank");
	}

	@Test
	void brokenCypherFileInTheFileSystemIsAnErrorNamingIt() throws IOException {
		Path file = Files.writeString(temp.resolve("bad.cypher"), "// revision: 1\n// author: me\n// --- upgrade\n");

		assertScanError(List.of(), List.of(temp.toString()), "Cypher migration '" + file
				+ "' has an unknown header key 'author' (known: revision, parent, schema-hash, rollback-safe, description)");
	}

	// ---- together
	// ------------------------------------------------------------------------------

	@Test
	void javaClassesClasspathFilesAndFileSystemFilesFormOneChain() throws IOException {
		Path dir = Files.createDirectories(temp.resolve("project/migrations"));
		Files.writeString(dir.resolve("0007_last.cypher"),
				"// revision: 0007_last\n// parent: 0006_seed\n// --- upgrade\nRETURN 7;\n");

		List<ResolvedMigration> found = scan(List.of(FIXTURES + "valid"),
				List.of("classpath:db/chained", "file:" + dir));
		MigrationChain chain = MigrationChain.of(found);

		assertThat(chain.ids()).containsExactly("0001_init", "0002_person_index", "0003_movie", "0004_nested",
				"0005_add_movie_index", "0006_seed", "0007_last");
	}

	@Test
	void sameRevisionInTwoLocationsIsADuplicateNamingBoth() throws IOException {
		Path first = Files.writeString(Files.createDirectories(temp.resolve("one")).resolve("a.cypher"),
				"// revision: 0001\n// --- upgrade\n");
		Path second = Files.writeString(Files.createDirectories(temp.resolve("two")).resolve("b.cypher"),
				"// revision: 0001\n// --- upgrade\n");

		List<ResolvedMigration> found = scan(List.of(),
				List.of(first.getParent().toString(), second.getParent().toString()));

		assertThatExceptionOfType(ChainException.class).isThrownBy(() -> MigrationChain.of(found))
			.withMessage("Duplicate revision '0001' defined by " + first + " and " + second);
	}

	private Path writeMigrations() throws IOException {
		Path dir = Files.createDirectories(temp.resolve("migrations"));
		Files.writeString(dir.resolve("0001_a.cypher"), "// revision: 0001_a\n// --- upgrade\nRETURN 1;\n");
		Files.writeString(Files.createDirectories(dir.resolve("nested")).resolve("0002_b.CYPHER"),
				"// revision: 0002_b\n// parent: 0001_a\n// --- upgrade\nRETURN 2;\n");
		Files.writeString(dir.resolve("notes.txt"), "// revision: ignored\n");
		return dir;
	}

	private static void addEntry(JarOutputStream out, String name, String content) throws IOException {
		out.putNextEntry(new JarEntry(name));
		OutputStream stream = out;
		stream.write(content.getBytes(StandardCharsets.UTF_8));
		out.closeEntry();
	}

	private static ResolvedMigration byId(List<ResolvedMigration> migrations, String id) {
		List<ResolvedMigration> matches = new ArrayList<>(migrations.stream().filter(m -> m.id().equals(id)).toList());
		assertThat(matches).hasSize(1);
		return matches.get(0);
	}

}
