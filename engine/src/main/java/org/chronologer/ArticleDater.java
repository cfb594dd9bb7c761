package org.chronologer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.chronologer.corpus.ArticleLinks;
import org.chronologer.date.Dating;
import org.chronologer.date.Reading;
import org.chronologer.extract.Extraction;
import org.chronologer.extract.Mention;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.extract.Workers;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.read.Article;
import org.chronologer.resolve.Resolution;
import org.chronologer.resolve.Resolver;

/**
 * Dates articles: the first stages of the flow in turn. Extract (tag, interpret, resolve what needs no date) and read
 * each article's dating evidence on the workers' threads; date the corpus ({@link Dating}, pure); then resolve again
 * what depended on the publication day, re-tagging where a tagger's value did. The result does not depend on the
 * number of threads.
 */
public final class ArticleDater {

    private final Workers workers;
    private final Dating dating;
    private final ProgressListener progress;

    /** Dating on the workers' threads, with the engine's rules over the given knowledge base. */
    public ArticleDater(Workers workers, KnowledgeBase knowledge) {
        this(workers, new Dating(knowledge));
    }

    /** Dating on the workers' threads with the given dating stage. */
    public ArticleDater(Workers workers, Dating dating) {
        this(workers, dating, ProgressListener.NONE);
    }

    private ArticleDater(Workers workers, Dating dating, ProgressListener progress) {
        this.workers = Objects.requireNonNull(workers, "workers");
        this.dating = Objects.requireNonNull(dating, "dating");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** This dater, telling {@code listener} of each article tagged and dated by {@link #dateCorpus}. */
    public ArticleDater withProgress(ProgressListener listener) {
        return new ArticleDater(workers, dating, listener);
    }

    /** Dating on the caller's thread with the given extractor (which the caller keeps and closes). */
    public ArticleDater(MentionExtractor extractor, KnowledgeBase knowledge) {
        this(Workers.single(extractor), knowledge);
    }

    /**
     * A corpus dated together, with how strongly each pair of its articles tells the same happening (the links the
     * dating shared evidence along, which episode finding reuses).
     */
    public record DatedCorpus(List<DatedArticle> articles, ArticleLinks links) {
        public DatedCorpus {
            articles = List.copyOf(articles);
            Objects.requireNonNull(links, "links");
        }
    }

    /**
     * Dates a corpus: each article with its own evidence plus, scaled by similarity, the evidence of articles that
     * tell the same happening and whose own windows agree with its.
     */
    public DatedCorpus dateCorpus(List<Article> articles) {
        int n = articles.size();
        AtomicInteger tagged = new AtomicInteger();
        List<Reading> readings = workers.map(articles, a -> {
            Reading r = read(a);
            progress.advanced(ProgressListener.Stage.TAGGING, tagged.incrementAndGet(), n);
            return r;
        });
        List<PublicationEstimate> alone = workers.map(readings, dating::alone);
        Dating.CorpusEvidence corpus = dating.corpus(readings, alone);
        List<Integer> indices = IntStream.range(0, readings.size()).boxed().toList();
        AtomicInteger datedCount = new AtomicInteger();
        List<DatedArticle> dated = workers.map(indices, i -> {
            DatedArticle d = resolve(readings.get(i), Dating.solve(corpus.evidence().get(i), readings.get(i).article().declared()));
            progress.advanced(ProgressListener.Stage.DATING, datedCount.incrementAndGet(), n);
            return d;
        });
        return new DatedCorpus(dated, corpus.links());
    }

    /** The workers this dater tags on (later per-article passes run on the same threads). */
    Workers workers() {
        return workers;
    }

    /** Dates one article on its own evidence. */
    public DatedArticle dateAlone(Article article) {
        Reading r = read(article);
        return resolve(r, dating.alone(r));
    }

    /** Extracts an article's mentions with no publication date and reads its dating evidence. */
    private Reading read(Article article) {
        Extraction extraction = workers.withExtractor(e -> e.extract(article, Optional.empty()));
        return dating.read(extraction);
    }

    /** Resolves the mentions against the declared date, or the inferred best day, re-tagging when needed. */
    private DatedArticle resolve(Reading r, PublicationEstimate estimate) {
        LocalDate day = r.article().declared().orElse(estimate.best());
        boolean needsTagger = r.mentions().stream().anyMatch(m -> m.symbolic() instanceof SymbolicValue.Unresolvable u
                && u.reason().contains("publication date"));
        List<Mention> mentions;
        List<String> problems = new ArrayList<>(r.extraction().problems());
        if (needsTagger) {
            MentionExtractor.Result again = workers.withExtractor(e -> e.extract(r.article().text(), Optional.of(day)));
            mentions = again.mentions();
            again.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
        } else {
            List<Resolution> resolved = Resolver.resolveAll(r.mentions().stream().map(Mention::symbolic).toList(), Optional.of(day));
            mentions = new ArrayList<>();
            for (int i = 0; i < resolved.size(); i++) {
                mentions.add(r.mentions().get(i).withResolution(resolved.get(i)));
            }
        }
        return new DatedArticle(r.article(), estimate, mentions, problems);
    }
}
