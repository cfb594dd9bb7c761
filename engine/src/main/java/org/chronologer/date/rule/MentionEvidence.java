package org.chronologer.date.rule;

import java.util.Optional;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.Shift;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.interpret.Tense;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;
import org.chronologer.resolve.Granularity;
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
    static Evidence at(Mention m, RuleId rule, Cue cue, String says) {
        return Evidence.of(m.text(), m.start(), m.end(), rule, cue, says);
    }

    /** A tense as a cue's kind names it. */
    static String tense(Tense t) {
        return switch (t) {
            case PAST -> "past";
            case FUTURE -> "future";
            case PRESENT -> "present";
            default -> "untensed";
        };
    }

    /** A granularity as a cue's kind names it: day, week, month, season (also quarter and half), year, decade. */
    static String granularity(Granularity g) {
        return switch (g) {
            case TIME, DAY -> "day";
            case WEEKEND, WEEK -> "week";
            case MONTH -> "month";
            case SEASON, QUARTER, HALF -> "season";
            case YEAR -> "year";
            default -> "decade";
        };
    }
}
