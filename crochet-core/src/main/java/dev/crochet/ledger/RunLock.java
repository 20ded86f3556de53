package dev.crochet.ledger;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who holds the ledger's run lock, and since when. Owners are written as
 * {@code <pid>@<host>/<thread>/<nonce>}, so a holder on this host can be checked for
 * life.
 */
public record RunLock(String owner, Instant since) {

	public RunLock {
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(since, "since");
	}

	/**
	 * Whether the holding process is alive: known only for a holder on this host (by its
	 * pid); empty for another host or an owner in another format, which must be treated
	 * as alive.
	 */
	public Optional<Boolean> holderAlive() {
		return alive(owner);
	}

	/** As {@link #holderAlive()}, for any owner string in Crochet's format. */
	public static Optional<Boolean> alive(String owner) {
		int at = owner.indexOf('@');
		int slash = owner.indexOf('/', at + 1);
		if (at <= 0) {
			return Optional.empty();
		}
		String host = owner.substring(at + 1, slash < 0 ? owner.length() : slash);
		if (!host.equals(thisHost())) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(owner.substring(0, at));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		if (pid == ProcessHandle.current().pid()) {
			return Optional.of(true);
		}
		return Optional.of(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
	}

	/**
	 * For status:
	 * {@code 4711@build-7/main/1a2b3c4d since 2026-11-29T03:00:00Z (process not running)}.
	 */
	public String describe() {
		return owner + " since " + since + holderAlive().map(a -> a ? " (process running)" : " (process not running)")
			.orElse(" (on another host: cannot tell whether it runs)");
	}

	private static String thisHost() {
		String name = ManagementFactory.getRuntimeMXBean().getName();
		int at = name.indexOf('@');
		return at < 0 ? "" : name.substring(at + 1);
	}
}
