package org.chronologer.read;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

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
 */
public record Article(String id, Optional<String> title, String text, Optional<LocalDate> declared, String source) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(source, "source");
    }

    /** An untitled, undated article whose source is its id. */
    public static Article of(String id, String text) {
        return new Article(id, Optional.empty(), text, Optional.empty(), id);
    }

    /** This article with the given declared publication date. */
    public Article withDeclared(LocalDate date) {
        return new Article(id, title, text, Optional.of(date), source);
    }

    /** This article with the given title. */
    public Article withTitle(String newTitle) {
        return new Article(id, Optional.of(newTitle), text, declared, source);
    }

    /** This article with the given source description. */
    public Article withSource(String newSource) {
        return new Article(id, title, text, declared, newSource);
    }
}
