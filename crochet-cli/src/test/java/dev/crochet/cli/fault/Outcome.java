package dev.crochet.cli.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one trial saw: the kill, {@code verify} right after it, what the kill left, each
 * recovery command, and the graph, ledger and {@code verify} at the end, beside the
 * uninterrupted run.
 *
 * @param left what the kill left, read after {@code verify} and before recovery
 * @param secondKill the kill inside recovery, or null when the trial has none
 * @param recoveryEvents the ledger's {@code RECOVERY} events after recovery
 * @param statusChecked whether {@code crochet status --json} ran after recovery (the soak
 * does)
 * @param statusHead {@code crochet status --json}'s {@code head} after recovery, or null
 * when it printed none
 */
record Outcome(Trial trial, CrochetProcess.Killed kill, CrochetProcess.Run verifyAfterKill, Left left,
		CrochetProcess.Killed secondKill, List<Step> recovery, List<String> recoveryEvents, boolean statusChecked,
		String statusHead, CrochetProcess.Run verify, GraphSnapshot graph, LedgerSnapshot ledger, Reference expected,
		Duration took) {

	/** The embedded store's Bolt address, as the graph ledger's location names it. */
	private static final Pattern BOLT_URI = Pattern.compile("bolt://[\\w.-]+:\\d+");

	/** The graph and ledger as the kill left them. */
	record Left(GraphSnapshot graph, LedgerSnapshot ledger) {

		/**
		 * A few words for the results table: readings, OPEN batches, a journaled step, a
		 * held lock, an orphan index.
		 */
		String summary() {
			List<String> parts = new ArrayList<>();
			parts.add(graph.readings() + " readings");
			ledger.batches().forEach((batch, state) -> parts.add(batch + " " + state));
			if (ledger.intent() != null) {
				parts.add("step journaled");
			}
			if (ledger.lockHolder() != null || graph.mirror().get("lockOwner") != null) {
				parts.add("lock held");
			}
			if (!graph.orphanIndexes().isEmpty()) {
				parts.add("orphan index");
			}
			return String.join(", ", parts);
		}
	}

	/** One recovery command and what it returned. */
	record Step(String command, CrochetProcess.Run run) {
	}

	static final String NO_PROBLEMS = "Verified: no problems.";

	/**
	 * {@code verify} right after the kill told the truth: it did not certify the graph (a
	 * non-zero exit, no "no problems"), unless the kill left exactly what the
	 * uninterrupted run leaves (a timed kill that landed after the run had finished its
	 * work, while the process was closing the store), and then it certified it.
	 */
	boolean caughtByVerify() {
		boolean certified = verifyAfterKill.exit() == 0 || verifyAfterKill.all().contains("no problems");
		return certified ? leftAsUninterrupted() && verdict(verifyAfterKill).equals(verdict(expected.verify())) : true;
	}

	/** The kill left the graph and ledger an uninterrupted run leaves. */
	boolean leftAsUninterrupted() {
		return left.graph().differencesFrom(expected.graph()).isEmpty() && left.ledger().equals(expected.ledger());
	}

	/** Every recovery command exited 0. */
	boolean recoveryRan() {
		return recovery.stream().allMatch(step -> step.run().exit() == 0);
	}

	/**
	 * {@code verify} after recovery printed what it printed after the uninterrupted run:
	 * "no problems" after an upgrade; after a downgrade, only the revisions it left
	 * pending.
	 */
	boolean verifiedClean() {
		return verify.exit() == expected.verify().exit() && verdict(verify).equals(verdict(expected.verify()));
	}

	/**
	 * What {@code verify} printed, the embedded store's Bolt address written
	 * {@code <bolt>}: each process starts the store on a port of its own, which the graph
	 * ledger's location names.
	 */
	static String verdict(CrochetProcess.Run verify) {
		return BOLT_URI.matcher(verify.out()).replaceAll("<bolt>");
	}

	/**
	 * How the end state differs from an uninterrupted run's: graph figures and the head;
	 * empty when it is the same.
	 */
	List<String> differences() {
		List<String> differences = new ArrayList<>(graph.differencesFrom(expected.graph()));
		if (!ledger.equals(expected.ledger())) {
			differences.add("ledger: " + ledger + " (expected " + expected.ledger() + ")");
		}
		if (statusChecked && !trial.start().expectedHead().equals(statusHead)) {
			differences.add("status --json head: " + statusHead + " (expected " + trial.start().expectedHead() + ")");
		}
		return differences;
	}

	/**
	 * The kill happened where planned, recovery ran, the end state is exactly an
	 * uninterrupted run's and verified as such, and a recovery that had a journaled step
	 * to act on logged it.
	 */
	boolean recovered() {
		return recoveryProblems().isEmpty();
	}

	/**
	 * Every way this trial falls short, verify's verdict right after the kill included;
	 * empty when it passed.
	 */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (!caughtByVerify()) {
			problems.add("verify right after the kill exited " + verifyAfterKill.exit() + (verifyAfterKill.all()
				.contains("no problems")
						? " and said \"no problems\", but the kill left a graph or ledger other than an uninterrupted run's"
						: ""));
		}
		problems.addAll(recoveryProblems());
		return problems;
	}

	private List<String> recoveryProblems() {
		List<String> problems = new ArrayList<>();
		if (!kill.reached()) {
			problems.add("the run ended (exit " + kill.exit() + ") without reaching " + trial.kill());
		}
		// Without a journaled step there is nothing to recover, so the recovery run has
		// no recovery to be killed in.
		if (secondKill != null && !secondKill.reached() && left.ledger().intent() != null) {
			problems.add("the recovery run ended (exit " + secondKill.exit() + ") without reaching recovery 1");
		}
		for (Step step : recovery) {
			if (step.run().exit() != 0) {
				problems
					.add("'" + step.command() + "' exited " + step.run().exit() + ": " + firstLine(step.run().err()));
			}
		}
		if (!verifiedClean()) {
			problems.add("verify after recovery exited " + verify.exit()
					+ " and printed other than after an uninterrupted run");
		}
		if (left.ledger().intent() != null && recoveryEvents.isEmpty()) {
			problems.add("the kill left a journaled step, but no RECOVERY event was logged");
		}
		differences().forEach(d -> problems.add("differs from an uninterrupted run: " + d));
		return problems;
	}

	private static String firstLine(String text) {
		return text.lines().filter(line -> !line.startsWith("crochet-fault-point")).findFirst().orElse("");
	}

	long lost() {
		return graph.lostAgainst(expected.graph());
	}

	long doubled() {
		return graph.doubledAgainst(expected.graph());
	}

	/** A row of the results table in docs/reliability.md. */
	String row(int number) {
		String killPoint = trial.kill() + (secondKill == null ? "" : ", then recovery 1")
				+ (kill.reached() ? "" : " (not reached)")
				+ (secondKill != null && !secondKill.reached() ? " (recovery not reached)" : "");
		return "| " + number + " | " + trial.name() + " | `" + String.join(" ", trial.command()) + "` | " + killPoint
				+ " | " + left.summary() + " | " + trial.recovery() + " | "
				+ (!caughtByVerify() ? "**no**" : leftAsUninterrupted() ? "nothing to catch" : "yes") + " | "
				+ (recovered() ? "yes" : "**no**") + " | " + lost() + " | " + doubled() + " |";
	}

	static String header() {
		return "| # | trial | command | kill point | left by the kill | recovery | verify caught it | recovered | lost | doubled |\n"
				+ "|---|---|---|---|---|---|---|---|---|---|";
	}

	/** The results table of docs/reliability.md, numbered in order. */
	static String table(List<Outcome> outcomes) {
		StringBuilder table = new StringBuilder(header()).append('\n');
		for (int i = 0; i < outcomes.size(); i++) {
			table.append(outcomes.get(i).row(i + 1)).append('\n');
		}
		return table.toString();
	}

	/** Everything needed to see why a trial failed. */
	String report() {
		StringBuilder text = new StringBuilder(trial.toString()).append(" in ").append(took.toSeconds()).append(" s\n");
		text.append("  kill: ").append(kill.reached() ? "reached" : "NOT reached, exit " + kill.exit()).append('\n');
		text.append("  verify after the kill: exit ")
			.append(verifyAfterKill.exit())
			.append('\n')
			.append(indent(verifyAfterKill.all()))
			.append("  left by the kill: ")
			.append(left)
			.append('\n');
		if (secondKill != null) {
			text.append("  kill in recovery: ")
				.append(secondKill.reached() ? "reached" : "NOT reached, exit " + secondKill.exit())
				.append('\n');
		}
		for (Step step : recovery) {
			text.append("  ")
				.append(step.command())
				.append(": exit ")
				.append(step.run().exit())
				.append('\n')
				.append(indent(step.run().all()));
		}
		recoveryEvents.forEach(e -> text.append("  RECOVERY event: ").append(e).append('\n'));
		text.append("  verify after recovery: exit ").append(verify.exit()).append('\n').append(indent(verify.all()));
		differences().forEach(d -> text.append("  differs: ").append(d).append('\n'));
		return text.toString();
	}

	private static String indent(String output) {
		StringBuilder text = new StringBuilder();
		output.lines()
			.filter(line -> !line.startsWith("crochet-fault-point"))
			.forEach(line -> text.append("    ").append(line).append('\n'));
		return text.toString();
	}
}
