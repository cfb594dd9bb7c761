package org.chronologer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.chronologer.corpus.ArticleLinks;
import org.chronologer.date.Dating;
import org.chronologer.date.DatingModel;
import org.chronologer.date.Reading;
import org.chronologer.extract.Extraction;
import org.chronologer.extract.Mention;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.extract.Workers;
import org.chronologer.interpret.Interpreter;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.Evidence;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.read.Article;
import org.chronologer.read.InputProblem;
import org.chronologer.resolve.Resolution;
import org.chronologer.resolve.Resolver;
import org.chronologer.text.Sentences;
import org.chronologer.text.TimeBudget;

/**
 * Dates articles: the first stages of the flow in turn. Extract (tag, interpret, resolve what needs no date) and read
 * each article's dating evidence on the workers' threads; date the corpus ({@link Dating}, pure); then resolve again
 * what depended on the publication day, tagging again, with that day, the sentences where a tagger's value did. The
 * result does not depend on the number of threads.
 *
 * <p>An article's failure is that article's: an exception while tagging, interpreting, dating or resolving one article,
 * or its work going over the article time budget ({@link #withArticleTimeout}), leaves that article out, reported as a
 * failure with its source, id, stage and reason ({@link DatedCorpus#failures()}), and the others come out as they would
 * without it: its evidence is never shared with them.
 */
public final class ArticleDater {

    /** The default time budget of one article: far more than any news article takes (a 50 KB article takes seconds). */
    public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofMinutes(2);

    private final Workers workers;
    private final Dating dating;
    private final ProgressListener progress;
    private final Duration timeout;

    /** Dating on the workers' threads, with the engine's rules over the given knowledge base. */
    public ArticleDater(Workers workers, KnowledgeBase knowledge) {
        this(workers, new Dating(knowledge));
    }

    /** Dating on the workers' threads with the given dating stage. */
    public ArticleDater(Workers workers, Dating dating) {
        this(workers, dating, ProgressListener.NONE, DEFAULT_ARTICLE_TIMEOUT);
    }

    private ArticleDater(Workers workers, Dating dating, ProgressListener progress, Duration timeout) {
        this.workers = Objects.requireNonNull(workers, "workers");
        this.dating = Objects.requireNonNull(dating, "dating");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** The dating model this dater weighs evidence with. */
    public DatingModel model() {
        return dating.model();
    }

    /** This dater, telling {@code listener} of each article tagged and dated by {@link #dateCorpus}. */
    public ArticleDater withProgress(ProgressListener listener) {
        return new ArticleDater(workers, dating, listener, timeout);
    }

    /**
     * This dater, giving each article at most {@code timeout} for its extraction and reading, and as much again for the
     * resolution of its mentions once dated (default {@link #DEFAULT_ARTICLE_TIMEOUT}); an article over it is a failure.
     *
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public ArticleDater withArticleTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the article time budget must be positive, not " + timeout);
        }
        return new ArticleDater(workers, dating, progress, timeout);
    }

    /** Dating on the caller's thread with the given extractor (which the caller keeps and closes). */
    public ArticleDater(MentionExtractor extractor, KnowledgeBase knowledge) {
        this(Workers.single(extractor), knowledge);
    }

    /**
     * An article that failed: left out of the results, and why. Thrown by the methods that date one article.
     */
    public static final class ArticleFailed extends RuntimeException {
        private final transient InputProblem problem;

        ArticleFailed(Article article, String stage, Throwable cause) {
            super(describe(article, stage, cause), cause, false, false);
            this.problem = new InputProblem(article.source(), getMessage());
        }

        /** The failure as a problem of the input: its source, and the article's id, stage and reason. */
        public InputProblem problem() {
            return problem;
        }

        private static String describe(Article article, String stage, Throwable cause) {
            String why = cause instanceof TimeBudget.Exceeded x
                    ? cause.getMessage() + " (raise it with --article-timeout)"
                    : "failed (" + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
            return "article '" + article.id() + "' " + why + " while " + stage + "; left out";
        }
    }

    /**
     * A corpus dated together, with how strongly each pair of its articles tells the same happening (the links the
     * dating shared evidence along, which episode finding reuses), and the articles that failed.
     *
     * @param articles the articles dated, in input order (those that failed left out)
     * @param links    the links between them (numbered as {@code articles})
     * @param failures one problem per article that failed, in input order
     */
    public record DatedCorpus(List<DatedArticle> articles, ArticleLinks links, List<InputProblem> failures) {
        public DatedCorpus {
            articles = List.copyOf(articles);
            Objects.requireNonNull(links, "links");
            failures = List.copyOf(failures);
        }

        /** A corpus where nothing failed. */
        public DatedCorpus(List<DatedArticle> articles, ArticleLinks links) {
            this(articles, links, List.of());
        }
    }

    /** One article's outcome in a phase: a value, or its failure. */
    private record Outcome<T>(T value, ArticleFailed failure) {
    }

    /**
     * Dates a corpus: each article with its own evidence plus, scaled by similarity, the evidence of articles that
     * tell the same happening and whose own windows agree with its. An article that fails is left out and reported in
     * {@link DatedCorpus#failures()}; the others are dated as if it had not been there.
     */
    public DatedCorpus dateCorpus(List<Article> articles) {
        int n = articles.size();
        AtomicInteger tagged = new AtomicInteger();
        List<Outcome<Reading>> read = workers.map(articles, a -> {
            Outcome<Reading> r = attempt(() -> read(a));
            progress.advanced(ProgressListener.Stage.TAGGING, tagged.incrementAndGet(), n);
            return r;
        });
        List<ArticleFailed> failed = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        for (Outcome<Reading> r : read) {
            if (r.failure() != null) {
                failed.add(r.failure());
            } else {
                readings.add(r.value());
            }
        }
        AtomicInteger datedCount = new AtomicInteger(failed.size());
        while (true) {
            List<Reading> survivors = readings;
            List<Outcome<PublicationEstimate>> aloneOutcomes = workers.map(survivors,
                    r -> attempt(() -> stage(r.article(), "dating", () -> dating.alone(r))));
            if (dropFailed(aloneOutcomes, failed)) {
                readings = keep(survivors, aloneOutcomes);
                continue;
            }
            List<PublicationEstimate> alone = aloneOutcomes.stream().map(Outcome::value).toList();
            Dating.CorpusEvidence corpus = dating.corpus(survivors, alone);
            List<Integer> indices = IntStream.range(0, survivors.size()).boxed().toList();
            List<Outcome<DatedArticle>> dated = workers.map(indices, i -> {
                Reading r = survivors.get(i);
                Outcome<DatedArticle> d = attempt(() -> {
                    PublicationEstimate estimate = stage(r.article(), "dating",
                            () -> dating.estimate(corpus.evidence(i), r.article().declared()));
                    return TimeBudget.within(timeout, r.spent(), () -> stage(r.article(), "resolving its mentions", () -> resolve(r, estimate)));
                });
                progress.advanced(ProgressListener.Stage.DATING, datedCount.incrementAndGet(), n);
                return d;
            });
            if (dropFailed(dated, failed)) {
                // the evidence of an article that failed here was shared: date the others again without it
                readings = keep(survivors, dated);
                datedCount.set(failed.size());
                continue;
            }
            failed.sort(java.util.Comparator.comparingInt(f -> indexOf(articles, f)));
            List<InputProblem> failures = failed.stream().map(ArticleFailed::problem).toList();
            failures.forEach(progress::failed);
            return new DatedCorpus(dated.stream().map(Outcome::value).toList(), corpus.links(), failures);
        }
    }

    /** The workers this dater tags on (later per-article passes run on the same threads). */
    Workers workers() {
        return workers;
    }

    private static int indexOf(List<Article> articles, ArticleFailed f) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).source().equals(f.problem().source())) {
                return i;
            }
        }
        return articles.size();
    }

    /** Adds this phase's failures to {@code failed}; whether there were any. */
    private static <T> boolean dropFailed(List<Outcome<T>> outcomes, List<ArticleFailed> failed) {
        boolean any = false;
        for (Outcome<T> o : outcomes) {
            if (o.failure() != null) {
                failed.add(o.failure());
                any = true;
            }
        }
        return any;
    }

    private static <T> List<Reading> keep(List<Reading> readings, List<Outcome<T>> outcomes) {
        List<Reading> out = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            if (outcomes.get(i).failure() == null) {
                out.add(readings.get(i));
            }
        }
        return out;
    }

    /** The work's value, or its failure when it threw {@link ArticleFailed}. */
    private static <T> Outcome<T> attempt(java.util.function.Supplier<T> work) {
        try {
            return new Outcome<>(work.get(), null);
        } catch (ArticleFailed f) {
            return new Outcome<>(null, f);
        }
    }

    /**
     * Runs one stage of one article's work; any exception (or a stack overflow) is that article's failure, named with
     * the stage, and its time budget running out too.
     */
    private static <T> T stage(Article article, String stage, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ArticleFailed f) {
            throw f;
        } catch (RuntimeException | StackOverflowError e) {
            throw new ArticleFailed(article, stage, e);
        } catch (VirtualMachineError e) {
            throw e; // out of memory and the like are the run's, not the article's
        } catch (Error e) {
            // a linkage error, an assertion, an initialiser that failed: raised by this article's work
            throw new ArticleFailed(article, stage, e);
        }
    }

    /**
     * Dates one article on its own evidence.
     *
     * @throws ArticleFailed if the article fails (an exception in a stage, or its time budget spent)
     */
    public DatedArticle dateAlone(Article article) {
        Reading r = read(article);
        PublicationEstimate estimate = stage(article, "dating", () -> dating.alone(r));
        return TimeBudget.within(timeout, r.spent(), () -> stage(article, "resolving its mentions", () -> resolve(r, estimate)));
    }

    /**
     * What one article tells about its own date: its mentions extracted with no publication date and its evidence,
     * under its time budget. With {@link #alone}, {@link Dating#corpus(List, List, ArticleLinks)} and {@link #dated},
     * the steps of {@link #dateCorpus} for a corpus that is not in one place (the Spark job).
     *
     * @throws ArticleFailed if the article fails
     */
    public Reading reading(Article article) {
        return read(article);
    }

    /**
     * An article dated by the given evidence (its own and what its corpus adds, {@link Dating.CorpusEvidence}), its
     * mentions resolved against that date, as {@link #dateCorpus} dates each article.
     *
     * @throws ArticleFailed if the article fails
     */
    public DatedArticle dated(Reading reading, List<Evidence> evidence) {
        Article article = reading.article();
        PublicationEstimate estimate = stage(article, "dating", () -> dating.estimate(evidence, article.declared()));
        return TimeBudget.within(timeout, reading.spent(), () -> stage(article, "resolving its mentions", () -> resolve(reading, estimate)));
    }

    /** The estimate of an article's own evidence, as {@link #dateCorpus} weighs it before any sharing. */
    public PublicationEstimate alone(Reading reading) {
        return stage(reading.article(), "dating", () -> dating.alone(reading));
    }

    /**
     * Dates each article on its own evidence, on the workers' threads; an article that fails is left out and reported.
     */
    public DatedCorpus dateEach(List<Article> articles) {
        List<Outcome<DatedArticle>> outcomes = workers.map(articles, a -> attempt(() -> dateAlone(a)));
        List<DatedArticle> dated = new ArrayList<>();
        List<InputProblem> failures = new ArrayList<>();
        for (Outcome<DatedArticle> o : outcomes) {
            if (o.failure() != null) {
                failures.add(o.failure().problem());
                progress.failed(o.failure().problem());
            } else {
                dated.add(o.value());
            }
        }
        return new DatedCorpus(dated, ArticleLinks.none(dated.size()), failures);
    }

    /**
     * The mentions of an article resolved against {@code published}, under the article's time budget.
     *
     * @throws ArticleFailed if the article fails
     */
    public MentionExtractor.Result mentions(Article article, LocalDate published) {
        Objects.requireNonNull(published, "published");
        return TimeBudget.within(timeout, () -> stage(article, "extracting its temporal expressions",
                () -> workers.withExtractor(e -> {
                    Extraction x = e.extract(article, Optional.of(published));
                    return new MentionExtractor.Result(x.mentions(), x.problems());
                })));
    }

    /** Extracts an article's mentions with no publication date and reads its dating evidence, under its time budget. */
    private Reading read(Article article) {
        long start = System.nanoTime();
        Reading reading = TimeBudget.within(timeout, () -> {
            Extraction extraction = stage(article, "extracting its temporal expressions", () -> workers.withExtractor(e -> e.extract(article, Optional.empty())));
            return stage(article, "reading its dating evidence", () -> dating.read(extraction));
        });
        return reading.withSpent(Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Resolves the mentions against the declared date, or the inferred best day: the sentences of the mentions whose
     * value depends on that day ({@link Interpreter#dependsOnPublication}) are tagged again with it, and their mentions
     * replace the first reading's there.
     */
    private DatedArticle resolve(Reading r, PublicationEstimate estimate) {
        LocalDate day = r.article().declared().orElse(estimate.best());
        List<Mention> first = r.mentions();
        List<String> problems = new ArrayList<>(r.extraction().problems());
        String text = r.article().text();
        List<int[]> again = sentencesToTagAgain(text, first);
        List<Mention> mentions = new ArrayList<>();
        if (again.isEmpty()) {
            mentions.addAll(first);
        } else {
            Extraction x = workers.withExtractor(e -> e.extract(r.article(), again, Optional.of(day)));
            x.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
            for (Mention m : first) {
                if (!overlaps(again, m.start(), m.end())) {
                    mentions.add(m);
                }
            }
            for (Mention m : x.mentions()) {
                if (overlaps(again, m.start(), m.end())) {
                    mentions.add(m);
                }
            }
            mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        }
        List<Resolution> resolved = Resolver.resolveAll(mentions.stream().map(Mention::symbolic).toList(),
                mentions.stream().map(Mention::tense).toList(), Optional.of(day));
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < resolved.size(); i++) {
            out.add(mentions.get(i).withResolution(resolved.get(i)));
        }
        return new DatedArticle(r.article(), estimate, out, problems);
    }

    /**
     * The mentions before one that is tagged again whose sentences are tagged with it: HeidelTime reads a relative
     * expression ("that same day", "the quarter") against the expression before it, so the sentence alone may not
     * give its value. Chosen on TempEval-3 (TimeBank and AQUAINT, the data the engine was tuned on, so an in-sample
     * choice), read as the engine reads an article with a declared date ({@code eval-tempeval --as-dated}): values
     * right 1,385 with none, 1,390 with two, 1,389 with five, against 1,375 when the whole article was tagged again.
     */
    static final int CONTEXT_MENTIONS = 2;

    /**
     * The sentences (original offsets, in order, apart) of the mentions whose tagger's value depends on the publication
     * date: they are tagged again with the date. Only they are: tagging the whole article again cost as much as its
     * first tagging, for the sake of one or two expressions.
     */
    private static List<int[]> sentencesToTagAgain(String text, List<Mention> mentions) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (Interpreter.dependsOnPublication(m.text(), m.rule(), m.symbolic())) {
                int start = Sentences.start(text, mentions.get(Math.max(0, i - CONTEXT_MENTIONS)).start());
                int end = Math.min(text.length(), Math.max(Sentences.end(text, Math.max(m.start(), m.end() - 1)) + 1, m.end()));
                int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && start <= last[1]) {
                    last[1] = Math.max(last[1], end);
                } else {
                    out.add(new int[] {start, end});
                }
            }
        }
        return out;
    }

    /** Whether {@code [start, end)} overlaps one of {@code ranges} (in order, apart). */
    private static boolean overlaps(List<int[]> ranges, int start, int end) {
        int lo = 0;
        int hi = ranges.size();
        while (lo < hi) { // the first range that ends after start
            int mid = (lo + hi) >>> 1;
            if (ranges.get(mid)[1] <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < ranges.size() && ranges.get(lo)[0] < end && start < ranges.get(lo)[1];
    }
}
