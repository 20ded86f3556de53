package dev.crochet.cypher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Deterministic, unique names for the constraints and indexes Crochet creates, so that a
 * later migration (or a downgrade) can drop exactly what an earlier one made.
 *
 * <pre>{@code
 * SchemaNames.uniqueConstraint("Person", "name")   // crochet_uniq_Person_name_1a2b3c4d
 * SchemaNames.index("Person", "age")               // crochet_idx_Person_age_...
 * SchemaNames.isInternal("crochet_batch_Person_...")  // true: Crochet's own batch index
 * }</pre>
 *
 * A name is {@code crochet_<kind>_<readable>_<hash8>}: {@code <readable>} is the label or
 * type and the properties joined by {@code _}, every character outside
 * {@code [A-Za-z0-9]} replaced by {@code _} and cut to {@value #READABLE_LENGTH}
 * characters; {@code <hash8>} is the first 8 hex digits of the SHA-256 of the exact kind,
 * label or type and properties, so {@code A_b.c} and {@code A.b_c} get different names
 * even though they read alike. Names use only {@code [A-Za-z0-9_]} and start with a
 * letter: they need no quoting in Cypher.
 */
public final class SchemaNames {

	/** The property that tags every node and relationship created in a batch. */
	public static final String BATCH_PROPERTY = "_crochet_batch";

	/** Prefix shared by every name Crochet gives a constraint or index. */
	public static final String PREFIX = "crochet_";

	/** Prefix of Crochet's internal batch-tag indexes, which no model declares. */
	public static final String BATCH_PREFIX = "crochet_batch_";

	static final int READABLE_LENGTH = 40;

	private SchemaNames() {
	}

	public static String uniqueConstraint(String label, String property) {
		return name("uniq", "node", label, List.of(property));
	}

	public static String existenceConstraint(String label, String property) {
		return name("exists", "node", label, List.of(property));
	}

	public static String index(String label, String property) {
		return name("idx", "node", label, List.of(property));
	}

	public static String compositeIndex(String label, List<String> properties) {
		return name("cidx", "node", label, properties);
	}

	public static String compositeUniqueConstraint(String label, List<String> properties) {
		return name("cuniq", "node", label, properties);
	}

	public static String relationshipUniqueConstraint(String type, String property) {
		return name("runiq", "relationship", type, List.of(property));
	}

	public static String relationshipIndex(String type, String property) {
		return name("ridx", "relationship", type, List.of(property));
	}

	/** The name of a {@code @TextIndex} that names none. */
	public static String textIndex(String label, String property) {
		return name("text", "node", label, List.of(property));
	}

	public static String relationshipTextIndex(String type, String property) {
		return name("rtext", "relationship", type, List.of(property));
	}

	/** The name of a {@code @PointIndex} that names none. */
	public static String pointIndex(String label, String property) {
		return name("point", "node", label, List.of(property));
	}

	public static String relationshipPointIndex(String type, String property) {
		return name("rpoint", "relationship", type, List.of(property));
	}

	/** The index on {@link #BATCH_PROPERTY} of {@code label} nodes. */
	public static String nodeBatchIndex(String label) {
		return name("batch", "node", label, List.of(BATCH_PROPERTY));
	}

	/** The index on {@link #BATCH_PROPERTY} of {@code type} relationships. */
	public static String relationshipBatchIndex(String type) {
		return name("batch", "relationship", type, List.of(BATCH_PROPERTY));
	}

	/**
	 * Whether a constraint or index with this name is Crochet's own bookkeeping (a batch
	 * index).
	 */
	public static boolean isInternal(String schemaName) {
		return schemaName != null && schemaName.startsWith(BATCH_PREFIX);
	}

	private static String name(String kind, String entity, String labelOrType, List<String> properties) {
		// Batch indexes are named after their label or type only: the property is always
		// the same.
		String readable = kind.equals("batch") ? labelOrType : labelOrType + "_" + String.join("_", properties);
		// NUL cannot occur in a valid name, so joining with it keeps distinct inputs
		// distinct.
		String exact = kind + '\0' + entity + '\0' + labelOrType + '\0' + String.join("\0", properties);
		return PREFIX + kind + "_" + readable(readable) + "_" + hash8(exact);
	}

	private static String readable(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().limit(READABLE_LENGTH).forEach(cp -> out.append(isPlain(cp) ? (char) cp : '_'));
		return out.toString();
	}

	private static boolean isPlain(int cp) {
		return cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9';
	}

	private static String hash8(String exact) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(exact.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

}
