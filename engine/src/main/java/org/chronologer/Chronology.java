package org.chronologer;

import java.util.List;
import java.util.Objects;
import org.chronologer.date.DatedArticle;
import org.chronologer.episode.Episode;
import org.chronologer.link.Event;
import org.chronologer.order.Conflict;
import org.chronologer.order.Relation;
import org.chronologer.read.InputProblem;

/**
 * What a corpus tells, put in order: its dated articles, the episodes it mixes, its events in chronological
 * order, the relations between them, the conflicts found and the inputs that could not be read.
 */
public record Chronology(List<DatedArticle> articles, List<Episode> episodes, List<Event> events,
                         List<Relation> relations, List<Conflict> conflicts, List<InputProblem> errors,
                         java.util.Map<String, String> episodeOfArticle) {

    public Chronology {
        articles = List.copyOf(articles);
        episodes = List.copyOf(episodes);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
        conflicts = List.copyOf(conflicts);
        errors = List.copyOf(errors);
        episodeOfArticle = java.util.Map.copyOf(Objects.requireNonNull(episodeOfArticle, "episodeOfArticle"));
    }
}
