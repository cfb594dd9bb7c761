package org.chronologer.resolve;

import java.util.Objects;
import java.util.Optional;

/**
 * A mention's resolved value: a TIMEX3 value, its modifier and its calendar interval, or the reason it stays
 * unresolved. Durations and sets have a value but no interval.
 */
public record Resolution(Optional<String> value, Optional<String> mod, Optional<TimexValues.Interval> interval,
                         Optional<String> unresolved) {

    public Resolution {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(mod, "mod");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(unresolved, "unresolved");
    }

    /** A resolved value, with the interval it names (if any). */
    public static Resolution of(String value, Optional<String> mod) {
        return new Resolution(Optional.of(value), mod, TimexValues.interval(value, mod), Optional.empty());
    }

    /** No value, for the given reason. */
    public static Resolution unresolved(String reason) {
        return new Resolution(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(reason));
    }

    /** Whether a value was found. */
    public boolean isResolved() {
        return value.isPresent();
    }
}
