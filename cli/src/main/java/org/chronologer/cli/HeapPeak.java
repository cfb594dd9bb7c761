package org.chronologer.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;

/**
 * The peak heap use of this JVM: the largest heap in use right after a garbage collection (what the run keeps
 * alive; it grows with the corpus if anything is held), and the sum of the heap pools' own peak counters (which
 * include garbage not yet collected, so it mostly shows how much heap the collector chose to fill).
 */
final class HeapPeak {

    private static final AtomicLong LIVE_PEAK = new AtomicLong();
    private static final AtomicLong CHECKPOINT_PEAK = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> LIVE_PEAK.accumulateAndGet(
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), null, null);
            }
        }
    }

    private HeapPeak() {
    }

    /** Starts a new measurement after a collection, so the next peaks are the phase's own. */
    static void reset() {
        System.gc();
        LIVE_PEAK.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        CHECKPOINT_PEAK.set(0);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * Runs a full collection and records the heap still in use: what the run keeps alive at this point, whatever
     * the collector's policy. Commands call it under --stats at fixed points (every block of {@code date}, every
     * 1,000 articles of {@code mentions}), so runs over corpora of different sizes compare like with like.
     */
    static void checkpoint() {
        System.gc();
        CHECKPOINT_PEAK.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    }

    /** The largest heap in use after a {@link #checkpoint}, or 0 when none was taken. */
    static long checkpointBytes() {
        return CHECKPOINT_PEAK.get();
    }

    /** The largest heap in use just after a collection since start or the last {@link #reset}. */
    static long liveBytes() {
        return LIVE_PEAK.get();
    }

    /** The sum of the heap pools' peaks since start or the last {@link #reset}. */
    static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
