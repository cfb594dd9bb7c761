package org.chronologer.date.rule;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.Tense;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;
import org.chronologer.resolve.Granularity;
import org.chronologer.resolve.TimexValues;

/**
 * News tells recent events: the latest non-future explicit date makes days soon after it likelier, the more so the
 * finer it is (a day: weeks; a year: a year or two). A dateline is the article's own day, not a date it tells, and
 * "since 1998" starts a span that reaches to the present.
 */
public final class RecencyRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("recency");

    /** "the worst since 1998": a date that starts a span reaching to the present is not the latest thing told. */
    private static final Pattern SINCE = Pattern.compile("(?i)\\b(?:since|from)\\s+$");

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        Optional<Mention> dateline = facts.dateline();
        return facts.mentions().stream()
                .filter(m -> dateline.isEmpty() || m != dateline.get())
                .filter(m -> facts.tenseOf(m) != Tense.FUTURE && !SINCE.matcher(facts.before(m)).find())
                .filter(m -> MentionEvidence.absoluteInterval(m).filter(i -> i.granularity().ordinal() <= Granularity.YEAR.ordinal()).isPresent())
                .max(Comparator.comparing((Mention m) -> MentionEvidence.absoluteInterval(m).orElseThrow().latest()))
                .map(m -> {
                    TimexValues.Interval i = MentionEvidence.absoluteInterval(m).orElseThrow();
                    // how long after a date news still tells it as the latest thing, then how fast that fades
                    long plateau;
                    double halfLife;
                    switch (i.granularity()) {
                        case TIME, DAY, WEEKEND -> {
                            plateau = 1;
                            halfLife = 10;
                        }
                        case WEEK -> {
                            plateau = 3;
                            halfLife = 14;
                        }
                        case MONTH -> {
                            plateau = 30;
                            halfLife = 90;
                        }
                        case SEASON, QUARTER, HALF -> {
                            plateau = 120;
                            halfLife = 180;
                        }
                        default -> {
                            plateau = 540;
                            halfLife = 365;
                        }
                    }
                    long flat = ChronoUnit.DAYS.between(i.earliest(), i.latest()) + plateau;
                    return List.of(MentionEvidence.at(m, ID, "'" + m.text() + "' is the latest date told ⇒ published within "
                            + (plateau >= 365 ? "a year or two" : plateau <= 1 ? "days" : plateau + " days or so") + " of it",
                            1.0, Support.recentAfter(i.earliest(), flat, halfLife)));
                })
                .orElse(List.of());
    }
}
