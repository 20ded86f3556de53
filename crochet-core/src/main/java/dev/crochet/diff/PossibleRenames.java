package dev.crochet.diff;

import java.util.ArrayList;
import java.util.List;

/** Finds the removals and additions in a diff that may be undeclared renames. */
final class PossibleRenames {

	private PossibleRenames() {
	}

	static List<PossibleRename> of(List<SchemaChange> changes) {
		List<PossibleRename> found = new ArrayList<>();
		for (SchemaChange change : changes) {
			if (!(change instanceof PropertyRemoved removed)) {
				continue;
			}
			for (SchemaChange other : changes) {
				if (other instanceof PropertyAdded added && added.kgid().equals(removed.kgid())
						&& added.ownerKind() == removed.ownerKind()
						&& added.property().type().equals(removed.property().type())) {
					found.add(new PossibleRename(removed.kgid(), removed.ownerKind(), removed.owner(),
							removed.property().name(), added.property().name(), added.property().type()));
				}
			}
		}
		return List.copyOf(found);
	}

}
