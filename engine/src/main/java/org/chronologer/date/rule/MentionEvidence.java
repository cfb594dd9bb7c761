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

    /**
     * The interval of a mention that names its year in writing ("in 2009", "March 3, 2011", "Sept. '89", "the 1990s"):
     * dated whatever the publication date. A value a tagger worked out from another date of the text ("Thanksgiving",
     * "that year", "two days later") says nothing of its own about when the article was written.
     */
    static Optional<TimexValues.Interval> absoluteInterval(Mention m) {
        if (!(m.symbolic() instanceof SymbolicValue.Absolute)) {
            return Optional.empty();
        }
        return m.resolution().interval().filter(i -> writesItsYear(m.text(), i.earliest().getYear()));
    }

    /** Whether a mention writes the year it names: all four digits, an apostrophe and two ("'89"), or a decade's three. */
    static boolean writesItsYear(String text, int year) {
        if (year < 1000 || year > 9999) {
            return false;
        }
        String y = String.valueOf(year);
        return text.contains(y) || text.contains("'" + y.substring(2)) || text.contains("’" + y.substring(2))
                || y.endsWith("0") && text.contains(y.substring(0, 3) + "0s");
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
