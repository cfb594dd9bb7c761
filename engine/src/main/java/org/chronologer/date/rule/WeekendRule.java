package org.chronologer.date.rule;

import java.util.ArrayList;
import java.util.List;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.Direction;
import org.chronologer.interpret.Shift;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;

/**
 * A weekend told in the past ("ended at the weekend") places the publication early in the week after it; one told in
 * the future ("will meet at the weekend") late in the week before it.
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
            // index by ISO day of week, Monday = 0
            double[] byDay = past ? new double[] {1.0, 0.9, 0.6, 0.45, 0.35, 0.3, 0.6} : new double[] {0.3, 0.45, 0.6, 0.9, 1.0, 0.8, 0.5};
            out.add(MentionEvidence.at(m, ID, (past ? "past" : "future") + " '" + m.text() + "' ⇒ published early in the week "
                    + (past ? "after" : "before") + " a weekend", 1.0, d -> byDay[d.getDayOfWeek().getValue() - 1]));
        }
        return out;
    }
}
