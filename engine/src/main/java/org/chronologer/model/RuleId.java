package org.chronologer.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a kind of dating evidence ("weekday", "anniversary", "horizon"), as the rule that reads it declares it
 * and as the output shows it.
 *
 * @param name      lower-case words joined by hyphens
 * @param shareable whether articles that tell the same happening may share evidence of this kind (facts read in a
 *                  text are; a prior every article has, or a date the input declares for one article, are not)
 */
public record RuleId(String name, boolean shareable) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    public RuleId {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a rule name is lower-case words joined by hyphens, not '" + name + "'");
        }
    }

    /** A kind of evidence read in an article's text, which articles telling the same happening share. */
    public static RuleId of(String name) {
        return new RuleId(name, true);
    }

    /** A kind of evidence that belongs to its own article only (a prior, a declared date). */
    public static RuleId ownOnly(String name) {
        return new RuleId(name, false);
    }

    @Override
    public String toString() {
        return name;
    }
}
