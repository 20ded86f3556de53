package dev.crochet.diff;

import dev.crochet.ir.SearchIndexSchema;

import java.util.Objects;

/**
 * A {@code @FulltextIndex}, {@code @VectorIndex}, {@code @TextIndex} or
 * {@code @PointIndex} that did not exist before (or that moved to another label or type,
 * which is one removed and one added):
 * {@code fulltext index movie_titles on Movie(title, tagline) added}.
 *
 * @param owner the label or relationship type the index is on now
 */
public record SearchIndexAdded(String kgid, OwnerKind ownerKind, String owner,
		SearchIndexSchema index) implements SchemaChange {

	public SearchIndexAdded {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(ownerKind, "ownerKind");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(index, "index");
	}

	@Override
	public String describe() {
		return index.describe(ownerKind.display(owner)) + " added";
	}

	@Override
	public boolean destructive() {
		return false;
	}
}
