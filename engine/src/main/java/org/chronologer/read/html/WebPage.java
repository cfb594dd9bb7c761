package org.chronologer.read.html;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a web page says about the article it carries: its address, title, the article's text without the page
 * around it (navigation, comments, related links), its language, and the days it states it was published and
 * modified, each with where it was read.
 *
 * @param url        the page's address: the one it was read with, else its canonical link or {@code og:url}
 * @param title      the article's title
 * @param text       the article's text, paragraphs separated by blank lines
 * @param language   the language of the text as an ISO 639-1 code ({@code en}, {@code de}), when it can be told
 * @param published  the day the page says the article was published, chosen among {@code candidates}
 * @param modified   the day the page says it was last modified, chosen among {@code candidates}
 * @param candidates every date read from the page, in the order the reader trusts them
 * @param contradicted the published day the page's metadata states when the article contradicts it by showing its
 *                   readers another day (which is then {@code published}): a conflict within the page
 */
public record WebPage(Optional<String> url, Optional<String> title, String text, Optional<String> language,
        Optional<PageDate> published, Optional<PageDate> modified, List<PageDate> candidates, Optional<PageDate> contradicted) {

    public WebPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(modified, "modified");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(contradicted, "contradicted");
    }

    /** A page without a conflict within it. */
    public WebPage(Optional<String> url, Optional<String> title, String text, Optional<String> language,
            Optional<PageDate> published, Optional<PageDate> modified, List<PageDate> candidates) {
        this(url, title, text, language, published, modified, candidates, Optional.empty());
    }

    /** Whether the text is in English (or its language could not be told). */
    public boolean english() {
        return language.map("en"::equals).orElse(true);
    }
}
