package org.chronologer.date;

import java.util.List;

/** One way of reading evidence about the publication date out of an article. Rules know nothing of each other. */
@FunctionalInterface
public interface EvidenceRule {

    /** The evidence this rule finds in the article (possibly none). */
    List<Evidence> collect(ArticleFacts facts);
}
