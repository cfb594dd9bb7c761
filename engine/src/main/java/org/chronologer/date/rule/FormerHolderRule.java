package org.chronologer.date.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chronologer.knowledge.Tenures;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;

/**
 * A former holder named by title ("former President Clinton", "former Florida Gov. Jeb Bush", "ex-Rep. Pete Sessions"):
 * the article is written after a time of theirs in the office ended. A holder named as the one of a time the article
 * tells ("then-President Obama") is a kind of its own, {@code former-holder:then}, pooled with the former ones. The anchor is the first day such a time ended, of any holder the
 * name may mean ("former President Bush" is either Bush); how long after it news says "former" is the fitted lag of
 * the kind. A holder never out of office (their only time still open) gives nothing: "former" then means another
 * office.
 */
public final class FormerHolderRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("former-holder");
    static final String KIND = "former-holder";

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Tenures.Match match : facts.formerHolders()) {
            Optional<LocalDate> ended = match.holders().stream().flatMap(t -> t.ranges().stream())
                    .filter(r -> !r.isUnboundedEnd()).map(r -> r.getEndInclusive()).min(LocalDate::compareTo);
            if (ended.isEmpty()) {
                continue;
            }
            String who = match.describe();
            if (!seen.add(who)) {
                continue;
            }
            int start = facts.text().toOriginal(match.start());
            int end = facts.text().toOriginalEnd(match.end());
            out.add(Evidence.of(facts.text().original().substring(start, end), start, end, ID,
                    new Cue(kind(match), new Anchor.Span(ended.get(), ended.get())),
                    match.marker() + (match.marker().equals("then") ? "-" : " ") + "'" + match.text() + "': " + who + ", out of office from " + ended.get()));
        }
        return out;
    }

    /** "former-holder", or for "then-" a kind of its own in its family: its lags may differ. */
    private static String kind(Tenures.Match match) {
        return match.marker().equals("former") ? KIND : KIND + ":" + match.marker();
    }
}
