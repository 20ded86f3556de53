package dev.crochet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A disk that fills during an ingest, is grown, and is then mounted read-only: real
 * {@code bin/crochet} processes on a project that lives on a small tmpfs in a mount
 * namespace of their own.
 * <ul>
 * <li>On the full disk the upgrade fails within its time, naming the revision and "disk
 * full", and exits 3; it does not hang in Neo4j's close.</li>
 * <li>With space again, the next upgrade recovers what the failed run left and applies
 * the revision whole: every row once.</li>
 * <li>Read-only, {@code status} and {@code verify} read copies of the ledger and the
 * store and say so; {@code upgrade} is refused with exit 4 naming the refused
 * permission.</li>
 * </ul>
 */
class StorageFaultsITCase {

	private static final int ROWS = 200_000;

	/** Rows ingested before the unique constraint that fills the disk. */
	private static final int CONSTRAINT_ROWS = 100_000;

	/**
	 * Bytes left beyond what the run needs up to the constraint: the constraint's index
	 * over {@value #CONSTRAINT_ROWS} nodes needs about 4 MB.
	 */
	private static final long MARGIN = 1L << 20;

	/** The model the constraint belongs to, so that verify finds no drift at the end. */
	private static final String READING = """
			package models;

			import dev.crochet.KgId;
			import org.neo4j.ogm.annotation.*;

			@NodeEntity("Reading")
			@KgId("reading_v1")
			public class Reading {
				@Id @GeneratedValue private Long id;
				@Index(unique = true) private Integer i;
			}
			""";

	private static final String UNIQUE = """
			package migrations;

			import dev.crochet.Migration;
			import dev.crochet.MigrationContext;
			import dev.crochet.Revision;

			@Revision(id = "0003_unique", parent = "0002_ingest", rollbackSafe = true, description = "unique Reading.i")
			public final class V0003_unique implements Migration {

				@Override
				public void upgrade(MigrationContext ctx) {
					ctx.addUniqueConstraint("Reading", "i");
				}

				@Override
				public void downgrade(MigrationContext ctx) {
					ctx.dropUniqueConstraint("Reading", "i");
				}
			}
			""";

	@Test
	void aDiskThatFillsIsGrownThenMountedReadOnly(@TempDir Path tmp) throws Exception {
		assumeTrue(MountNamespace.available(tmp),
				"cannot mount a tmpfs in a mount namespace here (unshare -m needs privileges)");
		Path project = CliProcesses.ingestProject(tmp, ROWS);
		Path disk = Files.createDirectories(tmp.resolve("disk"));
		Path out = Files.createDirectories(tmp.resolve("out"));
		String crochet = LauncherITCase.LAUNCHER.toString();
		// Each step: at most 240 s (a hang is killed, and shows as exit 137), exit code
		// and output kept outside the disk.
		String script = String.join("\n", "set -eu", "mount -t tmpfs -o size=12m tmpfs '" + disk + "'",
				"cp -r '" + project + "'/. '" + disk + "'/", "cd '" + disk + "'",
				"step() { name=$1; shift; set +e; timeout -s KILL 240 '" + crochet + "' \"$@\" > '" + out
						+ "'/$name.out 2> '" + out + "'/$name.err; echo $? > '" + out + "'/$name.rc; set -e; }",
				"step full upgrade", "mount -o remount,size=200m '" + disk + "'", "step grown upgrade",
				"mount -o remount,ro '" + disk + "'", "step status status --json", "step verify verify",
				"step refused upgrade");
		MountNamespace.run(script, 1200);

		assertThat(rc(out, "full")).as(text(out, "full.err")).isEqualTo(ExitCode.MIGRATION_FAILED);
		// The cause follows the first line on lines of its own (Neo4j's words), then what
		// to do.
		assertThat(messages(out, "full")).containsExactly(
				"crochet: Revision 0002_ingest failed during upgrade at statement: UNWIND $rows AS row CREATE (n:`Reading`)"
						+ " SET n = row, n._crochet_batch = $batch",
				noSpaceLeft(disk.resolve(".crochet/neo4j")));

		assertThat(rc(out, "grown")).as(text(out, "grown.err")).isZero();
		// The failed run's undo could not delete on a full disk, so the journal kept it
		// (the
		// next run finishes the undo, then loads from the start); or the disk refused the
		// journal's own write, and the next run resumes after the last committed chunk.
		// Either way every row ends up there once (below).
		assertThat(text(out, "grown.out")).containsPattern(
				"Recovered: interrupted (undo of the failed )?upgrade of 0002_ingest at step 2 of 2 \\(create Reading nodes"
						+ " in batch readings\\) (undone|finished from step 2)")
			.contains("head is 0002_ingest");

		assertThat(rc(out, "status")).as(text(out, "status.err")).isZero();
		assertThat(messages(out, "status")).containsExactly(
				"crochet: .crochet/ledger.db cannot be written (permission denied); reading a copy of it",
				"crochet: .crochet/neo4j cannot be written (permission denied); reading a copy of it");
		JsonNode status = new ObjectMapper().readTree(text(out, "status.out"));
		assertThat(status.get("head").asText()).isEqualTo("0002_ingest");
		assertThat(status.get("batches")).singleElement().satisfies(batch -> {
			assertThat(batch.get("status").asText()).isEqualTo("COMMITTED");
			assertThat(batch.get("records").asLong()).isEqualTo(ROWS);
			assertThat(batch.get("inGraph").asLong()).as("every row once: nothing lost, nothing doubled")
				.isEqualTo(ROWS);
		});
		assertThat(status.get("problems")).isEmpty();

		assertThat(rc(out, "verify")).as(text(out, "verify.out")).isZero();
		assertThat(text(out, "verify.out")).endsWith("Verified: no problems.\n");

		assertThat(rc(out, "refused")).isEqualTo(ExitCode.CONNECTION);
		assertThat(messages(out, "refused"))
			.containsExactly("crochet: Cannot start the embedded Neo4j in .crochet/neo4j:"
					+ " permission denied (the folder is read-only, and Neo4j must write its lock file there even to read)");
	}

	/**
	 * A unique constraint built over 100,000 ingested nodes on a disk that fills during
	 * the build (as in issue 29, on a 50 MB file system): the upgrade says the disk is
	 * full rather than leave Neo4j's "Failed to populate index" to read like duplicate
	 * data. The run leaves the disk full and the store unclean (its close cannot flush),
	 * and Neo4j's recovery of such a store retries its writes forever: {@code status} and
	 * {@code verify} stop waiting for it and name the full disk. With space again the
	 * next upgrade applies the constraint, and {@code verify} passes.
	 * <p>
	 * How much space to leave is measured, not guessed: a first upgrade stops at a fault
	 * point right after the ingest is recorded, and the disk it used by then, plus
	 * {@value #MARGIN} bytes, is what the real run gets (the constraint's index needs
	 * megabytes more).
	 */
	@Test
	void aConstraintBuildThatFillsTheDiskIsNamedAndNothingHangs(@TempDir Path tmp) throws Exception {
		assumeTrue(MountNamespace.available(tmp),
				"cannot mount a tmpfs in a mount namespace here (unshare -m needs privileges)");
		Path project = CliProcesses.ingestProject(tmp, CONSTRAINT_ROWS);
		Files.writeString(project.resolve("migrations/V0003_unique.java"), UNIQUE);
		Files.writeString(project.resolve("models/Reading.java"), READING);
		Path disk = Files.createDirectories(tmp.resolve("disk"));
		Path out = Files.createDirectories(tmp.resolve("out"));
		String crochet = LauncherITCase.LAUNCHER.toString();
		String script = String.join("\n", "set -eu", "mount -t tmpfs -o size=50m tmpfs '" + disk + "'",
				"used() { df --output=used -B1 '" + disk + "' | tail -1; }",
				"avail() { df --output=avail -B1 '" + disk + "' | tail -1; }",
				// Each step: at most 240 s (a hang is killed, and shows as exit 137), its
				// exit code, its time in ms, and its output, kept outside the disk.
				"step() { name=$1; shift; set +e; s=$(date +%s%N); timeout -s KILL 240 '" + crochet + "' \"$@\" > '"
						+ out + "'/$name.out 2> '" + out + "'/$name.err; echo $? > '" + out
						+ "'/$name.rc; echo $(( ($(date +%s%N) - s) / 1000000 )) > '" + out + "'/$name.ms; set -e; }",
				// The measuring run: blocked at the fault point once 0002 is recorded,
				// then killed (only this process, by its id).
				"mkdir '" + disk + "/measure'", "cp -r '" + project + "'/. '" + disk + "/measure'/", "before=$(used)",
				"cd '" + disk + "/measure'",
				"CROCHET_FAULT_POINT=revision-recorded:2 '" + crochet + "' upgrade > '" + out + "/measure.out' 2> '"
						+ out + "/measure.err' & pid=$!",
				"i=0; until grep -q 'crochet-fault-point-blocked revision-recorded 2' '" + out
						+ "/measure.err'; do sleep 0.2; i=$((i+1)); [ $i -lt 1200 ]; done",
				"needed=$(( $(used) - before ))", "kill -KILL $pid; wait $pid || true", "cd /",
				"rm -rf '" + disk + "/measure'", "echo $needed > '" + out + "/needed'",
				// The real run, on a disk with that much space and the margin left.
				"cp -r '" + project + "'/. '" + disk + "'/", "cd '" + disk + "'",
				"fallocate -l $(( $(avail) - needed - " + MARGIN + " )) '" + disk + "/filler'", "step full upgrade",
				"avail > '" + out + "/left'", "step status status", "step verify verify", "rm '" + disk + "/filler'",
				"step again upgrade", "step verified verify", "step counted status --json");
		MountNamespace.run(script, 1500);

		Path store = disk.resolve(".crochet/neo4j");
		assertThat(rc(out, "full")).as(text(out, "full.err")).isEqualTo(ExitCode.MIGRATION_FAILED);
		assertThat(messages(out, "full")).containsExactly(
				"crochet: Revision 0003_unique failed during upgrade at statement: CREATE CONSTRAINT"
						+ " crochet_uniq_Reading_i_e31cc3cb IF NOT EXISTS FOR (n:`Reading`) REQUIRE n.`i` IS UNIQUE",
				noSpaceLeft(store));
		// Neo4j's words follow the first line: the reason this test exists.
		assertThat(text(out, "full.err")).contains("Failed to populate index");
		assertThat(Long.parseLong(text(out, "left").trim())).as("the failed run left the disk full")
			.isLessThan(1 << 20);

		String noStart = "crochet: The embedded Neo4j could not start within 10 s: no space left on "
				+ Pattern.quote(store.toString()) + " \\(\\d+ bytes free\\); it must write to open the store and to"
				+ " recover what a run left in it\\. Free some space, then run the command again";
		System.out.printf("On the full disk: status ended in %s ms, verify in %s ms%n", text(out, "status.ms").trim(),
				text(out, "verify.ms").trim());
		for (String step : List.of("status", "verify")) {
			assertThat(rc(out, step)).as(text(out, step + ".err")).isEqualTo(ExitCode.CONNECTION);
			assertThat(messages(out, step)).as(step).singleElement().asString().matches(noStart);
			assertThat(text(out, step + ".out")).as(step).isEmpty();
			assertThat(Long.parseLong(text(out, step + ".ms").trim())).as(step + " ends within 60 s")
				.isLessThan(60_000);
		}

		assertThat(rc(out, "again")).as(text(out, "again.err")).isZero();
		assertThat(text(out, "again.out")).isEqualTo("  applied 0003_unique (1 statement, " + millis(out, "again")
				+ " ms)\nApplied 1 revision; head is 0003_unique\n");
		assertThat(rc(out, "verified")).as(text(out, "verified.out")).isZero();
		assertThat(text(out, "verified.out")).endsWith("Verified: no problems.\n");
		JsonNode status = new ObjectMapper().readTree(text(out, "counted.out"));
		assertThat(status.get("batches")).singleElement()
			.satisfies(
					batch -> assertThat(batch.get("inGraph").asLong()).as("every row once").isEqualTo(CONSTRAINT_ROWS));
	}

	/** The line that follows a run's failure when a disk it wrote to ran full. */
	private static String noSpaceLeft(Path folder) {
		return "crochet: no space left on " + folder + ": its disk ran full during this run, so the failure above is"
				+ " the disk's, not the data's. Free some space, then run the same command again: a step this run left"
				+ " unfinished is recovered from the journal first";
	}

	/**
	 * The milliseconds the only revision of an upgrade's output took, as it printed them.
	 */
	private static String millis(Path out, String step) throws IOException {
		Matcher took = Pattern.compile("statement, (\\d+) ms\\)").matcher(text(out, step + ".out"));
		return took.find() ? took.group(1) : "?";
	}

	private static int rc(Path out, String step) throws IOException {
		return Integer.parseInt(text(out, step + ".rc").trim());
	}

	private static String text(Path out, String file) throws IOException {
		return Files.readString(out.resolve(file));
	}

	/**
	 * crochet's own lines on stderr. Neo4j itself prints the stack trace of its failed
	 * final flush on a full disk; that is not ours to word.
	 */
	private static List<String> messages(Path out, String step) throws IOException {
		return text(out, step + ".err").lines().filter(l -> l.startsWith("crochet")).toList();
	}

}
