package org.chronologer.date.rule;

import java.util.List;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;

/**
 * One way of reading evidence about an article's publication date out of what the article tells. A rule reads the
 * facts every rule shares ({@link ArticleFacts}) and returns its evidence; it holds no state and runs on any thread.
 */
public interface EvidenceRule {

    /** The rule's name: the kind of evidence it reads (some rules read several kinds, named on their evidence). */
    RuleId id();

    /** The evidence this rule finds in the article (possibly none). */
    List<Evidence> collect(ArticleFacts facts);
}
