package org.chronologer.date;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronologer.model.Evidence;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.model.RuleId;

/**
 * A pile of articles usually comes from one period: days near the best days of the other articles whose own evidence
 * dates them within a few years are likelier, the more so the more of them lie near (a kernel density with a
 * {@link #REACH_DAYS} half-width, read per month; a weak prior, for articles whose text gives no year).
 *
 * <p>The density of the corpus's best days is computed once (each article then leaves its own day out), in whole
 * units of 1/({@link #REACH_DAYS}+1) so that taking one day out is exact.
 */
final class CorpusPeriod {

    static final RuleId ID = RuleId.ownOnly("corpus-period");
    /** Window width up to which an article's own estimate tells the period of the corpus. */
    static final long MAX_WIDTH_DAYS = 2500;
    /** How far around a confidently dated article the corpus period reaches. */
    static final int REACH_DAYS = 365;

    private final List<LocalDate> days;
    private final long[] density;

    private CorpusPeriod(List<LocalDate> days, long[] density) {
        this.days = days;
        this.density = density;
    }

    /** The period of a corpus whose articles have these estimates from their own evidence. */
    static CorpusPeriod of(List<PublicationEstimate> alone) {
        List<LocalDate> days = new ArrayList<>();
        for (PublicationEstimate p : alone) {
            if (p.widthDays() <= MAX_WIDTH_DAYS) {
                days.add(p.best());
            }
        }
        days.sort(null);
        long[] density = new long[dayIndex(DateSolver.LAST) + 1];
        for (LocalDate d : days) {
            int centre = dayIndex(d);
            for (int k = Math.max(0, centre - REACH_DAYS); k <= Math.min(density.length - 1, centre + REACH_DAYS); k++) {
                density[k] += kernel(centre, k);
            }
        }
        return new CorpusPeriod(List.copyOf(days), density);
    }

    /** The prior the other articles of the corpus give article {@code self}, if any of them is dated within a few years. */
    Optional<Evidence> evidenceFor(List<PublicationEstimate> alone, int self) {
        boolean selfCounts = alone.get(self).widthDays() <= MAX_WIDTH_DAYS;
        int others = days.size() - (selfCounts ? 1 : 0);
        if (others == 0) {
            return Optional.empty();
        }
        int own = selfCounts ? dayIndex(alone.get(self).best()) : Integer.MIN_VALUE;
        long top = 0;
        for (int k = 0; k < density.length; k++) {
            top = Math.max(top, density[k] - kernel(own, k));
        }
        if (top == 0) {
            return Optional.empty();
        }
        // the first and last of the others' days: the sorted days with one occurrence of the article's own left out
        LocalDate mine = selfCounts ? alone.get(self).best() : null;
        LocalDate firstDay = days.get(0).equals(mine) ? days.get(1) : days.get(0);
        LocalDate lastDay = days.get(days.size() - 1).equals(mine) ? days.get(days.size() - 2) : days.get(days.size() - 1);
        int n = density.length;
        double scale = top;
        int ownCentre = own;
        // a kernel a year wide tells the period, not the day: it is read at the middle of each month, so that
        // it chooses among months and leaves the day within a month to the article's own evidence
        return Optional.of(new Evidence("the other articles of the corpus", -1, -1, ID,
                others + " articles of the corpus dated within a few years lie between " + firstDay + " and "
                        + lastDay + " ⇒ published near most of them", 0.5, d -> {
                            int k = dayIndex(d.withDayOfMonth(15));
                            return k < 0 || k >= n ? 0 : (density[k] - kernel(ownCentre, k)) / scale;
                        }));
    }

    private static int dayIndex(LocalDate d) {
        return (int) ChronoUnit.DAYS.between(DateSolver.FIRST, d);
    }

    /** The kernel of a day at {@code centre} on day {@code k}, in units of 1/(reach+1); 0 when centre is none. */
    private static long kernel(int centre, int k) {
        if (centre == Integer.MIN_VALUE) {
            return 0;
        }
        return Math.max(0, REACH_DAYS + 1 - Math.abs(k - centre));
    }
}
