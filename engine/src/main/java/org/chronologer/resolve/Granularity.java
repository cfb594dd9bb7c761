package org.chronologer.resolve;

/** How precise a resolved value is, from a time of day to a century. */
public enum Granularity {
    TIME, DAY, WEEKEND, WEEK, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY, UNKNOWN;

    /** Whether this granularity is at least as coarse as {@code other}. */
    public boolean coarserOrEqual(Granularity other) {
        return ordinal() >= other.ordinal();
    }
}
