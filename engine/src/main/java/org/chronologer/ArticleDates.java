package org.chronologer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.read.Article;

/**
 * Assertions on an article's publication date, for a user's test suite: does the text agree with the date a
 * scraper or a feed claims? Failures are {@link AssertionError}s whose message carries the inferred window and
 * the evidence.
 *
 * <pre>{@code
 * ArticleDates.of(text).assertPublishedOn(LocalDate.of(2024, 5, 16));
 * ArticleDates.of(text).assertPublishedWithin(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31));
 * }</pre>
 *
 * <p>{@link #of(String)} uses one {@link Chronologer} shared by the whole JVM, built on first use with the default
 * knowledge base and closed when the JVM exits; {@link #of(Chronologer, Article)} uses the one you give.
 */
public final class ArticleDates {

    /** The shared engine, built on first use. */
    private static final class Shared {
        static final Chronologer ENGINE = Chronologer.create();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(ENGINE::close, "chronologer-close"));
        }
    }

    private final Article article;
    private final PublicationEstimate estimate;

    private ArticleDates(Article article, PublicationEstimate estimate) {
        this.article = article;
        this.estimate = estimate;
    }

    /** The dates the text of an article implies (any declared date is left out, so the text alone speaks). */
    public static ArticleDates of(String text) {
        return of(Article.of("article", Objects.requireNonNull(text, "text")));
    }

    /** The dates an article's text implies; its declared date, if any, is not used as evidence. */
    public static ArticleDates of(Article article) {
        return of(Shared.ENGINE, article);
    }

    /** The dates an article's text implies, inferred by the given engine; its declared date is not used as evidence. */
    public static ArticleDates of(Chronologer engine, Article article) {
        Objects.requireNonNull(engine, "engine");
        Article undeclared = new Article(article.id(), article.title(), article.text(), Optional.empty(), article.source());
        DatedArticle dated = engine.date(undeclared);
        return new ArticleDates(article, dated.published());
    }

    /** The estimate: best day, window, confidence, evidence. */
    public PublicationEstimate estimate() {
        return estimate;
    }

    /**
     * Passes when the text allows {@code day} (it lies in the plausible range the text implies, as {@code check} decides);
     * fails with the evidence otherwise. A correct date fails about one time in two hundred.
     */
    public ArticleDates assertPublishedOn(LocalDate day) {
        if (!estimate.plausible(day)) {
            throw new AssertionError(article.id() + ": expected publication on " + day + ", but the text implies "
                    + describe());
        }
        return this;
    }

    /** Passes when the plausible range the text implies meets {@code earliest..latest}; fails with the evidence otherwise. */
    public ArticleDates assertPublishedWithin(LocalDate earliest, LocalDate latest) {
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("latest " + latest + " is before earliest " + earliest);
        }
        if (estimate.plausibleLatest().isBefore(earliest) || estimate.plausibleEarliest().isAfter(latest)) {
            throw new AssertionError(article.id() + ": expected publication within " + earliest + ".." + latest
                    + ", but the text implies " + describe());
        }
        return this;
    }

    private String describe() {
        String evidence = estimate.evidence().stream().limit(5).map(e -> "  - " + e.implies())
                .collect(Collectors.joining("\n"));
        return estimate.plausibleEarliest() + ".." + estimate.plausibleLatest() + " (most likely " + estimate.earliest() + ".."
                + estimate.latest() + ", best " + estimate.best() + ", confidence " + estimate.confidence() + ")"
                + (evidence.isEmpty() ? ", with no evidence" : ", because:\n" + evidence);
    }
}
