package org.chronologer.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chronologer.extract.Mention;
import org.chronologer.tag.TimexType;

/**
 * A temporal expression of a text as a user of the library sees it: where it is, its TIMEX3 type and value, and when
 * it is, when it names a calendar interval.
 *
 * @param text       the covered text
 * @param start      its first character in the text as given
 * @param end        its end (exclusive) in that text
 * @param type       the TIMEX3 type (DATE, TIME, DURATION, SET)
 * @param value      the TIMEX3 value ({@code 2023-10-17}, {@code P3D}, {@code PAST_REF}), empty when unresolved
 * @param when       the interval it names, with its granularity and modifier; empty for durations, sets, references
 *                   and unresolved values
 * @param taggers    the taggers that found it ({@code heideltime}, {@code natty}, {@code chronologer})
 * @param unresolved why it has no value, when it has none
 */
public record TemporalExpression(String text, int start, int end, TimexType type, Optional<String> value, Optional<When> when,
                                 Set<String> taggers, Optional<String> unresolved) {

    public TemporalExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(when, "when");
        taggers = Set.copyOf(taggers);
        Objects.requireNonNull(unresolved, "unresolved");
    }

    /** The expression of a mention. */
    public static TemporalExpression of(Mention m) {
        return new TemporalExpression(m.text(), m.start(), m.end(), m.type(), m.resolution().value(), When.of(m.resolution()),
                m.taggers(), m.resolution().unresolved());
    }
}
