package org.chronologer.interpret;

import java.util.Locale;

/** Calendar units that relative expressions count in. */
public enum Unit {
    DAY, WEEK, WEEKEND, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY;

    /** The unit named by an English word ("days", "week", "yr"), or null. */
    public static Unit ofWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("s") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return switch (w) {
            case "day", "night" -> DAY;
            case "week", "fortnight" -> WEEK;
            case "weekend" -> WEEKEND;
            case "month" -> MONTH;
            case "quarter" -> QUARTER;
            case "year", "yr" -> YEAR;
            case "decade" -> DECADE;
            case "century", "centurie" -> CENTURY;
            default -> null;
        };
    }
}
