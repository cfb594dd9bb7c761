package org.chronologer.date;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.chronologer.extract.Extraction;
import org.chronologer.extract.Mention;
import org.chronologer.model.Evidence;
import org.chronologer.read.Article;
import org.chronologer.read.NormalizedText;

/**
 * What one article tells about its own publication date: what extraction drew from it and every piece of evidence
 * the rules read there (its declared date included), before any sharing between articles.
 *
 * @param extraction the article's text and mentions, extracted with no publication date
 * @param evidence   the evidence of its own text, in the order of the rules
 * @param spent      the time reading it took, of the article's time budget (its later stages have what is left)
 */
public record Reading(Extraction extraction, List<Evidence> evidence, Duration spent) {
    public Reading {
        Objects.requireNonNull(extraction, "extraction");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(spent, "spent");
    }

    /** A reading that has spent none of the article's time budget. */
    public Reading(Extraction extraction, List<Evidence> evidence) {
        this(extraction, evidence, Duration.ZERO);
    }

    /** This reading, having spent {@code time} of the article's time budget. */
    public Reading withSpent(Duration time) {
        return new Reading(extraction, evidence, time);
    }

    /** The article. */
    public Article article() {
        return extraction.article();
    }

    /** Its normalised text. */
    public NormalizedText text() {
        return extraction.text();
    }

    /** Its mentions, extracted with no publication date. */
    public List<Mention> mentions() {
        return extraction.mentions();
    }
}
