package org.chronologer.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How strongly pairs of a corpus's articles tell the same happening (0..1), kept sparse: only the pairs whose link
 * is at least {@link #WEAKEST}, the weakest any later stage reads; every other pair is 0. Articles are numbered as
 * in the corpus. Immutable.
 */
public final class ArticleLinks {

    /** The weakest link kept: weaker links count as none (episode finding, the least demanding reader, uses 0.2). */
    public static final double WEAKEST = 0.2;

    /** One link of an article: the other article's number and the strength. */
    public record Link(int other, double strength) {
    }

    private final int[][] others;
    private final double[][] strengths;
    private final long pairs;

    private ArticleLinks(int[][] others, double[][] strengths, long pairs) {
        this.others = others;
        this.strengths = strengths;
        this.pairs = pairs;
    }

    /** {@code n} articles, none linked (articles dated each on its own). */
    public static ArticleLinks none(int n) {
        return new Builder(n).build();
    }

    /** The number of articles. */
    public int size() {
        return others.length;
    }

    /** The number of linked pairs. */
    public long pairs() {
        return pairs;
    }

    /** The link between articles {@code i} and {@code j}; 0 when they are not linked or are the same. */
    public double get(int i, int j) {
        int k = Arrays.binarySearch(others[i], j);
        return k >= 0 ? strengths[i][k] : 0;
    }

    /** The links of article {@code i}, by the other article's number. */
    public List<Link> of(int i) {
        List<Link> out = new ArrayList<>(others[i].length);
        for (int k = 0; k < others[i].length; k++) {
            out.add(new Link(others[i][k], strengths[i][k]));
        }
        return out;
    }

    /** Collects the links of a corpus of {@code n} articles, each pair added once; not thread-safe. */
    static final class Builder {
        private final int[][] others;
        private final double[][] strengths;
        private final int[] counts;
        private long pairs;

        Builder(int n) {
            others = new int[n][0];
            strengths = new double[n][0];
            counts = new int[n];
        }

        /** Adds the link of {@code i} and {@code j} when it is at least {@link #WEAKEST}. */
        void add(int i, int j, double strength) {
            if (i == j || strength < WEAKEST) {
                return;
            }
            append(i, j, strength);
            append(j, i, strength);
            pairs++;
        }

        private void append(int i, int j, double strength) {
            if (counts[i] == others[i].length) {
                int grown = Math.max(4, counts[i] * 2);
                others[i] = Arrays.copyOf(others[i], grown);
                strengths[i] = Arrays.copyOf(strengths[i], grown);
            }
            others[i][counts[i]] = j;
            strengths[i][counts[i]] = strength;
            counts[i]++;
        }

        ArticleLinks build() {
            int n = others.length;
            int[][] o = new int[n][];
            double[][] s = new double[n][];
            for (int i = 0; i < n; i++) {
                long[] keyed = new long[counts[i]];
                for (int k = 0; k < keyed.length; k++) {
                    keyed[k] = ((long) others[i][k] << 32) | k;
                }
                Arrays.sort(keyed);
                o[i] = new int[keyed.length];
                s[i] = new double[keyed.length];
                for (int k = 0; k < keyed.length; k++) {
                    int at = (int) keyed[k];
                    o[i][k] = others[i][at];
                    s[i][k] = strengths[i][at];
                }
            }
            return new ArticleLinks(o, s, pairs);
        }
    }
}
