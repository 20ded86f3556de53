package dev.crochet.diff;

import dev.crochet.ir.PropertySchema;

/**
 * The short form of a property used in {@code describe()} texts:
 * {@code STRING, required, unique}.
 */
final class PropertyFlags {

	private PropertyFlags() {
	}

	static String of(PropertySchema property) {
		StringBuilder text = new StringBuilder(property.type());
		if (property.required()) {
			text.append(", required");
		}
		if (property.unique()) {
			text.append(", unique");
		}
		else if (property.indexed()) {
			text.append(", indexed");
		}
		return text.toString();
	}

}
