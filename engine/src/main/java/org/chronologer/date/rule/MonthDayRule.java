package org.chronologer.date.rule;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.Direction;
import org.chronologer.interpret.Shift;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;

/**
 * A day of a month without a year ("on Oct. 5") places the publication day shortly after it (past tense) or before it
 * (future), in some year.
 */
public final class MonthDayRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("month-day");

    /** The years the supports cover: those of the candidate days, and one on each side. */
    private static final int FIRST_YEAR = 1899;
    private static final int LAST_YEAR = 2101;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            if (!(m.symbolic() instanceof SymbolicValue.PublicationRelative p) || !(p.shift() instanceof Shift.MonthOfYear mo)
                    || mo.day().isEmpty() || mo.direction() == Direction.SAME) {
                continue;
            }
            Month month = mo.month();
            int dom = mo.day().get();
            boolean future = mo.direction() == Direction.ON_OR_AFTER || mo.direction() == Direction.AFTER;
            Evidence.DaySupport s = support(month, dom, future);
            out.add(MentionEvidence.at(m, ID, (future ? "future" : "past") + " '" + m.text() + "' ⇒ published shortly "
                    + (future ? "before" : "after") + " " + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " " + dom + " of some year", 1.0, s));
        }
        return out;
    }

    /**
     * The support of "on Oct. 5" told in the past (or future): by the distance from the nearest Oct. 5 before (or
     * after) the day. The solver asks it for every candidate day, so the epoch day of that date in each year is
     * computed once.
     */
    private static Evidence.DaySupport support(Month month, int dom, boolean future) {
        long[] epochDay = new long[LAST_YEAR + 1 - FIRST_YEAR];
        for (int i = 0; i < epochDay.length; i++) {
            int y = FIRST_YEAR + i;
            epochDay[i] = dom > month.length(Year.isLeap(y)) ? Long.MIN_VALUE : LocalDate.of(y, month, dom).toEpochDay();
        }
        return d -> {
            long day = d.toEpochDay();
            long best = Long.MAX_VALUE;
            for (int y = d.getYear() - 1; y <= d.getYear() + 1; y++) {
                int i = y - FIRST_YEAR;
                if (i < 0 || i >= epochDay.length || epochDay[i] == Long.MIN_VALUE) {
                    continue;
                }
                long lag = day - epochDay[i];
                long dist = future ? -lag : lag;
                if (dist >= 0) {
                    best = Math.min(best, dist);
                }
            }
            return best <= 3 ? 1.0 : best <= 10 ? 0.75 : best <= 31 ? 0.5 : best <= 92 ? 0.3 : 0.15;
        };
    }
}
