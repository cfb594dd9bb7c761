package org.chronologer.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Worker threads, each lending one of a pool of {@link MentionExtractor}s (HeidelTime is not thread-safe, so
 * every thread tags with its own). Work is handed out in input order and its results are delivered in input
 * order, so output does not depend on the number of threads.
 *
 * <p>With one thread, everything runs on the caller's thread.
 */
public final class Workers implements AutoCloseable {

    /** Articles in flight per thread when streaming: enough to keep every thread busy behind one long article, few enough to bound memory. */
    static final int IN_FLIGHT_PER_THREAD = 16;

    private final int threads;
    private final ExecutorService pool;
    private final BlockingQueue<MentionExtractor> idle;
    private final List<MentionExtractor> all = new ArrayList<>();
    private final Supplier<MentionExtractor> factory;
    private final boolean owned;
    private final java.util.concurrent.atomic.AtomicInteger replaced = new java.util.concurrent.atomic.AtomicInteger();
    /** Put in the idle queue when a damaged extractor is dropped, so that a waiting thread builds its replacement. */
    private static final MentionExtractor NONE = new MentionExtractor(List.of());

    private Workers(int threads, Supplier<MentionExtractor> factory, boolean owned) {
        this.threads = threads;
        this.factory = factory;
        this.idle = new ArrayBlockingQueue<>(threads);
        this.owned = owned;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chronologer-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * {@code threads} workers, each with an extractor from {@code factory}, built when first needed (one at a
     * time: HeidelTime's start-up is not thread-safe) and closed with the workers.
     */
    public static Workers of(int threads, Supplier<MentionExtractor> factory) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        return new Workers(threads, Objects.requireNonNull(factory, "factory"), true);
    }

    /** One worker, the caller's thread, with an extractor the caller keeps (and closes). */
    public static Workers single(MentionExtractor extractor) {
        Objects.requireNonNull(extractor, "extractor");
        return new Workers(1, () -> extractor, false);
    }

    /** The number of worker threads. */
    public int threads() {
        return threads;
    }

    /** The number of threads that suits this machine: one per core. */
    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code work} with an extractor no other thread uses meanwhile. An extractor whose tagger failed in its own
     * code ({@link MentionExtractor#damaged()}) is closed afterwards and a new one built when next needed (unless the
     * caller owns it: {@link #single}).
     */
    public <R> R withExtractor(Function<MentionExtractor, R> work) {
        MentionExtractor e = borrow();
        try {
            return work.apply(e);
        } finally {
            giveBack(e);
        }
    }

    private void giveBack(MentionExtractor e) {
        if (owned && e.damaged()) {
            synchronized (all) {
                all.remove(e);
            }
            e.close();
            replaced.incrementAndGet();
            // a thread waiting in borrow() for an idle extractor may now build one: wake it with a token
            idle.offer(NONE);
            return;
        }
        idle.add(e);
    }

    /** How many damaged extractors were replaced so far. */
    public int replaced() {
        return replaced.get();
    }

    /** {@code work} applied to every item, the results in the items' order. */
    public <T, R> List<R> map(List<T> items, Function<T, R> work) {
        List<R> out = new ArrayList<>(items.size());
        forEachOrdered(sink -> items.forEach(sink), work, out::add);
        return out;
    }

    /**
     * Streams items from {@code source} through {@code work} to {@code sink}: results reach the sink in the order
     * the source gave the items, on the caller's thread, with at most a few items per thread in flight, so memory
     * does not grow with the number of items.
     */
    public <T, R> void forEachOrdered(Consumer<Consumer<T>> source, Function<T, R> work, Consumer<R> sink) {
        if (pool == null) {
            source.accept(item -> sink.accept(work.apply(item)));
            return;
        }
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        int window = threads * IN_FLIGHT_PER_THREAD;
        source.accept(item -> {
            inFlight.addLast(pool.submit(() -> work.apply(item)));
            while (inFlight.size() >= window || (!inFlight.isEmpty() && inFlight.peekFirst().isDone())) {
                sink.accept(await(inFlight.removeFirst()));
            }
        });
        while (!inFlight.isEmpty()) {
            sink.accept(await(inFlight.removeFirst()));
        }
    }

    private MentionExtractor borrow() {
        while (true) {
            MentionExtractor e = idle.poll();
            if (e != null && e != NONE) {
                return e;
            }
            synchronized (all) {
                if (all.size() < threads) {
                    MentionExtractor made = Objects.requireNonNull(factory.get(), "extractor");
                    all.add(made);
                    return made;
                }
            }
            try {
                e = idle.take();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for an extractor", ex);
            }
            if (e != NONE) {
                return e;
            }
        }
    }

    private static <R> R await(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (owned) {
            synchronized (all) {
                all.forEach(MentionExtractor::close);
            }
        }
    }
}
