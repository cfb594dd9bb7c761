package org.chronologer.date.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronologer.knowledge.Tenures;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;

/**
 * A holder named by title ("President Clinton said", "talks with Chancellor Kohl"): news gives the title to whoever
 * holds the office, so the article is most likely from their time in it; never from before it began, and only
 * now and then from after it ended (history, obituaries). "Former", "late", "vice" and the like do not count. A
 * surname several holders share ("President Bush") means any of their times.
 */
public final class IncumbentRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("incumbent");

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Tenures.Match match : facts.holders()) {
            List<Tenures.Tenure> holders = match.holders();
            String key = holders.stream().map(t -> t.person() + "/" + t.office()).sorted().toList().toString();
            if (!seen.add(key)) {
                continue;
            }
            int start = facts.text().toOriginal(match.start());
            int end = facts.text().toOriginalEnd(match.end());
            String who = match.describe();
            List<Anchor.Span> tenures = new ArrayList<>();
            for (Tenures.Tenure t : holders) {
                t.ranges().forEach(r -> tenures.add(new Anchor.Span(r.getStart(),
                        r.isUnboundedEnd() ? Anchor.OPEN_END : r.getEndInclusive())));
            }
            out.add(Evidence.of(facts.text().original().substring(start, end), start, end, ID, new Cue("incumbent", new Anchor.Spans(tenures)),
                    "'" + match.text() + "': " + who));
        }
        return out;
    }
}
