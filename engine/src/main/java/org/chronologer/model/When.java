package org.chronologer.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.chronologer.resolve.Granularity;
import org.chronologer.resolve.Resolution;
import org.chronologer.resolve.TimexValues;
import org.threeten.extra.LocalDateRange;

/**
 * When something happened: the TIMEX3 value as resolved ({@code 2023-10-17}, {@code 2023-W41-WE}, {@code 195} for
 * the 1950s), the calendar interval it names, how precise it is, and its modifier ({@code EARLY}, {@code MID}, ...).
 *
 * @param value       the TIMEX3 value
 * @param earliest    the first day of the interval
 * @param latest      the last day of the interval (inclusive)
 * @param granularity how precise the value is (a day, a week, a month, a decade, ...)
 * @param mod         the TIMEX3 modifier, when the text gave one ("early October" is {@code EARLY})
 */
public record When(String value, LocalDate earliest, LocalDate latest, Granularity granularity, Optional<String> mod) {

    public When {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(mod, "mod");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("latest before earliest: " + earliest + ".." + latest);
        }
    }

    /** The time a resolution names; empty when it names no calendar interval (a duration, a set, an unresolved value). */
    public static Optional<When> of(Resolution r) {
        Objects.requireNonNull(r, "resolution");
        if (r.value().isEmpty() || r.interval().isEmpty()) {
            return Optional.empty();
        }
        TimexValues.Interval i = r.interval().get();
        return Optional.of(new When(r.value().get(), i.earliest(), i.latest(), i.granularity(), r.mod()));
    }

    /**
     * A time given by its value and interval, without modifier; the granularity is the value's own
     * ({@link Granularity#UNKNOWN} when the value names no calendar interval).
     */
    public static When of(String value, LocalDate earliest, LocalDate latest) {
        Granularity g = TimexValues.interval(Objects.requireNonNull(value, "value")).map(TimexValues.Interval::granularity)
                .orElse(Granularity.UNKNOWN);
        return new When(value, earliest, latest, g, Optional.empty());
    }

    /** The interval as a range of days. */
    public LocalDateRange range() {
        return LocalDateRange.ofClosed(earliest, latest);
    }

    /** Whether the two times share a day. */
    public boolean overlaps(When o) {
        return !latest.isBefore(o.earliest) && !o.latest.isBefore(earliest);
    }

    /** One day, by its ISO value. */
    public static When ofDay(LocalDate day) {
        return new When(day.toString(), day, day, Granularity.DAY, Optional.empty());
    }

    /** Whether the time is a single day (or a time of one day). */
    public boolean isOneDay() {
        return earliest.equals(latest);
    }
}
