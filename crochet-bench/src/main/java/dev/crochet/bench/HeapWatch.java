package dev.crochet.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap of this JVM (which also hosts the embedded Neo4j): the highest heap
 * use sampled every few milliseconds, and the highest heap still in use right after a
 * collection — the live data, which is what would run out at {@code -Xmx512m}. Both since
 * the last {@link #reset()}, and over the whole run.
 *
 * <pre>{@code
 * HeapWatch heap = HeapWatch.start();
 * heap.reset(); work(); HeapWatch.Peak peak = heap.peak();
 * }</pre>
 */
final class HeapWatch implements AutoCloseable {

	/** Heap figures in bytes; {@code liveAfterGc} is 0 when no collection ran. */
	record Peak(long used, long liveAfterGc) {

		Peak max(Peak other) {
			return new Peak(Math.max(used, other.used), Math.max(liveAfterGc, other.liveAfterGc));
		}

		String describe() {
			return mb(used) + "/" + (liveAfterGc == 0 ? "-" : mb(liveAfterGc));
		}

		static String mb(long bytes) {
			return Math.round(bytes / (1024.0 * 1024.0)) + "";
		}
	}

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final AtomicLong used = new AtomicLong();

	private final AtomicLong live = new AtomicLong();

	private final AtomicLong totalUsed = new AtomicLong();

	private final AtomicLong totalLive = new AtomicLong();

	private final NotificationListener afterGc = (notification, handback) -> {
		if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			long after = info.getGcInfo()
				.getMemoryUsageAfterGc()
				.values()
				.stream()
				.mapToLong(MemoryUsage::getUsed)
				.sum();
			// Non-heap pools (metaspace, code cache) are in the map too: count heap pools
			// only.
			long heapAfter = after - nonHeapAfter(info);
			live.accumulateAndGet(heapAfter, Math::max);
			totalLive.accumulateAndGet(heapAfter, Math::max);
		}
	};

	private final Thread sampler;

	private volatile boolean running = true;

	private HeapWatch() {
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(afterGc, null, null);
			}
		}
		sampler = new Thread(this::sample, "crochet-bench-heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
	}

	static HeapWatch start() {
		return new HeapWatch();
	}

	private static long nonHeapAfter(GarbageCollectionNotificationInfo info) {
		long nonHeap = 0;
		for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.NON_HEAP) {
				MemoryUsage usage = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
				if (usage != null) {
					nonHeap += usage.getUsed();
				}
			}
		}
		return nonHeap;
	}

	private void sample() {
		while (running) {
			long now = memory.getHeapMemoryUsage().getUsed();
			used.accumulateAndGet(now, Math::max);
			totalUsed.accumulateAndGet(now, Math::max);
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	void reset() {
		used.set(memory.getHeapMemoryUsage().getUsed());
		live.set(0);
	}

	/** Since the last {@link #reset()}. */
	Peak peak() {
		used.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
		return new Peak(used.get(), live.get());
	}

	/** Over the whole run. */
	Peak overall() {
		return new Peak(totalUsed.get(), totalLive.get());
	}

	long max() {
		return memory.getHeapMemoryUsage().getMax();
	}

	@Override
	public void close() {
		running = false;
		sampler.interrupt();
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				try {
					emitter.removeNotificationListener(afterGc);
				}
				catch (ListenerNotFoundException ex) {
					// never added to this one: nothing to undo
				}
			}
		}
	}

}
