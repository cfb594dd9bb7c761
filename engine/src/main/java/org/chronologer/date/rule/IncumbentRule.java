package org.chronologer.date.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.knowledge.Tenures;
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

    /** The support, after a holder left office, of days an article still calls them by title (history, obituaries). */
    static final double AFTER_TENURE_SUPPORT = 0.3;

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
            LocalDate first = holders.stream().map(Tenures.Tenure::first).min(LocalDate::compareTo).orElseThrow();
            Evidence.DaySupport support = d -> {
                if (d.isBefore(first)) {
                    return 0;
                }
                for (Tenures.Tenure t : holders) {
                    if (t.holds(d)) {
                        return 1;
                    }
                }
                return AFTER_TENURE_SUPPORT;
            };
            int start = facts.text().toOriginal(match.start());
            int end = facts.text().toOriginalEnd(match.end());
            String who = holders.stream().map(t -> t.person() + ", " + t.office() + " " + t.describe()).sorted()
                    .reduce((a, b) -> a + "; " + b).orElse("");
            out.add(new Evidence(facts.text().original().substring(start, end), start, end, ID,
                    "'" + match.text() + "': " + who + " ⇒ published while in office, most likely", 1.0, support));
        }
        return out;
    }
}
