package dev.crochet.mutation;

import dev.crochet.cypher.AddCompositeIndex;
import dev.crochet.cypher.AddCompositeUniqueConstraint;
import dev.crochet.cypher.AddIndex;
import dev.crochet.cypher.AddNodeProperty;
import dev.crochet.cypher.AddRelationshipIndex;
import dev.crochet.cypher.AddRelationshipUniqueConstraint;
import dev.crochet.cypher.AddUniqueConstraint;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.RemoveNodeProperty;
import dev.crochet.cypher.RenameLabel;
import dev.crochet.cypher.RenameNodeProperty;
import dev.crochet.cypher.RenameRelationshipProperty;
import dev.crochet.cypher.RenameRelationshipType;

import java.util.ArrayList;
import java.util.List;

/**
 * The wrong inverses of one downgrade operation: the mistakes a hand-written downgrade
 * makes. Data creations, batch deletes and raw Cypher have none here (they are dropped,
 * widened or narrowed).
 */
final class WrongInverses {

	/** Appended to a name to make another one that no migration uses. */
	static final String OTHER_NAME = "_mutant";

	private WrongInverses() {
	}

	static List<Replacement> of(Operation operation) {
		List<Replacement> wrong = new ArrayList<>();
		boolean schema = operation.schemaOnly();
		if (schema || operation instanceof RenameLabel || operation instanceof RenameRelationshipType
				|| operation instanceof RenameNodeProperty || operation instanceof RenameRelationshipProperty
				|| operation instanceof AddNodeProperty) {
			// An add in place of a drop (and the reverse), a rename the wrong way round,
			// a removal in place of an add.
			operation.inverse().map(Replacement::of).ifPresent(wrong::add);
		}
		if (operation instanceof AddUniqueConstraint c) {
			wrong.add(Replacement.of(new AddIndex(c.label(), c.property())));
		}
		else if (operation instanceof AddIndex i) {
			wrong.add(Replacement.of(new AddUniqueConstraint(i.label(), i.property())));
		}
		else if (operation instanceof AddCompositeUniqueConstraint c) {
			wrong.add(Replacement.of(new AddCompositeIndex(c.label(), c.properties())));
		}
		else if (operation instanceof AddCompositeIndex i) {
			wrong.add(Replacement.of(new AddCompositeUniqueConstraint(i.label(), i.properties())));
		}
		else if (operation instanceof AddRelationshipUniqueConstraint c) {
			wrong.add(Replacement.of(new AddRelationshipIndex(c.type(), c.property())));
		}
		else if (operation instanceof AddRelationshipIndex i) {
			wrong.add(Replacement.of(new AddRelationshipUniqueConstraint(i.type(), i.property())));
		}
		else if (operation instanceof RenameLabel r) {
			wrong.add(Replacement.of(new RenameLabel(r.from(), r.to() + OTHER_NAME, r.chunkSize())));
		}
		else if (operation instanceof RenameRelationshipType r) {
			wrong.add(Replacement.of(new RenameRelationshipType(r.from(), r.to() + OTHER_NAME, r.chunkSize())));
		}
		else if (operation instanceof RenameNodeProperty r) {
			wrong.add(Replacement.of(new RenameNodeProperty(r.label(), r.from(), r.to() + OTHER_NAME, r.chunkSize())));
		}
		else if (operation instanceof RenameRelationshipProperty r) {
			wrong.add(Replacement
				.of(new RenameRelationshipProperty(r.type(), r.from(), r.to() + OTHER_NAME, r.chunkSize())));
		}
		else if (operation instanceof AddNodeProperty a) {
			Object other = otherValue(a.defaultValue());
			if (other != null) {
				wrong.add(Replacement.of(new AddNodeProperty(a.label(), a.property(), other, a.chunkSize())));
			}
		}
		else if (operation instanceof RemoveNodeProperty r) {
			wrong.add(Replacement.of(new AddNodeProperty(r.label(), r.property(), OTHER_NAME, r.chunkSize())));
		}
		return wrong;
	}

	/**
	 * A value of the same kind that differs from {@code value}, or null when there is no
	 * obvious one.
	 */
	private static Object otherValue(Object value) {
		if (value instanceof String s) {
			return s + OTHER_NAME;
		}
		if (value instanceof Boolean b) {
			return !b;
		}
		if (value instanceof Integer i) {
			return i + 1;
		}
		if (value instanceof Long l) {
			return l + 1;
		}
		if (value instanceof Double d) {
			return d + 1;
		}
		return null;
	}

}
