package dev.crochet.cli;

import dev.crochet.cli.LauncherITCase.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.crochet.cli.LauncherITCase.crochet;
import static dev.crochet.cli.MavenLayoutIT.MIGRATIONS;
import static dev.crochet.cli.MavenLayoutIT.NL;
import static dev.crochet.cli.MavenLayoutIT.SNAPSHOTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way from hand-written migrations (no schemaHash) to generated ones, as a user runs
 * it, with the crochet command as a process: create-migration refuses and names
 * record-schema; record-schema records the head's schema and says what it assumed; then
 * check compares the models with it, and create-migration diffs against it. Compiling
 * stands in for {@code mvn compile}.
 */
class HandwrittenToGeneratedITCase {

	static final String HANDWRITTEN = """
			package com.example.shop.migrations;

			import dev.crochet.Migration;
			import dev.crochet.MigrationContext;
			import dev.crochet.Revision;

			@Revision(id = "0001_create_people", description = "unique person names")
			public final class V0001CreatePeople implements Migration {
				public void upgrade(MigrationContext ctx) { ctx.addUniqueConstraint("Person", "name"); }
				public void downgrade(MigrationContext ctx) { ctx.dropUniqueConstraint("Person", "name"); }
			}
			""";

	@Test
	void aHandWrittenChainIsRecordedThenGeneratedOnAndChecked(@TempDir Path tmp) throws Exception {
		Path p = MavenLayoutIT.project(tmp);
		Files.createDirectories(p.resolve(MIGRATIONS));
		Files.writeString(p.resolve(MIGRATIONS + "/V0001CreatePeople.java"), HANDWRITTEN);
		MavenLayoutIT.build(p, MIGRATIONS);

		Result refused = crochet(p, "create-migration", "add email");
		assertThat(refused.exit()).as(refused.out()).isEqualTo(ExitCode.USAGE);
		assertThat(refused.out())
			.isEqualTo("crochet: The head migration 0001_create_people declares no schema hash, so there"
					+ " is nothing to diff against; record the schema of 0001_create_people with 'crochet record-schema'"
					+ " (while the models still describe it), or use --empty and write the operations by hand" + NL);

		Result recorded = crochet(p, "record-schema");
		assertThat(recorded.exit()).as(recorded.out()).isZero();
		String hash = recorded.out().replaceFirst("(?s).*\\(schema hash ([0-9a-f]{64})\\).*", "$1");
		assertThat(recorded.out()).isEqualTo("Recorded the schema of head migration 0001_create_people (schema hash "
				+ hash + ") in " + SNAPSHOTS + "/" + hash + ".json and " + SNAPSHOTS + "/recorded-revisions.properties"
				+ NL + "Assumed: the models in target/classes (packages com.example.shop.model) describe revision"
				+ " 0001_create_people as it is in the database; a model change made after 0001_create_people counts"
				+ " as migrated (if there is one, restore the models of 0001_create_people and run record-schema"
				+ " --force, or use --from-database)." + NL
				+ "Next: change the models, then 'crochet create-migration \"<description>\"'." + NL);
		assertThat(p.resolve(SNAPSHOTS + "/recorded-revisions.properties")).content()
			.contains("0001_create_people=" + hash + "\n");

		Result again = crochet(p, "record-schema");
		assertThat(again.exit()).as(again.out()).isEqualTo(ExitCode.USAGE);
		assertThat(again.out())
			.isEqualTo("crochet: The schema of head migration 0001_create_people is recorded already (hash " + hash
					+ "); nothing was written (" + SNAPSHOTS + "/recorded-revisions.properties); use --force to"
					+ " record it again" + NL);

		Result matching = crochet(p, "check", "--offline");
		assertThat(matching.exit()).as(matching.out()).isZero();
		assertThat(matching.out()).startsWith("No drift: the models match the head migration." + NL);

		MavenLayoutIT.addToPerson(p, "@Index private String email;");
		MavenLayoutIT.build(p, "src/main/java/com/example/shop/model");
		Result drift = crochet(p, "check", "--offline");
		assertThat(drift.exit()).as(drift.out()).isEqualTo(ExitCode.PROBLEMS);
		assertThat(drift.out()).contains("  property Person.email added (STRING, indexed)" + NL);

		Result created = crochet(p, "create-migration", "add email");
		assertThat(created.exit()).as(created.out()).isZero();
		assertThat(created.out())
			.startsWith("Created " + MIGRATIONS + "/V0002_add_email.java (revision"
					+ " 0002_add_email, parent 0001_create_people, rollbackSafe = true)")
			.contains("    property Person.email added (STRING, indexed)" + NL);
		assertThat(p.resolve(MIGRATIONS + "/V0002_add_email.java")).content()
			.contains("ctx.addIndex(\"Person\", \"email\");")
			.doesNotContain("addUniqueConstraint");

		MavenLayoutIT.build(p, MIGRATIONS);
		Result checked = crochet(p, "check", "--offline");
		assertThat(checked.exit()).as(checked.out()).isZero();
		assertThat(checked.out()).startsWith("No drift: the models match the head migration." + NL);
		Result upgraded = crochet(p, "upgrade");
		assertThat(upgraded.exit()).as(upgraded.out()).isZero();
		assertThat(upgraded.out()).contains("head is 0002_add_email");
	}

	@Test
	void modelsChangedBeforeRecordingAreRecordedFromTheDatabaseAndTheChangeIsGenerated(@TempDir Path tmp)
			throws Exception {
		Path p = MavenLayoutIT.project(tmp);
		Files.createDirectories(p.resolve(MIGRATIONS));
		Files.writeString(p.resolve(MIGRATIONS + "/V0001CreatePeople.java"), HANDWRITTEN);
		MavenLayoutIT.build(p, MIGRATIONS);
		MavenLayoutIT.addToPerson(p, "@Index private String email;");
		MavenLayoutIT.build(p, "src/main/java/com/example/shop/model");

		Result notMigrated = crochet(p, "record-schema", "--from-database");
		assertThat(notMigrated.exit()).as(notMigrated.out()).isEqualTo(ExitCode.USAGE);
		assertThat(notMigrated.out()).isEqualTo("crochet: The database is not migrated, not at head migration"
				+ " 0001_create_people, so its schema is not the head's; upgrade it first. Nothing was written" + NL);

		assertThat(crochet(p, "upgrade").exit()).isZero();
		Result recorded = crochet(p, "record-schema", "--from-database");
		assertThat(recorded.exit()).as(recorded.out()).isZero();
		assertThat(recorded.out())
			.contains(NL + "Assumed: the database is at revision 0001_create_people and its"
					+ " constraints and indexes are that revision's; its nodes, relationships, properties and types are"
					+ " those of the models in target/classes (packages com.example.shop.model)." + NL)
			.doesNotContain("Not recorded");

		Result created = crochet(p, "create-migration", "add email");
		assertThat(created.exit()).as(created.out()).isZero();
		assertThat(created.out()).contains("parent 0001_create_people, rollbackSafe = true)",
				NL + "    property Person.email: indexed false -> true" + NL);
		assertThat(p.resolve(MIGRATIONS + "/V0002_add_email.java")).content()
			.contains("ctx.addIndex(\"Person\", \"email\");");
	}

	@Test
	void aDeclaredHashWhoseSnapshotNeverExistedIsRecordedOnlyFromItsModels(@TempDir Path tmp)
			throws IOException, InterruptedException {
		Path p = MavenLayoutIT.project(tmp);
		Files.createDirectories(p.resolve(MIGRATIONS));
		Files.writeString(p.resolve(MIGRATIONS + "/V0001CreatePeople.java"),
				HANDWRITTEN.replace("description = \"unique person names\"",
						"description = \"unique person names\", schemaHash = \"" + "a".repeat(64) + "\""));
		MavenLayoutIT.build(p, MIGRATIONS);

		Result refused = crochet(p, "record-schema");

		assertThat(refused.exit()).as(refused.out()).isEqualTo(ExitCode.USAGE);
		assertThat(refused.out())
			.startsWith("crochet: Head migration 0001_create_people declares schema hash " + "a".repeat(64)
					+ ", but the models' schema hash is ")
			.endsWith(": they are not the schema of 0001_create_people. Nothing was written" + NL);
		assertThat(p.resolve(SNAPSHOTS)).doesNotExist();
	}

}
