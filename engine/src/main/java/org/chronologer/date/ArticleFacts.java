package org.chronologer.date;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chronologer.Mention;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.read.Article;
import org.chronologer.read.NormalizedText;

/**
 * What the dating rules read of one article: its text (normalised, with the map back), its mentions
 * extracted without a publication date, and the knowledge base.
 */
public record ArticleFacts(Article article, NormalizedText text, List<Mention> mentions, KnowledgeBase knowledge) {

    public ArticleFacts {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(knowledge, "knowledge");
    }

    /** The original text of normalised span {@code start..end}. */
    public String original(int start, int end) {
        return text.original().substring(text.toOriginal(start), text.toOriginalEnd(end));
    }

    /** The declared publication date, if the input carried one. */
    public Optional<java.time.LocalDate> declared() {
        return article.declared();
    }
}
