package org.chronologer.text;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The time one article may take on the thread that works on it: the last line of defence against a text that would
 * hold a run for minutes. The work on an article runs {@link #within} a budget; the stages call {@link #check} between
 * units of work of bounded cost (a part of HeidelTime's text, a Natty candidate, a pattern, a batch of mentions), which
 * throws {@link Exceeded} once the budget is spent. Nothing is interrupted in the middle of a unit, so no tagger is
 * left half-way through a text.
 */
public final class TimeBudget {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();
    private static final ThreadLocal<Duration> BUDGET = new ThreadLocal<>();

    private TimeBudget() {
    }

    /** The work on an article went over its budget. */
    public static final class Exceeded extends RuntimeException {
        private final Duration budget;

        Exceeded(Duration budget) {
            super("took longer than its time budget of " + describe(budget), null, false, false);
            this.budget = budget;
        }

        /** The budget that was spent. */
        public Duration budget() {
            return budget;
        }
    }

    /**
     * Runs {@code work} on this thread with {@code budget} to spend; a budget already running on this thread (an outer
     * call) keeps its own deadline when it is the earlier.
     *
     * @throws Exceeded when a {@link #check} inside the work finds the budget spent
     */
    public static <T> T within(Duration budget, Supplier<T> work) {
        return within(budget, Duration.ZERO, work);
    }

    /**
     * Runs {@code work} on this thread with what is left of {@code budget} once {@code spent} is taken from it: the
     * later stages of an article's work, whose earlier stages spent {@code spent}. {@link Exceeded} names the whole
     * budget.
     *
     * @throws Exceeded when a {@link #check} inside the work finds the budget spent
     */
    public static <T> T within(Duration budget, Duration spent, Supplier<T> work) {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(spent, "spent");
        Long outer = DEADLINE.get();
        Duration outerBudget = BUDGET.get();
        long deadline = System.nanoTime() + saturatedNanos(budget) - Math.min(saturatedNanos(budget), Math.max(0, spent.toNanos()));
        if (outer == null || deadline - outer < 0) {
            DEADLINE.set(deadline);
            BUDGET.set(budget);
        }
        try {
            return work.get();
        } finally {
            if (outer == null) {
                DEADLINE.remove();
                BUDGET.remove();
            } else {
                DEADLINE.set(outer);
                BUDGET.set(outerBudget);
            }
        }
    }

    /** Throws {@link Exceeded} when the work running on this thread has spent its budget; nothing when it has none. */
    public static void check() {
        Long deadline = DEADLINE.get();
        if (deadline != null && System.nanoTime() - deadline > 0) {
            throw new Exceeded(BUDGET.get());
        }
    }

    /** A duration as a reader reads it: "250 ms", "30 s", "2 min", "1 h 30 min". */
    public static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = d.toSeconds();
        if (s < 3600) {
            return s % 60 == 0 ? s / 60 + " min" : s / 60 + " min " + s % 60 + " s";
        }
        return s / 3600 + " h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + " min");
    }

    private static long saturatedNanos(Duration d) {
        Duration longest = Duration.ofDays(1000);
        return (d.compareTo(longest) > 0 ? longest : d).toNanos();
    }
}
