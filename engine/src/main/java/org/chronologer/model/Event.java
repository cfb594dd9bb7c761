package org.chronologer.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Something that happened or holds, as the corpus tells it: an event mention ("arrived", "the talks") with its
 * clause, when it happened if anything places it on the calendar, how it was placed, and every article that tells
 * it.
 *
 * @param id           stable id ("e1", "e2", ... in chronological order)
 * @param text         the clause, short
 * @param sentence     the whole sentence it comes from (in the first article that tells it)
 * @param mention      the first telling's event mention: lemma, class, tense, aspect, polarity, modality, participants
 * @param when         when it happened (TIMEX3 value, interval, granularity, modifier), when a time expression, the
 *                     publication day or another telling gives one
 * @param anchor       how it was placed
 * @param participants the names the tellings' clauses give, without repeats
 * @param sources      where it is told: article id, offsets of the event word, the word
 */
public record Event(String id, String text, String sentence, EventMention mention, Optional<When> when, Anchor anchor,
                    List<String> participants, List<Source> sources) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(anchor, "anchor");
        participants = List.copyOf(participants);
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("an event is told somewhere");
        }
    }

    /**
     * How an event was placed in time.
     *
     * @param kind    what placed it
     * @param target  the node it was placed against: the article whose time expression dates it (DATED), the article
     *                whose publication it is placed against (PUBLICATION), the event id (RELATIVE, once ids are
     *                given), the article that dates it (ELSEWHERE); empty for NONE
     * @param mention for DATED and ELSEWHERE, the start of the dating time expression in the target article's text
     */
    public record Anchor(Kind kind, String target, OptionalInt mention) {
        /** What placed an event. */
        public enum Kind {
            /** a time expression that governs it in its clause */
            DATED,
            /** the publication moment, through tense and aspect */
            PUBLICATION,
            /** another event, through a connective ("after the meeting", "then", "two days later") */
            RELATIVE,
            /** the same event told, and dated, in another article */
            ELSEWHERE,
            /** nothing: it joins the chronology through its relations only, if any */
            NONE
        }

        public Anchor {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(mention, "mention");
        }

        /** No anchor. */
        public static Anchor none() {
            return new Anchor(Kind.NONE, "", OptionalInt.empty());
        }

        /** Dated by the time expression starting at {@code mentionStart} in the article's text. */
        public static Anchor dated(String article, int mentionStart) {
            return new Anchor(Kind.DATED, article, OptionalInt.of(mentionStart));
        }

        /** Placed against an article's publication moment. */
        public static Anchor publication(String article) {
            return new Anchor(Kind.PUBLICATION, article, OptionalInt.empty());
        }

        /** Placed against another event (its id). */
        public static Anchor relative(String event) {
            return new Anchor(Kind.RELATIVE, event, OptionalInt.empty());
        }

        /** Dated by another article's telling of the same event (and the time expression there, if one dates it). */
        public static Anchor elsewhere(String article, OptionalInt mentionStart) {
            return new Anchor(Kind.ELSEWHERE, article, mentionStart);
        }

        /** This anchor against another target (an event's new id). */
        public Anchor withTarget(String newTarget) {
            return new Anchor(kind, newTarget, mention);
        }

        /** How the chronology says it: "dated", "publication", "relative to e3", "told elsewhere", "none". */
        public String describe() {
            return switch (kind) {
                case DATED -> "dated";
                case PUBLICATION -> "publication";
                case RELATIVE -> "relative to " + target;
                case ELSEWHERE -> "told elsewhere";
                case NONE -> "none";
            };
        }
    }

    /**
     * One telling of an event.
     *
     * @param article the article that tells it
     * @param start   the first char of the event word in the article's text
     * @param end     its end (exclusive)
     * @param mention the event word as written
     * @param dating  the start of the time expression that dates this telling, if one does
     */
    public record Source(String article, int start, int end, String mention, OptionalInt dating) {
        public Source {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(mention, "mention");
            Objects.requireNonNull(dating, "dating");
        }

        /** A telling no time expression dates. */
        public Source(String article, int start, int end, String mention) {
            this(article, start, end, mention, OptionalInt.empty());
        }
    }

    /** The ids of the articles that tell it, in order of first appearance, without repeats. */
    public List<String> articles() {
        return sources.stream().map(Source::article).distinct().toList();
    }

    /** The first day of its time, if it has one. */
    public Optional<LocalDate> earliest() {
        return when.map(When::earliest);
    }

    /** The last day of its time, if it has one. */
    public Optional<LocalDate> latest() {
        return when.map(When::latest);
    }

    /** Whether it is told as a fact (not negated, not hypothetical, not to come). */
    public boolean factual() {
        return mention.factual();
    }

    /** This event with another id. */
    public Event withId(String newId) {
        return new Event(newId, text, sentence, mention, when, anchor, participants, sources);
    }

    /** This event placed otherwise. */
    public Event withWhen(Optional<When> newWhen, Anchor newAnchor) {
        return new Event(id, text, sentence, mention, newWhen, newAnchor, participants, sources);
    }

    /** This event told by the other's sources too (and naming its participants). */
    public Event mergedWith(Event other) {
        List<Source> s = new ArrayList<>(sources);
        s.addAll(other.sources);
        LinkedHashSet<String> names = new LinkedHashSet<>(participants);
        names.addAll(other.participants);
        return new Event(id, text, sentence, mention, when, anchor, List.copyOf(names), s);
    }
}
