package dev.crochet.assertj;

import org.assertj.core.error.ErrorMessageFactory;

/**
 * A graph with another number of nodes or relationships (in a batch, or of a label) than
 * expected.
 */
final class ShouldHaveEntities extends CrochetErrorMessage {

	private ShouldHaveEntities(String format, Object... arguments) {
		super(format, arguments);
	}

	/**
	 * @param entities {@code nodes} or {@code relationships}
	 */
	static ErrorMessageFactory shouldHaveInBatch(String entities, String batchId, long actual, long expected) {
		return new ShouldHaveEntities("%nExpecting %s in batch:%n  %s%nto number:%n  %s%nbut found:%n  %s",
				text(entities), batchId, count(expected), count(actual));
	}

	static ErrorMessageFactory shouldHaveNoneInBatch(String entities, String batchId, long actual) {
		return new ShouldHaveEntities("%nExpecting no %s in batch:%n  %s%nbut found:%n  %s", text(entities), batchId,
				count(actual));
	}

	static ErrorMessageFactory shouldHaveLabelled(String label, long actual, long expected) {
		return new ShouldHaveEntities("%nExpecting the number of nodes labelled:%n  %s%nto be:%n  %s%nbut was:%n  %s",
				label, count(expected), count(actual));
	}

	/** A plain number: the standard representation would print a long as {@code 3L}. */
	private static CharSequence count(long count) {
		return text(Long.toString(count));
	}

}
