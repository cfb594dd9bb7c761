package org.chronologer.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.chronologer.text.English;
import org.chronologer.text.Words;

/**
 * How much two articles of a corpus tell the same thing: the cosine of their TF-IDF vectors over content
 * words (IDF from the corpus itself, so words every article shares count for nothing).
 */
public final class CorpusSimilarity {

    /**
     * Each text's TF-IDF vector as word ids and weights, in the order of the words (the order the cosine sums in, so
     * that it is the same to the last bit whatever the platform), with the positions sorted by word id for look-ups.
     */
    private final int[][] terms;
    private final double[][] weights;
    private final int[][] byTerm;
    /** In how many texts each word id occurs. */
    private final int[] documentFrequency;

    private CorpusSimilarity(int[][] terms, double[][] weights, int[] documentFrequency) {
        this.terms = terms;
        this.weights = weights;
        this.documentFrequency = documentFrequency;
        this.byTerm = new int[terms.length][];
        for (int i = 0; i < terms.length; i++) {
            long[] keyed = new long[terms[i].length];
            for (int k = 0; k < keyed.length; k++) {
                keyed[k] = ((long) terms[i][k] << 32) | k;
            }
            Arrays.sort(keyed);
            byTerm[i] = new int[keyed.length];
            for (int k = 0; k < keyed.length; k++) {
                byTerm[i][k] = (int) keyed[k];
            }
        }
    }

    /** The similarity model of a corpus of texts, indexed as given. */
    public static CorpusSimilarity of(List<String> texts) {
        // first pass: each text's word counts (in word order) and the document frequencies
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> countedTerms = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        List<Integer> df = new ArrayList<>();
        for (String t : texts) {
            Map<String, Integer> c = wordCounts(t);
            int[] ts = new int[c.size()];
            int[] cs = new int[c.size()];
            int k = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                Integer id = ids.get(e.getKey());
                if (id == null) {
                    id = df.size();
                    ids.put(e.getKey(), id);
                    df.add(0);
                }
                df.set(id, df.get(id) + 1);
                ts[k] = id;
                cs[k] = e.getValue();
                k++;
            }
            countedTerms.add(ts);
            counts.add(cs);
        }
        // second pass: the normalised TF-IDF weights
        int n = texts.size();
        int[][] terms = new int[n][];
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) {
            int[] ts = countedTerms.get(i);
            int[] cs = counts.get(i);
            int[] dfs = new int[ts.length];
            for (int k = 0; k < ts.length; k++) {
                dfs[k] = df.get(ts[k]);
            }
            double[] w = weights(cs, dfs, n);
            terms[i] = ts;
            weights[i] = w;
            countedTerms.set(i, null);
            counts.set(i, null);
        }
        return new CorpusSimilarity(terms, weights, df.stream().mapToInt(Integer::intValue).toArray());
    }

    /** How often each word ({@link Words}) occurs in a text, in the order of the words: the order weights are summed in. */
    public static java.util.SortedMap<String, Integer> wordCounts(String text) {
        java.util.SortedMap<String, Integer> c = new TreeMap<>();
        Words.each(text, w -> c.merge(w.word(), 1, Integer::sum));
        return c;
    }

    /**
     * The normalised TF-IDF weights of one text's words, given in the order of {@link #wordCounts}: how often each
     * occurs in the text, in how many of the corpus's {@code n} texts it occurs. The same weights, to the last bit, as
     * the similarity model of the whole corpus gives (for a corpus that is not in one place).
     */
    public static double[] weights(int[] counts, int[] documentFrequencies, int n) {
        double[] w = new double[counts.length];
        double norm = 0;
        for (int k = 0; k < counts.length; k++) {
            double idf = Math.log((n + 1.0) / (documentFrequencies[k] + 0.5));
            w[k] = (1 + Math.log(counts[k])) * idf;
            norm += w[k] * w[k];
        }
        double len = Math.sqrt(norm);
        if (len > 0) {
            for (int k = 0; k < w.length; k++) {
                w[k] /= len;
            }
        }
        return w;
    }

    /**
     * The cosine of two texts' weight vectors, words in the order of {@link #wordCounts}, as {@link #between} sums it:
     * over the words of the text with fewer words ({@code a} when they have as many: pass the earlier text of the
     * corpus as {@code a}).
     */
    public static double cosine(String[] wordsA, double[] weightsA, String[] wordsB, double[] weightsB) {
        if (wordsA.length > wordsB.length) {
            return cosine(wordsB, weightsB, wordsA, weightsA);
        }
        double dot = 0;
        for (int k = 0; k < wordsA.length; k++) {
            int p = java.util.Arrays.binarySearch(wordsB, wordsA[k]);
            if (p >= 0) {
                dot += weightsA[k] * weightsB[p];
            }
        }
        return Math.max(0, Math.min(1, dot));
    }

    /** The number of distinct words (word ids run from 0 to this, exclusive). */
    int vocabularySize() {
        return documentFrequency.length;
    }

    /** The word ids of text {@code i} (in no particular order). */
    int[] terms(int i) {
        return terms[i];
    }

    /** In how many texts the word with this id occurs. */
    int documentFrequency(int term) {
        return documentFrequency[term];
    }

    /** The ids of the (at most) {@code k} most weighted words of text {@code i}, heaviest first (ties: lower id first). */
    int[] topTerms(int i, int k) {
        int[] t = terms[i];
        double[] w = weights[i];
        return IntStream.range(0, t.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(p -> -w[p]).thenComparingInt(p -> t[p]))
                .limit(k).mapToInt(p -> t[p]).toArray();
    }

    /** Where word {@code term} is in text {@code i}'s arrays, or -1. */
    private int position(int i, int term) {
        int[] t = terms[i];
        int[] order = byTerm[i];
        int lo = 0;
        int hi = order.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = t[order[mid]];
            if (v < term) {
                lo = mid + 1;
            } else if (v > term) {
                hi = mid - 1;
            } else {
                return order[mid];
            }
        }
        return -1;
    }

    /** Whether text {@code i} holds the word with this id. */
    boolean contains(int i, int term) {
        return position(i, term) >= 0;
    }

    /** The content words of a text ({@link Words}), weekday names and words like "today" left out. */
    public static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        Words.each(text, w -> {
            if (isContentWord(w.word())) {
                out.add(w.word());
            }
        });
        return out;
    }

    /** Whether a word of {@link Words} counts as content (not a weekday name or a word like "today"). */
    static boolean isContentWord(String word) {
        return !WEEKDAYS.contains(word);
    }

    /** How many words two sets share. */
    public static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** The Jaccard overlap of two word sets, 0..1. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = shared(a, b);
        return (double) common / (a.size() + b.size() - common);
    }

    /** Words that date a sentence rather than tell what happened in it. */
    private static final Set<String> WEEKDAYS = Stream.concat(English.WEEKDAYS.stream(),
            Stream.of("today", "yesterday", "tomorrow", "week", "weekend")).collect(Collectors.toUnmodifiableSet());

    /** The cosine similarity of texts {@code i} and {@code j}, 0..1. */
    public double between(int i, int j) {
        int a = i;
        int b = j;
        if (terms[a].length > terms[b].length) {
            a = j;
            b = i;
        }
        int[] t = terms[a];
        double[] w = weights[a];
        double dot = 0;
        for (int k = 0; k < t.length; k++) {
            int p = position(b, t[k]);
            if (p >= 0) {
                dot += w[k] * weights[b][p];
            }
        }
        return Math.max(0, Math.min(1, dot));
    }
}
