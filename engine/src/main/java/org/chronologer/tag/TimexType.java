package org.chronologer.tag;

import java.util.Locale;

/** The TIMEX3 types: a calendar date or period, a time of day, a length of time, a recurrence. */
public enum TimexType {
    DATE, TIME, DURATION, SET;

    /** The type named by a TIMEX3 {@code type} attribute, {@code DATE} when unknown. */
    public static TimexType parse(String name) {
        if (name == null) {
            return DATE;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return DATE;
        }
    }
}
