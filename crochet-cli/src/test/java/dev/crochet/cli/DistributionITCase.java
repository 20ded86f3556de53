package dev.crochet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The distribution archive as a user gets it: unpacked into a temporary folder far from
 * this repository, {@code bin/crochet} runs {@code --version}, {@code new-project} and an
 * upgrade on the embedded store, in real processes. Runs after {@code package}, under
 * Failsafe.
 */
class DistributionITCase {

	private static final Path TARGET = Path.of(System.getProperty("user.dir")).resolve("target").toAbsolutePath();

	private static final String VERSION = System.getProperty("crochet.version", "0.1.0-SNAPSHOT");

	record Result(int exit, String out) {
	}

	@Test
	void theTarGzRunsFromAnyFolderWithOnlyJava(@TempDir Path tmp) throws Exception {
		Path archive = TARGET.resolve("crochet-" + VERSION + ".tar.gz");
		assertThat(archive).as("the distribution built by package").isRegularFile();
		Path unpacked = tmp.resolve("unpacked");
		Files.createDirectories(unpacked);
		assertThat(run(unpacked, "tar", "xzf", archive.toString()).exit()).isZero();
		Path home = unpacked.resolve("crochet-" + VERSION);
		Path crochet = home.resolve("bin/crochet");
		assertThat(Files.isExecutable(crochet)).as("bin/crochet is executable").isTrue();
		assertThat(home.resolve("bin/crochet.bat")).isRegularFile();
		assertThat(home.resolve("README.md")).content().contains("# Crochet " + VERSION).doesNotContain("${");
		assertThat(home.resolve("lib/crochet-cli-" + VERSION + ".jar")).isRegularFile();

		Path work = tmp.resolve("work");
		Files.createDirectories(work);
		Result version = run(work, crochet.toString(), "--version");
		assertThat(version.exit()).as(version.out()).isZero();
		assertThat(version.out()).contains(VERSION);

		Result created = run(work, crochet.toString(), "new-project", "--name", "graph");
		assertThat(created.exit()).as(created.out()).isZero();
		Path project = work.resolve("graph");
		// One migration compiled against the unpacked lib/ (the CLI compiles with the
		// JDK), then applied.
		Result migration = run(project, crochet.toString(), "create-migration", "--empty", "start");
		assertThat(migration.exit()).as(migration.out()).isZero();
		Result upgrade = run(project, crochet.toString(), "upgrade");
		assertThat(upgrade.exit()).as(upgrade.out()).isZero();
		assertThat(upgrade.out()).contains("Applied 1 revision; head is 0001_start");
	}

	@Test
	void theZipHoldsTheSameFilesAsTheTarGz(@TempDir Path tmp) throws Exception {
		Result listing = run(tmp, "tar", "tzf", TARGET.resolve("crochet-" + VERSION + ".tar.gz").toString());
		assertThat(listing.exit()).as(listing.out()).isZero();
		Set<String> tarFiles = listing.out().lines().filter(name -> !name.endsWith("/")).collect(Collectors.toSet());
		try (ZipFile zip = new ZipFile(TARGET.resolve("crochet-" + VERSION + ".zip").toFile())) {
			Set<String> zipFiles = zip.stream()
				.filter(e -> !e.isDirectory())
				.map(ZipEntry::getName)
				.collect(Collectors.toSet());
			assertThat(zipFiles).isEqualTo(tarFiles).contains("crochet-" + VERSION + "/bin/crochet.bat");
		}
	}

	/**
	 * A signed jar's classes are hashed on every load and never enter a class-data
	 * archive: each CLI call paid for it. The build strips the signatures it knows of
	 * (the unsign-lib step in the pom); a new signed dependency fails here, by name,
	 * until it joins that list.
	 */
	@Test
	void noJarInTheDistributionIsSigned() throws Exception {
		List<String> signed = new ArrayList<>();
		List<String> jars = new ArrayList<>();
		try (ZipFile zip = new ZipFile(TARGET.resolve("crochet-" + VERSION + ".zip").toFile())) {
			for (ZipEntry entry : zip.stream().filter(e -> e.getName().endsWith(".jar")).toList()) {
				jars.add(entry.getName());
				try (ZipInputStream jar = new ZipInputStream(zip.getInputStream(entry))) {
					for (ZipEntry inner = jar.getNextEntry(); inner != null; inner = jar.getNextEntry()) {
						if (inner.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")) {
							signed.add(entry.getName() + " (" + inner.getName() + ")");
							break;
						}
					}
				}
			}
		}
		assertThat(jars).anyMatch(name -> name.contains("/lib/eclipse-collections-api-"));
		assertThat(signed).as("signed jars in lib/").isEmpty();
	}

	private static Result run(Path cwd, String... command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(cwd.toFile())
			.redirectErrorStream(true);
		Process process = builder.start();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command) + " finished").isTrue();
		return new Result(process.exitValue(),
				new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
	}

}
