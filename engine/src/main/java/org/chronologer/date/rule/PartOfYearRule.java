package org.chronologer.date.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.Direction;
import org.chronologer.interpret.Shift;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.interpret.Tense;
import org.chronologer.interpret.Unit;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;
import org.chronologer.resolve.TimexValues;

/**
 * A part of the publication year told in the past must have begun ("by March this year, they were talking" ⇒
 * published in March or later of its year); one told in the future must not have ended.
 */
public final class PartOfYearRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("part-of-year");

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            if (!(m.symbolic() instanceof SymbolicValue.PublicationRelative p) || m.tense() == Tense.UNKNOWN
                    || m.tense() == Tense.PRESENT) {
                continue;
            }
            int firstMonth;
            int lastMonth;
            if (p.shift() instanceof Shift.MonthOfYear mo && mo.direction() == Direction.SAME && mo.yearOffset() == 0) {
                firstMonth = mo.month().getValue();
                lastMonth = firstMonth;
            } else if (p.shift() instanceof Shift.Units u && u.unit() == Unit.YEAR && u.offset() == 0 && u.part().isPresent()) {
                Optional<TimexValues.Interval> i = TimexValues.interval("2001-" + u.part().get());
                if (i.isEmpty()) {
                    continue;
                }
                firstMonth = i.get().earliest().getMonthValue();
                lastMonth = i.get().latest().getMonthValue();
            } else {
                continue;
            }
            boolean past = m.tense() == Tense.PAST;
            Evidence.DaySupport s = past ? d -> d.getMonthValue() >= firstMonth ? 1 : 0 : d -> d.getMonthValue() <= lastMonth ? 1 : 0;
            out.add(MentionEvidence.at(m, ID, (past ? "past" : "future") + " '" + m.text() + "' ⇒ published "
                    + (past ? "in or after month " + firstMonth : "in or before month " + lastMonth) + " of its year", 1.0, s));
        }
        return out;
    }
}
