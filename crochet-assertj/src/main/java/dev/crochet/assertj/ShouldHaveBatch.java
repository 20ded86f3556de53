package dev.crochet.assertj;

import dev.crochet.ledger.BatchStatus;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** A ledger without a batch, or with a batch in another state than expected. */
final class ShouldHaveBatch extends CrochetErrorMessage {

	private ShouldHaveBatch(String format, Object... arguments) {
		super(format, arguments);
	}

	static ErrorMessageFactory shouldHaveBatch(String batchId, List<String> batches) {
		return new ShouldHaveBatch("%nExpecting the ledger to record batch:%n  %s%nbut its batches are:%n  %s", batchId,
				batches);
	}

	static ErrorMessageFactory shouldHaveStatus(String batchId, BatchStatus actual, BatchStatus expected) {
		return new ShouldHaveBatch("%nExpecting batch %s in the ledger to have status:%n  %s%nbut had:%n  %s", batchId,
				expected, actual);
	}

	static ErrorMessageFactory shouldHaveRecords(String batchId, long actual, long expected) {
		return new ShouldHaveBatch(
				"%nExpecting batch %s in the ledger to record:%n  %s entities%nbut it records:%n  %s", batchId,
				text(Long.toString(expected)), text(Long.toString(actual)));
	}

}
