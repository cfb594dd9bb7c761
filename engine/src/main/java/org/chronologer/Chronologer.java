package org.chronologer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Chronology;
import org.chronologer.model.DateCheck;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.model.TemporalExpression;
import org.chronologer.read.Article;

/**
 * The engine for Java users, in one object: when was a text written ({@link #date}), what are its temporal
 * expressions ({@link #mentions}), what does a corpus tell and in what order ({@link #timeline}), and do declared
 * dates agree with the texts ({@link #check}).
 *
 * <pre>{@code
 * try (Chronologer chronologer = Chronologer.create()) {
 *     PublicationEstimate when = chronologer.date(text);          // best day, window, confidence, evidence
 *     Chronology timeline = chronologer.timeline(List.of(Article.of("a1", text), Article.of("a2", other)));
 * }
 * }</pre>
 *
 * <p>Build one and keep it: it holds a pool of taggers (HeidelTime takes seconds to start, once per worker thread, on
 * first use). It is safe to share across threads: every call runs on its worker threads, each with its own taggers,
 * and a call waits while all of them are busy. Results do not depend on the number of threads. Close it to release
 * the taggers and threads.
 */
public final class Chronologer implements AutoCloseable {

    private final Workers workers;
    private final KnowledgeBase knowledge;
    private final ArticleDater dater;

    private Chronologer(int threads, KnowledgeBase knowledge, java.time.Duration articleTimeout) {
        this.workers = Workers.of(threads, MentionExtractor::new);
        this.knowledge = knowledge;
        this.dater = new ArticleDater(workers, knowledge).withArticleTimeout(articleTimeout);
    }

    /** An engine with one worker thread per core and the default knowledge base. */
    public static Chronologer create() {
        return builder().build();
    }

    /** A builder, to choose the number of threads or add a knowledge base. */
    public static Builder builder() {
        return new Builder();
    }

    /** Chooses how a {@link Chronologer} is built. */
    public static final class Builder {
        private int threads = Workers.cores();
        private KnowledgeBase knowledge;
        private java.time.Duration articleTimeout = ArticleDater.DEFAULT_ARTICLE_TIMEOUT;

        private Builder() {
        }

        /**
         * The number of worker threads, each with its own taggers (default: one per core).
         *
         * @throws IllegalArgumentException if {@code threads} is below 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * The time one article may take (default {@link ArticleDater#DEFAULT_ARTICLE_TIMEOUT}); an article over it fails,
         * and is left out and reported while the others go on.
         *
         * @throws IllegalArgumentException if {@code timeout} is not positive
         */
        public Builder articleTimeout(java.time.Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the article time budget must be positive, not " + timeout);
            }
            this.articleTimeout = timeout;
            return this;
        }

        /** A knowledge base of dated events to use instead of the default one. */
        public Builder knowledge(KnowledgeBase knowledge) {
            this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
            return this;
        }

        /**
         * The default knowledge base extended (and overridden, id by id) by a file of the same schema.
         *
         * @throws UncheckedIOException if the file cannot be read or is not a knowledge base
         */
        public Builder knowledge(Path file) {
            try {
                this.knowledge = KnowledgeBase.defaultsWith(Objects.requireNonNull(file, "file"));
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            }
            return this;
        }

        /** The engine. Cheap: the taggers start on first use. */
        public Chronologer build() {
            return new Chronologer(threads, knowledge != null ? knowledge : KnowledgeBase.defaults(), articleTimeout);
        }
    }

    /**
     * When a text was written, from the text alone: best day, window, confidence and evidence.
     *
     * @throws ArticleDater.ArticleFailed if the text fails in a stage or takes longer than the article time budget
     */
    public PublicationEstimate date(String text) {
        return dater.dateAlone(Article.of("text", Objects.requireNonNull(text, "text"))).published();
    }

    /**
     * When one article was written, on its own evidence (its declared date, if any, counts as evidence), with its
     * expressions resolved against that date.
     *
     * @throws ArticleDater.ArticleFailed if the article fails in a stage or takes longer than the article time budget
     */
    public DatedArticle date(Article article) {
        return dater.dateAlone(Objects.requireNonNull(article, "article"));
    }

    /**
     * When each article was written, the articles dated together: articles that tell the same happening share their
     * evidence. An article's declared date counts as evidence (see {@link #check} to test it instead). In input order.
     * An article that fails is left out; {@link #dateCorpus} says which and why.
     */
    public List<DatedArticle> date(List<Article> articles) {
        return dateCorpus(articles).articles();
    }

    /**
     * {@link #date(List)} with the articles that failed (an exception in one of their stages, or over the article time
     * budget), each reported with its source, id, stage and reason; the others are dated as if they had not been there.
     */
    public ArticleDater.DatedCorpus dateCorpus(List<Article> articles) {
        return dater.dateCorpus(List.copyOf(articles));
    }

    /**
     * The temporal expressions of a text published on {@code published}, in text order, each with its TIMEX3 value and,
     * when it names a calendar interval, that interval and its granularity.
     */
    public List<TemporalExpression> mentions(String text, LocalDate published) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        MentionExtractor.Result r = workers.withExtractor(e -> e.extract(text, Optional.of(published)));
        return r.mentions().stream().map(TemporalExpression::of).toList();
    }

    /** What a corpus tells, put in order: its dated articles, episodes, ordered events, relations and conflicts. */
    public Chronology timeline(List<Article> articles) {
        return timeline(articles, ProgressListener.NONE);
    }

    /** {@link #timeline(List)}, telling {@code progress} how the run advances. */
    public Chronology timeline(List<Article> articles, ProgressListener progress) {
        return new ChronologyBuilder(dater).build(List.copyOf(articles), List.of(), progress);
    }

    /** Whether a text agrees with the date it claims ({@code declared}). */
    public DateCheck check(String text, LocalDate declared) {
        return check(List.of(Article.of("text", text).withDeclared(declared))).get(0);
    }

    /**
     * Whether each article's text agrees with its declared date. The texts speak alone: declared dates are left out
     * of the evidence (and of what articles share), then compared with the windows the texts imply. In input order.
     */
    public List<DateCheck> check(List<Article> articles) {
        return check(articles, ProgressListener.NONE);
    }

    /** {@link #check(List)}, telling {@code progress} how the run advances. */
    public List<DateCheck> check(List<Article> articles, ProgressListener progress) {
        List<Article> undeclared = articles.stream()
                .map(a -> new Article(a.id(), a.title(), a.text(), Optional.empty(), a.source())).toList();
        List<DatedArticle> dated = dater.withProgress(progress).dateCorpus(undeclared).articles();
        // an article that failed is left out (and told to the listener): match the others by their source
        java.util.Map<String, DatedArticle> bySource = new java.util.HashMap<>();
        dated.forEach(d -> bySource.put(d.article().source() + "\u0000" + d.article().id(), d));
        List<DateCheck> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            DatedArticle d = bySource.get(a.source() + "\u0000" + a.id());
            if (d != null) {
                out.add(DateCheck.of(a.id(), a.declared(), d.published()));
            }
        }
        return out;
    }

    /** The knowledge base this engine dates with. */
    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /** Releases the taggers and threads. */
    @Override
    public void close() {
        workers.close();
    }
}
