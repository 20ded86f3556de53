package dev.crochet.cli;

import dev.crochet.Direction;
import dev.crochet.ProgressListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Draws one bar per upgrade or downgrade (a step per revision) on the terminal, with the
 * current revision and, during ingests, the rows written so far.
 */
final class ProgressBarListener implements ProgressListener {

	private final String task;

	private ProgressBar bar;

	ProgressBarListener(String task) {
		this.task = task;
	}

	@Override
	public synchronized void revisionStarted(String revision, Direction direction, int index, int total) {
		if (bar == null) {
			bar = new ProgressBarBuilder().setTaskName(task)
				.setInitialMax(total)
				.setStyle(ProgressBarStyle.ASCII)
				.continuousUpdate()
				.build();
		}
		bar.setExtraMessage(revision);
	}

	@Override
	public synchronized void rowsWritten(String batchId, long total) {
		if (bar != null) {
			bar.setExtraMessage(batchId + ": " + total + " rows");
		}
	}

	@Override
	public synchronized void revisionFinished(String revision, Direction direction, long durationMillis) {
		if (bar != null) {
			bar.step();
			if (bar.getCurrent() >= bar.getMax()) {
				bar.close();
				bar = null;
			}
		}
	}

}
