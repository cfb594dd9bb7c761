package org.chronologer.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Event extraction scored the TempEval-3 way: strict (same span) and relaxed (overlapping spans) precision, recall
 * and F1, micro-averaged over documents, and the class accuracy over the relaxed matches (with the class F1: matches
 * of the right class over the system's and the gold's events). Each gold event matches at most one system event.
 */
public final class EventScore {

    /** An event span with its TimeML class. */
    public record Span(int start, int end, String eventClass) {
        public Span {
            Objects.requireNonNull(eventClass, "eventClass");
        }

        boolean overlaps(Span o) {
            return start < o.end && o.start < end;
        }
    }

    private int gold;
    private int system;
    private int strict;
    private int relaxed;
    private int rightClass;

    /** Adds one document's gold and system events (each list in text order). */
    public void add(List<Span> goldSpans, List<Span> systemSpans) {
        gold += goldSpans.size();
        system += systemSpans.size();
        int[] match = match(goldSpans, systemSpans);
        for (int i = 0; i < systemSpans.size(); i++) {
            if (match[i] >= 0) {
                Span s = systemSpans.get(i);
                Span gs = goldSpans.get(match[i]);
                relaxed++;
                if (gs.start() == s.start() && gs.end() == s.end()) {
                    strict++;
                }
                if (gs.eventClass().equals(s.eventClass())) {
                    rightClass++;
                }
            }
        }
    }

    /**
     * The gold event each system event matches (its index in {@code goldSpans}), or -1: the first unused overlapping
     * gold event, one of the same span if any. Each gold event matches at most one system event.
     */
    public static int[] match(List<Span> goldSpans, List<Span> systemSpans) {
        int[] out = new int[systemSpans.size()];
        boolean[] used = new boolean[goldSpans.size()];
        int g0 = 0;
        for (int i = 0; i < systemSpans.size(); i++) {
            Span s = systemSpans.get(i);
            while (g0 < goldSpans.size() && goldSpans.get(g0).end() <= s.start()) {
                g0++;
            }
            int match = -1;
            for (int g = g0; g < goldSpans.size() && goldSpans.get(g).start() < s.end(); g++) {
                if (!used[g] && goldSpans.get(g).overlaps(s)) {
                    Span gs = goldSpans.get(g);
                    if (match < 0 || (gs.start() == s.start() && gs.end() == s.end())) {
                        match = g;
                    }
                }
            }
            if (match >= 0) {
                used[match] = true;
            }
            out[i] = match;
        }
        return out;
    }

    public double strictF1() {
        return f1(strict, system, gold);
    }

    public double relaxedF1() {
        return f1(relaxed, system, gold);
    }

    public double relaxedPrecision() {
        return system == 0 ? 0 : (double) relaxed / system;
    }

    public double relaxedRecall() {
        return gold == 0 ? 0 : (double) relaxed / gold;
    }

    /** Right class over relaxed matches. */
    public double classAccuracy() {
        return relaxed == 0 ? 0 : (double) rightClass / relaxed;
    }

    /** Matches of the right class, as an F1 over system and gold events. */
    public double classF1() {
        return f1(rightClass, system, gold);
    }

    private static double f1(int hits, int sys, int gld) {
        double p = sys == 0 ? 0 : (double) hits / sys;
        double r = gld == 0 ? 0 : (double) hits / gld;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The counts: gold events, system events, strict and relaxed matches. */
    public String counts() {
        return String.format(Locale.ROOT, "gold %d, system %d, strict %d, relaxed %d, right class %d", gold, system, strict, relaxed, rightClass);
    }

    /** One row of figures: strict P R F1, relaxed P R F1, class accuracy, class F1 (percentages). */
    public String[] row(String name) {
        return new String[] {name, pct((double) strict / Math.max(1, system)), pct((double) strict / Math.max(1, gold)), pct(strictF1()),
                pct(relaxedPrecision()), pct(relaxedRecall()), pct(relaxedF1()), pct(classAccuracy()), pct(classF1()),
                String.valueOf(gold), String.valueOf(system)};
    }

    /** The header of {@link #row}. */
    public static String[] header() {
        return new String[] {"part", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1", "class acc", "class F1", "gold", "system"};
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.2f", 100 * x);
    }

    /** The spans as a list (for tests). */
    public static List<Span> spans(Span... s) {
        return new ArrayList<>(List.of(s));
    }
}
