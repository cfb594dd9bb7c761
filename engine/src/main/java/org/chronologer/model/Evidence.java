package org.chronologer.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One fact about when an article was written: where it comes from in the text, which rule read it, what it
 * implies in words, and how strongly it supports each candidate publication day.
 *
 * @param text    the text the evidence comes from (a mention, a phrase, or a description for corpus evidence)
 * @param start   its start in the article's text (-1 when it has no span, e.g. a declared date)
 * @param end     its end (exclusive), -1 when no span
 * @param rule    the kind of evidence, as the rule that read it names it ("past-explicit-date", "weekday", ...)
 * @param implies what it implies, for a person ("published on or after 2022-02-01")
 * @param weight  how much it counts when satisfied
 * @param support how well each day fits it, from 0 (contradicts) to 1 (fits best)
 * @param about   what it is about, if anything: a knowledge-base event id, or the day a recency rule starts from
 * @param sharedBy the article that told it, when it comes from another article telling the same happening
 */
public record Evidence(String text, int start, int end, RuleId rule, String implies, double weight, DaySupport support,
                       Optional<String> about, Optional<String> sharedBy) {

    public Evidence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(implies, "implies");
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(sharedBy, "sharedBy");
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive: " + weight);
        }
    }

    /** Evidence about no particular known event. */
    public Evidence(String text, int start, int end, RuleId rule, String implies, double weight, DaySupport support) {
        this(text, start, end, rule, implies, weight, support, Optional.empty(), Optional.empty());
    }

    /** Evidence about a known event (or the day a recency rule starts from). */
    public Evidence(String text, int start, int end, RuleId rule, String implies, double weight, DaySupport support,
                    Optional<String> about) {
        this(text, start, end, rule, implies, weight, support, about, Optional.empty());
    }

    /** This evidence marked as being about {@code subject} (a knowledge-base id, or the day a recency rule starts from). */
    public Evidence withAbout(String subject) {
        return new Evidence(text, start, end, rule, implies, weight, support, Optional.of(subject), sharedBy);
    }

    /** How well a candidate publication day fits a piece of evidence: 0 contradicts it, 1 fits it best. */
    @FunctionalInterface
    public interface DaySupport {
        double at(LocalDate day);
    }

    /** The weighted support of {@code day}. */
    public double score(LocalDate day) {
        return weight * support.at(day);
    }

    /**
     * This evidence as another article shares it: told by {@code article}, with its weight multiplied by
     * {@code factor}, no span in the receiving article, and what it implies said anew.
     */
    public Evidence asToldBy(String article, double factor, String newImplies) {
        return new Evidence(text, -1, -1, rule, newImplies, weight * factor, support, about, Optional.of(article));
    }

    /** The kind of evidence as the output names it: the rule's name, prefixed "corpus:" when another article told it. */
    public String label() {
        return sharedBy.isPresent() ? "corpus:" + rule.name() : rule.name();
    }
}
