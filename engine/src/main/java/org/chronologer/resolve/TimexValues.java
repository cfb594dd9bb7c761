package org.chronologer.resolve;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threeten.extra.LocalDateRange;

/**
 * Calendar intervals of TIMEX3 values: {@code 2023-10-17} is that day, {@code 2023-W41-WE} the Saturday and
 * Sunday of ISO week 41, {@code 195} the 1950s. Durations, sets and references ({@code P2D}, {@code PAST_REF})
 * have no interval.
 */
public final class TimexValues {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern PART = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})");

    private TimexValues() {
    }

    /** A calendar interval with its granularity. */
    public record Interval(LocalDateRange range, Granularity granularity) {
        public LocalDate earliest() {
            return range.getStart();
        }

        public LocalDate latest() {
            return range.getEndInclusive();
        }
    }

    /** The interval a TIMEX3 value covers, narrowed by its modifier; empty when it names no calendar interval. */
    public static Optional<Interval> interval(String value, Optional<String> mod) {
        Optional<Interval> base = interval(value);
        return base.map(i -> mod.map(m -> narrow(i, m)).orElse(i));
    }

    /** The interval a TIMEX3 value covers; empty when it names no calendar interval. */
    public static Optional<Interval> interval(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate d = LocalDate.of(year(m), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return Optional.of(new Interval(LocalDateRange.ofClosed(d, d),
                        m.group(4) != null ? Granularity.TIME : Granularity.DAY));
            }
            if ((m = MONTH.matcher(value)).matches()) {
                YearMonth ym = YearMonth.of(year(m), Integer.parseInt(m.group(2)));
                return Optional.of(new Interval(LocalDateRange.ofClosed(ym.atDay(1), ym.atEndOfMonth()), Granularity.MONTH));
            }
            if ((m = WEEK.matcher(value)).matches()) {
                int week = Integer.parseInt(m.group(2));
                LocalDate monday = LocalDate.of(year(m), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(DayOfWeek.MONDAY);
                if (m.group(3) != null) {
                    LocalDate saturday = monday.plusDays(5);
                    return Optional.of(new Interval(LocalDateRange.ofClosed(saturday, saturday.plusDays(1)), Granularity.WEEKEND));
                }
                return Optional.of(new Interval(LocalDateRange.ofClosed(monday, monday.plusDays(6)), Granularity.WEEK));
            }
            if ((m = PART.matcher(value)).matches()) {
                return Optional.of(part(year(m), m.group(2)));
            }
            if ((m = YEAR.matcher(value)).matches()) {
                int y = year(m);
                return Optional.of(new Interval(LocalDateRange.ofClosed(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)), Granularity.YEAR));
            }
            if ((m = DECADE.matcher(value)).matches()) {
                int y = Integer.parseInt(m.group(1)) * 10;
                return Optional.of(new Interval(LocalDateRange.ofClosed(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31)), Granularity.DECADE));
            }
            if ((m = CENTURY.matcher(value)).matches()) {
                int y = Integer.parseInt(m.group(1)) * 100;
                return Optional.of(new Interval(LocalDateRange.ofClosed(LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31)), Granularity.CENTURY));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }

    private static Interval part(int year, String part) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        return switch (part) {
            case "Q1", "Q2", "Q3", "Q4" -> {
                LocalDate start = jan1.plusMonths(3L * (part.charAt(1) - '1'));
                yield new Interval(LocalDateRange.ofClosed(start, start.plusMonths(3).minusDays(1)), Granularity.QUARTER);
            }
            case "H1", "H2" -> {
                LocalDate start = jan1.plusMonths(6L * (part.charAt(1) - '1'));
                yield new Interval(LocalDateRange.ofClosed(start, start.plusMonths(6).minusDays(1)), Granularity.HALF);
            }
            case "SP" -> season(LocalDate.of(year, 3, 1));
            case "SU" -> season(LocalDate.of(year, 6, 1));
            case "FA" -> season(LocalDate.of(year, 9, 1));
            default -> season(LocalDate.of(year, 12, 1));
        };
    }

    private static Interval season(LocalDate start) {
        return new Interval(LocalDateRange.ofClosed(start, start.plusMonths(3).minusDays(1)), Granularity.SEASON);
    }

    /** Narrows an interval to the part a TIMEX3 modifier names: the first, middle or last third. */
    static Interval narrow(Interval interval, String mod) {
        LocalDate start = interval.earliest();
        LocalDate end = interval.latest();
        long months = ChronoUnit.MONTHS.between(start, end.plusDays(1));
        boolean wholeMonths = start.getDayOfMonth() == 1 && end.plusDays(1).getDayOfMonth() == 1;
        if (wholeMonths && months >= 3) {
            long third = months / 3;
            return switch (mod) {
                case "START", "EARLY" -> new Interval(LocalDateRange.ofClosed(start, start.plusMonths(third).minusDays(1)), interval.granularity());
                case "END", "LATE" -> new Interval(LocalDateRange.ofClosed(end.plusDays(1).minusMonths(third), end), interval.granularity());
                case "MID" -> new Interval(LocalDateRange.ofClosed(start.plusMonths(third), end.plusDays(1).minusMonths(third).minusDays(1)),
                        interval.granularity());
                default -> interval;
            };
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days < 3) {
            return interval;
        }
        long third = days / 3;
        return switch (mod) {
            case "START", "EARLY" -> new Interval(LocalDateRange.ofClosed(start, start.plusDays(third - 1)), interval.granularity());
            case "END", "LATE" -> new Interval(LocalDateRange.ofClosed(end.minusDays(third - 1), end), interval.granularity());
            case "MID" -> new Interval(LocalDateRange.ofClosed(start.plusDays(third), end.minusDays(third)), interval.granularity());
            default -> interval;
        };
    }
}
