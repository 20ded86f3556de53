package dev.crochet.ir;

import java.util.Objects;

/**
 * A property a model declares as renamed ({@link dev.crochet.RenamedFrom}): on the node
 * or relationship entity {@code kgid}, the graph name {@code from} became {@code to}.
 */
public record PropertyRename(String kgid, String from, String to) {

	public PropertyRename {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
	}
}
