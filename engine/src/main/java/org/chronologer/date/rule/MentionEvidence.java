package org.chronologer.date.rule;

import java.util.Optional;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.Shift;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;
import org.chronologer.resolve.TimexValues;

/** What the rules that read mentions share: the interval of a mention that needs no date, and evidence at a mention. */
final class MentionEvidence {
    private MentionEvidence() {
    }

    /** The interval of a mention that does not depend on the publication date (absolute, or anchored and resolved). */
    static Optional<TimexValues.Interval> absoluteInterval(Mention m) {
        if (m.symbolic() instanceof SymbolicValue.Absolute || m.symbolic() instanceof SymbolicValue.AnchorRelative) {
            return m.resolution().interval();
        }
        return Optional.empty();
    }

    /** The weekday a publication-relative mention names ("on Tuesday", "Tuesday morning"), if any. */
    static Optional<Shift.Weekday> weekday(SymbolicValue v) {
        if (v instanceof SymbolicValue.PublicationRelative p) {
            Shift s = p.shift() instanceof Shift.PartOfDay pd ? pd.day() : p.shift();
            if (s instanceof Shift.Weekday w) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** Evidence at the span of a mention. */
    static Evidence at(Mention m, RuleId rule, String implies, double weight, Evidence.DaySupport s) {
        return new Evidence(m.text(), m.start(), m.end(), rule, implies, weight, s);
    }
}
