package org.chronologer.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * TempEval-3 scores for temporal expressions (TIMEX3), accumulated over many documents (micro-average).
 *
 * <p>The metrics are those of the official TempEval-3 toolkit ({@code evaluation-entities/evaluate_entities.py}
 * of the TE3 evaluation tools; UzZaman et al., "SemEval-2013 Task 1: TempEval-3", SemEval 2013):
 * <ul>
 *   <li><b>Alignment.</b> Each system timex is paired with at most one gold timex of the same document, and each
 *       gold timex with at most one system timex, where the two spans overlap (TE3 aligns entity ids with
 *       its TimeML-Normalizer by extent overlap). Identical spans are paired first; the rest get a maximum
 *       one-to-one matching on overlap, preferring the larger overlap.</li>
 *   <li><b>Strict match</b>: an aligned pair whose spans are identical (same start and end offsets).
 *       Strict P = strict matches / system timexes, strict R = strict matches / gold timexes.</li>
 *   <li><b>Relaxed match</b>: any aligned (overlapping) pair. Relaxed P = relaxed matches / system timexes,
 *       relaxed R = relaxed matches / gold timexes.</li>
 *   <li><b>Attribute accuracy</b> (value, type): the share of relaxed matches whose attribute string equals
 *       the gold one exactly (TE3 compares {@code g.value == s.value}; {@code mod} is not scored).</li>
 *   <li><b>Attribute F1</b> (the TE3 "Value F1" ranking score, and "Type F1"): accuracy × relaxed P and
 *       accuracy × relaxed R, whose harmonic mean is accuracy × relaxed F1. With the one-to-one alignment this
 *       is the same as P = correct attributes / system timexes and R = correct attributes / gold timexes.</li>
 *   <li>F1 = 2PR / (P + R), 0 when P + R = 0; P (R) is 0 when there are no system (gold) timexes; when there
 *       are neither, every F1 is 1, as in the toolkit.</li>
 * </ul>
 *
 * <p>Counts are summed over the documents given to {@link #add}, then the ratios are taken (micro-average),
 * as the toolkit does over a folder. Not thread-safe.
 */
public final class TempEvalScore {

    /**
     * A temporal expression to score: its extent in the document's text and its TIMEX3 attributes.
     *
     * @param start first char, inclusive
     * @param end   end, exclusive
     * @param text  the covered text (for reports only; not compared)
     * @param type  the TIMEX3 type ("DATE", "TIME", "DURATION", "SET")
     * @param value the TIMEX3 value ("" when the system gave none)
     */
    public record Span(int start, int end, String text, String type, String value) {
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
        }

        /** Whether this span and {@code o} share at least one char. */
        public boolean overlaps(Span o) {
            return start < o.end && o.start < end;
        }

        /** Whether this span covers exactly the chars {@code o} covers. */
        public boolean sameExtent(Span o) {
            return start == o.start && end == o.end;
        }

        /** The number of chars this span shares with {@code o}. */
        public int overlap(Span o) {
            return Math.max(0, Math.min(end, o.end) - Math.max(start, o.start));
        }
    }

    /** A gold timex and the system timex aligned with it (their spans overlap). */
    public record Pair(Span gold, Span system) {
        /** Whether the spans are identical. */
        public boolean strict() {
            return gold.sameExtent(system);
        }

        /** Whether the values are the same string. */
        public boolean valueCorrect() {
            return gold.value().equals(system.value());
        }

        /** Whether the types are the same string. */
        public boolean typeCorrect() {
            return gold.type().equals(system.type());
        }
    }

    /**
     * The alignment of one document: the aligned pairs (in gold order), the gold timexes no system timex
     * overlaps (false negatives) and the system timexes left unpaired (false positives).
     */
    public record Alignment(List<Pair> pairs, List<Span> missed, List<Span> spurious) {
        public Alignment {
            pairs = List.copyOf(pairs);
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }
    }

    private int documents;
    private int gold;
    private int system;
    private int strict;
    private int relaxed;
    private int valueCorrect;
    private int typeCorrect;

    /** An empty score. */
    public TempEvalScore() {
    }

    /**
     * Scores one document's system timexes against its gold timexes, adds the counts to the totals and
     * returns the alignment (for error reports).
     */
    public Alignment add(List<Span> goldSpans, List<Span> systemSpans) {
        Alignment a = align(goldSpans, systemSpans);
        documents++;
        gold += goldSpans.size();
        system += systemSpans.size();
        for (Pair p : a.pairs()) {
            relaxed++;
            if (p.strict()) {
                strict++;
            }
            if (p.valueCorrect()) {
                valueCorrect++;
            }
            if (p.typeCorrect()) {
                typeCorrect++;
            }
        }
        return a;
    }

    /**
     * The one-to-one alignment of one document's gold and system timexes: identical spans first, then a
     * maximum matching of overlapping spans (augmenting paths), each gold timex trying the system timexes
     * it overlaps most first.
     */
    public static Alignment align(List<Span> goldSpans, List<Span> systemSpans) {
        int g = goldSpans.size();
        int s = systemSpans.size();
        int[] goldToSystem = new int[g];
        int[] systemToGold = new int[s];
        Arrays.fill(goldToSystem, -1);
        Arrays.fill(systemToGold, -1);
        boolean[] fixed = new boolean[s];

        // 1. identical extents
        Map<Long, List<Integer>> byExtent = new HashMap<>();
        for (int j = 0; j < s; j++) {
            byExtent.computeIfAbsent(key(systemSpans.get(j)), k -> new ArrayList<>()).add(j);
        }
        for (int i = 0; i < g; i++) {
            List<Integer> same = byExtent.get(key(goldSpans.get(i)));
            if (same == null) {
                continue;
            }
            for (int j : same) {
                if (systemToGold[j] < 0) {
                    goldToSystem[i] = j;
                    systemToGold[j] = i;
                    fixed[j] = true;
                    break;
                }
            }
        }

        // 2. maximum matching of the rest on overlap
        List<List<Integer>> candidates = new ArrayList<>(g);
        for (int i = 0; i < g; i++) {
            List<Integer> c = new ArrayList<>();
            if (goldToSystem[i] < 0) {
                Span gs = goldSpans.get(i);
                for (int j = 0; j < s; j++) {
                    if (!fixed[j] && gs.overlaps(systemSpans.get(j))) {
                        c.add(j);
                    }
                }
                c.sort(Comparator.<Integer>comparingInt(j -> -gs.overlap(systemSpans.get(j)))
                        .thenComparingInt(j -> Math.abs(systemSpans.get(j).start() - gs.start()))
                        .thenComparingInt(j -> j));
            }
            candidates.add(c);
        }
        for (int i = 0; i < g; i++) {
            if (goldToSystem[i] < 0 && !candidates.get(i).isEmpty()) {
                augment(i, candidates, goldToSystem, systemToGold, new boolean[s]);
            }
        }

        List<Pair> pairs = new ArrayList<>();
        List<Span> missed = new ArrayList<>();
        for (int i = 0; i < g; i++) {
            if (goldToSystem[i] >= 0) {
                pairs.add(new Pair(goldSpans.get(i), systemSpans.get(goldToSystem[i])));
            } else {
                missed.add(goldSpans.get(i));
            }
        }
        List<Span> spurious = new ArrayList<>();
        for (int j = 0; j < s; j++) {
            if (systemToGold[j] < 0) {
                spurious.add(systemSpans.get(j));
            }
        }
        return new Alignment(pairs, missed, spurious);
    }

    private static long key(Span sp) {
        return ((long) sp.start() << 32) | (sp.end() & 0xffffffffL);
    }

    /** Kuhn's augmenting path from gold {@code i}. */
    private static boolean augment(int i, List<List<Integer>> candidates, int[] goldToSystem, int[] systemToGold,
                                   boolean[] visited) {
        for (int j : candidates.get(i)) {
            if (visited[j]) {
                continue;
            }
            visited[j] = true;
            if (systemToGold[j] < 0 || augment(systemToGold[j], candidates, goldToSystem, systemToGold, visited)) {
                goldToSystem[i] = j;
                systemToGold[j] = i;
                return true;
            }
        }
        return false;
    }

    /** The documents scored. */
    public int documents() {
        return documents;
    }

    /** The gold timexes seen. */
    public int goldCount() {
        return gold;
    }

    /** The system timexes seen. */
    public int systemCount() {
        return system;
    }

    /** Aligned pairs with identical spans. */
    public int strictMatches() {
        return strict;
    }

    /** Aligned (overlapping) pairs. */
    public int relaxedMatches() {
        return relaxed;
    }

    /** Relaxed matches whose value equals the gold value. */
    public int valueMatches() {
        return valueCorrect;
    }

    /** Relaxed matches whose type equals the gold type. */
    public int typeMatches() {
        return typeCorrect;
    }

    /** Strict matches / system timexes. */
    public double strictPrecision() {
        return ratio(strict, system);
    }

    /** Strict matches / gold timexes. */
    public double strictRecall() {
        return ratio(strict, gold);
    }

    /** Harmonic mean of strict precision and recall. */
    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    /** Relaxed matches / system timexes. */
    public double relaxedPrecision() {
        return ratio(relaxed, system);
    }

    /** Relaxed matches / gold timexes. */
    public double relaxedRecall() {
        return ratio(relaxed, gold);
    }

    /** Harmonic mean of relaxed precision and recall. */
    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    /** Correct values / relaxed matches (0 when there are none). */
    public double valueAccuracy() {
        return ratio(valueCorrect, relaxed);
    }

    /** Value accuracy × relaxed precision = correct values / system timexes. */
    public double valuePrecision() {
        return valueAccuracy() * relaxedPrecision();
    }

    /** Value accuracy × relaxed recall = correct values / gold timexes. */
    public double valueRecall() {
        return valueAccuracy() * relaxedRecall();
    }

    /** TE3 value F1: harmonic mean of value precision and recall (= value accuracy × relaxed F1). */
    public double valueF1() {
        return f1(valuePrecision(), valueRecall());
    }

    /** Correct types / relaxed matches (0 when there are none). */
    public double typeAccuracy() {
        return ratio(typeCorrect, relaxed);
    }

    /** Type accuracy × relaxed precision. */
    public double typePrecision() {
        return typeAccuracy() * relaxedPrecision();
    }

    /** Type accuracy × relaxed recall. */
    public double typeRecall() {
        return typeAccuracy() * relaxedRecall();
    }

    /** TE3 type F1 (= type accuracy × relaxed F1). */
    public double typeF1() {
        return f1(typePrecision(), typeRecall());
    }

    private boolean empty() {
        return gold == 0 && system == 0;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    private double f1(double p, double r) {
        if (empty()) {
            return 1.0;
        }
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** A readable multi-line summary, percentages with two decimals. */
    public String format() {
        return table(Map.of("system", this));
    }

    /**
     * Several systems' scores side by side, one column each (in the map's order), percentages with two
     * decimals.
     */
    public static String table(Map<String, TempEvalScore> scores) {
        return table(scores, Map.of());
    }

    /**
     * Several systems' scores side by side, as {@link #table(Map)}, with extra rows at the end: each maps a
     * label to one cell per system, in the same order (articles per second, say).
     */
    public static String table(Map<String, TempEvalScore> scores, Map<String, List<String>> extraRows) {
        Map<String, TempEvalScore> s = new LinkedHashMap<>(scores);
        List<String[]> rows = new ArrayList<>();
        rows.add(row("", s, (n, x) -> n));
        rows.add(row("documents", s, (n, x) -> Integer.toString(x.documents)));
        rows.add(row("gold timexes", s, (n, x) -> Integer.toString(x.gold)));
        rows.add(row("system timexes", s, (n, x) -> Integer.toString(x.system)));
        rows.add(row("strict matches", s, (n, x) -> Integer.toString(x.strict)));
        rows.add(row("relaxed matches", s, (n, x) -> Integer.toString(x.relaxed)));
        rows.add(row("correct values", s, (n, x) -> Integer.toString(x.valueCorrect)));
        rows.add(row("correct types", s, (n, x) -> Integer.toString(x.typeCorrect)));
        rows.add(row("strict P/R/F1", s, (n, x) -> prf(x.strictPrecision(), x.strictRecall(), x.strictF1())));
        rows.add(row("relaxed P/R/F1", s, (n, x) -> prf(x.relaxedPrecision(), x.relaxedRecall(), x.relaxedF1())));
        rows.add(row("value P/R/F1", s, (n, x) -> prf(x.valuePrecision(), x.valueRecall(), x.valueF1())));
        rows.add(row("type P/R/F1", s, (n, x) -> prf(x.typePrecision(), x.typeRecall(), x.typeF1())));
        rows.add(row("value accuracy", s, (n, x) -> pct(x.valueAccuracy())));
        rows.add(row("type accuracy", s, (n, x) -> pct(x.typeAccuracy())));
        for (Map.Entry<String, List<String>> e : extraRows.entrySet()) {
            if (e.getValue().size() != s.size()) {
                throw new IllegalArgumentException("row " + e.getKey() + " has " + e.getValue().size()
                        + " cells for " + s.size() + " systems");
            }
            String[] r = new String[s.size() + 1];
            r[0] = e.getKey();
            for (int c = 0; c < s.size(); c++) {
                r[c + 1] = e.getValue().get(c);
            }
            rows.add(r);
        }
        return TextTable.render(rows, "   ");
    }

    private interface Cell {
        String of(String name, TempEvalScore score);
    }

    private static String[] row(String label, Map<String, TempEvalScore> scores, Cell cell) {
        String[] r = new String[scores.size() + 1];
        r[0] = label;
        int c = 1;
        for (Map.Entry<String, TempEvalScore> e : scores.entrySet()) {
            r[c++] = cell.of(e.getKey(), e.getValue());
        }
        return r;
    }

    private static String prf(double p, double r, double f) {
        return pct(p) + " / " + pct(r) + " / " + pct(f);
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%6.2f", 100 * x);
    }
}
