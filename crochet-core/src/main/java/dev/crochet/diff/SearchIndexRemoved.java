package dev.crochet.diff;

import dev.crochet.ir.SearchIndexSchema;

import java.util.Objects;

/**
 * A {@code @FulltextIndex}, {@code @VectorIndex}, {@code @TextIndex} or
 * {@code @PointIndex} that no longer exists (or that moved to another label or type,
 * which is one removed and one added):
 * {@code fulltext index movie_titles on Movie(title, tagline) removed}.
 *
 * @param owner the label or relationship type the index was on
 */
public record SearchIndexRemoved(String kgid, OwnerKind ownerKind, String owner,
		SearchIndexSchema index) implements SchemaChange {

	public SearchIndexRemoved {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(ownerKind, "ownerKind");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(index, "index");
	}

	@Override
	public String describe() {
		return index.describe(ownerKind.display(owner)) + " removed";
	}

	@Override
	public boolean destructive() {
		return false;
	}
}
