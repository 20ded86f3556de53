package dev.crochet.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * crochet:record-schema on this module's test classes, whose head migration declares no
 * schema hash: it records the models' schema for the head, after which
 * crochet:create-migration diffs against it instead of refusing.
 */
class RecordSchemaMojoTest {

	@TempDir
	Path project;

	@Test
	void theHeadsSchemaIsRecordedOnceAndCreateMigrationThenDiffsAgainstIt() throws Exception {
		RecordSchemaMojo record = configure(new RecordSchemaMojo());
		record.basedir = project.toFile();
		RecordingLog log = new RecordingLog();
		record.setLog(log);
		record.execute();

		String snapshots = "src/main/resources/crochet/snapshots";
		assertThat(log.lines.get(0))
			.matches("Recorded the schema of head migration 0001_create_people \\(schema hash" + " [0-9a-f]{64}\\) in "
					+ snapshots + "/[0-9a-f]{64}\\.json and " + snapshots + "/recorded-revisions.properties");
		assertThat(log.lines.get(1)).startsWith("Assumed: the models in ")
			.contains(" describe revision 0001_create_people as it is in the database;");

		CreateMigrationMojo create = configure(new CreateMigrationMojo());
		create.description = "nothing yet";
		create.basedir = project.toFile();
		create.sourceDirectory = project.resolve("src/main/java").toFile();
		RecordingLog created = new RecordingLog();
		create.setLog(created);
		create.execute();
		assertThat(created.lines).containsExactly(
				"No schema changes since 0001_create_people; nothing written (use -Dcrochet.empty for a data migration)");

		RecordSchemaMojo again = configure(new RecordSchemaMojo());
		again.basedir = project.toFile();
		assertThatThrownBy(again::execute).isInstanceOf(MojoExecutionException.class)
			.hasMessageStartingWith("The schema of head migration 0001_create_people is recorded already (hash ")
			.hasMessageEndingWith("); nothing was written (" + snapshots
					+ "/recorded-revisions.properties); use -Dcrochet.force to record it again");
	}

	private <T extends AbstractCrochetMojo> T configure(T mojo) {
		File classes = new File(System.getProperty("user.dir"), "target/test-classes");
		mojo.environment = Map.of();
		mojo.settings = new Settings();
		mojo.modelPackages = List.of("dev.crochet.maven.fixture.model");
		mojo.migrationPackages = List.of("dev.crochet.maven.fixture.migrations");
		mojo.cypherDirectory = project.resolve("src/main/resources/db/crochet").toFile();
		mojo.snapshotsDirectory = project.resolve("src/main/resources/crochet/snapshots").toFile();
		mojo.ledger = project.resolve(".crochet/ledger.db").toFile();
		mojo.reportDirectory = project.resolve("target/crochet").toFile();
		mojo.classesDirectory = classes;
		mojo.classpathElements = List.of(classes.getAbsolutePath());
		return mojo;
	}

}
