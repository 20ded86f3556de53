package dev.crochet.assertj;

import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/**
 * A migration (or a chain's revisions) declaring another rollback safety than expected.
 */
final class ShouldBeRollbackSafe extends CrochetErrorMessage {

	private ShouldBeRollbackSafe(String format, Object... arguments) {
		super(format, arguments);
	}

	static ErrorMessageFactory shouldBeRollbackSafe(String revision) {
		return new ShouldBeRollbackSafe(
				"%nExpecting revision %s to be rollback-safe, but it declares rollbackSafe = false", revision);
	}

	static ErrorMessageFactory shouldNotBeRollbackSafe(String revision) {
		return new ShouldBeRollbackSafe(
				"%nExpecting revision %s not to be rollback-safe, but it declares rollbackSafe = true", revision);
	}

	static ErrorMessageFactory shouldAllBeRollbackSafe(List<String> unsafe) {
		return new ShouldBeRollbackSafe(
				"%nExpecting every revision of the migration chain to be rollback-safe, but these declare rollbackSafe = false:%n  %s",
				unsafe);
	}

}
