package org.chronologer.interpret;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/** Formats calendar values as TIMEX3 values. */
public final class Timex {
    private Timex() {
    }

    public static String day(LocalDate d) {
        return d.toString();
    }

    public static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public static String month(YearMonth ym) {
        return String.format("%04d-%02d", ym.getYear(), ym.getMonthValue());
    }

    public static String year(int y) {
        return String.format("%04d", y);
    }
}
