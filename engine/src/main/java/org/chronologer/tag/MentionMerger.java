package org.chronologer.tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps one mention per span when several taggers found overlapping ones: the longest, then the best typed
 * (a date or time over a duration), then the most trusted tagger; and records every tagger that found an
 * overlapping span.
 */
public final class MentionMerger {

    /** A kept span and the taggers that found it or an overlapping span. */
    public record Merged(TaggedSpan span, Set<String> taggers) {
    }

    private static final Map<String, Integer> TRUST = Map.of(HeidelTimeTagger.NAME, 0, PatternTagger.NAME, 1, NattyTagger.NAME, 2);

    private MentionMerger() {
    }

    /** The merged spans, in text order. */
    public static List<Merged> merge(List<TaggedSpan> spans) {
        List<TaggedSpan> byPreference = new ArrayList<>(spans);
        byPreference.sort(Comparator.comparingInt(TaggedSpan::length).reversed()
                .thenComparingInt(s -> s.type() == TimexType.DURATION || s.type() == TimexType.SET ? 1 : 0)
                .thenComparingInt(s -> TRUST.getOrDefault(s.tagger(), 9))
                .thenComparingInt(TaggedSpan::start));
        // kept spans never overlap, so the one starting last before s ends is the only one that can overlap s
        TreeMap<Integer, TaggedSpan> keptByStart = new TreeMap<>();
        for (TaggedSpan s : byPreference) {
            Map.Entry<Integer, TaggedSpan> before = keptByStart.floorEntry(Math.max(s.start(), s.end() - 1));
            if (before == null || !before.getValue().overlaps(s)) {
                keptByStart.put(s.start(), s);
            }
        }
        // the taggers of each kept span: those of every span that overlaps it, found among the kept spans that start
        // no further before the span than the longest kept one is long (not by comparing every pair)
        int longest = keptByStart.values().stream().mapToInt(TaggedSpan::length).max().orElse(0);
        Map<TaggedSpan, Set<String>> taggers = new IdentityHashMap<>();
        // the few sets of taggers there are, each made once, rather than a set per kept span
        Map<Set<String>, Set<String>> sets = new HashMap<>();
        for (TaggedSpan s : spans) {
            for (TaggedSpan k : keptByStart.subMap(s.start() - longest, true, s.end(), true).values()) {
                if (s.overlaps(k) || (s.length() == 0 && s.start() == k.start())) {
                    taggers.put(k, with(taggers.get(k), s.tagger(), sets));
                }
            }
        }
        List<Merged> out = new ArrayList<>(keptByStart.size());
        for (TaggedSpan k : keptByStart.values()) {
            out.add(new Merged(k, taggers.getOrDefault(k, Collections.emptySortedSet())));
        }
        return out;
    }

    /** The set of {@code sets} (sorted, unmodifiable) that holds the taggers of {@code found} (null for none) and {@code tagger}. */
    private static Set<String> with(Set<String> found, String tagger, Map<Set<String>, Set<String>> sets) {
        if (found != null && found.contains(tagger)) {
            return found;
        }
        TreeSet<String> union = found == null ? new TreeSet<>() : new TreeSet<>(found);
        union.add(tagger);
        return sets.computeIfAbsent(union, u -> Collections.unmodifiableSortedSet(union));
    }
}
