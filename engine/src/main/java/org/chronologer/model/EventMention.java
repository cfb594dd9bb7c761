package org.chronologer.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One mention of something that happens or holds, in the TimeML sense: a verb ("arrived"), an event noun ("the
 * summit", "talks") or a predicative word ("dead"), with what its grammar says of it.
 *
 * @param start        first char of the word in the article's text
 * @param end          end (exclusive) of the word
 * @param text         the word as written
 * @param lemma        its lemma, lower case ("arrive", "talk")
 * @param pos          its word class
 * @param eventClass   its TimeML class
 * @param tense        the tense of its verb group ({@code NONE} for nouns)
 * @param aspect       the aspect of its verb group
 * @param polarity     {@code NEG} when negated ("did not attend")
 * @param modality     the word that makes it less than a fact ("may", "would", "plans", "if"), if any
 * @param sentence     the index of its sentence in the article (from 0)
 * @param sentenceStart first char of its sentence
 * @param sentenceEnd  end (exclusive) of its sentence
 * @param participants the named entities its clause names, as written ("Angela Merkel", "Lisbon")
 */
public record EventMention(int start, int end, String text, String lemma, Pos pos, EventClass eventClass, Tense tense,
                           Aspect aspect, Polarity polarity, Optional<String> modality, int sentence, int sentenceStart,
                           int sentenceEnd, List<String> participants) {

    /** Word classes that can name an event. */
    public enum Pos { VERB, NOUN, ADJECTIVE, OTHER }

    /** TimeML event classes. */
    public enum EventClass { OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL, PERCEPTION }

    /** TimeML tenses (of the verb group; {@code NONE} for nouns and adjectives). */
    public enum Tense { PAST, PRESENT, FUTURE, INFINITIVE, PRESPART, PASTPART, NONE }

    /** TimeML aspects. */
    public enum Aspect { NONE, PROGRESSIVE, PERFECTIVE, PERFECTIVE_PROGRESSIVE }

    /** Whether the event is asserted or denied. */
    public enum Polarity { POS, NEG }

    public EventMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(eventClass, "eventClass");
        Objects.requireNonNull(tense, "tense");
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(modality, "modality");
        participants = List.copyOf(participants);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Whether the text tells it as a fact: not negated, not hypothetical, not to come. */
    public boolean factual() {
        return polarity == Polarity.POS && modality.isEmpty() && tense != Tense.FUTURE;
    }

    /** This mention with another modality. */
    public EventMention withModality(Optional<String> newModality) {
        return new EventMention(start, end, text, lemma, pos, eventClass, tense, aspect, polarity, newModality, sentence,
                sentenceStart, sentenceEnd, participants);
    }

    /** This mention with other participants. */
    public EventMention withParticipants(List<String> names) {
        return new EventMention(start, end, text, lemma, pos, eventClass, tense, aspect, polarity, modality, sentence,
                sentenceStart, sentenceEnd, names);
    }
}
