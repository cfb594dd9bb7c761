package org.chronologer.date.rule;

import java.time.LocalDate;
import org.chronologer.model.Evidence;

/** Shapes of day support shared by the rules. */
public final class Support {
    private Support() {
    }

    /** 1 on or after {@code day}, else 0. */
    public static Evidence.DaySupport onOrAfter(LocalDate day) {
        return d -> d.isBefore(day) ? 0 : 1;
    }

    /** 1 on or before {@code day}, else 0. */
    public static Evidence.DaySupport onOrBefore(LocalDate day) {
        return d -> d.isAfter(day) ? 0 : 1;
    }

    /**
     * 1 from {@code from} for {@code flatDays}, then halving every {@code halfLifeDays}; 0 before {@code from}.
     */
    public static Evidence.DaySupport recentAfter(LocalDate from, long flatDays, double halfLifeDays) {
        long start = from.toEpochDay();
        return d -> {
            long lag = d.toEpochDay() - start;
            if (lag < 0) {
                return 0;
            }
            return lag <= flatDays ? 1 : Math.pow(0.5, (lag - flatDays) / halfLifeDays);
        };
    }

    /** 1 within {@code full} days of {@code centre}, decaying linearly to 0 at {@code zero} days. */
    public static Evidence.DaySupport near(LocalDate centre, long full, long zero) {
        return near(centre, centre, full, zero);
    }

    /** 1 from {@code full} days before {@code from} to {@code full} days after {@code to}, decaying linearly to 0 at {@code zero} days. */
    public static Evidence.DaySupport near(LocalDate from, LocalDate to, long full, long zero) {
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        return d -> {
            long x = d.toEpochDay();
            long dist = x < first ? first - x : x > last ? x - last : 0;
            if (dist <= full) {
                return 1;
            }
            return dist >= zero ? 0 : 1 - (double) (dist - full) / (zero - full);
        };
    }
}
