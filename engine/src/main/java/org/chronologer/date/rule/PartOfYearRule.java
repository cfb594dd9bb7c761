package org.chronologer.date.rule;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.Direction;
import org.chronologer.interpret.Shift;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.interpret.Tense;
import org.chronologer.interpret.Unit;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;
import org.chronologer.resolve.TimexValues;

/**
 * A part of the publication year, told in the past or the future ("by March this year, they were talking", "in the
 * second half of this year"): the publication falls in some relation to the start of that part, every year.
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
            Month first;
            if (p.shift() instanceof Shift.MonthOfYear mo && mo.direction() == Direction.SAME && mo.yearOffset() == 0) {
                first = mo.month();
            } else if (p.shift() instanceof Shift.Units u && u.unit() == Unit.YEAR && u.offset() == 0 && u.part().isPresent()) {
                Optional<TimexValues.Interval> i = TimexValues.interval("2001-" + u.part().get());
                if (i.isEmpty()) {
                    continue;
                }
                first = i.get().earliest().getMonth();
            } else {
                continue;
            }
            String tense = m.tense() == Tense.PAST ? "past" : "future";
            out.add(MentionEvidence.at(m, ID, new Cue("part-of-year:" + tense, new Anchor.Yearly(first, 0)),
                    tense + " '" + m.text() + "' of the publication year"));
        }
        return out;
    }
}
