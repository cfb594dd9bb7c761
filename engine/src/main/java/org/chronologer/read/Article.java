package org.chronologer.read;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.chronologer.read.html.PageDate;
import org.chronologer.read.html.WebPage;

/**
 * One news article as the user gave it: an id, its text, and what the input said about it.
 *
 * <p>The text is kept exactly as read (after decoding); {@link NormalizedText} gives the engine's view of it
 * together with the offset map back to this text.
 *
 * @param id       the article's id: the file name without extension, or the {@code id} field of a JSON line
 * @param title    the title, when the input carried one
 * @param text     the text as the user gave it
 * @param declared the publication date the input declared, which the engine treats as evidence, not truth
 * @param source   where the article came from (a path, {@code path:line}, or {@code -:line} for standard input)
 * @param page     for an article read from a web page: what the page states about itself (its address, language, the
 *                 days it says it was published and modified with where each was read, every date candidate); its
 *                 published day is the article's {@code declared} date unless the input declared one itself
 */
public record Article(String id, Optional<String> title, String text, Optional<LocalDate> declared, String source,
        Optional<WebPage> page) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(page, "page");
    }

    /** An article that was not read from a web page. */
    public Article(String id, Optional<String> title, String text, Optional<LocalDate> declared, String source) {
        this(id, title, text, declared, source, Optional.empty());
    }

    /**
     * Where the declared date was read, when the article's web page stated it: the page's published day with its
     * source, if that is the declared date (else the input declared it).
     */
    public Optional<PageDate> declaredFrom() {
        return page.flatMap(WebPage::published).filter(d -> declared.equals(Optional.of(d.day())));
    }

    /**
     * The published day the page's metadata states and the article contradicts by showing another day (see
     * {@link WebPage#contradicted()}), when that other day is the declared date.
     */
    public Optional<PageDate> pageConflict() {
        return declaredFrom().isPresent() ? page.flatMap(WebPage::contradicted) : Optional.empty();
    }

    /** An untitled, undated article whose source is its id. */
    public static Article of(String id, String text) {
        return new Article(id, Optional.empty(), text, Optional.empty(), id);
    }

    /** This article with the given declared publication date. */
    public Article withDeclared(LocalDate date) {
        return new Article(id, title, text, Optional.of(date), source, page);
    }

    /** This article with the given title. */
    public Article withTitle(String newTitle) {
        return new Article(id, Optional.of(newTitle), text, declared, source, page);
    }

    /** This article with the given source description. */
    public Article withSource(String newSource) {
        return new Article(id, title, text, declared, newSource, page);
    }

    /** This article with the given id. */
    public Article withId(String newId) {
        return new Article(newId, title, text, declared, source, page);
    }

    /** This article with the given declared date, or none. */
    public Article withDeclared(Optional<LocalDate> date) {
        return new Article(id, title, text, date, source, page);
    }
}
