package dev.crochet.cli.fault;

/**
 * One crash trial: the command run, where it is killed, and how the operator recovers.
 *
 * @param name what the kill interrupts, in a few words
 * @param start the state the project starts in, which also fixes the command run
 * @param kill where the command is killed
 * @param recovery what the operator runs afterwards
 */
record Trial(String name, Start start, KillPoint kill, Recovery recovery) {

	/** The project's state before the trial, and the command the trial kills. */
	enum Start {

		/** Nothing applied: {@code crochet upgrade}, expected to end at the head. */
		FRESH("upgrade"),
		/**
		 * At the head after an uninterrupted upgrade:
		 * {@code crochet downgrade --target 0001}, expected to end at 0001.
		 */
		AT_HEAD("downgrade", "--target", FaultProject.BASE);

		private final String[] command;

		Start(String... command) {
			this.command = command;
		}

		String[] command() {
			return command.clone();
		}

		String expectedHead() {
			return this == FRESH ? FaultProject.HEAD : FaultProject.BASE;
		}

	}

	/** What the operator runs after the kill (after one {@code crochet verify}). */
	enum Recovery {

		/**
		 * {@code crochet unlock}, then the killed command again: the documented recovery.
		 */
		UNLOCK_THEN_RERUN("unlock, rerun"),
		/**
		 * The killed command again, no unlock: the next run must see for itself that the
		 * holder is dead.
		 */
		RERUN("rerun"),
		/**
		 * The command again, killed inside its own recovery of the first kill, then the
		 * command once more.
		 */
		KILLED_IN_RECOVERY("rerun killed in recovery, rerun");

		private final String description;

		Recovery(String description) {
			this.description = description;
		}

		@Override
		public String toString() {
			return description;
		}

	}

	String[] command() {
		return start.command();
	}

	@Override
	public String toString() {
		return name + " (" + String.join(" ", command()) + " killed at " + kill + "; " + recovery + ")";
	}
}
