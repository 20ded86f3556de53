package dev.crochet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Maven-layout project ({@code maven-layout/crochet.toml}, the sample in docs/cli.md):
 * the build compiles models and migrations into target/classes, so a migration
 * {@code create-migration} wrote is only a source until the next build. Compiling stands
 * in for {@code mvn compile}.
 */
class MavenLayoutIT {

	static final String MIGRATIONS = "src/main/java/com/example/shop/migrations";

	static final String SNAPSHOTS = "src/main/resources/crochet/snapshots";

	static final String BUILD_FIRST = "Build the project (e.g. mvn compile) before 'crochet upgrade': it runs the compiled classes of"
			+ " [project] classpath, which do not hold this migration yet.";

	static final String PERSON = """
			package com.example.shop.model;

			import dev.crochet.KgId;
			import org.neo4j.ogm.annotation.*;

			@NodeEntity("Person")
			@KgId("person_v1")
			public class Person {
				@Id @GeneratedValue private Long id;
				@Index(unique = true) private String name;
			}
			""";

	static final String NL = System.lineSeparator();

	/**
	 * The sample crochet.toml with {@code from} replaced by {@code to}, and the Person
	 * model, built.
	 */
	static Path project(Path tmp, String from, String to) throws IOException {
		Path p = sources(tmp, from, to);
		build(p, "src/main/java/com/example/shop/model");
		return p;
	}

	/** As {@link #project(Path, String, String)}, not built. */
	static Path sources(Path tmp, String from, String to) throws IOException {
		Path p = tmp.resolve("shop");
		Files.createDirectories(p.resolve("src/main/java/com/example/shop/model"));
		try (InputStream sample = MavenLayoutIT.class.getResourceAsStream("/maven-layout/crochet.toml")) {
			String toml = new String(sample.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(toml).contains(from);
			Files.writeString(p.resolve("crochet.toml"), toml.replace(from, to));
		}
		Files.writeString(p.resolve("src/main/java/com/example/shop/model/Person.java"), PERSON);
		return p;
	}

	static Path project(Path tmp) throws IOException {
		return project(tmp, "", "");
	}

	/**
	 * What {@code mvn compile} does for the sources under {@code folder}: classes into
	 * target/classes.
	 */
	static void build(Path project, String folder) throws IOException {
		Path classes = Files.createDirectories(project.resolve("target/classes"));
		List<Path> classpath = new ArrayList<>(RuntimeClasspath.entries());
		classpath.add(classes);
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
			List<String> options = List.of("-d", classes.toString(), "-proc:none", "-classpath",
					classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
			StringWriter errors = new StringWriter();
			boolean ok = javac
				.getTask(errors, files, null, options, null,
						files.getJavaFileObjectsFromPaths(ProjectClasses.javaFiles(project.resolve(folder))))
				.call();
			assertThat(ok).as("compiled " + folder + ": " + errors).isTrue();
		}
	}

	static void addToPerson(Path project, String field) throws IOException {
		Path person = project.resolve("src/main/java/com/example/shop/model/Person.java");
		Files.writeString(person,
				Files.readString(person).replace("private String name;", "private String name;\n\t" + field));
	}

	static List<String> files(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	static String hash(Cli.Run run) {
		return run.out().replaceFirst("(?s).* and its schema snapshot " + SNAPSHOTS + "/([0-9a-f]{64})\\.json.*", "$1");
	}

	@Test
	void createMigrationTwiceBeforeAnyBuildChainsThenBuildUpgradeAndCheck(@TempDir Path tmp) throws IOException {
		Path p = project(tmp);
		Cli cli = new Cli(p);

		Cli.Run first = cli.run("create-migration", "add person");
		assertThat(first.exit()).as(first.toString()).isZero();
		String h1 = hash(first);
		assertThat(first.out())
			.isEqualTo("Created " + MIGRATIONS + "/V0001_add_person.java (revision 0001_add_person, parent none,"
					+ " rollbackSafe = true) and its schema snapshot " + SNAPSHOTS + "/" + h1 + ".json" + NL
					+ "    node person_v1 (Person) added" + NL + BUILD_FIRST + NL);

		// The model changes and is built; the first migration is still only a source.
		addToPerson(p, "@Index private String email;");
		build(p, "src/main/java/com/example/shop/model");
		Cli.Run second = cli.run("create-migration", "add email");
		assertThat(second.exit()).as(second.toString()).isZero();
		String h2 = hash(second);
		assertThat(second.out())
			.isEqualTo("Created " + MIGRATIONS + "/V0002_add_email.java (revision 0002_add_email, parent"
					+ " 0001_add_person, rollbackSafe = true) and its schema snapshot " + SNAPSHOTS + "/" + h2 + ".json"
					+ NL + "    property Person.email added (STRING, indexed)" + NL + BUILD_FIRST + NL);
		assertThat(p.resolve(MIGRATIONS + "/V0001_add_person.java")).content()
			.startsWith("package com.example.shop.migrations;\n")
			.contains("@Revision(id = \"0001_add_person\", parent = \"\",", "schemaHash = \"" + h1 + "\"");
		assertThat(p.resolve(MIGRATIONS + "/V0002_add_email.java")).content()
			.startsWith("package com.example.shop.migrations;\n")
			.contains("@Revision(id = \"0002_add_email\", parent = \"0001_add_person\",", "schemaHash = \"" + h2 + "\"",
					"ctx.addIndex(\"Person\", \"email\");")
			.doesNotContain("addUniqueConstraint");
		assertThat(files(p.resolve(MIGRATIONS))).containsExactly("V0001_add_person.java", "V0002_add_email.java");
		assertThat(files(p.resolve(SNAPSHOTS))).containsExactlyInAnyOrder(h1 + ".json", h2 + ".json");
		assertThat(p.resolve("migrations")).doesNotExist();
		assertThat(p.resolve("snapshots")).doesNotExist();
		assertThat(p.resolve("target/classes/com/example/shop/migrations")).doesNotExist();

		Cli.Run again = cli.run("create-migration", "add email");
		// It says where it read the models, and that the build has not compiled the
		// migrations yet.
		assertThat(again.out()).isEqualTo("No schema changes since 0002_add_email in the models compiled in"
				+ " target/classes; nothing written (use --empty for a data migration)" + NL
				+ "Not compiled yet: 0001_add_person  " + MIGRATIONS + "/V0001_add_person.java" + NL
				+ "Not compiled yet: 0002_add_email  " + MIGRATIONS + "/V0002_add_email.java" + NL
				+ "Changed a model or a migration since the last build? Compile first (e.g. mvn compile): 'crochet"
				+ " create-migration' reads the compiled classes." + NL);

		Cli.Run unbuilt = cli.run("status");
		assertThat(unbuilt.exit()).as(unbuilt.toString()).isZero();
		assertThat(unbuilt.out()).contains("Pending: 0" + NL
				+ "Not compiled yet (build the project, e.g. mvn compile, so that 'crochet upgrade' sees them):" + NL
				+ "  0001_add_person  " + MIGRATIONS + "/V0001_add_person.java" + NL + "  0002_add_email  " + MIGRATIONS
				+ "/V0002_add_email.java" + NL);
		// The models are ahead of the compiled chain only: the hint is to compile, never
		// to write yet another migration.
		assertThat(unbuilt.out())
			.contains("Compile the project first (e.g. mvn compile): a migration not compiled yet may hold these"
					+ " changes; run 'crochet create-migration \"<description>\"' only if they remain." + NL)
			.doesNotContain("to write a migration for these changes");

		build(p, MIGRATIONS);
		Cli.Run built = cli.run("status");
		assertThat(built.exit()).as(built.toString()).isZero();
		assertThat(built.out())
			.contains("  pending  0001_add_person" + NL + "  pending  0002_add_email" + NL + "Pending: 2" + NL)
			.doesNotContain("Not compiled yet");
		Cli.Run upgrade = cli.run("upgrade");
		assertThat(upgrade.exit()).as(upgrade.toString()).isZero();
		assertThat(upgrade.out()).contains("Applied 2 revisions; head is 0002_add_email");
		Cli.Run check = cli.run("check");
		assertThat(check.exit()).as(check.toString()).isZero();
	}

	@Test
	void aCypherMigrationChainsOnAnUnbuiltJavaOneAndStatusSaysToBuild(@TempDir Path tmp) throws IOException {
		// The snapshots folder of the issue: in the build's resources, but not where the
		// class path lookup is.
		Path p = project(tmp, "snapshots_path = \"" + SNAPSHOTS + "\"",
				"snapshots_path = \"src/main/resources/db/crochet/snapshots\"");
		Cli cli = new Cli(p);
		assertThat(cli.run("create-migration", "add person").exit()).isZero();
		addToPerson(p, "@Index private String email;");
		build(p, "src/main/java/com/example/shop/model");

		Cli.Run cypher = cli.run("create-migration", "--cypher", "add email");

		assertThat(cypher.exit()).as(cypher.toString()).isZero();
		assertThat(cypher.out())
			.startsWith("Created src/main/resources/db/crochet/0002_add_email.cypher (revision 0002_add_email,"
					+ " parent 0001_add_person, rollbackSafe = true) and its schema snapshot src/main/resources/db/crochet/snapshots/")
			.endsWith("    property Person.email added (STRING, indexed)" + NL
					+ "Note: tests and applications look up schema snapshots on the class path under crochet/snapshots/, where"
					+ " src/main/resources/db/crochet/snapshots does not put them; set [project] snapshots_path ="
					+ " \"src/main/resources/crochet/snapshots\" so that they find them too." + NL);
		assertThat(p.resolve("src/main/resources/db/crochet/0002_add_email.cypher")).content()
			.contains("// parent: 0001_add_person" + "\n");

		Cli.Run status = cli.run("status");
		assertThat(status.exit()).as(status.toString()).isEqualTo(ExitCode.USAGE);
		assertThat(status.err())
			.isEqualTo("crochet: Revision '0002_add_email' has parent '0001_add_person', which does not exist;"
					+ " 0001_add_person is a migration source the build has not compiled yet (" + MIGRATIONS
					+ "/V0001_add_person.java):" + " build the project (e.g. mvn compile) and try again" + NL);
		build(p, MIGRATIONS);
		assertThat(cli.run("status").out()).contains("Pending: 2");
	}

	@Test
	void sourcesThatForkTheCompiledChainAreRefused(@TempDir Path tmp) throws IOException {
		Path p = project(tmp);
		Cli cli = new Cli(p);
		assertThat(cli.run("create-migration", "add person").exit()).isZero();
		addToPerson(p, "@Index private String email;");
		build(p, "src/main/java/com/example/shop/model");
		assertThat(cli.run("create-migration", "add email").exit()).isZero();
		build(p, MIGRATIONS);
		// Another branch's 0002 replaces the source; the build has not run since, so the
		// old class is still there.
		Path email = p.resolve(MIGRATIONS + "/V0002_add_email.java");
		Files.writeString(p.resolve(MIGRATIONS + "/V0002_add_mail.java"),
				Files.readString(email).replace("add_email", "add_mail"));
		Files.delete(email);
		addToPerson(p, "@Index private Integer age;");
		build(p, "src/main/java/com/example/shop/model");

		Cli.Run run = cli.run("create-migration", "add age");

		assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.USAGE);
		assertThat(run.err()).isEqualTo(
				"crochet: Revisions '0002_add_email' (compiled class com.example.shop.migrations.V0002_add_email)"
						+ " and '0002_add_mail' (source " + MIGRATIONS
						+ "/V0002_add_mail.java) both have parent '0001_add_person': the compiled"
						+ " classes and the migration sources disagree, and a new migration would fork the chain. Remove the stale one (a class"
						+ " whose source is gone leaves with a clean build, e.g. mvn clean compile); nothing was written"
						+ NL);
		assertThat(files(p.resolve(MIGRATIONS))).containsExactly("V0001_add_person.java", "V0002_add_mail.java");
	}

	@Test
	void aRevisionThatIsNotALiteralIsRefusedBeforeCompiling(@TempDir Path tmp) throws IOException {
		Path p = project(tmp);
		Files.createDirectories(p.resolve(MIGRATIONS));
		Files.writeString(p.resolve(MIGRATIONS + "/V0001_start.java"), """
				package com.example.shop.migrations;

				import dev.crochet.*;

				@Revision(id = V0001_start.ID,
						description = "by hand")
				public final class V0001_start implements Migration {
					static final String ID = "0001_start";
					public void upgrade(MigrationContext ctx) { }
					public void downgrade(MigrationContext ctx) { }
				}
				""");

		Cli.Run run = new Cli(p).run("create-migration", "add person");

		assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.USAGE);
		assertThat(run.err())
			.isEqualTo("crochet: " + MIGRATIONS + "/V0001_start.java:5: @Revision id is not a string literal, so it"
					+ " cannot be read before compiling; write it as one; nothing was written" + NL);
		assertThat(files(p.resolve(SNAPSHOTS))).isEmpty();
	}

	@Test
	void badLayoutKeysAreNamed(@TempDir Path tmp) throws IOException {
		String[][] cases = {
				{ "java_migrations_path = \"src/main/java\"", "java_migrations_path = 3",
						"Malformed crochet.toml: [project] java_migrations_path must be a string" },
				{ "cypher_migrations_path = \"src/main/resources/db/crochet\"", "cypher_migrations_path = [\"db\"]",
						"Malformed crochet.toml: [project] cypher_migrations_path must be a string" },
				{ "snapshots_path = \"" + SNAPSHOTS + "\"", "snapshots_path = false",
						"Malformed crochet.toml: [project] snapshots_path must be a string" },
				{ "migrations_package = \"com.example.shop.migrations\"", "migrations_package = 42",
						"Malformed crochet.toml: [project] migrations_package must be a string" },
				{ "migrations_package = \"com.example.shop.migrations\"", "migrations_package = \"com.example.1st\"",
						"Malformed crochet.toml: [project] migrations_package 'com.example.1st' is not a valid Java package name"
								+ " (dot-separated identifiers, e.g. com.example.migrations)" },
				{ "migrations_package = \"com.example.shop.migrations\"", "migrations_package = \"com.example.new\"",
						"Malformed crochet.toml: [project] migrations_package 'com.example.new' is not a valid Java package name"
								+ " (dot-separated identifiers, e.g. com.example.migrations)" },
				{ "migrations_package = \"com.example.shop.migrations\"",
						"migrations_package = \"com.example.shop.migrations\"\nmigration_packages = [\"com.example.other\"]",
						"Malformed crochet.toml: [project] migrations_package 'com.example.shop.migrations' is not in [project]"
								+ " migration_packages [com.example.other], so its migrations would never be found; add it there" } };
		for (int i = 0; i < cases.length; i++) {
			Path p = sources(tmp.resolve("case" + i), cases[i][0], cases[i][1]);
			for (String command : new String[] { "status", "create-migration" }) {
				Cli.Run run = new Cli(p).run(command, command.equals("status") ? "--json" : "add person");
				assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.USAGE);
				assertThat(run.err()).isEqualTo("crochet: " + cases[i][2] + NL);
			}
			assertThat(p.resolve(".crochet")).doesNotExist();
			assertThat(p.resolve("src/main/java/com/example/shop/migrations")).doesNotExist();
		}
	}

}
