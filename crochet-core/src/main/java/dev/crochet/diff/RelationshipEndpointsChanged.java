package dev.crochet.diff;

import java.util.Objects;

/**
 * The start or end node model of a relationship entity changed:
 * {@code endpoints of acted_in_v1 [ACTED_IN] changed person_v1->movie_v1 to person_v1->film_v1}.
 *
 * @param type the relationship type (after any rename of the same kgid)
 */
public record RelationshipEndpointsChanged(String kgid, String type, String fromStartKgid, String fromEndKgid,
		String toStartKgid, String toEndKgid) implements SchemaChange {

	public RelationshipEndpointsChanged {
		Objects.requireNonNull(kgid, "kgid");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(fromStartKgid, "fromStartKgid");
		Objects.requireNonNull(fromEndKgid, "fromEndKgid");
		Objects.requireNonNull(toStartKgid, "toStartKgid");
		Objects.requireNonNull(toEndKgid, "toEndKgid");
	}

	@Override
	public String describe() {
		return "endpoints of " + kgid + " [" + type + "] changed " + fromStartKgid + "->" + fromEndKgid + " to "
				+ toStartKgid + "->" + toEndKgid;
	}

	@Override
	public boolean destructive() {
		return false;
	}
}
