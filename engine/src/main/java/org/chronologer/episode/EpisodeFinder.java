package org.chronologer.episode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chronologer.date.CorpusSimilarity;
import org.chronologer.date.DatedArticle;

/**
 * Finds the episodes a corpus mixes: articles are in one episode when they tell the same happening (their link,
 * from shared text, a shared dated sentence or a shared known event, is strong enough) and were published close
 * together. Groups are the connected components of those pairs; their number is found, not given.
 */
public final class EpisodeFinder {

    /** Link from which two articles published close together belong to one episode. */
    static final double EPISODE_LINK = 0.2;
    /** How far apart two articles' best days may be and still belong to one episode. */
    static final long MAX_GAP_DAYS = 21;
    /** Words in a label. */
    static final int LABEL_WORDS = 4;

    private EpisodeFinder() {
    }

    /** The episodes (by first article), with ids "E1", "E2", ... in chronological order. */
    public static List<Episode> find(List<DatedArticle> articles, double[][] links) {
        int n = articles.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                long gap = Math.abs(ChronoUnit.DAYS.between(articles.get(i).published().best(), articles.get(j).published().best()));
                if (links[i][j] >= EPISODE_LINK && gap <= MAX_GAP_DAYS) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<String> texts = articles.stream().map(a -> a.article().text()).toList();
        Map<String, Integer> df = documentFrequencies(texts);
        List<Episode> out = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            LocalDate start = members.stream().map(i -> articles.get(i).published().best()).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate end = members.stream().map(i -> articles.get(i).published().best()).max(Comparator.naturalOrder()).orElseThrow();
            out.add(new Episode("", start, end, label(members, texts, df, n), members.stream().map(i -> articles.get(i).article().id()).toList()));
        }
        out.sort(Comparator.comparing(Episode::start).thenComparing(Episode::end).thenComparing(e -> e.articles().get(0)));
        List<Episode> numbered = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Episode e = out.get(i);
            numbered.add(new Episode("E" + (i + 1), e.start(), e.end(), e.label(), e.articles()));
        }
        return numbered;
    }

    /**
     * The words most particular to the episode: in most of its articles and in few others, names first (words
     * written with a capital in the text count double).
     */
    private static String label(List<Integer> members, List<String> texts, Map<String, Integer> df, int n) {
        Map<String, Integer> inMembers = new HashMap<>();
        Map<String, Integer> capitalised = new HashMap<>();
        for (int i : members) {
            for (String w : CorpusSimilarity.contentWords(texts.get(i))) {
                inMembers.merge(w, 1, Integer::sum);
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b\\p{Lu}[\\p{L}-]{3,}").matcher(texts.get(i));
            while (m.find()) {
                capitalised.merge(m.group().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> e : inMembers.entrySet()) {
            String w = e.getKey();
            if (w.length() < 4 || w.contains("'") || e.getValue() < Math.max(1, (members.size() + 1) / 2)) {
                continue;
            }
            int outside = df.getOrDefault(w, 0) - e.getValue();
            double specificity = Math.log((n + 1.0) / (outside + 0.5));
            double name = capitalised.containsKey(w) ? 2 : 1;
            scored.add(Map.entry(w, e.getValue() * specificity * specificity * name));
        }
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return String.join(" · ", scored.stream().limit(LABEL_WORDS).map(Map.Entry::getKey).toList());
    }

    private static Map<String, Integer> documentFrequencies(List<String> texts) {
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) {
            for (String w : CorpusSimilarity.contentWords(t)) {
                df.merge(w, 1, Integer::sum);
            }
        }
        return df;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
