package org.chronologer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.chronologer.corpus.ArticleLinks;
import org.chronologer.corpus.CorpusWords;
import org.chronologer.episode.EpisodeFinder;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.event.EventTaggers;
import org.chronologer.link.EventAnchorer;
import org.chronologer.link.EventMerger;
import org.chronologer.model.Chronology;
import org.chronologer.model.Conflict;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.Episode;
import org.chronologer.model.Event;
import org.chronologer.model.EventMention;
import org.chronologer.model.NodeRef;
import org.chronologer.model.Relation;
import org.chronologer.order.OrderingGraph;
import org.chronologer.read.Article;
import org.chronologer.read.InputProblem;

/**
 * The whole flow over a corpus, each stage called in turn: extract and date the articles ({@link ArticleDater}), find
 * their events (link), find the episodes, merge and order the events of each (order), and hand over a {@link Chronology} for the
 * writers. Holds the dater's workers; one build at a time.
 */
public final class ChronologyBuilder {

    private final ArticleDater dater;
    private final EventTaggers taggers;

    /** A builder over the given extractor and knowledge base, on the caller's thread. */
    public ChronologyBuilder(MentionExtractor extractor, KnowledgeBase knowledge) {
        this(new ArticleDater(Objects.requireNonNull(extractor, "extractor"), Objects.requireNonNull(knowledge, "knowledge")));
    }

    /** A builder that tags and dates on the workers' threads (the result does not depend on their number). */
    public ChronologyBuilder(Workers workers, KnowledgeBase knowledge) {
        this(new ArticleDater(Objects.requireNonNull(workers, "workers"), Objects.requireNonNull(knowledge, "knowledge")));
    }

    /** A builder over the given dater. */
    public ChronologyBuilder(ArticleDater dater) {
        this.dater = Objects.requireNonNull(dater, "dater");
        this.taggers = new EventTaggers(dater.workers().threads());
    }

    /**
     * The chronology of the articles; read problems are carried into its {@code errors}. Once the texts are dated and
     * their events found, nothing refers to them any more: merging, ordering and episode finding work on what was
     * drawn from them (events, dates, word ids, links), and the chronology keeps no text.
     */
    public Chronology build(List<Article> articles, List<InputProblem> problems) {
        return build(articles, problems, ProgressListener.NONE);
    }

    /** The chronology of the articles, with nothing to report about their reading. */
    public Chronology build(List<Article> articles) {
        return build(articles, List.of(), ProgressListener.NONE);
    }

    /**
     * The chronology of the articles, telling {@code progress} of each article tagged, dated and linked, and of the
     * ordering; read problems are carried into its {@code errors}.
     */
    public Chronology build(List<Article> articles, List<InputProblem> problems, ProgressListener progress) {
        Objects.requireNonNull(progress, "progress");
        ArticleDater.DatedCorpus corpus = dater.withProgress(progress).dateCorpus(articles);
        // the event mentions of each article, on the workers' threads, each with its own taggers
        List<List<EventMention>> mentions = dater.workers().map(corpus.articles(), a -> taggers.with(t -> t.events(a.article().text())));
        Told told = told(corpus, mentions, problems, progress);
        Chronology c = order(told, dater.model().siblingLink());
        progress.advanced(ProgressListener.Stage.ORDERING, 1, 1);
        return c;
    }

    /** What the later stages need of a dated corpus, its texts left behind. */
    private record Told(List<Chronology.Entry> articles, List<EventAnchorer.Told> tellings, Map<String, LocalDate> publication,
                        CorpusWords words, ArticleLinks links, List<Conflict> declaredConflicts, List<InputProblem> errors) {
    }

    /** The events each dated article tells, placed in time, and what else the later stages need of the texts. */
    private static Told told(ArticleDater.DatedCorpus corpus, List<List<EventMention>> mentions, List<InputProblem> problems,
                             ProgressListener progress) {
        List<DatedArticle> dated = corpus.articles();
        List<EventAnchorer.Told> tellings = new ArrayList<>();
        Map<String, LocalDate> publication = new TreeMap<>();
        for (int i = 0; i < dated.size(); i++) {
            DatedArticle a = dated.get(i);
            tellings.add(EventAnchorer.anchor(a, mentions.get(i)));
            publication.put(a.article().id(), a.article().declared().orElse(a.published().best()));
            progress.advanced(ProgressListener.Stage.LINKING, i + 1, dated.size());
        }
        CorpusWords words = CorpusWords.of(dated.stream().map(a -> a.article().text()).toList());
        List<Conflict> declaredConflicts = new ArrayList<>();
        for (DatedArticle a : dated) {
            declaredConflict(a).ifPresent(declaredConflicts::add);
        }
        List<InputProblem> errors = new ArrayList<>(problems);
        errors.addAll(corpus.failures());
        for (DatedArticle a : dated) {
            a.problems().forEach(p -> errors.add(InputProblem.warning(a.article().source(), p)));
        }
        return new Told(dated.stream().map(Chronology.Entry::of).toList(), tellings, publication, words, corpus.links(),
                declaredConflicts, errors);
    }

    /**
     * The events of one episode ordered: its merged events ({@link EventMerger#merge}, numbered in the corpus's sequence,
     * {@link EventMerger.Result#renumbered}), each article's publication day (declared, else its best day); the events,
     * the relations of the episode's ordering graph (nodes: its events and the publication moments of the articles of
     * {@code publication}), and the conflicts merging and ordering found, in that order. Events of different episodes
     * are never merged nor related: an episode is a story of its own (articles linked by what they tell, published
     * close together), so what one tells says nothing of another's events, and each episode is merged and ordered on its
     * own (on Spark, one task an episode).
     */
    public static Ordered order(EventMerger.Result merged, Map<String, LocalDate> publication) {
        List<OrderingGraph.Node> nodes = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        for (Event e : merged.events()) {
            if (e.when().isPresent()) {
                nodes.add(new OrderingGraph.Node(e.id(), e.when().get().earliest(), e.when().get().latest()));
            } else {
                undated.add(e.id());
            }
        }
        for (Map.Entry<String, LocalDate> a : publication.entrySet()) {
            nodes.add(new OrderingGraph.Node(NodeRef.publication(a.getKey()).key(), a.getValue(), a.getValue()));
        }
        OrderingGraph graph = OrderingGraph.of(nodes, undated, merged.relations());
        List<Conflict> conflicts = new ArrayList<>(merged.conflicts());
        conflicts.addAll(graph.conflicts());
        return new Ordered(merged.events(), graph.relations(), conflicts);
    }

    /** An event of one episode's merge, where it sits in the chronology: what numbers the events of all episodes. */
    public record Placed(EventMerger.Place place, int episode, int index) implements Comparable<Placed> {
        @Override
        public int compareTo(Placed o) {
            int c = place.compareTo(o.place);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(episode, o.episode);
            return c != 0 ? c : Integer.compare(index, o.index);
        }
    }

    /**
     * The events of a corpus merged and ordered episode by episode: each episode's tellings merged
     * ({@link EventMerger#merge}), the events of all episodes numbered e1, e2, ... in chronological order (by
     * {@link Placed}), then each episode ordered ({@link #order(EventMerger.Result, Map)}); the events in chronological
     * order, the relations and conflicts episode after episode.
     *
     * @param articles    the ids of the articles, in input order
     * @param told        what anchoring drew from each article, in the same order
     * @param publication the publication day of every article
     * @param episodes    the episodes, in order; every article is in one
     */
    public static Ordered orderByEpisode(List<String> articles, List<EventAnchorer.Told> told, Map<String, LocalDate> publication,
                                         List<Episode> episodes) {
        if (articles.size() != told.size()) {
            throw new IllegalArgumentException(articles.size() + " articles, " + told.size() + " tellings");
        }
        Map<String, Integer> episodeOf = new HashMap<>();
        for (int k = 0; k < episodes.size(); k++) {
            for (String a : episodes.get(k).articles()) {
                episodeOf.put(a, k);
            }
        }
        List<List<EventAnchorer.Told>> toldOf = new ArrayList<>();
        List<Map<String, LocalDate>> publicationOf = new ArrayList<>();
        for (int k = 0; k < episodes.size(); k++) {
            toldOf.add(new ArrayList<>());
            publicationOf.add(new TreeMap<>());
        }
        for (int i = 0; i < articles.size(); i++) {
            Integer k = episodeOf.get(articles.get(i));
            if (k == null) {
                throw new IllegalArgumentException("article " + articles.get(i) + " is in no episode");
            }
            toldOf.get(k).add(told.get(i));
            publicationOf.get(k).put(articles.get(i), publication.get(articles.get(i)));
        }
        List<EventMerger.Result> merged = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        int[][] numbers = new int[episodes.size()][];
        for (int k = 0; k < episodes.size(); k++) {
            EventMerger.Result m = EventMerger.merge(toldOf.get(k), publicationOf.get(k));
            merged.add(m);
            numbers[k] = new int[m.events().size()];
            for (int i = 0; i < m.places().size(); i++) {
                placed.add(new Placed(m.places().get(i), k, i));
            }
        }
        placed.sort(null);
        for (int n = 0; n < placed.size(); n++) {
            numbers[placed.get(n).episode()][placed.get(n).index()] = n + 1;
        }
        Event[] events = new Event[placed.size()];
        List<Relation> relations = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (int k = 0; k < episodes.size(); k++) {
            Ordered o = order(merged.get(k).renumbered(numbers[k]), publicationOf.get(k));
            for (int i = 0; i < o.events().size(); i++) {
                events[numbers[k][i] - 1] = o.events().get(i);
            }
            relations.addAll(o.relations());
            conflicts.addAll(o.conflicts());
        }
        return new Ordered(List.of(events), relations, conflicts);
    }

    /** The events merged and ordered ({@link #order(EventMerger.Result, Map)}). */
    public record Ordered(List<Event> events, List<Relation> relations, List<Conflict> conflicts) {
        public Ordered {
            events = List.copyOf(events);
            relations = List.copyOf(relations);
            conflicts = List.copyOf(conflicts);
        }
    }

    /** The conflict of an article whose declared date its text does not allow, if it has one. */
    public static java.util.Optional<Conflict> declaredConflict(DatedArticle a) {
        return a.published().declared().filter(d -> !a.published().plausible(d)).map(d -> new Conflict(
                "article " + a.article().id() + " declares " + d + " but its text allows only " + a.published().plausibleEarliest()
                        + ".." + a.published().plausibleLatest(), List.of(a.article().source())));
    }

    /**
     * Finds the episodes, joining articles linked at least {@code sameHappening} (the dating model's sibling link), then
     * merges and orders the events of each.
     */
    private static Chronology order(Told t, double sameHappening) {
        List<EpisodeFinder.Member> members = t.articles().stream()
                .map(a -> EpisodeFinder.Member.of(a.id(), a.published())).toList();
        List<Episode> episodes = EpisodeFinder.find(members, t.words(), t.links(), sameHappening);
        Ordered ordered = orderByEpisode(t.articles().stream().map(Chronology.Entry::id).toList(), t.tellings(), t.publication(), episodes);
        Map<String, String> episodeOfArticle = new TreeMap<>();
        for (Episode e : episodes) {
            e.articles().forEach(a -> episodeOfArticle.put(a, e.id()));
        }
        Map<String, String> episodeOfEvent = new TreeMap<>();
        for (Event e : ordered.events()) {
            EpisodeFinder.episodeOf(e, episodeOfArticle).ifPresent(ep -> episodeOfEvent.put(e.id(), ep));
        }
        List<Conflict> conflicts = new ArrayList<>(ordered.conflicts());
        conflicts.addAll(t.declaredConflicts());
        return new Chronology(t.articles(), episodes, ordered.events(), ordered.relations(), conflicts, t.errors(), episodeOfArticle,
                episodeOfEvent);
    }
}
