package org.chronologer.extract;

import java.util.Objects;
import java.util.Set;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.interpret.Tense;
import org.chronologer.resolve.Resolution;
import org.chronologer.tag.TimexType;

/**
 * One temporal expression of an article, with what it means and what it resolves to.
 *
 * @param start    first char in the article's text as the user gave it
 * @param end      end (exclusive) in that text
 * @param text     the covered original text
 * @param type     the TIMEX3 type
 * @param symbolic what it means before any date is known
 * @param tense    the tense of the clause it belongs to
 * @param resolution the value and interval it resolves to for the article's date, or why not
 * @param taggers  the taggers that found it (sorted)
 * @param rule     the rule of the tagger whose reading was kept
 */
public record Mention(int start, int end, String text, TimexType type, SymbolicValue symbolic, Tense tense,
                      Resolution resolution, Set<String> taggers, String rule) {

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(symbolic, "symbolic");
        Objects.requireNonNull(tense, "tense");
        Objects.requireNonNull(resolution, "resolution");
        taggers = Set.copyOf(taggers);
        Objects.requireNonNull(rule, "rule");
    }

    /** The taggers that found it, joined with '+' in a stable order ("heideltime+natty"). */
    public String tagger() {
        return String.join("+", taggers.stream().sorted().toList());
    }

    /** This mention resolved anew. */
    public Mention withResolution(Resolution r) {
        return new Mention(start, end, text, type, symbolic, tense, r, taggers, rule);
    }
}
