package org.chronologer.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something that happened, as the corpus tells it: the clause a temporal mention dates ("the minister arrived in
 * Paris" ← "on Tuesday"), when it happened, and every article that tells it.
 *
 * @param id       stable id ("e1", "e2", ... in chronological order)
 * @param text     the clause, short
 * @param sentence the whole sentence it comes from (in the first article that tells it)
 * @param when     when it happened: the resolved TIMEX3 value, its interval, granularity and modifier
 * @param sources  where it is told: article id, offsets of the mention
 */
public record Event(String id, String text, String sentence, When when, List<Source> sources) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(when, "when");
        sources = List.copyOf(sources);
    }

    /** An event whose time is given by its TIMEX3 value and interval (granularity from the value, no modifier). */
    public Event(String id, String text, String sentence, String value, LocalDate earliest, LocalDate latest, List<Source> sources) {
        this(id, text, sentence, When.of(value, earliest, latest), sources);
    }

    /** The first day of its time. */
    public LocalDate earliest() {
        return when.earliest();
    }

    /** The last day of its time. */
    public LocalDate latest() {
        return when.latest();
    }

    /** One telling of an event: the article, and the mention that dates it (offsets into the article's text). */
    public record Source(String article, int start, int end, String mention) {
    }

    /** The ids of the articles that tell it, in order of first appearance, without repeats. */
    public List<String> articles() {
        return sources.stream().map(Source::article).distinct().toList();
    }

    /** This event with another id. */
    public Event withId(String newId) {
        return new Event(newId, text, sentence, when, sources);
    }
}
