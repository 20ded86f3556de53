package dev.crochet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed README's Quick Start, steps 1 to 6 in order, with generated migrations, on the
 * embedded store.
 */
class QuickStartIT {

	static void edit(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		assertThat(text).contains(from);
		Files.writeString(file, text.replace(from, to));
	}

	static long migrationFiles(Path project) throws IOException {
		try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
			return files.count();
		}
	}

	@Test
	void quickStart(@TempDir Path tmp) throws IOException {
		// 1. Initialize a project
		Cli.Run created = new Cli(tmp).run("new-project", "--name", "my-graph");
		assertThat(created.exit()).as(created.toString()).isZero();
		Path project = tmp.resolve("my-graph");
		assertThat(project.resolve("crochet.toml")).content()
			.contains("name = \"my-graph\"")
			.doesNotContain("password =");
		assertThat(project.resolve(".crochet/ledger.db")).exists();
		assertThat(project.resolve(".gitignore")).content().contains(".crochet/");
		assertThat(new Cli(tmp).run("new-project", "--name", "my-graph").exit()).isEqualTo(ExitCode.USAGE);
		Cli cli = new Cli(project);

		// 2. Create node and relationship models
		assertThat(cli.run("create-node", "Person").exit()).isZero();
		Cli.Run rel = cli.run("create-relationship", "Friendship", "--rel-type", "FRIENDS_WITH");
		assertThat(rel.exit()).as(rel.toString()).isZero();
		assertThat(rel.out()).contains("(Person)-[:FRIENDS_WITH]->(Person)");
		Cli.Run again = cli.run("create-node", "Person");
		assertThat(again.exit()).isEqualTo(ExitCode.USAGE);
		assertThat(again.err()).contains("crochet: models/Person.java already exists; nothing was changed");
		Path person = project.resolve("models/Person.java");
		edit(person, "// @Required @Index(unique = true) private String name;",
				"@Required @Index(unique = true) private String name;");
		edit(person, "// @Index private Integer age;", "@Index private Integer age;");
		edit(project.resolve("models/Friendship.java"), "// Properties, for example: @Index private Integer since;",
				"@Index private Integer since;");

		// 3. Create a migration
		Cli.Run first = cli.run("create-migration", "add person node");
		assertThat(first.exit()).as(first.toString()).isZero();
		Path m1 = project.resolve("migrations/V0001_add_person_node.java");
		assertThat(m1).content()
			.contains("@Revision(id = \"0001_add_person_node\", parent = \"\"")
			.contains("rollbackSafe = true")
			.contains("ctx.addIndex(\"Person\", \"age\");\n\t\tctx.addUniqueConstraint(\"Person\", \"name\");")
			.contains("ctx.addRelationshipIndex(\"FRIENDS_WITH\", \"since\");")
			.contains("ctx.dropUniqueConstraint(\"Person\", \"name\");\n\t\tctx.dropIndex(\"Person\", \"age\");");
		Cli.Run none = cli.run("create-migration", "nothing");
		assertThat(none.out()).contains("No schema changes since 0001_add_person_node; nothing written");
		assertThat(migrationFiles(project)).isEqualTo(1);

		// 4. Apply migrations
		Cli.Run dry = cli.run("upgrade", "--dry-run");
		assertThat(dry.exit()).as(dry.toString()).isZero();
		assertThat(dry.out()).contains("Dry run: nothing was executed or recorded.", "-- upgrade 0001_add_person_node",
				"CREATE CONSTRAINT crochet_uniq_Person_name_");
		Cli.Run upgraded = cli.run("upgrade", "--target", "0001_add_person_node");
		assertThat(upgraded.exit()).as(upgraded.toString()).isZero();
		assertThat(upgraded.out()).contains("Applied 1 revision; head is 0001_add_person_node");
		assertThat(cli.run("check").exit()).isZero();
		Cli.Run full = cli.run("roundtrip", "--full");
		assertThat(full.exit()).as(full.toString()).isZero();

		// Models change: a property removed and one added (destructive), then a label
		// renamed and flags changed.
		edit(person, "@Index private Integer age;", "@Index private String email;");
		Cli.Run second = cli.run("create-migration", "person email instead of age");
		assertThat(second.exit()).as(second.toString()).isZero();
		assertThat(project.resolve("migrations/V0002_person_email_instead_of_age.java")).content()
			.contains("parent = \"0001_add_person_node\"", "rollbackSafe = false",
					"ctx.removeNodeProperty(\"Person\", \"age\");",
					"// cannot undo 'remove property Person.age': the removed values of Person.age are gone");
		edit(person, "@NodeEntity(\"Person\")", "@NodeEntity(\"Human\")");
		edit(person, "@Index private String email;", "@Index(unique = true) private String email;");
		assertThat(cli.run("create-migration", "person becomes human").exit()).isZero();
		assertThat(project.resolve("migrations/V0003_person_becomes_human.java")).content()
			.contains("rollbackSafe = true", "ctx.renameLabel(\"Person\", \"Human\");",
					"ctx.dropIndex(\"Human\", \"email\");", "ctx.addUniqueConstraint(\"Human\", \"email\");",
					"ctx.renameLabel(\"Human\", \"Person\");");
		edit(person, "private Long id;", "private Long id;\n\t@Index private String nickname;");
		Cli.Run cypher = cli.run("create-migration", "--cypher", "human nickname");
		assertThat(cypher.exit()).as(cypher.toString()).isZero();
		assertThat(project.resolve("migrations/0004_human_nickname.cypher")).content()
			.contains("// parent: 0003_person_becomes_human", "CREATE INDEX crochet_idx_Human_nickname_");
		Cli.Run drift = cli.run("check");
		assertThat(drift.exit()).as(drift.toString()).isEqualTo(ExitCode.PROBLEMS);
		assertThat(drift.out()).contains("Missing in the graph");

		Cli.Run rest = cli.run("upgrade");
		assertThat(rest.exit()).as(rest.toString()).isZero();
		assertThat(rest.out()).contains("Applied 3 revisions; head is 0004_human_nickname");
		Cli.Run clean = cli.run("check");
		assertThat(clean.exit()).as(clean.toString()).isZero();
		Cli.Run roundTrip = cli.run("roundtrip");
		assertThat(roundTrip.exit()).as(roundTrip.toString()).isZero();
		assertThat(roundTrip.out())
			.contains("0002_person_email_instead_of_age: not downgraded (declared rollbackSafe = false)",
					"0003_person_becomes_human: ok", "0004_human_nickname: ok")
			.endsWith("Every downgrade leaves no trace." + System.lineSeparator());

		// 5. Revert migrations
		Cli.Run down = cli.run("downgrade");
		assertThat(down.exit()).as(down.toString()).isZero();
		assertThat(down.out()).contains("reverted 0004_human_nickname");
		Cli.Run unsafe = cli.run("downgrade", "--target", "0001_add_person_node");
		assertThat(unsafe.exit()).as(unsafe.toString()).isEqualTo(ExitCode.MIGRATION_FAILED);
		assertThat(unsafe.err()).contains("0002_person_email_instead_of_age").doesNotContain("\tat ");

		// 6. Check status and verify
		Cli.Run status = cli.run("status", "--json");
		assertThat(status.exit()).as(status.toString()).isZero();
		JsonNode json = new ObjectMapper().readTree(status.out());
		assertThat(json.get("head").asText()).isEqualTo("0003_person_becomes_human");
		assertThat(json.get("pending")).extracting(JsonNode::asText).containsExactly("0004_human_nickname");
		assertThat(cli.run("status").out()).contains("Head: 0003_person_becomes_human", "pending  0004_human_nickname");
		Cli.Run verify = cli.run("verify", "--json");
		JsonNode report = new ObjectMapper().readTree(verify.out());
		assertThat(report.get("checks")).isNotEmpty();
		assertThat(verify.exit()).isEqualTo(report.get("ok").asBoolean() ? ExitCode.OK : ExitCode.PROBLEMS);
	}

}
