package org.chronologer.date.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronologer.extract.Mention;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;
import org.chronologer.resolve.TimexValues;

/**
 * A calendar date written out in full bounds the publication date: a past-tense one from below ("was last in Paris in
 * February 2022" ⇒ published on or after 2022-02-01), a future one from above ("will be held in 2019" ⇒ on or before
 * 2019-12-31). Without a tense it counts less, as a bound from below.
 */
public final class ExplicitDateRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("explicit-date");
    public static final RuleId PAST = RuleId.of("past-explicit-date");
    public static final RuleId FUTURE = RuleId.of("future-explicit-date");

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            Optional<TimexValues.Interval> i = MentionEvidence.absoluteInterval(m);
            if (i.isEmpty()) {
                continue;
            }
            LocalDate earliest = i.get().earliest();
            LocalDate latest = i.get().latest();
            switch (facts.tenseOf(m)) {
                case PAST -> out.add(MentionEvidence.at(m, PAST, "past tense '" + m.text() + "' ⇒ published on or after " + earliest,
                        1.0, Support.onOrAfter(earliest)));
                case FUTURE -> out.add(MentionEvidence.at(m, FUTURE, "future tense '" + m.text() + "' ⇒ published on or before " + latest,
                        1.0, Support.onOrBefore(latest)));
                default -> out.add(MentionEvidence.at(m, ID, "'" + m.text() + "' is most likely past ⇒ published on or after " + earliest,
                        0.4, Support.onOrAfter(earliest)));
            }
        }
        return out;
    }
}
