package org.chronologer;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * their events (link), merge and order them (order), find the episodes, and hand over a {@link Chronology} for the
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
        Chronology c = order(told);
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
     * The events of a corpus merged and ordered: what the articles told, each article's publication day (declared, else
     * its best day); the merged events, the relations of the ordering graph (nodes: the events and the publication
     * moments of the articles of {@code publication}), and the conflicts merging and ordering found, in that order.
     *
     * @param told        what anchoring drew from each article, in input order
     * @param publication the publication day of every article
     */
    public static Ordered order(List<EventAnchorer.Told> told, Map<String, LocalDate> publication) {
        EventMerger.Result merged = EventMerger.merge(told, publication);
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

    /** The events merged and ordered ({@link #order(List, Map)}). */
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

    /** Merges and orders the events and finds the episodes. */
    private static Chronology order(Told t) {
        Ordered ordered = order(t.tellings(), t.publication());
        List<EpisodeFinder.Member> members = t.articles().stream()
                .map(a -> new EpisodeFinder.Member(a.id(), a.published().best(), a.published().earliest(), a.published().latest())).toList();
        List<Episode> episodes = EpisodeFinder.find(members, t.words(), t.links());
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
