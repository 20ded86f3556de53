package dev.crochet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shell script run in a mount namespace of its own ({@code unshare -m}): it may mount a
 * small tmpfs (a disk that fills) or remount a folder read-only, and every mount ends
 * with the script, even when the test JVM dies. Tests run as root here, and root writes
 * through file permissions, so a real read-only mount is the only honest "permission
 * denied"; where the namespace cannot be made (no privilege), {@link #available} says so
 * and the test is skipped.
 */
final class MountNamespace {

	private MountNamespace() {
	}

	/** Whether this process may make a mount namespace and mount a tmpfs in it. */
	static boolean available(Path scratch) throws IOException, InterruptedException {
		Path point = Files.createDirectories(scratch.resolve("probe"));
		Process probe = new ProcessBuilder("unshare", "-m", "--propagation", "private", "sh", "-c",
				"mount -t tmpfs -o size=1m tmpfs '" + point + "'")
			.redirectErrorStream(true)
			.start();
		probe.getInputStream().readAllBytes();
		return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
	}

	/**
	 * Runs {@code script} with {@code sh} in a new mount namespace, failing if it does
	 * not end within {@code seconds}.
	 */
	static String run(String script, int seconds) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(List.of("unshare", "-m", "--propagation", "private", "sh", "-c", script))
			.redirectErrorStream(true)
			.start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).as("the script ended within " + seconds + " s").isTrue();
		String text = new String(output, StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(text).isZero();
		return text;
	}

}
