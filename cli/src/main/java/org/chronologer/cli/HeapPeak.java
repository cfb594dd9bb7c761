package org.chronologer.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;

/**
 * The peak heap use of this JVM: the largest heap in use right after a garbage collection (what the run keeps
 * alive; it grows with the corpus if anything is held), and the sum of the heap pools' own peak counters (which
 * include garbage not yet collected, so it mostly shows how much heap the collector chose to fill).
 */
public final class HeapPeak {

    private static final AtomicLong LIVE_PEAK = new AtomicLong();

    static {
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> LIVE_PEAK.accumulateAndGet(afterCollection(n, heapPools), Math::max),
                        null, null);
            }
        }
    }

    private HeapPeak() {
    }

    /**
     * The heap in use right after the collection a notification tells of, as the collector counted it (the heap's use
     * when the notification is read may already hold what was allocated since).
     */
    private static long afterCollection(javax.management.Notification n, java.util.Set<String> heapPools) {
        if (n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)
                && n.getUserData() instanceof javax.management.openmbean.CompositeData data) {
            long sum = 0;
            for (var e : com.sun.management.GarbageCollectionNotificationInfo.from(data).getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(e.getKey())) {
                    sum += e.getValue().getUsed();
                }
            }
            return sum;
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Starts a new measurement after a collection, so the next peaks are the phase's own. */
    public static void reset() {
        System.gc();
        LIVE_PEAK.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * Runs a full collection and returns the heap still in use: what the run keeps alive at this point, whatever
     * the collector's policy. Commands call it under --stats at fixed points (every block of {@code date}, every
     * {@link #CHECKPOINT_ARTICLES} articles of {@code mentions}), so runs over corpora of different sizes compare like
     * with like. Between blocks a run holds little; within a streamed run the articles in flight at the moment add
     * to it, so the median of the checkpoints is what grows with the corpus if anything is held, and the largest
     * also grows with the number of checkpoints taken.
     */
    public static long checkpoint() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** How often {@code mentions --stats} takes a {@link #checkpoint}, in articles. */
    public static final int CHECKPOINT_ARTICLES = 250;

    /** The heap in use at the checkpoints of a run: their number, median and largest, in MB; empty when none was taken. */
    public static String describe(List<Long> checkpoints) {
        if (checkpoints.isEmpty()) {
            return "";
        }
        List<Long> sorted = new ArrayList<>(checkpoints);
        sorted.sort(null);
        long median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return String.format(Locale.ROOT, "; live after a full collection at %d checkpoint(s): median %d MB, largest %d MB",
                sorted.size(), median / (1024 * 1024), sorted.get(sorted.size() - 1) / (1024 * 1024));
    }

    /** The largest heap in use just after a collection since start or the last {@link #reset}. */
    public static long liveBytes() {
        return LIVE_PEAK.get();
    }

    /** The sum of the heap pools' peaks since start or the last {@link #reset}. */
    public static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
