package dev.crochet.scaffold;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of generated migrations: {@code NNNN_slug} ids, {@code V}-prefixed Java class
 * names (a class name cannot start with a digit) and file names.
 *
 * <pre>{@code
 * RevisionNames.id(3, "Add Person node!")   // 0003_add_person_node
 * RevisionNames.javaClassName("0003_add_person_node")   // V0003_add_person_node
 * }</pre>
 */
public final class RevisionNames {

	/** Longest slug kept from a description, so file names stay readable. */
	public static final int MAX_SLUG_LENGTH = 48;

	private static final Pattern NUMBERED = Pattern.compile("^V?(\\d{4,})_.*");

	private RevisionNames() {
	}

	/**
	 * Lower-case ASCII words joined by {@code _}; {@code migration} when nothing is left.
	 */
	public static String slug(String description) {
		String ascii = Normalizer.normalize(description == null ? "" : description, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "_")
			.replaceAll("^_+|_+$", "");
		if (ascii.length() > MAX_SLUG_LENGTH) {
			ascii = ascii.substring(0, MAX_SLUG_LENGTH).replaceAll("_+$", "");
		}
		return ascii.isEmpty() ? "migration" : ascii;
	}

	/** {@code 0007_add_person_node} for number 7. */
	public static String id(int number, String description) {
		if (number < 1) {
			throw new IllegalArgumentException("A revision number starts at 1, was " + number);
		}
		return String.format(Locale.ROOT, "%04d_%s", number, slug(description));
	}

	public static String javaClassName(String id) {
		return "V" + id.replaceAll("[^A-Za-z0-9_]", "_");
	}

	/**
	 * One more than the highest {@code NNNN_} number among {@code names} (revision ids,
	 * or file names with or without the {@code V} prefix); 1 when there is none.
	 */
	public static int nextNumber(Collection<String> names) {
		int highest = 0;
		for (String name : names) {
			Matcher m = NUMBERED.matcher(name);
			if (m.matches()) {
				try {
					highest = Math.max(highest, Integer.parseInt(m.group(1)));
				}
				catch (NumberFormatException tooLong) {
					// Not one of ours: ignore rather than overflow.
				}
			}
		}
		return highest + 1;
	}

}
