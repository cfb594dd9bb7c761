package org.chronologer.date;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronologer.date.rule.DatelineRule;
import org.chronologer.model.Evidence;
import org.chronologer.model.PublicationEstimate;

/**
 * Combines evidence over candidate days: each day's score is the weighted sum of the support every piece of
 * evidence gives it. The best day has the highest score (the middle one when several tie); the window runs
 * from the first to the last day whose score is within {@link #TOLERANCE} of it. Adding a rule means adding evidence, never editing the others.
 *
 * <p>When evidence conflicts (no day satisfies all of it), the strongest combination wins and the evidence
 * the best day contradicts is reported as a conflict. The confidence is the calibrated probability that the
 * window holds the true day.
 */
public final class DateSolver {

    /**
     * How far below the best score a day may fall and stay in the window: less than one plain constraint
     * (weight 1), so a day that breaks a bound is out, while days that differ only in soft preferences stay in.
     */
    static final double TOLERANCE = 0.75;
    /** The most pieces of evidence weighed for one article (the strongest first). */
    static final int MAX_EVIDENCE = 300;
    /** The range of candidate days when nothing narrows it. */
    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    /** Every candidate day, made once. */
    private static final LocalDate[] ALL_DAYS = days(FIRST, (int) ChronoUnit.DAYS.between(FIRST, LAST) + 1);

    private DateSolver() {
    }

    private static LocalDate[] days(LocalDate first, int n) {
        LocalDate[] out = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            out[i] = first.plusDays(i);
        }
        return out;
    }

    /** The estimate the evidence supports, among days from {@code first} to {@code last}. */
    public static PublicationEstimate solve(List<Evidence> evidence, LocalDate first, LocalDate last,
                                            Optional<LocalDate> declared) {
        if (evidence.size() > MAX_EVIDENCE) {
            // a text with thousands of dates: the strongest pieces decide, in bounded time
            List<Evidence> strongest = new ArrayList<>(evidence);
            strongest.sort(Comparator.comparingDouble(Evidence::weight).reversed().thenComparingInt(Evidence::start));
            evidence = strongest.subList(0, MAX_EVIDENCE);
        }
        int n = (int) ChronoUnit.DAYS.between(first, last) + 1;
        double[] score = new double[n];
        LocalDate[] days = first.equals(FIRST) && last.equals(LAST) ? ALL_DAYS : days(first, n);
        // strongest evidence first; once what is left to weigh cannot lift a day back to within TOLERANCE of the
        // best so far, that day is dropped (support is 0..1 and weights are positive, so this changes no result)
        List<Evidence> order = new ArrayList<>(evidence);
        order.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        double remaining = 0;
        boolean prune = true;
        for (Evidence e : order) {
            remaining += e.weight();
            prune &= e.weight() >= 0;
        }
        int[] alive = new int[n];
        for (int i = 0; i < n; i++) {
            alive[i] = i;
        }
        int count = n;
        // a support that several pieces of evidence share (an article's many "on Tuesday"s) is computed once per day
        Map<Evidence.DaySupport, Integer> uses = new IdentityHashMap<>();
        for (Evidence e : order) {
            uses.merge(e.support(), 1, Integer::sum);
        }
        Map<Evidence.DaySupport, double[]> shared = new IdentityHashMap<>();
        for (Evidence e : order) {
            double w = e.weight();
            Evidence.DaySupport support = e.support();
            double[] values = uses.get(support) > 1 ? shared.computeIfAbsent(support, x -> {
                double[] v = new double[n];
                Arrays.fill(v, Double.NaN);
                return v;
            }) : null;
            for (int k = 0; k < count; k++) {
                int i = alive[k];
                double v;
                if (values == null) {
                    v = support.at(days[i]);
                } else {
                    v = values[i];
                    if (Double.isNaN(v)) {
                        v = support.at(days[i]);
                        values[i] = v;
                    }
                }
                score[i] += w * v;
            }
            remaining -= e.weight();
            if (prune) {
                double best = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < count; k++) {
                    best = Math.max(best, score[alive[k]]);
                }
                double cutoff = best - TOLERANCE - remaining - 1e-9;
                int kept = 0;
                for (int k = 0; k < count; k++) {
                    if (score[alive[k]] >= cutoff) {
                        alive[kept++] = alive[k];
                    } else {
                        score[alive[k]] = Double.NEGATIVE_INFINITY;
                    }
                }
                count = kept;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : score) {
            max = Math.max(max, s);
        }
        double threshold = max - TOLERANCE;
        int lo = -1;
        int hi = -1;
        List<Integer> bestDays = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (score[i] >= threshold) {
                if (lo < 0) {
                    lo = i;
                }
                hi = i;
            }
            if (score[i] == max) {
                bestDays.add(i);
            }
        }
        int best = bestDays.get(bestDays.size() / 2);
        LocalDate bestDay = first.plusDays(best);
        List<Evidence> conflicts = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.support().at(bestDay) == 0) {
                conflicts.add(e);
            }
        }
        List<Evidence> used = new ArrayList<>(evidence);
        used.removeAll(conflicts);
        used.sort(Comparator.comparingDouble(Evidence::weight).reversed().thenComparing(Evidence::start));
        LocalDate earliest = first.plusDays(lo);
        LocalDate latest = first.plusDays(hi);
        double confidence = confidence(ChronoUnit.DAYS.between(earliest, latest) + 1);
        if (used.stream().anyMatch(e -> e.rule().equals(DatelineRule.ID))) {
            // the text says its own date and nothing contradicts it: the narrow window is no bold guess
            confidence = Math.max(confidence, DATELINE_CONFIDENCE);
        }
        return new PublicationEstimate(bestDay, earliest, latest, confidence, declared, used, conflicts);
    }

    /** The confidence of a window that an uncontradicted dateline gives. */
    static final double DATELINE_CONFIDENCE = 0.95;

    /** Logistic calibration of the confidence on the window's width (see {@link #confidence}). */
    static final double CALIBRATION_INTERCEPT = -5.56;
    static final double CALIBRATION_SLOPE = 0.83;

    /**
     * The probability that a window of this width holds the true day: a logistic curve on the log of the width,
     * fitted on the TempEval-3 training articles dated with their creation time hidden (256 news articles,
     * 1989-2000; see README). A narrow window is a bold claim and, on that data, more often wrong than a wide one.
     */
    static double confidence(long widthDays) {
        double p = 1 / (1 + Math.exp(-(CALIBRATION_INTERCEPT + CALIBRATION_SLOPE * Math.log(widthDays))));
        return Math.round(p * 100) / 100.0;
    }
}
