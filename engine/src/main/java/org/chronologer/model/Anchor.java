package org.chronologer.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a piece of dating evidence points at in time: the thing the text dates, from which the publication day is so
 * many days away. A date ("in February 2022": that month), several spans (a holder's tenures), a weekday ("on
 * Tuesday": the Tuesdays), or a day or month of the year ("on Oct. 5", "in March": every year's).
 */
public sealed interface Anchor {

    /** Where a span with no known end (a holder still in office, a war still going on) ends: past every candidate day. */
    LocalDate OPEN_END = LocalDate.of(2200, 12, 31);

    /**
     * How far {@code day} is from the anchor, in days: for a span, 0 inside it, positive after its end, negative
     * before its start (the nearest span of several); for a weekday or a day of the year, the days since its last
     * occurrence on or before {@code day} (0 to 6, 0 to 365).
     */
    long lag(LocalDate day);

    /** The anchor in words, for the evidence a person reads. */
    String describe();

    /** A span of days, from {@code earliest} to {@code latest} inclusive. */
    record Span(LocalDate earliest, LocalDate latest) implements Anchor {
        public Span {
            Objects.requireNonNull(earliest, "earliest");
            Objects.requireNonNull(latest, "latest");
            if (latest.isBefore(earliest)) {
                throw new IllegalArgumentException("latest " + latest + " before earliest " + earliest);
            }
        }

        /** One day. */
        public static Span of(LocalDate day) {
            return new Span(day, day);
        }

        @Override
        public long lag(LocalDate day) {
            return lag(day.toEpochDay());
        }

        /** {@link #lag(LocalDate)} of the epoch day {@code day}. */
        public long lag(long day) {
            long a = earliest.toEpochDay();
            long b = latest.toEpochDay();
            return day > b ? day - b : day < a ? day - a : 0;
        }

        @Override
        public String describe() {
            return earliest.equals(latest) ? earliest.toString() : earliest + ".." + latest;
        }
    }

    /** Several spans (a holder's tenures, the starts of an office's terms): the nearest counts. */
    record Spans(List<Span> parts) implements Anchor {
        public Spans {
            parts = parts.stream().sorted(Comparator.comparing(Span::earliest).thenComparing(Span::latest)).toList();
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("no spans");
            }
        }

        @Override
        public long lag(LocalDate day) {
            return lag(day.toEpochDay());
        }

        /** {@link #lag(LocalDate)} of the epoch day {@code d}. */
        public long lag(long d) {
            long best = Long.MAX_VALUE;
            for (Span s : parts) {
                long l = s.lag(d);
                if (Math.abs(l) < Math.abs(best) || Math.abs(l) == Math.abs(best) && l > best) {
                    best = l;
                }
            }
            return best;
        }

        @Override
        public String describe() {
            return String.join(", ", parts.stream().map(Span::describe).toList());
        }
    }

    /** A day of the week ("on Tuesday"). */
    record Weekly(DayOfWeek day) implements Anchor {
        public Weekly {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public long lag(LocalDate d) {
            return (d.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        }

        @Override
        public String describe() {
            return "a " + day.name().charAt(0) + day.name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A day of the year ("on Oct. 5": October 5th, every year), or a month of it ({@code dayOfMonth} 0: "in March").
     * A day that a year lacks (February 29th) falls on the last day of its month.
     */
    record Yearly(Month month, int dayOfMonth) implements Anchor {
        public Yearly {
            Objects.requireNonNull(month, "month");
            if (dayOfMonth < 0 || dayOfMonth > month.maxLength()) {
                throw new IllegalArgumentException(month + " has no day " + dayOfMonth);
            }
        }

        /** Its occurrence in {@code year} (its first day, for a month). */
        public LocalDate in(int year) {
            int dom = dayOfMonth == 0 ? 1 : Math.min(dayOfMonth, month.length(Year.isLeap(year)));
            return LocalDate.of(year, month, dom);
        }

        @Override
        public long lag(LocalDate d) {
            LocalDate last = in(d.getYear());
            if (last.isAfter(d)) {
                last = in(d.getYear() - 1);
            }
            return ChronoUnit.DAYS.between(last, d);
        }

        @Override
        public String describe() {
            String m = month.name().charAt(0) + month.name().substring(1).toLowerCase(Locale.ROOT);
            return dayOfMonth == 0 ? m + " of some year" : m + " " + dayOfMonth + " of some year";
        }
    }
}
