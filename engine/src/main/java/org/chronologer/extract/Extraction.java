package org.chronologer.extract;

import java.util.List;
import java.util.Objects;
import org.chronologer.read.Article;
import org.chronologer.read.NormalizedText;

/**
 * What extraction draws from one article: its text normalised (with the map back to the text as given), its temporal
 * mentions, and what went wrong on the way (a tagger that failed on this text, say).
 *
 * @param article  the article as read
 * @param text     its text, normalised
 * @param mentions its mentions, resolved as far as the date given to the extractor allows (offsets into the text as given)
 * @param problems what went wrong, for the report
 */
public record Extraction(Article article, NormalizedText text, List<Mention> mentions, List<String> problems) {
    public Extraction {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        mentions = List.copyOf(mentions);
        problems = List.copyOf(problems);
    }
}
