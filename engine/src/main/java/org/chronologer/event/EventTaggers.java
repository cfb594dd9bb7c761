package org.chronologer.event;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * A pool of {@link EventTagger}s, one per worker thread at most, made when first needed and reused: the worker
 * that runs {@link #with} borrows one no other thread uses meanwhile.
 */
public final class EventTaggers {

    private final int size;
    private final BlockingQueue<EventTagger> idle;
    private final List<EventTagger> all = new ArrayList<>();

    /** A pool of at most {@code size} taggers (the number of worker threads). */
    public EventTaggers(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, not " + size);
        }
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    /** Runs {@code work} with a tagger no other thread uses meanwhile. */
    public <R> R with(Function<EventTagger, R> work) {
        EventTagger t = borrow();
        try {
            return work.apply(t);
        } finally {
            idle.add(t);
        }
    }

    private EventTagger borrow() {
        EventTagger t = idle.poll();
        if (t != null) {
            return t;
        }
        synchronized (all) {
            if (all.size() < size) {
                EventTagger made = new EventTagger();
                all.add(made);
                return made;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an event tagger", e);
        }
    }
}
