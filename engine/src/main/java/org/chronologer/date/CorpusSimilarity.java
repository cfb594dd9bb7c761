package org.chronologer.date;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much two articles of a corpus tell the same thing: the cosine of their TF-IDF vectors over content
 * words (IDF from the corpus itself, so words every article shares count for nothing).
 */
public final class CorpusSimilarity {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]{2,}");
    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "this", "from", "have", "has",
            "was", "were", "are", "its", "their", "his", "her", "they", "them", "which", "will", "would", "been", "also",
            "said", "says", "not", "but", "who", "what", "when", "where", "than", "then", "there", "these", "those",
            "into", "about", "after", "before", "over", "under", "between", "during", "while", "such", "other", "more",
            "most", "some", "any", "all", "both", "each", "can", "could", "may", "might", "should", "our", "out", "one",
            "two", "new", "year", "years");

    private final List<Map<String, Double>> vectors;

    private CorpusSimilarity(List<Map<String, Double>> vectors) {
        this.vectors = vectors;
    }

    /** The similarity model of a corpus of texts, indexed as given. */
    public static CorpusSimilarity of(List<String> texts) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) {
            Map<String, Integer> c = new HashMap<>();
            Matcher m = WORD.matcher(t.toLowerCase(Locale.ROOT));
            while (m.find()) {
                String w = m.group();
                if (!STOP.contains(w)) {
                    c.merge(w, 1, Integer::sum);
                }
            }
            counts.add(c);
            for (String w : new HashSet<>(c.keySet())) {
                df.merge(w, 1, Integer::sum);
            }
        }
        int n = texts.size();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Integer> c : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                double idf = Math.log((n + 1.0) / (df.get(e.getKey()) + 0.5));
                double w = (1 + Math.log(e.getValue())) * idf;
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            if (len > 0) {
                v.replaceAll((k, w) -> w / len);
            }
            vectors.add(v);
        }
        return new CorpusSimilarity(vectors);
    }

    /** The content words of a text (lower case, no stop words, no weekday names). */
    public static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (!STOP.contains(w) && !WEEKDAYS.contains(w)) {
                out.add(w);
            }
        }
        return out;
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

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tomorrow", "week", "weekend");

    /** The cosine similarity of texts {@code i} and {@code j}, 0..1. */
    public double between(int i, int j) {
        Map<String, Double> a = vectors.get(i);
        Map<String, Double> b = vectors.get(j);
        if (a.size() > b.size()) {
            Map<String, Double> t = a;
            a = b;
            b = t;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return Math.max(0, Math.min(1, dot));
    }
}
