package org.chronologer.interpret;

/** Which occurrence of a recurring name ("Tuesday", "March") a mention means, relative to a reference day. */
public enum Direction {
    /** The latest occurrence on or before the reference (past tense: "arrived on Tuesday"). */
    ON_OR_BEFORE,
    /** The earliest occurrence on or after the reference (future tense: "will meet on Wednesday"). */
    ON_OR_AFTER,
    /** The latest occurrence strictly before the reference's own unit ("last May", "last Tuesday"). */
    BEFORE,
    /** The earliest occurrence strictly after the reference's own unit ("next May", "next Tuesday"). */
    AFTER,
    /** The occurrence closest to the reference (present tense, no tense). */
    NEAREST,
    /** The occurrence in the reference's own year or week ("March this year", "this Tuesday"). */
    SAME;

    /** The direction a tense implies. */
    public static Direction of(Tense tense) {
        return switch (tense) {
            case PAST -> ON_OR_BEFORE;
            case FUTURE -> ON_OR_AFTER;
            default -> NEAREST;
        };
    }
}
