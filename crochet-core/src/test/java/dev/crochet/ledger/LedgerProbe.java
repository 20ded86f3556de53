package dev.crochet.ledger;

import dev.crochet.LockedException;

import java.nio.file.Path;

/**
 * A second process for the cross-process tests: {@code lock <file> <owner>} tries to take
 * the run lock (exit 0, or 3 printing the refusal), {@code append <file> <count>} appends
 * events.
 */
final class LedgerProbe {

	private LedgerProbe() {
	}

	public static void main(String[] args) {
		try (Ledger ledger = Ledger.open(Path.of(args[1]))) {
			switch (args[0]) {
				case "lock" -> {
					try {
						ledger.lock(args[2]);
						System.out.println("LOCKED");
					}
					catch (LockedException ex) {
						System.out.println(ex.getMessage());
						System.exit(3);
					}
				}
				case "append" -> {
					for (int i = 0; i < Integer.parseInt(args[2]); i++) {
						ledger.append(LedgerEvent.of("PROBE", null, "OK", "child " + i));
					}
					System.out.println("APPENDED");
				}
				default -> throw new IllegalArgumentException(args[0]);
			}
		}
	}

}
