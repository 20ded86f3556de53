package dev.crochet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
		assertThat(messages(out, "full")).singleElement()
			.asString()
			.startsWith(
					"crochet: Revision 0002_ingest failed during upgrade at statement: UNWIND $rows AS row CREATE (n:`Reading`)");
		// The cause follows on its own lines (Neo4j's words), then what to do.
		assertThat(text(out, "full.err")).contains("(the ledger " + disk.resolve(".crochet/ledger.db")
				+ " cannot be written: disk full; free some space, then run 'crochet status' and 'crochet verify')");

		assertThat(rc(out, "grown")).as(text(out, "grown.err")).isZero();
		assertThat(text(out, "grown.out")).contains(
				"Recovered: interrupted upgrade of 0002_ingest at step 2 of 2 (create Reading nodes in batch readings) undone")
			.contains("Applied 1 revision; head is 0002_ingest");

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
