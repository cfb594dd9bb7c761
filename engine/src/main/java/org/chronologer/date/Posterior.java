package org.chronologer.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;

/**
 * The probability of each candidate publication day, 1900 to 2100, given an article's evidence: the sum over its cues
 * of the model's log density of the cue's lag on that day (each distinct cue once, times the model's temperature and
 * the evidence's weight), plus the prior, normalised. Spans, weekdays and days of the year add their bins as runs of
 * days, so a cue costs a few dozen additions, not one per day.
 */
final class Posterior {

    static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST = LocalDate.of(2100, 12, 31);
    static final long FIRST_EPOCH = FIRST.toEpochDay();
    static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST, LAST) + 1;
    /** The day of the week of day index 0 (1900-01-01, a Monday), as 0 for Monday. */
    private static final int FIRST_DOW = FIRST.getDayOfWeek().getValue() - 1;

    /** The probability of each day (index 0 is {@link #FIRST}). */
    private final double[] p;

    private Posterior(double[] p) {
        this.p = p;
    }

    /** The day of index {@code i}. */
    static LocalDate day(int i) {
        return LocalDate.ofEpochDay(FIRST_EPOCH + i);
    }

    /** The index of {@code day}, clamped to the grid. */
    static int index(LocalDate day) {
        return (int) Math.max(0, Math.min(DAYS - 1, day.toEpochDay() - FIRST_EPOCH));
    }

    /**
     * The unnormalised log score of every day: the sum over the distinct cues of their weighted log densities under
     * the model (cues of kinds the model does not know add nothing).
     */
    static double[] score(List<Evidence> evidence, DatingModel model, double temperature) {
        double[] diff = new double[DAYS + 1];
        double[] weekly = new double[7];
        Set<Object> seen = new HashSet<>();
        for (Evidence e : evidence) {
            Cue cue = e.cue();
            Optional<DatingModel.Kind> kind = model.kind(cue.kind());
            if (kind.isEmpty() || !seen.add(List.of(cue, e.sharedBy()))) {
                continue;
            }
            double w = temperature * e.weight();
            DatingModel.Kind k = kind.get();
            Anchor anchor = cue.anchor();
            if (anchor instanceof Anchor.Span s) {
                addSpans(diff, new Anchor.Spans(List.of(s)), k, w, model);
            } else if (anchor instanceof Anchor.Weekly wk) {
                addWeekly(weekly, wk.day(), k, w);
            } else if (anchor instanceof Anchor.Yearly y) {
                addYearly(diff, y, k, w);
            } else if (anchor instanceof Anchor.Spans ss) {
                addSpans(diff, ss, k, w, model);
            }
        }
        // the running sum replaces the differences in place (day i's difference is read before it is overwritten)
        double run = 0;
        int dow = FIRST_DOW;
        for (int i = 0; i < DAYS; i++) {
            run += diff[i];
            diff[i] = run + weekly[dow];
            dow = dow == 6 ? 0 : dow + 1;
        }
        return diff;
    }

    private static void add(double[] diff, long fromEpoch, long toEpoch, double v) {
        long a = Math.max(fromEpoch - FIRST_EPOCH, 0);
        long b = Math.min(toEpoch - FIRST_EPOCH, DAYS - 1);
        if (a > b) {
            return;
        }
        diff[(int) a] += v;
        diff[(int) b + 1] -= v;
    }

    private static void addWeekly(double[] weekly, DayOfWeek day, DatingModel.Kind k, double w) {
        for (int lag = 0; lag < 7; lag++) {
            weekly[(day.getValue() - 1 + lag) % 7] += w * k.logDensity(lag);
        }
    }

    private static void addYearly(double[] diff, Anchor.Yearly y, DatingModel.Kind k, double w) {
        double[] v = new double[LagBins.YEARLY_BINS];
        for (int bin = 0; bin < v.length; bin++) {
            v[bin] = w * k.logDensity(bin);
        }
        for (int year = FIRST.getYear() - 1; year <= LAST.getYear(); year++) {
            long o = y.in(year).toEpochDay();
            long next = y.in(year + 1).toEpochDay();
            for (int bin = 0; bin < v.length; bin++) {
                long lo = o + LagBins.low(LagBins.Scheme.YEARLY, bin);
                long hi = Math.min(o + LagBins.high(LagBins.Scheme.YEARLY, bin), next - 1);
                add(diff, lo, hi, v[bin]);
            }
        }
    }

    /**
     * Several spans: the lag of a day is to the nearest of them (0 inside any). The spans are merged where they meet;
     * before the first and after the last the lags run as for one span; in a gap between two, the days up to its middle
     * count after the earlier span, the others before the later one.
     */
    private static void addSpans(double[] diff, Anchor.Spans ss, DatingModel.Kind k, double w, DatingModel model) {
        List<long[]> merged = new ArrayList<>();
        for (Anchor.Span s : ss.parts()) {
            long a = s.earliest().toEpochDay();
            long b = s.latest().toEpochDay();
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && a <= last[1] + 1) {
                last[1] = Math.max(last[1], b);
            } else {
                merged.add(new long[] {a, b});
            }
        }
        double inside = w * k.logDensityInside(ss.parts().stream().mapToLong(model::insideDays).sum());
        for (int m = 0; m < merged.size(); m++) {
            long a = merged.get(m)[0];
            long b = merged.get(m)[1];
            add(diff, a, b, inside);
            // after this span: up to the middle of the gap to the next one (the middle day counts after)
            long afterLimit = m + 1 < merged.size() ? b + (merged.get(m + 1)[0] - b) / 2 : Long.MAX_VALUE / 4;
            // before this span: from the day after the middle of the gap to the previous one
            long beforeLimit = m > 0 ? merged.get(m - 1)[1] + (a - merged.get(m - 1)[1]) / 2 + 1 : Long.MIN_VALUE / 4;
            for (int bin = 0; bin < LagBins.SPAN_BINS; bin++) {
                int off = bin - LagBins.SPAN_MAX;
                if (off == 0) {
                    continue;
                }
                long lo = LagBins.low(LagBins.Scheme.SPAN, bin);
                long hi = LagBins.high(LagBins.Scheme.SPAN, bin);
                double v = w * k.logDensity(bin);
                if (off > 0) {
                    add(diff, b + lo, Math.min(b + Math.min(hi, DAYS), afterLimit), v);
                } else {
                    add(diff, Math.max(a + Math.max(lo, -DAYS), beforeLimit), a + hi, v);
                }
            }
        }
    }

    /**
     * The posterior of a score and the prior: every day up to {@code horizon} alike, later ones {@code afterHorizon} as
     * likely. The score's array is overwritten and becomes the posterior's.
     */
    static Posterior of(double[] score, LocalDate horizon, double afterHorizon) {
        int h = index(horizon);
        double logAfter = Math.log(afterHorizon);
        double max = Double.NEGATIVE_INFINITY;
        // the score's array becomes the posterior's (its callers do not keep it)
        double[] p = score;
        for (int i = 0; i < DAYS; i++) {
            if (i > h) {
                p[i] += logAfter;
            }
            max = Math.max(max, p[i]);
        }
        double sum = 0;
        for (int i = 0; i < DAYS; i++) {
            double d = p[i] - max;
            // below e^-50 a day's share is nothing next to the best day's; skipping its exp() halves the time
            p[i] = d < -50 ? 0 : Math.exp(d);
            sum += p[i];
        }
        for (int i = 0; i < DAYS; i++) {
            p[i] /= sum;
        }
        return new Posterior(p);
    }

    /**
     * The best day: of the days whose week on either side holds (nearly) the most probability, the most probable one
     * (the middle one of several alike). The week, not the day alone, so that a sharp edge of one piece of evidence (the
     * day an event began) does not draw the day away from where most of the probability lies.
     */
    int best() {
        return best(0, DAYS - 1);
    }

    /**
     * The best day of the likeliest calendar year: the year that holds the most probability, and in it the day
     * {@link #best()} would choose among its days. For an article whose text says too little to choose a week, the year
     * is what it can still tell.
     */
    int bestOfLikeliestYear() {
        int first = FIRST.getYear();
        double[] mass = new double[LAST.getYear() - first + 1];
        for (int y = 0; y < mass.length; y++) {
            mass[y] = massInYears(List.of(first + y));
        }
        int year = first + middleOfMax(mass, 0, mass.length - 1);
        return best(index(LocalDate.of(year, 1, 1)), index(LocalDate.of(year, 12, 31)));
    }

    /** {@link #best()} among the days {@code from} to {@code to}, the weeks counted within them. */
    private int best(int from, int to) {
        int r = DatingModel.CONFIDENCE_RADIUS;
        int n = to - from + 1;
        double[] near = new double[n];
        double run = 0;
        for (int k = from; k <= Math.min(to, from + r); k++) {
            run += p[k];
        }
        for (int i = from; i <= to; i++) {
            near[i - from] = run;
            int out = i - r;
            int in = i + r + 1;
            if (out >= from) {
                run -= p[out];
            }
            if (in <= to) {
                run += p[in];
            }
        }
        double most = near[middleOfMax(near, 0, n - 1)];
        // of the days whose week holds nearly as much, the most probable one (the mode, where the week does not decide)
        double[] day = near;
        for (int i = 0; i < n; i++) {
            day[i] = near[i] >= NEARLY * most ? p[from + i] : Double.NEGATIVE_INFINITY;
        }
        return from + middleOfMax(day, 0, n - 1);
    }

    /** How much of the most probability a week can hold another day's week must hold for the day to be the best one. */
    private static final double NEARLY = 0.99;

    /** The index of the largest value (the middle one of several within a billionth of it). */
    private static int middleOfMax(double[] v, int from, int to) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            max = Math.max(max, v[i]);
        }
        double tol = Math.abs(max) * 1e-9;
        int count = 0;
        for (int i = from; i <= to; i++) {
            if (v[i] >= max - tol) {
                count++;
            }
        }
        int wanted = count / 2;
        for (int i = from; i <= to; i++) {
            if (v[i] >= max - tol && wanted-- == 0) {
                return i;
            }
        }
        return from;
    }

    /**
     * The shortest run of days that holds at least {@code mass} of the probability: {first, last} day indices. When
     * several runs are that short and hold as much (its ends in a flat stretch, where the evidence tells no day from
     * another: no evidence at all, or a cue's flat share for being wrong), the middle one of them, not the first: the
     * evidence does not put the rest before the likely days rather than after them.
     */
    int[] shortest(double mass) {
        int bestFrom = 0;
        int bestTo = DAYS - 1;
        double run = 0;
        int from = 0;
        for (int to = 0; to < DAYS; to++) {
            run += p[to];
            while (from < to && run - p[from] >= mass) {
                run -= p[from];
                from++;
            }
            if (run >= mass && to - from < bestTo - bestFrom) {
                bestFrom = from;
                bestTo = to;
            }
        }
        // every run of that length holding as much (to a rounding error) is as good: take the middle one
        int length = bestTo - bestFrom;
        double tie = -TIE;
        for (int i = bestFrom; i <= bestTo; i++) {
            tie += p[i];
        }
        int count = 0;
        for (int pass = 0; pass < 2; pass++) {
            int wanted = count / 2;
            int seen = 0;
            double window = 0;
            for (int i = 0; i <= length; i++) {
                window += p[i];
            }
            for (int start = 0; start + length < DAYS; start++) {
                if (start > 0) {
                    window += p[start + length] - p[start - 1];
                }
                if (window >= tie) {
                    if (pass == 1 && seen == wanted) {
                        return new int[] {start, start + length};
                    }
                    seen++;
                }
            }
            count = seen;
        }
        return new int[] {bestFrom, bestTo};
    }

    /** How much less probability a run may hold than the shortest one and still count as holding as much. */
    private static final double TIE = 1e-9;

    /** The probability of the days within {@code radius} days of day index {@code i}. */
    double massNear(int i, int radius) {
        double m = 0;
        for (int k = Math.max(0, i - radius); k <= Math.min(DAYS - 1, i + radius); k++) {
            m += p[k];
        }
        return m;
    }

    /** The probability of the days of the given years. */
    double massInYears(List<Integer> years) {
        double m = 0;
        for (int year : years) {
            if (year < FIRST.getYear() || year > LAST.getYear()) {
                continue;
            }
            int from = index(LocalDate.of(year, 1, 1));
            int to = index(LocalDate.of(year, 12, 31));
            for (int k = from; k <= to; k++) {
                m += p[k];
            }
        }
        return m;
    }

    /** The probability of day index {@code i}. */
    double at(int i) {
        return p[i];
    }
}
