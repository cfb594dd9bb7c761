package org.chronologer.date.rule;

import java.util.List;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;

/** The publication date the input declares, as evidence its own text may contradict. */
public final class DeclaredDateRule implements EvidenceRule {

    public static final RuleId ID = RuleId.ownOnly("declared");

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        return facts.declared().map(d -> List.of(new Evidence("declared " + d, -1, -1, ID, "the input declares " + d, 1.5,
                Support.near(d, 0, 3)))).orElse(List.of());
    }
}
