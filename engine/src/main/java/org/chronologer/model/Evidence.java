package org.chronologer.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One fact about when an article was written: where it comes from in the text, which rule read it, what it tells the
 * dating model ({@link Cue}: a kind of evidence and what it points at in time), and what it implies in words.
 *
 * @param text     the text the evidence comes from (a mention or a phrase; a description for shared evidence)
 * @param start    its start in the article's text as given (-1 when it has no span there)
 * @param end      its end (exclusive), -1 when no span
 * @param rule     the rule that read it
 * @param cue      what it tells the dating model
 * @param says     what the rule read, in words ("past tense 'in February 2022'")
 * @param implies  what it implies for the publication day, in words: {@code says} and what the model knows of its
 *                 kind ("⇒ published 0-9 days after it, in 8 of 10 articles")
 * @param weight   how much it counts in the model's estimate (1 for an article's own evidence before the model
 *                 weighs it)
 * @param about    what it is about, if anything: a knowledge-base event id
 * @param sharedBy the article that told it, when it comes from another article telling the same happening
 */
public record Evidence(String text, int start, int end, RuleId rule, Cue cue, String says, String implies, double weight,
                       Optional<String> about, Optional<String> sharedBy) {

    public Evidence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(says, "says");
        Objects.requireNonNull(implies, "implies");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(sharedBy, "sharedBy");
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive: " + weight);
        }
    }

    /** Evidence an article's own text gives, as a rule reads it (the model weighs it and says what it implies). */
    public static Evidence of(String text, int start, int end, RuleId rule, Cue cue, String says) {
        return new Evidence(text, start, end, rule, cue, says, says, 1, Optional.empty(), Optional.empty());
    }

    /** This evidence marked as being about {@code subject} (a knowledge-base id). */
    public Evidence withAbout(String subject) {
        return new Evidence(text, start, end, rule, cue, says, implies, weight, Optional.of(subject), sharedBy);
    }

    /** This evidence as the model weighs it and says what it implies. */
    public Evidence weighed(double newWeight, String newImplies) {
        return new Evidence(text, start, end, rule, cue, says, newImplies, newWeight, about, sharedBy);
    }

    /**
     * This evidence as another article shares it: told by {@code article}, with no span in the receiving article and
     * what it says prefixed by who told it.
     */
    public Evidence asToldBy(String article, String prefix) {
        String s = prefix + says;
        return new Evidence(text, -1, -1, rule, cue, s, s, weight, about, Optional.of(article));
    }

    /** The kind of evidence as the output names it: the rule's name, prefixed "corpus:" when another article told it. */
    public String label() {
        return sharedBy.isPresent() ? "corpus:" + rule.name() : rule.name();
    }
}
