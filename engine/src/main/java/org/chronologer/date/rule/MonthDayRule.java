package org.chronologer.date.rule;

import java.util.ArrayList;
import java.util.List;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.Direction;
import org.chronologer.interpret.Shift;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;

/**
 * A day or a month of the year without a year ("on Oct. 5", "in March"), told in the past or the future, places the
 * publication shortly after (before) its last (next) occurrence, in some year.
 */
public final class MonthDayRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("month-day");

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            if (!(m.symbolic() instanceof SymbolicValue.PublicationRelative p) || !(p.shift() instanceof Shift.MonthOfYear mo)
                    || mo.direction() == Direction.SAME) {
                continue;
            }
            int dom = mo.day().orElse(0);
            if (mo.day().isPresent() && (dom < 1 || dom > mo.month().maxLength())) {
                continue; // "May 0": no day of the year
            }
            String how = switch (mo.direction()) {
                case ON_OR_AFTER -> "future";
                case AFTER -> "next";
                case BEFORE -> "last";
                case ON_OR_BEFORE -> "past";
                default -> "nearest";
            };
            String unit = mo.day().isPresent() ? "month-day" : "month";
            out.add(MentionEvidence.at(m, ID, new Cue(unit + ":" + how, new Anchor.Yearly(mo.month(), dom)),
                    (how.equals("past") || how.equals("future") ? how + " tense " : "") + "'" + m.text() + "'"));
        }
        return out;
    }
}
