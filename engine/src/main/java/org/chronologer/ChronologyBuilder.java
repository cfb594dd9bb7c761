package org.chronologer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.chronologer.date.ArticleLinks;
import org.chronologer.date.DateInference;
import org.chronologer.date.DatedArticle;
import org.chronologer.episode.CorpusWords;
import org.chronologer.episode.Episode;
import org.chronologer.episode.EpisodeFinder;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.link.Event;
import org.chronologer.link.EventExtractor;
import org.chronologer.link.EventMerger;
import org.chronologer.order.Conflict;
import org.chronologer.order.OrderingGraph;
import org.chronologer.read.Article;
import org.chronologer.read.InputProblem;

/**
 * The whole flow over a corpus: date the articles together, extract and merge their events, order them, find
 * the episodes. Holds a {@link MentionExtractor}; not thread-safe.
 */
public final class ChronologyBuilder {

    private final DateInference inference;

    /** A builder over the given extractor and knowledge base. */
    public ChronologyBuilder(MentionExtractor extractor, KnowledgeBase knowledge) {
        this.inference = new DateInference(Objects.requireNonNull(extractor, "extractor"), Objects.requireNonNull(knowledge, "knowledge"));
    }

    /** A builder that tags and dates on the workers' threads (the result does not depend on their number). */
    public ChronologyBuilder(Workers workers, KnowledgeBase knowledge) {
        this.inference = new DateInference(Objects.requireNonNull(workers, "workers"), Objects.requireNonNull(knowledge, "knowledge"));
    }

    /**
     * The chronology of the articles; read problems are carried into its {@code errors}. Once the texts are tagged,
     * nothing refers to them any more: merging, ordering and episode finding work on what tagging drew from them
     * (events, dates, word ids, links), and the chronology keeps no text.
     */
    public Chronology build(List<Article> articles, List<InputProblem> problems) {
        return order(tag(articles, problems));
    }

    /** What the later stages need of a dated corpus, its texts left behind. */
    private record Tagged(List<Chronology.Entry> articles, List<Event> tellings, CorpusWords words, ArticleLinks links,
                          List<Conflict> declaredConflicts, List<InputProblem> errors) {
    }

    /** Dates the articles together and draws from their texts all that the later stages need. */
    private Tagged tag(List<Article> articles, List<InputProblem> problems) {
        DateInference.LinkedCorpus corpus = inference.dateCorpusLinked(articles);
        List<DatedArticle> dated = corpus.articles();
        List<Event> tellings = new ArrayList<>();
        for (DatedArticle a : dated) {
            tellings.addAll(EventExtractor.extract(a));
        }
        CorpusWords words = CorpusWords.of(dated.stream().map(a -> a.article().text()).toList());
        List<Conflict> declaredConflicts = new ArrayList<>();
        for (DatedArticle a : dated) {
            a.published().declared().filter(d -> !a.published().contains(d)).ifPresent(d -> declaredConflicts.add(new Conflict(
                    "article " + a.article().id() + " declares " + d + " but its text implies " + a.published().earliest() + ".."
                            + a.published().latest(), List.of(a.article().source()))));
        }
        List<InputProblem> errors = new ArrayList<>(problems);
        for (DatedArticle a : dated) {
            a.problems().forEach(p -> errors.add(InputProblem.warning(a.article().source(), p)));
        }
        return new Tagged(dated.stream().map(Chronology.Entry::of).toList(), tellings, words, corpus.links(), declaredConflicts, errors);
    }

    /** Merges and orders the events and finds the episodes. */
    private static Chronology order(Tagged t) {
        EventMerger.Result merged = EventMerger.merge(t.tellings());
        List<OrderingGraph.Node> nodes = new ArrayList<>();
        for (Event e : merged.events()) {
            nodes.add(new OrderingGraph.Node(e.id(), e.earliest(), e.latest()));
        }
        for (Chronology.Entry a : t.articles()) {
            nodes.add(new OrderingGraph.Node("article:" + a.id(), a.published().best(), a.published().best()));
        }
        OrderingGraph graph = OrderingGraph.of(nodes);
        List<EpisodeFinder.Member> members = t.articles().stream().map(a -> new EpisodeFinder.Member(a.id(), a.published().best())).toList();
        List<Episode> episodes = EpisodeFinder.find(members, t.words(), t.links());
        Map<String, String> episodeOf = new TreeMap<>();
        for (Episode e : episodes) {
            e.articles().forEach(a -> episodeOf.put(a, e.id()));
        }
        List<Conflict> conflicts = new ArrayList<>(merged.conflicts());
        conflicts.addAll(graph.conflicts());
        conflicts.addAll(t.declaredConflicts());
        return new Chronology(t.articles(), episodes, merged.events(), graph.relations(), conflicts, t.errors(), episodeOf);
    }

    /** The episode of an event: that of most of its articles (the first such on a tie). */
    public static String episodeOf(Event e, Map<String, String> episodeOfArticle) {
        Map<String, Integer> votes = new HashMap<>();
        String best = null;
        for (String a : e.articles()) {
            String ep = episodeOfArticle.get(a);
            if (ep == null) {
                continue;
            }
            int v = votes.merge(ep, 1, Integer::sum);
            if (best == null || v > votes.get(best)) {
                best = ep;
            }
        }
        return best;
    }
}
