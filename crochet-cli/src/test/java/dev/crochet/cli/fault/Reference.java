package dev.crochet.cli.fault;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An uninterrupted run a trial must end up identical to: its project (the downgrade
 * trials start from the upgrade's), graph, ledger, {@code verify} output, and the fault
 * points it reached in order, which are the points a trial can stop at, and how long each
 * revision took.
 */
record Reference(Path project, GraphSnapshot graph, LedgerSnapshot ledger, CrochetProcess.Run verify,
		List<KillPoint> points, Map<String, Long> revisionMillis) {
}
