package org.chronologer.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.chronologer.corpus.CorpusSimilarity;
import org.chronologer.model.Conflict;
import org.chronologer.model.Event;

/**
 * Merges the same event told by several articles into one event with several sources, and reports a conflict
 * when two articles tell what reads as the same event at incompatible times.
 *
 * <p>Two tellings are the same event when their intervals are identical and their clauses share enough
 * content words; a happening on the same day with other words stays apart. Candidates are found by interval
 * (a map from interval to events) and, for conflicts, by shared rare words (an inverted index), never by
 * comparing all pairs.
 */
public final class EventMerger {

    /** Word overlap (Jaccard) from which two clauses of the same interval tell the same event. */
    static final double SAME_EVENT = 0.25;
    /** Content words two clauses of the same interval must share to be merged. */
    static final int MIN_SHARED = 2;
    /** Word overlap from which two clauses at disjoint times are reported as a conflict. */
    static final double CONFLICTING = 0.6;
    /** Content words two clauses must share to be compared for a conflict. */
    static final int MIN_SHARED_FOR_CONFLICT = 5;
    /** Words found in more clauses than this are too common to find conflict candidates with. */
    static final int MAX_POSTINGS = 200;

    /** The merged events (in chronological order, with ids e1, e2, ...) and the conflicts found. */
    public record Result(List<Event> events, List<Conflict> conflicts) {
    }

    private EventMerger() {
    }

    /** Merges the events of every article (given in article order, each in text order). */
    public static Result merge(List<Event> tellings) {
        Map<String, List<Event>> byInterval = new TreeMap<>();
        for (Event e : tellings) {
            byInterval.computeIfAbsent(e.earliest() + "/" + e.latest(), k -> new ArrayList<>()).add(e);
        }
        List<Event> merged = new ArrayList<>();
        for (List<Event> bucket : byInterval.values()) {
            List<Event> clusters = new ArrayList<>();
            List<Set<String>> clusterWords = new ArrayList<>();
            for (Event e : bucket) {
                Set<String> words = CorpusSimilarity.contentWords(e.text());
                int found = -1;
                for (int c = 0; c < clusters.size(); c++) {
                    Set<String> cw = clusterWords.get(c);
                    if (CorpusSimilarity.shared(words, cw) >= MIN_SHARED && CorpusSimilarity.jaccard(words, cw) >= SAME_EVENT
                            && !sameArticleSameMention(clusters.get(c), e)) {
                        found = c;
                        break;
                    }
                }
                if (found < 0) {
                    clusters.add(e);
                    clusterWords.add(words);
                } else {
                    Event c = clusters.get(found);
                    List<Event.Source> sources = new ArrayList<>(c.sources());
                    sources.addAll(e.sources());
                    clusters.set(found, new Event(c.id(), c.text(), c.sentence(), c.when(), sources));
                }
            }
            merged.addAll(clusters);
        }
        merged.sort(Comparator.comparing(Event::earliest).thenComparing(Event::latest, Comparator.reverseOrder())
                .thenComparing(e -> e.sources().get(0).article()).thenComparingInt(e -> e.sources().get(0).start()));
        List<Event> out = new ArrayList<>(merged.size());
        for (int i = 0; i < merged.size(); i++) {
            out.add(merged.get(i).withId("e" + (i + 1)));
        }
        return new Result(out, conflicts(out));
    }

    private static boolean sameArticleSameMention(Event cluster, Event e) {
        Event.Source s = e.sources().get(0);
        return cluster.sources().stream().anyMatch(c -> c.article().equals(s.article()) && c.start() == s.start());
    }

    /** Pairs of events from different articles whose clauses read alike but whose times cannot both hold. */
    private static List<Conflict> conflicts(List<Event> events) {
        List<Set<String>> words = events.stream().map(e -> CorpusSimilarity.contentWords(e.text())).toList();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            for (String w : words.get(i)) {
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Map<Integer, Integer> counts = new TreeMap<>();
            for (String w : words.get(i)) {
                List<Integer> p = postings.get(w);
                if (p.size() > MAX_POSTINGS) {
                    continue;
                }
                for (int j : p) {
                    if (j > i) {
                        counts.merge(j, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> c : counts.entrySet()) {
                int j = c.getKey();
                Event a = events.get(i);
                Event b = events.get(j);
                boolean disjoint = a.latest().isBefore(b.earliest()) || b.latest().isBefore(a.earliest());
                boolean otherArticles = !a.articles().equals(b.articles()) && a.articles().stream().noneMatch(b.articles()::contains);
                if (c.getValue() >= MIN_SHARED_FOR_CONFLICT && disjoint && otherArticles
                        && CorpusSimilarity.jaccard(words.get(i), words.get(j)) >= CONFLICTING) {
                    out.add(new Conflict("the same event told at incompatible times: " + a.id() + " (" + a.when().value() + ") and "
                            + b.id() + " (" + b.when().value() + "): \"" + a.text() + "\"",
                            List.of(describe(a), describe(b))));
                }
            }
        }
        return out;
    }

    private static String describe(Event e) {
        Event.Source s = e.sources().get(0);
        return "article " + s.article() + " at " + s.start() + ": '" + s.mention() + "' = " + e.when().value();
    }
}
