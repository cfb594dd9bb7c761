package org.chronologer.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an article's text says of its declared publication date.
 *
 * @param article  the article's id
 * @param declared the date the input declared, if any
 * @param verdict  whether the text agrees with it
 * @param implied  when the text alone implies it was written (the declared date left out of the evidence)
 */
public record DateCheck(String article, Optional<LocalDate> declared, Verdict verdict, PublicationEstimate implied) {

    /** A window wider than this many days says too little to contradict anything. */
    public static final long UNDECIDABLE_WIDTH_DAYS = 5 * 366;

    /** What the text says of the declared date. */
    public enum Verdict {
        /** The text allows the declared date (it lies in the plausible range the text implies). */
        CONSISTENT,
        /** The text rules the declared date out: it lies outside the plausible range the text implies. */
        CONTRADICTED,
        /** The text allows the declared date but says too little to tell (its window is over five years wide). */
        UNDECIDABLE,
        /** The article declares no date. */
        UNDECLARED
    }

    public DateCheck {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(implied, "implied");
    }

    /** The verdict on {@code declared} given what the text implies. */
    public static DateCheck of(String article, Optional<LocalDate> declared, PublicationEstimate implied) {
        Verdict v;
        if (declared.isEmpty()) {
            v = Verdict.UNDECLARED;
        } else if (!implied.plausible(declared.get())) {
            v = Verdict.CONTRADICTED;
        } else if (implied.widthDays() > UNDECIDABLE_WIDTH_DAYS) {
            v = Verdict.UNDECIDABLE;
        } else {
            v = Verdict.CONSISTENT;
        }
        return new DateCheck(article, declared, v, implied);
    }
}
