package org.chronologer.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was written: a best day, an inclusive window that holds the true day about nine times in ten (the
 * dating model's fitted share), a confidence (the calibrated probability that the best day is within a week of the
 * true day), the declared date if the input had one (then it is the best day and the window), the plausible range the
 * text alone allows (a declared date outside it is contradicted by the text), the evidence weighed (strongest
 * first), and the evidence the best day contradicts. Both lists hold all of the article's own evidence and, of what
 * articles linked to it shared, the strongest few (the dating stage's {@code SHARED_KEPT}); every shared item counted.
 */
public record PublicationEstimate(LocalDate best, LocalDate earliest, LocalDate latest, double confidence,
                                  Optional<LocalDate> declared, LocalDate plausibleEarliest, LocalDate plausibleLatest,
                                  List<Evidence> evidence, List<Evidence> conflicts) {

    /** Below this confidence, the best day is a guess: the text says too little to choose a week. */
    public static final double GUESS_BELOW = 0.1;

    public PublicationEstimate {
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(plausibleEarliest, "plausibleEarliest");
        Objects.requireNonNull(plausibleLatest, "plausibleLatest");
        evidence = List.copyOf(evidence);
        conflicts = List.copyOf(conflicts);
        if (earliest.isAfter(latest) || best.isBefore(earliest) || best.isAfter(latest)) {
            throw new IllegalArgumentException("best " + best + " outside " + earliest + ".." + latest);
        }
        if (plausibleEarliest.isAfter(plausibleLatest)) {
            throw new IllegalArgumentException("plausible range " + plausibleEarliest + ".." + plausibleLatest + " is empty");
        }
    }

    /** Whether {@code day} lies inside the window. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    /** Whether the text alone allows {@code day} (it lies in the plausible range). */
    public boolean plausible(LocalDate day) {
        return !day.isBefore(plausibleEarliest) && !day.isAfter(plausibleLatest);
    }

    /** The window's length in days. */
    public long widthDays() {
        return ChronoUnit.DAYS.between(earliest, latest) + 1;
    }

    /** Whether the best day is a guess: the text says too little to choose a week (and no date was declared). */
    public boolean guess() {
        return declared.isEmpty() && confidence < GUESS_BELOW;
    }
}
