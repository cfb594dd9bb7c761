package org.chronologer.interpret;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.tag.TaggedSpan;

/**
 * One named temporal pattern: how its phrases are read (the words of a span, whichever tagger found it, into a
 * {@link SymbolicValue}) and, for phrases the other taggers leave out, how they are found in a text. As HeidelTime's
 * rule files pair an extraction with a normalisation, a pattern keeps both in one place.
 *
 * @param name   a short stable name ("anchored-offset"), recorded as the rule of the spans it finds
 * @param find   how our own tagger finds the phrase in a text, if it does (a group named {@code span}, when present,
 *               is the phrase; the rest is context)
 * @param read   the words of a span it reads: lower case, single spaces, matched whole
 * @param reader what a match means; empty when these words, though matched, are better left to the tagger's value
 */
public record TemporalPattern(String name, Optional<Pattern> find, Pattern read, Reader reader) {

    public TemporalPattern {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(find, "find");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(reader, "reader");
    }

    /** A pattern the other taggers find and this one only reads. */
    static TemporalPattern reading(String name, String read, Reader reader) {
        return new TemporalPattern(name, Optional.empty(), Pattern.compile(read), reader);
    }

    /** A pattern our own tagger finds (case-insensitively) and reads. */
    static TemporalPattern findingAndReading(String name, String find, String read, Reader reader) {
        return new TemporalPattern(name, Optional.of(Pattern.compile("(?i)" + find)), Pattern.compile(read), reader);
    }

    /** What a matched span means. */
    @FunctionalInterface
    public interface Reader {
        Optional<SymbolicValue> read(Matcher words, Span span);
    }

    /**
     * A span being read: the tagged span, the text it points into, its words (lower case, single spaces), and the
     * tense of its clause (found once, when first asked).
     */
    public static final class Span {
        private final TaggedSpan tagged;
        private final String text;
        private final String words;
        private Tense tense;

        /** {@code tense}: the clause's, when already known, else null (found when first asked). */
        Span(TaggedSpan tagged, String text, String words, Tense tense) {
            this.tagged = tagged;
            this.text = text;
            this.words = words;
            this.tense = tense;
        }

        /** The span as its tagger found it. */
        public TaggedSpan tagged() {
            return tagged;
        }

        /** The normalised text the span points into. */
        public String text() {
            return text;
        }

        /** Its words, lower case, single spaces. */
        public String words() {
            return words;
        }

        /** The tense of the clause that governs it. */
        public Tense tense() {
            if (tense == null) {
                tense = TenseDetector.tenseAt(text, tagged.start(), tagged.end());
            }
            return tense;
        }
    }

    /** What this pattern reads in {@code span}, if its words match and mean something to it. */
    public Optional<SymbolicValue> readIn(Span span) {
        Matcher m = read.matcher(span.words());
        return m.matches() ? reader.read(m, span) : Optional.empty();
    }
}
