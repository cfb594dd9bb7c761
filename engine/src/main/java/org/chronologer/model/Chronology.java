package org.chronologer.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.chronologer.extract.Mention;
import org.chronologer.model.Conflict;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.Episode;
import org.chronologer.model.Event;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.model.Relation;
import org.chronologer.read.Article;
import org.chronologer.read.InputProblem;
import org.chronologer.read.html.PageDate;

/**
 * What a corpus tells, put in order: its dated articles, the episodes it mixes, its events in chronological
 * order, the relations between them, the conflicts found and the inputs that could not be read. It keeps no
 * article text: once the texts are tagged, what remains is what the graph and the reports need. Each article and
 * event belongs to the episode these maps name (an event to that of most of its articles).
 */
public record Chronology(List<Entry> articles, List<Episode> episodes, List<Event> events,
                         List<Relation> relations, List<Conflict> conflicts, List<InputProblem> errors,
                         Map<String, String> episodeOfArticle, Map<String, String> episodeOfEvent) {

    public Chronology {
        articles = List.copyOf(articles);
        episodes = List.copyOf(episodes);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
        conflicts = List.copyOf(conflicts);
        errors = List.copyOf(errors);
        episodeOfArticle = Map.copyOf(Objects.requireNonNull(episodeOfArticle, "episodeOfArticle"));
        episodeOfEvent = Map.copyOf(Objects.requireNonNull(episodeOfEvent, "episodeOfEvent"));
    }

    /**
     * One article as a chronology keeps it: everything but its text.
     *
     * @param id        the article's id
     * @param title     its title, when the input carried one
     * @param source    where it came from
     * @param published when it was written, as far as the corpus tells
     * @param mentions  its mentions, resolved (offsets into the text it was read from)
     * @param declaredFrom where its web page stated the declared date ({@link Article#declaredFrom()})
     * @param pageConflict the published day its page's metadata states against the day the article shows ({@link Article#pageConflict()})
     */
    public record Entry(String id, Optional<String> title, String source, PublicationEstimate published, List<Mention> mentions,
                        Optional<PageDate> declaredFrom, Optional<PageDate> pageConflict) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(published, "published");
            mentions = List.copyOf(mentions);
            Objects.requireNonNull(declaredFrom, "declaredFrom");
            Objects.requireNonNull(pageConflict, "pageConflict");
        }

        /** An entry of an article that was not read from a web page. */
        public Entry(String id, Optional<String> title, String source, PublicationEstimate published, List<Mention> mentions) {
            this(id, title, source, published, mentions, Optional.empty(), Optional.empty());
        }

        /** The entry of a dated article (its text left behind). */
        public static Entry of(DatedArticle a) {
            return new Entry(a.article().id(), a.article().title(), a.article().source(), a.published(), a.mentions(),
                    a.article().declaredFrom(), a.article().pageConflict());
        }
    }
}
