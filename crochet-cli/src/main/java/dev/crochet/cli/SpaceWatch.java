package dev.crochet.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Watches the free space of the folders a run writes to (the embedded store, the ledger's
 * folder) while it runs, and remembers the first that ran full. A constraint whose index
 * cannot be written on a full disk fails in Neo4j's words "Failed to populate index ...
 * only the first found violation is shown", which reads like duplicate data, and the
 * index files are deleted again before the failure reaches the CLI: by then the disk has
 * space again. So the disk is sampled during the run, every {@value #INTERVAL_MILLIS} ms
 * (a {@code statfs} call, microseconds); in our trials it stayed full for 50 to 60 ms
 * before Neo4j freed it.
 *
 * <pre>{@code
 * try (SpaceWatch watch = SpaceWatch.start(List.of(store, ledgerFolder))) {
 *     run();
 * } // watch.ranFull(): the folder whose disk was seen full, if any
 * }</pre>
 */
final class SpaceWatch implements AutoCloseable {

	static final int INTERVAL_MILLIS = 5;

	private final List<Path> folders;

	private final AtomicReference<Path> full = new AtomicReference<>();

	private final Thread sampler;

	private volatile boolean running = true;

	private SpaceWatch(List<Path> folders) {
		this.folders = List.copyOf(folders);
		this.sampler = new Thread(this::sample, "crochet-space-watch");
		this.sampler.setDaemon(true);
	}

	/** Starts watching {@code folders}, in this order of preference when naming one. */
	static SpaceWatch start(List<Path> folders) {
		SpaceWatch watch = new SpaceWatch(folders);
		watch.sampler.start();
		return watch;
	}

	private void sample() {
		while (running && full.get() == null) {
			look();
			try {
				Thread.sleep(INTERVAL_MILLIS);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void look() {
		for (Path folder : folders) {
			if (FreeSpace.full(folder)) {
				full.compareAndSet(null, folder);
				return;
			}
		}
	}

	/**
	 * The first watched folder whose disk was seen full while the watch ran (or is full
	 * now).
	 */
	Optional<Path> ranFull() {
		if (full.get() == null) {
			look();
		}
		return Optional.ofNullable(full.get());
	}

	@Override
	public void close() {
		running = false;
		sampler.interrupt();
	}

}
