package dev.crochet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where create-migration writes, from the [project] keys, and the defaults that keep
 * older projects as they were.
 */
class ProjectLayoutTest {

	static Project load(Path dir, String project) throws IOException {
		Files.writeString(dir.resolve("crochet.toml"), "[project]\n" + project);
		return Project.load(dir, Map.of());
	}

	@Test
	void newProjectLayoutKeepsEverythingInMigrations(@TempDir Path tmp) throws IOException {
		Project p = load(tmp, "migrations_path = \"migrations\"\n");
		Path dir = tmp.toAbsolutePath().normalize();
		assertThat(p.javaMigrationsDir()).isEqualTo(dir.resolve("migrations"));
		assertThat(p.cypherMigrationsDir()).isEqualTo(dir.resolve("migrations"));
		assertThat(p.migrationsPackage()).isEqualTo("migrations");
		assertThat(p.migrationPackages()).containsExactly("migrations");
		assertThat(p.snapshotsDir()).isEqualTo(dir.resolve("snapshots"));
		assertThat(p.usesBuildClasses()).isFalse();
	}

	@Test
	void mavenLayoutPutsJavaInItsPackageFolder(@TempDir Path tmp) throws IOException {
		Project p = load(tmp, """
				migrations_path = "db"
				classpath = ["target/classes"]
				java_migrations_path = "src/main/java"
				migrations_package = "com.example.migrations"
				cypher_migrations_path = "src/main/resources/db/crochet"
				""");
		Path dir = tmp.toAbsolutePath().normalize();
		assertThat(p.javaMigrationsDir()).isEqualTo(dir.resolve("src/main/java/com/example/migrations"));
		assertThat(p.cypherMigrationsDir()).isEqualTo(dir.resolve("src/main/resources/db/crochet"));
		assertThat(p.migrationPackages()).as("scanned: the package written to")
			.containsExactly("com.example.migrations");
		assertThat(p.usesBuildClasses()).isTrue();
	}

	@Test
	void onlyAPackageGoesUnderMigrationsPath(@TempDir Path tmp) throws IOException {
		Project p = load(tmp, "migrations_package = \"com.example.migrations\"\n");
		assertThat(p.javaMigrationsDir())
			.isEqualTo(tmp.toAbsolutePath().normalize().resolve("migrations/com/example/migrations"));
		assertThat(p.cypherMigrationsDir()).isEqualTo(tmp.toAbsolutePath().normalize().resolve("migrations"));
	}

	@Test
	void theOneScannedPackageIsThePackageWritten(@TempDir Path tmp) throws IOException {
		Project one = load(tmp, "migration_packages = [\"com.example.migrations\"]\n");
		assertThat(one.migrationsPackage()).isEqualTo("com.example.migrations");
		assertThat(one.javaMigrationsDir()).as("no new key: flat, as before")
			.isEqualTo(tmp.toAbsolutePath().normalize().resolve("migrations"));
		Project two = load(tmp, "migration_packages = [\"a.b\", \"c.d\"]\n");
		assertThat(two.migrationsPackage()).isEqualTo("migrations");
		Project sub = load(tmp,
				"migration_packages = [\"com.example\"]\nmigrations_package = \"com.example.migrations\"\n");
		assertThat(sub.migrationPackages()).isEqualTo(List.of("com.example"));
	}

}
