package org.chronologer.tag;

import java.util.Objects;
import java.util.Optional;

/**
 * A temporal expression one tagger found: where it is (offsets into the normalised text), what the tagger
 * thought it was, and which tagger and rule found it.
 *
 * @param start  first char, inclusive
 * @param end    last char, exclusive
 * @param text   the covered text
 * @param type   the TIMEX3 type
 * @param value  the tagger's own TIMEX3 value (may be underspecified, e.g. {@code XXXX-03}); empty if none
 * @param mod    the TIMEX3 modifier (START, END, MID, APPROX, ...)
 * @param tagger the tagger's name
 * @param rule   the tagger's rule, for debugging
 */
public record TaggedSpan(int start, int end, String text, TimexType type, String value, Optional<String> mod,
                         String tagger, String rule) {

    public TaggedSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(mod, "mod");
        Objects.requireNonNull(tagger, "tagger");
        Objects.requireNonNull(rule, "rule");
    }

    /** The number of chars covered. */
    public int length() {
        return end - start;
    }

    /** Whether this span and {@code other} share at least one char. */
    public boolean overlaps(TaggedSpan other) {
        return start < other.end && other.start < end;
    }
}
