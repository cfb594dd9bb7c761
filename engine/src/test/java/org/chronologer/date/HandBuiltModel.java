package org.chronologer.date;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chronologer.date.LagBins.Scheme;

/**
 * A dating model built by hand for tests, from the lags of imaginary dated articles: {@code span("dateline", 0, 50)}
 * says that 50 articles with a dateline were published 0 days from it. Every other number is the untrained model's
 * (temperature 1, window 0.9, plausible range 0.995, no sharing, confidence the probability within a week, no
 * horizon) unless set here.
 */
public final class HandBuiltModel {

    private record Counts(Scheme scheme, int[] counts) {
    }

    private final Map<String, Counts> kinds = new LinkedHashMap<>();
    private double windowMass = 0.9;
    private double siblingLink = 2;
    private double siblingWeight = 0;
    private LocalDate horizon = Posterior.LAST;

    private HandBuiltModel() {
    }

    /** A model that knows no kind yet. */
    public static HandBuiltModel empty() {
        return new HandBuiltModel();
    }

    /** {@code articles} more articles of kind {@code kind}, measured from a span, published {@code lag} days from it (0 inside). */
    public HandBuiltModel span(String kind, long lag, int articles) {
        return add(kind, Scheme.SPAN, lag, articles);
    }

    /** {@code articles} more articles of kind {@code kind}, measured from a weekday, published {@code lag} days after it (0-6). */
    public HandBuiltModel weekly(String kind, long lag, int articles) {
        return add(kind, Scheme.WEEKLY, lag, articles);
    }

    /** {@code articles} more articles of kind {@code kind}, measured from a day of the year, {@code lag} days after it (0-365). */
    public HandBuiltModel yearly(String kind, long lag, int articles) {
        return add(kind, Scheme.YEARLY, lag, articles);
    }

    /** The share of the probability the window holds. */
    public HandBuiltModel window(double mass) {
        this.windowMass = mass;
        return this;
    }

    /** Articles linked at least {@code fromLink} share their evidence, at {@code weight} for a link of 1. */
    public HandBuiltModel sharing(double fromLink, double weight) {
        this.siblingLink = fromLink;
        this.siblingWeight = weight;
        return this;
    }

    /** The day after which publication is unlikely (a {@link Dating} over a non-empty base sets its own). */
    public HandBuiltModel horizon(LocalDate day) {
        this.horizon = day;
        return this;
    }

    private HandBuiltModel add(String kind, Scheme scheme, long lag, int articles) {
        Counts c = kinds.computeIfAbsent(kind, k -> new Counts(scheme, new int[scheme.bins]));
        if (c.scheme() != scheme) {
            throw new IllegalArgumentException(kind + " is measured from a " + c.scheme() + ", not a " + scheme);
        }
        c.counts()[LagBins.bin(scheme, lag)] += articles;
        return this;
    }

    /** The model. */
    public DatingModel build() {
        Map<String, DatingModel.Counts> out = new TreeMap<>();
        kinds.forEach((name, c) -> out.put(name, new DatingModel.Counts(c.scheme(), c.counts())));
        return new DatingModel(new DatingModel.Lags(out, DatingFit.SMOOTHING, 0, Map.of()), 0, 1, windowMass, 0.995, siblingLink, siblingWeight, 0, 1,
                List.of(new DatingModel.Source("hand-built", 0)), horizon);
    }
}
