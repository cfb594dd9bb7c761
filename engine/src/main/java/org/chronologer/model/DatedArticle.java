package org.chronologer.model;

import java.util.List;
import java.util.Objects;
import org.chronologer.extract.Mention;
import org.chronologer.read.Article;

/**
 * An article with its inferred publication date and its mentions resolved against that date's best day.
 *
 * @param article   the article as read
 * @param published the estimate: window, best day, confidence, evidence
 * @param mentions  its mentions, resolved against the declared date when there is one, else the best day
 * @param problems  what went wrong on the way (a tagger that failed on this text), for the report
 */
public record DatedArticle(Article article, PublicationEstimate published, List<Mention> mentions, List<String> problems) {
    public DatedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(published, "published");
        mentions = List.copyOf(mentions);
        problems = List.copyOf(problems);
    }
}
