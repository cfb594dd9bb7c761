package org.chronologer.date.rule;

import java.time.DayOfWeek;
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
 * A weekend told in the past ("ended at the weekend") places the publication early in the week after it; one told in
 * the future ("will meet at the weekend") late in the week before it. Measured from its Saturday.
 */
public final class WeekendRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("weekend");

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            if (!(m.symbolic() instanceof SymbolicValue.PublicationRelative p) || !(p.shift() instanceof Shift.Weekend w)) {
                continue;
            }
            boolean past = w.direction() == Direction.ON_OR_BEFORE || w.direction() == Direction.BEFORE;
            boolean future = w.direction() == Direction.ON_OR_AFTER || w.direction() == Direction.AFTER;
            if (!past && !future) {
                continue;
            }
            out.add(MentionEvidence.at(m, ID, new Cue("weekend:" + (past ? "past" : "future"), new Anchor.Weekly(DayOfWeek.SATURDAY)),
                    (past ? "past" : "future") + " '" + m.text() + "'"));
        }
        return out;
    }
}
