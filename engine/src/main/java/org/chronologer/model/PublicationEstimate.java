package org.chronologer.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was written, as far as its evidence tells: a best day, an inclusive window, a confidence in
 * 0..1, the declared date (if the input had one), the evidence used (strongest first), and the evidence the
 * chosen window contradicts.
 */
public record PublicationEstimate(LocalDate best, LocalDate earliest, LocalDate latest, double confidence,
                                  Optional<LocalDate> declared, List<Evidence> evidence, List<Evidence> conflicts) {

    public PublicationEstimate {
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(declared, "declared");
        evidence = List.copyOf(evidence);
        conflicts = List.copyOf(conflicts);
        if (earliest.isAfter(latest) || best.isBefore(earliest) || best.isAfter(latest)) {
            throw new IllegalArgumentException("best " + best + " outside " + earliest + ".." + latest);
        }
    }

    /** Whether {@code day} lies inside the window. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    /** The window's length in days. */
    public long widthDays() {
        return ChronoUnit.DAYS.between(earliest, latest) + 1;
    }
}
