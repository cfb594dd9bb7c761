package org.chronologer.date;

import org.chronologer.model.Anchor;

/**
 * The bins the dating model counts lags in, by the kind of anchor. A span's lag (days from the span to the
 * publication day: 0 inside, negative before) falls in signed doubling bins (0; 1; 2-3; 4-7; ... up to 2^17 days, 359
 * years); a weekday's lag (0-6 days since it) in one bin a day; a day or month of the year's lag (0-365 days since its
 * last occurrence) in doubling bins (0; 1; 2-3; ...; 256-365).
 */
final class LagBins {

    private LagBins() {
    }

    /** The largest doubling bin of a span's lag, on either side. */
    static final int SPAN_MAX = 17;
    static final int SPAN_BINS = 2 * SPAN_MAX + 1;
    static final int WEEKLY_BINS = 7;
    static final int YEARLY_BINS = 10;

    /** The schemes of bins: one per kind of anchor. */
    enum Scheme {
        SPAN(SPAN_BINS), WEEKLY(WEEKLY_BINS), YEARLY(YEARLY_BINS);

        final int bins;

        Scheme(int bins) {
            this.bins = bins;
        }

        static Scheme of(Anchor a) {
            return a instanceof Anchor.Weekly ? WEEKLY : a instanceof Anchor.Yearly ? YEARLY : SPAN;
        }
    }

    /** The bin of a lag in a scheme. */
    static int bin(Scheme scheme, long lag) {
        return switch (scheme) {
            case SPAN -> SPAN_MAX + (lag == 0 ? 0 : (int) Math.signum(lag) * Math.min(SPAN_MAX, doubling(Math.abs(lag))));
            case WEEKLY -> (int) Math.floorMod(lag, 7);
            case YEARLY -> Math.min(YEARLY_BINS - 1, lag <= 0 ? 0 : doubling(lag));
        };
    }

    /** 1 for 1, 2 for 2-3, 3 for 4-7, ...: the doubling bin of a positive lag. */
    private static int doubling(long lag) {
        return 64 - Long.numberOfLeadingZeros(lag);
    }

    /** The smallest lag of a bin. */
    static long low(Scheme scheme, int bin) {
        return switch (scheme) {
            case SPAN -> {
                int k = bin - SPAN_MAX;
                yield k == 0 ? 0 : k == -SPAN_MAX ? -Long.MAX_VALUE / 4 : k > 0 ? 1L << (k - 1) : -((1L << -k) - 1);
            }
            case WEEKLY -> bin;
            case YEARLY -> bin == 0 ? 0 : 1L << (bin - 1);
        };
    }

    /** The largest lag of a bin (the last bins reach as far as any lag). */
    static long high(Scheme scheme, int bin) {
        return switch (scheme) {
            case SPAN -> {
                int k = bin - SPAN_MAX;
                yield k == 0 ? 0 : k == SPAN_MAX ? Long.MAX_VALUE / 4 : k == -SPAN_MAX ? -(1L << (SPAN_MAX - 1)) : k > 0 ? (1L << k) - 1 : -(1L << (-k - 1));
            }
            case WEEKLY -> bin;
            case YEARLY -> bin == YEARLY_BINS - 1 ? 365 : bin == 0 ? 0 : (1L << bin) - 1;
        };
    }

    /** How many lags a bin holds (for the inside of a span, the caller knows the span's length). */
    static double width(Scheme scheme, int bin) {
        long hi = high(scheme, bin);
        long lo = low(scheme, bin);
        if (scheme == Scheme.SPAN && Math.abs(bin - SPAN_MAX) == SPAN_MAX) {
            return 1L << (SPAN_MAX - 1); // the outermost bins: as wide as the doubling gives them
        }
        return Math.abs(hi - lo) + 1;
    }
}
