package dev.crochet.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * crochet:create-migration on this module's test classes as the project's (no database):
 * the fixture's head migration declares no schema hash, so only an empty migration can
 * follow it.
 */
class CreateMigrationMojoTest {

	@TempDir
	Path project;

	@Test
	void aHeadWithoutSchemaHashIsRefusedNamingTheFlagThatHelps() {
		CreateMigrationMojo mojo = mojo(false);
		assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
			.hasMessage(
					"The head migration 0001_create_people declares no schema hash, so there is nothing to diff against;"
							+ " record its schema with crochet:record-schema (while the models still describe it), or use"
							+ " -Dcrochet.empty and write the operations by hand");
		assertThat(project.resolve("src")).doesNotExist();
	}

	@Test
	void anEmptyCypherMigrationChainsOnTheHeadAndItsSnapshotGoesUnderResources() throws Exception {
		CreateMigrationMojo mojo = mojo(true);
		mojo.cypher = true;
		RecordingLog log = new RecordingLog();
		mojo.setLog(log);
		mojo.execute();

		Path file = project.resolve("src/main/resources/db/crochet/0002_backfill_people.cypher");
		assertThat(file).content().contains("0001_create_people");
		try (var snapshots = Files.list(project.resolve("src/main/resources/crochet/snapshots"))) {
			assertThat(snapshots.map(p -> p.getFileName().toString())).singleElement()
				.asString()
				.matches("[0-9a-f]{64}\\.json");
		}
		assertThat(log.lines.get(0)).startsWith("Created src/main/resources/db/crochet/0002_backfill_people.cypher"
				+ " (revision 0002_backfill_people, parent 0001_create_people, rollbackSafe = true) and its schema snapshot"
				+ " src/main/resources/crochet/snapshots/");
	}

	@Test
	void withoutADescriptionItSaysHowToGiveOne() {
		CreateMigrationMojo mojo = mojo(false);
		mojo.description = " ";
		assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
			.hasMessage("crochet:create-migration needs a description: -Ddescription=\"add person node\"");
	}

	private CreateMigrationMojo mojo(boolean empty) {
		File classes = new File(System.getProperty("user.dir"), "target/test-classes");
		CreateMigrationMojo mojo = new CreateMigrationMojo();
		mojo.description = "backfill people";
		mojo.empty = empty;
		mojo.environment = Map.of();
		mojo.settings = new Settings();
		mojo.modelPackages = List.of("dev.crochet.maven.fixture.model");
		mojo.migrationPackages = List.of("dev.crochet.maven.fixture.migrations");
		mojo.basedir = project.toFile();
		mojo.sourceDirectory = project.resolve("src/main/java").toFile();
		mojo.cypherDirectory = project.resolve("src/main/resources/db/crochet").toFile();
		mojo.snapshotsDirectory = project.resolve("src/main/resources/crochet/snapshots").toFile();
		mojo.ledger = project.resolve(".crochet/ledger.db").toFile();
		mojo.reportDirectory = project.resolve("target/crochet").toFile();
		mojo.classesDirectory = classes;
		mojo.classpathElements = List.of(classes.getAbsolutePath());
		return mojo;
	}

}
