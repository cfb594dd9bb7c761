package org.chronologer.tag;

import java.util.List;
import java.util.Objects;

/**
 * A sentence split into words, each with its part of speech (Universal Dependencies tags: VERB, AUX, NOUN,
 * PROPN, ADJ, ...) and lemma.
 *
 * @param index  its index in the text (from 0)
 * @param start  first char in the text tagged
 * @param end    end (exclusive)
 * @param words  its words in order
 */
public record TaggedSentence(int index, int start, int end, List<Word> words) {

    /** One word: its span in the text tagged, its form, part of speech and lemma (lower case). */
    public record Word(int start, int end, String text, String pos, String lemma) {
        public Word {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(pos, "pos");
            Objects.requireNonNull(lemma, "lemma");
        }

        /** The word in lower case. */
        public String lower() {
            return text.toLowerCase(java.util.Locale.ROOT);
        }
    }

    public TaggedSentence {
        words = List.copyOf(words);
    }
}
