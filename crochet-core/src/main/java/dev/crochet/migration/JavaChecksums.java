package dev.crochet.migration;

import dev.crochet.Migration;
import dev.crochet.cypher.BeginBatch;
import dev.crochet.cypher.ChunkedOperation;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.OperationRecorder;
import dev.crochet.cypher.RunCypher;
import dev.crochet.javasource.OperationSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The checksum of a Java migration, so that {@code verify} and {@code upgrade} notice an
 * applied one that was edited, as they do for Cypher files. Two ways, told apart by a
 * prefix so that a project that changes from one to the other (the CLI compiling its
 * sources, later a Maven build) is not flagged as edited throughout:
 * <ul>
 * <li>{@code source:<sha-256>}: when the source {@code <TopLevelClass>.java} lies next to
 * the class on the class path (the CLI puts it there when it compiles), the hash of its
 * text, line endings and a byte-order mark normalized as for Cypher files;</li>
 * <li>{@code declared:<sha-256>}: otherwise, the hash of what the migration declares: its
 * {@code upgrade} and then its {@code downgrade} run against an
 * {@link OperationRecorder}, every statement's kind, Cypher text and parameters. Rows are
 * iterables that may stream a file of any size, so they are not hashed (a batch's source
 * file has its own checksum). Comments, formatting and a renamed local variable do not
 * change it; a changed literal, label or property does.</li>
 * </ul>
 * A migration that fails while declaring has no checksum (null): the engine reports that
 * failure when it runs the migration, and a null checksum is never compared.
 *
 * <pre>{@code
 * String checksum = JavaChecksums.of(V0002AddEmail.class, new V0002AddEmail(), "0002_add_email");
 * }</pre>
 */
public final class JavaChecksums {

	/** Prefix of a checksum over the migration's source file. */
	public static final String SOURCE = "source:";

	/** Prefix of a checksum over the statements the migration declares. */
	public static final String DECLARED = "declared:";

	private JavaChecksums() {
	}

	/**
	 * The source checksum when the source is on the class path next to {@code type}, else
	 * the declared one.
	 */
	public static String of(Class<?> type, Migration migration, String revision) {
		String source = readSource(type);
		return source != null ? SOURCE + TextDigest.sha256Hex(TextDigest.normalize(source))
				: declared(revision, migration);
	}

	/**
	 * The checksum of the statements {@code migration}'s upgrade and downgrade declare,
	 * or null when declaring throws.
	 */
	public static String declared(String revision, Migration migration) {
		StringBuilder text = new StringBuilder();
		try {
			// A fixed chunk size: a run's chunk size is a setting of the run, not part of
			// the migration.
			OperationRecorder up = new OperationRecorder(revision, ChunkedOperation.DEFAULT_CHUNK_SIZE,
					batchIds(revision + "#"));
			migration.upgrade(up);
			OperationRecorder down = new OperationRecorder(revision, ChunkedOperation.DEFAULT_CHUNK_SIZE,
					batchIds(revision + "#down-"));
			migration.downgrade(down);
			append(text.append("upgrade\n"), up);
			append(text.append("downgrade\n"), down);
		}
		catch (RuntimeException ex) {
			return null;
		}
		return DECLARED + TextDigest.sha256Hex(text.toString());
	}

	/**
	 * Whether two checksums were taken the same way (both of a Cypher file, both of a
	 * Java source, both of declared statements) and so can be compared.
	 */
	public static boolean comparable(String a, String b) {
		return method(a).equals(method(b));
	}

	private static String method(String checksum) {
		int colon = checksum.indexOf(':');
		return colon < 0 ? "" : checksum.substring(0, colon + 1);
	}

	/**
	 * The same implicit batch ids as the engine gives, so an unnamed batch hashes the
	 * same on every run.
	 */
	private static Supplier<String> batchIds(String prefix) {
		int[] next = { 0 };
		return () -> prefix + (++next[0]);
	}

	private static void append(StringBuilder text, OperationRecorder recorder) {
		for (Operation operation : recorder.operations()) {
			declaration(text, operation);
			text.append('\n');
		}
	}

	/**
	 * What the migration declared, not how this Crochet renders it: a later Crochet that
	 * renders a statement differently (a new clause, another chunking) must not make
	 * every applied migration look edited. The declaring call is its generated Java line;
	 * raw Cypher is its text and parameters; a batch is its id (a source file has its own
	 * checksum, and its path may differ between machines).
	 */
	private static void declaration(StringBuilder text, Operation operation) {
		if (operation instanceof RunCypher run) {
			text.append("runCypher\n").append(run.cypher()).append('\n');
			canonical(text, run.parameters());
		}
		else if (operation instanceof BeginBatch begin) {
			text.append("beginBatch ").append(begin.batchId());
		}
		else {
			text.append(OperationSource.of(operation));
		}
	}

	/**
	 * Parameters as text that does not depend on map order; the type is part of it ("1"
	 * differs from 1).
	 */
	private static void canonical(StringBuilder text, Object value) {
		if (value == null) {
			text.append("null");
		}
		else if (value instanceof Map<?, ?> map) {
			Map<String, Object> sorted = new TreeMap<>();
			map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
			text.append('{');
			sorted.forEach((k, v) -> {
				text.append(k.length()).append(':').append(k).append('=');
				canonical(text, v);
				text.append(',');
			});
			text.append('}');
		}
		else if (value instanceof Collection<?> list) {
			text.append('[');
			list.forEach(item -> {
				canonical(text, item);
				text.append(',');
			});
			text.append(']');
		}
		else if (value.getClass().isArray()) {
			text.append('[');
			for (int i = 0; i < Array.getLength(value); i++) {
				canonical(text, Array.get(value, i));
				text.append(',');
			}
			text.append(']');
		}
		else if (value instanceof Iterable<?>) {
			// Rows streamed lazily: never iterated here.
			text.append("<iterable>");
		}
		else {
			String shown = String.valueOf(value);
			text.append(value.getClass().getSimpleName()).append(':').append(shown.length()).append(':').append(shown);
		}
	}

	private static String readSource(Class<?> type) {
		Class<?> top = type;
		while (top.getEnclosingClass() != null) {
			top = top.getEnclosingClass();
		}
		URL source = top.getResource(top.getSimpleName() + ".java");
		if (source == null) {
			return null;
		}
		try (InputStream in = source.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			// Unreadable: the declared statements are still a faithful checksum.
			return null;
		}
	}

}
