package org.chronologer.interpret;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/** How a publication-relative mention's TIMEX3 value follows from the publication date. */
public sealed interface Shift {

    /** The TIMEX3 value this shift gives for an article published on {@code published}; empty if none. */
    Optional<String> valueFor(LocalDate published);

    /** A short description ("weekday TUESDAY ON_OR_BEFORE"). */
    String describe();

    /** A day a fixed number of days away: today (0), yesterday (-1), three days ago (-3). */
    record Days(int days) implements Shift {
        @Override
        public Optional<String> valueFor(LocalDate published) {
            return Optional.of(Timex.day(published.plusDays(days)));
        }

        @Override
        public String describe() {
            return "days " + days;
        }
    }

    /** A named day of the week, chosen relative to the publication day. */
    record Weekday(DayOfWeek day, Direction direction) implements Shift {
        public Weekday {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(direction, "direction");
        }

        @Override
        public Optional<String> valueFor(LocalDate published) {
            LocalDate d = switch (direction) {
                case ON_OR_BEFORE -> published.with(TemporalAdjusters.previousOrSame(day));
                case ON_OR_AFTER -> published.with(TemporalAdjusters.nextOrSame(day));
                case BEFORE -> published.with(TemporalAdjusters.previous(day));
                case AFTER -> published.with(TemporalAdjusters.next(day));
                case SAME -> published.with(DayOfWeek.MONDAY).plusDays(day.getValue() - 1L);
                case NEAREST -> {
                    LocalDate back = published.with(TemporalAdjusters.previousOrSame(day));
                    LocalDate ahead = published.with(TemporalAdjusters.nextOrSame(day));
                    yield ChronoUnit.DAYS.between(back, published) <= ChronoUnit.DAYS.between(published, ahead) ? back : ahead;
                }
            };
            return Optional.of(Timex.day(d));
        }

        @Override
        public String describe() {
            return "weekday " + day + " " + direction;
        }
    }

    /**
     * The unit containing the publication date, moved by {@code offset} units: "this week" (WEEK, 0), "last year"
     * (YEAR, -1), "two months ago" (MONTH, -2); with a part of a year ("H1", "Q3", "SU") for "the first half of
     * this year".
     */
    record Units(Unit unit, int offset, Optional<String> part) implements Shift {
        public Units {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(part, "part");
        }

        @Override
        public Optional<String> valueFor(LocalDate published) {
            return switch (unit) {
                case DAY -> Optional.of(Timex.day(published.plusDays(offset)));
                case WEEK -> Optional.of(Timex.week(published.plusWeeks(offset)));
                case WEEKEND -> Optional.of(Timex.week(published.plusWeeks(offset)) + "-WE");
                case MONTH -> Optional.of(Timex.month(YearMonth.from(published).plusMonths(offset)));
                case QUARTER -> {
                    LocalDate d = published.plusMonths(3L * offset);
                    yield Optional.of(String.format("%04d-Q%d", d.getYear(), d.get(IsoFields.QUARTER_OF_YEAR)));
                }
                case HALF -> {
                    LocalDate d = published.plusMonths(6L * offset);
                    yield Optional.of(String.format("%04d-H%d", d.getYear(), d.getMonthValue() <= 6 ? 1 : 2));
                }
                case SEASON -> Optional.empty();
                case YEAR -> Optional.of(Timex.year(published.getYear() + offset) + part.map(p -> "-" + p).orElse(""));
                case DECADE -> Optional.of(String.format("%03d", published.getYear() / 10 + offset));
                case CENTURY -> Optional.of(String.format("%02d", published.getYear() / 100 + offset));
            };
        }

        @Override
        public String describe() {
            return "units " + unit + (offset >= 0 ? "+" : "") + offset + part.map(p -> " " + p).orElse("");
        }
    }

    /**
     * The weekend nearest the publication date in a direction: "ended at the weekend" is the weekend before,
     * "will meet at the weekend" the one after.
     */
    record Weekend(Direction direction) implements Shift {
        @Override
        public Optional<String> valueFor(LocalDate published) {
            LocalDate saturday = switch (direction) {
                case ON_OR_BEFORE, BEFORE -> published.getDayOfWeek() == DayOfWeek.SUNDAY
                        ? published.minusDays(1) : published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                case ON_OR_AFTER, AFTER -> published.getDayOfWeek() == DayOfWeek.SUNDAY
                        ? published.minusDays(1) : published.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
                default -> published.with(DayOfWeek.MONDAY).plusDays(5);
            };
            return Optional.of(Timex.week(saturday) + "-WE");
        }

        @Override
        public String describe() {
            return "weekend " + direction;
        }
    }

    /**
     * A named month (optionally a day of it) without a year: "in March", "last May", "on 5 March"; with
     * direction {@code SAME}, in the publication year moved by {@code yearOffset} ("March last year").
     */
    record MonthOfYear(Month month, Optional<Integer> day, Direction direction, int yearOffset) implements Shift {
        /** How far past the publication month a past-tense month may lie and still be of the same year. */
        static final int SLACK_MONTHS = 2;

        public MonthOfYear {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(direction, "direction");
            if (day.isPresent() && (day.get() < 1 || day.get() > month.maxLength())) {
                throw new IllegalArgumentException("there is no day " + day.get() + " in " + month);
            }
        }

        @Override
        public Optional<String> valueFor(LocalDate published) {
            YearMonth current = YearMonth.from(published);
            int year = published.getYear();
            YearMonth same = YearMonth.of(year, month);
            YearMonth chosen = switch (direction) {
                case SAME -> same.plusYears(yearOffset);
                case BEFORE -> same.isBefore(current) ? same : same.minusYears(1);
                case AFTER -> same.isAfter(current) ? same : same.plusYears(1);
                // news mostly speaks of its own year: only a month well past (or well before) the publication
                // month moves to the year before (after) when the tense says so
                case ON_OR_BEFORE -> !same.isAfter(current.plusMonths(SLACK_MONTHS)) ? same : same.minusYears(1);
                case ON_OR_AFTER -> !same.isBefore(current.minusMonths(SLACK_MONTHS)) ? same : same.plusYears(1);
                case NEAREST -> same;
            };
            if (day.isPresent()) {
                if (day.get() < 1 || day.get() > chosen.lengthOfMonth()) {
                    return Optional.empty();
                }
                return Optional.of(Timex.day(chosen.atDay(day.get())));
            }
            return Optional.of(Timex.month(chosen));
        }

        @Override
        public String describe() {
            return "month " + month + day.map(d -> " " + d).orElse("") + " " + direction;
        }
    }

    /** A season without a year ("last summer", "in the spring"), northern hemisphere. */
    record SeasonOfYear(String season, Direction direction) implements Shift {
        @Override
        public Optional<String> valueFor(LocalDate published) {
            int startMonth = switch (season) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA" -> 9;
                default -> 12;
            };
            LocalDate start = LocalDate.of(published.getYear(), startMonth, 1);
            LocalDate end = start.plusMonths(3).minusDays(1);
            int year = published.getYear();
            boolean before = end.isBefore(published);
            boolean after = start.isAfter(published);
            switch (direction) {
                case ON_OR_BEFORE, BEFORE -> year = after || (direction == Direction.BEFORE && !before) ? year - 1 : year;
                case ON_OR_AFTER, AFTER -> year = before || (direction == Direction.AFTER && !after) ? year + 1 : year;
                default -> {
                }
            }
            return Optional.of(Timex.year(year) + "-" + season);
        }

        @Override
        public String describe() {
            return "season " + season + " " + direction;
        }
    }

    /**
     * A value another tagger computed for one publication date only (no symbolic reading was found); it is
     * valid for that date and no other.
     */
    record Computed(String value, LocalDate forPublication) implements Shift {
        @Override
        public Optional<String> valueFor(LocalDate published) {
            return published.equals(forPublication) ? Optional.of(value) : Optional.empty();
        }

        @Override
        public String describe() {
            return "computed " + value + " for " + forPublication;
        }
    }

    /** Another shift's day with a part of day: "Wednesday night" is {@code 2000-02-16TNI}. */
    record PartOfDay(Shift day, String part) implements Shift {
        @Override
        public Optional<String> valueFor(LocalDate published) {
            return day.valueFor(published).map(v -> v + "T" + part);
        }

        @Override
        public String describe() {
            return day.describe() + " T" + part;
        }
    }

    /** The moment of writing itself or an unbounded time before or after it: PRESENT_REF, PAST_REF, FUTURE_REF. */
    record Reference(String value) implements Shift {
        @Override
        public Optional<String> valueFor(LocalDate published) {
            return Optional.of(value);
        }

        @Override
        public String describe() {
            return value;
        }
    }
}
