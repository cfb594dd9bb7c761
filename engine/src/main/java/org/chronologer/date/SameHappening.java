package org.chronologer.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronologer.Mention;
import org.chronologer.interpret.Sentences;
import org.chronologer.interpret.Shift;
import org.chronologer.interpret.SymbolicValue;

/**
 * Which articles of a corpus tell the same happening, and how surely: near-duplicate text (TF-IDF cosine) or
 * the same event anchored to a day (the sentences around their weekday and relative-day mentions share most of
 * their words: "the minister arrived in Paris on Tuesday"). Two articles whose own date windows exclude each other
 * are never linked.
 */
final class SameHappening {

    /** Cosine at which two texts count as fully linked (rewrites of one story score about this). */
    static final double FULL_COSINE = 0.4;

    private SameHappening() {
    }

    /** Link strengths 0..1 between every pair of articles. */
    static double[][] links(List<DateInference.Reading> readings, List<PublicationEstimate> alone) {
        int n = readings.size();
        CorpusSimilarity cosine = CorpusSimilarity.of(readings.stream().map(r -> r.text().text()).toList());
        List<List<Set<String>>> dated = readings.stream().map(SameHappening::datedSentences).toList();
        double[][] link = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!overlaps(alone.get(i), alone.get(j))) {
                    continue;
                }
                double text = Math.min(1, cosine.between(i, j) / FULL_COSINE);
                double event = 0;
                for (Set<String> a : dated.get(i)) {
                    for (Set<String> b : dated.get(j)) {
                        if (CorpusSimilarity.shared(a, b) >= MIN_SHARED_WORDS) {
                            event = Math.max(event, CorpusSimilarity.jaccard(a, b));
                        }
                    }
                }
                double named = sharesSpecificEvent(readings.get(i).evidence(), readings.get(j).evidence()) ? NAMED_EVENT_LINK : 0;
                link[i][j] = link[j][i] = Math.max(Math.max(text, event), named);
            }
        }
        return link;
    }

    /** The link of two articles where one dates itself by a known event (an anniversary, an occurrence of a series) the other names. */
    static final double NAMED_EVENT_LINK = 0.4;

    private static boolean sharesSpecificEvent(List<Evidence> a, List<Evidence> b) {
        return specificIn(a).stream().anyMatch(id -> mentioned(b).contains(id))
                || specificIn(b).stream().anyMatch(id -> mentioned(a).contains(id));
    }

    private static Set<String> specificIn(List<Evidence> evidence) {
        Set<String> out = new java.util.TreeSet<>();
        for (Evidence e : evidence) {
            if ((e.rule().equals("anniversary") || e.rule().equals("ordinal")) && e.about().isPresent()) {
                out.add(e.about().get());
            }
        }
        return out;
    }

    private static Set<String> mentioned(List<Evidence> evidence) {
        Set<String> out = new java.util.TreeSet<>();
        evidence.forEach(e -> e.about().ifPresent(out::add));
        return out;
    }

    /** Words two dated sentences must share before they can count as telling the same event. */
    static final int MIN_SHARED_WORDS = 4;

    /**
     * Links through one intermediate article: a sibling of a sibling is linked by the product of the two links
     * (when stronger than any direct link), so a story told by a chain of rewrites shares its evidence.
     */
    static double[][] throughOneSibling(double[][] link, double threshold) {
        int n = link.length;
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = link[i].clone();
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (i == k || link[i][k] < threshold) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (j != i && j != k && link[k][j] >= threshold) {
                        out[i][j] = Math.max(out[i][j], link[i][k] * link[k][j]);
                    }
                }
            }
        }
        return out;
    }

    /** Groups of articles connected by links of at least {@code threshold}: a group id per article. */
    static int[] groups(double[][] link, double threshold) {
        int n = link.length;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (link[i][j] >= threshold) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = find(parent, i);
        }
        return group;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The content words of each sentence that holds a day-level publication-relative mention. */
    private static List<Set<String>> datedSentences(DateInference.Reading r) {
        List<Set<String>> out = new ArrayList<>();
        String text = r.article().text();
        for (Mention m : r.mentions()) {
            if (m.symbolic() instanceof SymbolicValue.PublicationRelative p && isDayLevel(p.shift())) {
                out.add(CorpusSimilarity.contentWords(text.substring(Sentences.start(text, m.start()), Sentences.end(text, m.end()))));
            }
        }
        return out;
    }

    private static boolean isDayLevel(Shift s) {
        Shift base = s instanceof Shift.PartOfDay pd ? pd.day() : s;
        return base instanceof Shift.Weekday || base instanceof Shift.Days;
    }

    private static boolean overlaps(PublicationEstimate a, PublicationEstimate b) {
        return !a.earliest().isAfter(b.latest()) && !b.earliest().isAfter(a.latest());
    }
}
