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
 * @param when     the resolved TIMEX3 value of its time
 * @param earliest first day of its time
 * @param latest   last day of its time
 * @param sources  where it is told: article id, offsets of the mention
 */
public record Event(String id, String text, String sentence, String when, LocalDate earliest, LocalDate latest,
                    List<Source> sources) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        sources = List.copyOf(sources);
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("latest before earliest: " + earliest + ".." + latest);
        }
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
        return new Event(newId, text, sentence, when, earliest, latest, sources);
    }
}
