package dev.crochet.assertj;

import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** A schema snapshot without the node or relationship entity of a kgid. */
final class ShouldHaveModel extends CrochetErrorMessage {

	private ShouldHaveModel(String kind, String kgid, List<String> kgids) {
		super("%nExpecting schema snapshot to have a %s with kgid:%n  %s%nbut its %s kgids are:%n  %s", text(kind),
				kgid, text(kind), kgids);
	}

	static ErrorMessageFactory shouldHaveNode(String kgid, List<String> nodeKgids) {
		return new ShouldHaveModel("node", kgid, nodeKgids);
	}

	static ErrorMessageFactory shouldHaveRelationshipEntity(String kgid, List<String> relationshipKgids) {
		return new ShouldHaveModel("relationship entity", kgid, relationshipKgids);
	}

}
