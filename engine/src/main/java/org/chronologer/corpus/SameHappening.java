package org.chronologer.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Which articles of a corpus tell the same happening, and how surely: near-duplicate text (TF-IDF cosine) or
 * the same event anchored to a day (the sentences around their weekday and relative-day mentions share most of
 * their words: "the minister arrived in Paris on Tuesday"), or a known event one dates itself by and the other
 * names. Two articles whose own date windows exclude each other are never linked.
 *
 * <p>Pairs are never all compared. Candidates come from inverted indexes: two articles are scored when one holds
 * a word among the other's {@link #TOP_TERMS} most weighted ones, when their dated sentences share a word, or
 * when one names a known event the other dates itself by; words and events found in more than
 * {@link #MAX_POSTINGS} articles are too common to propose candidates. Each candidate pair gets the same score
 * all pairs would get; only links of at least {@link ArticleLinks#WEAKEST} are kept. Time and memory grow with
 * the number of articles times the (capped) postings of their words, not with its square.
 */
public final class SameHappening {

    /** Cosine at which two texts count as fully linked (rewrites of one story score about this). */
    static final double FULL_COSINE = 0.4;
    /** The link of two articles where one dates itself by a known event (an anniversary, an occurrence of a series) the other names. */
    static final double NAMED_EVENT_LINK = 0.4;
    /** Words two dated sentences must share before they can count as telling the same event. */
    static final int MIN_SHARED_WORDS = 4;
    /** How many of an article's most weighted words find its candidates. */
    public static final int TOP_TERMS = 30;
    /** Words (and known events) in more articles than this propose no candidates. */
    public static final int MAX_POSTINGS = 200;

    private SameHappening() {
    }

    /**
     * What one article offers for linking.
     *
     * @param text            its text, for the TF-IDF cosine
     * @param datedSentences  the content words of each sentence holding a day-level publication-relative mention
     * @param datedBy         the known events it dates itself by (an anniversary of, an occurrence of)
     * @param about           every known event (or anchor) its evidence is about
     * @param earliest        the first day of its own publication window
     * @param latest          the last day of its own publication window
     */
    public record Clues(String text, List<Set<String>> datedSentences, Set<String> datedBy, Set<String> about,
                        LocalDate earliest, LocalDate latest) {
        public Clues {
            Objects.requireNonNull(text, "text");
            datedSentences = datedSentences.stream().map(Set::copyOf).toList();
            datedBy = Set.copyOf(datedBy);
            about = Set.copyOf(about);
            Objects.requireNonNull(earliest, "earliest");
            Objects.requireNonNull(latest, "latest");
        }
    }

    /** The links of a corpus of articles, found without comparing all pairs. */
    public static ArticleLinks links(List<Clues> clues) {
        Scoring scoring = Scoring.of(clues);
        CorpusSimilarity cosine = scoring.cosine;
        int n = clues.size();
        int[][] top = new int[n][];
        for (int i = 0; i < n; i++) {
            top[i] = cosine.topTerms(i, TOP_TERMS);
        }
        int[][] withTerm = postings(n, cosine.vocabularySize(), cosine::terms);
        int[][] withTopTerm = postings(n, cosine.vocabularySize(), i -> top[i]);
        Vocabulary datedWords = new Vocabulary();
        int[][] datedOf = new int[n][];
        for (int i = 0; i < n; i++) {
            Set<String> words = new TreeSet<>();
            clues.get(i).datedSentences().forEach(words::addAll);
            datedOf[i] = datedWords.ids(words);
        }
        int[][] withDatedWord = postings(n, datedWords.size(), i -> datedOf[i]);
        Vocabulary events = new Vocabulary();
        int[][] datedByOf = new int[n][];
        int[][] aboutOf = new int[n][];
        for (int i = 0; i < n; i++) {
            datedByOf[i] = events.ids(new TreeSet<>(clues.get(i).datedBy()));
            aboutOf[i] = events.ids(new TreeSet<>(clues.get(i).about()));
        }
        int[][] datedByEvent = postings(n, events.size(), i -> datedByOf[i]);
        int[][] aboutEvent = postings(n, events.size(), i -> aboutOf[i]);

        ArticleLinks.Builder links = new ArticleLinks.Builder(n);
        Candidates candidates = new Candidates(n);
        // every rule is symmetric, so each pair is found from its first article
        for (int i = 0; i < n; i++) {
            candidates.startFor(i);
            // a word of i among j's top words, or a top word of i among j's words
            for (int t : cosine.terms(i)) {
                if (cosine.documentFrequency(t) <= MAX_POSTINGS) {
                    candidates.addLater(withTopTerm[t]);
                }
            }
            for (int t : top[i]) {
                if (cosine.documentFrequency(t) <= MAX_POSTINGS) {
                    candidates.addLater(withTerm[t]);
                }
            }
            for (int w : datedOf[i]) {
                if (withDatedWord[w].length <= MAX_POSTINGS) {
                    candidates.addLater(withDatedWord[w]);
                }
            }
            for (int e : datedByOf[i]) {
                if (aboutEvent[e].length <= MAX_POSTINGS && datedByEvent[e].length <= MAX_POSTINGS) {
                    candidates.addLater(aboutEvent[e]);
                }
            }
            for (int e : aboutOf[i]) {
                if (aboutEvent[e].length <= MAX_POSTINGS && datedByEvent[e].length <= MAX_POSTINGS) {
                    candidates.addLater(datedByEvent[e]);
                }
            }
            for (int j : candidates.sorted()) {
                links.add(i, j, scoring.between(i, j));
            }
        }
        return links.build();
    }

    /** The candidates of one article at a time: the articles after it, each once. */
    private static final class Candidates {
        private final int[] seenBy;
        private int[] found = new int[64];
        private int size;
        private int owner;

        Candidates(int n) {
            seenBy = new int[n];
            Arrays.fill(seenBy, -1);
        }

        void startFor(int i) {
            owner = i;
            size = 0;
        }

        /** Adds the articles of {@code posting} (ascending) that come after the owner. */
        void addLater(int[] posting) {
            int from = Arrays.binarySearch(posting, owner + 1);
            for (int k = from >= 0 ? from : -from - 1; k < posting.length; k++) {
                int j = posting[k];
                if (seenBy[j] != owner) {
                    seenBy[j] = owner;
                    if (size == found.length) {
                        found = Arrays.copyOf(found, size * 2);
                    }
                    found[size++] = j;
                }
            }
        }

        int[] sorted() {
            int[] out = Arrays.copyOf(found, size);
            Arrays.sort(out);
            return out;
        }
    }

    /** For each id below {@code ids}, the articles (ascending) whose ids, as {@code idsOf} gives them, hold it. */
    private static int[][] postings(int n, int ids, IntFunction<int[]> idsOf) {
        int[] count = new int[ids];
        for (int i = 0; i < n; i++) {
            for (int id : idsOf.apply(i)) {
                count[id]++;
            }
        }
        int[][] out = new int[ids][];
        for (int id = 0; id < ids; id++) {
            out[id] = new int[count[id]];
            count[id] = 0;
        }
        for (int i = 0; i < n; i++) {
            for (int id : idsOf.apply(i)) {
                out[id][count[id]++] = i;
            }
        }
        return out;
    }

    /** Strings numbered in order of first sight. */
    private static final class Vocabulary {
        private final Map<String, Integer> ids = new HashMap<>();

        int size() {
            return ids.size();
        }

        int[] ids(Set<String> words) {
            int[] out = new int[words.size()];
            int k = 0;
            for (String w : words) {
                out[k++] = ids.computeIfAbsent(w, x -> ids.size());
            }
            return out;
        }
    }

    /** The link of any two articles of a corpus, computed pair by pair. */
    static final class Scoring {
        private final List<Clues> clues;
        private final CorpusSimilarity cosine;

        private Scoring(List<Clues> clues, CorpusSimilarity cosine) {
            this.clues = clues;
            this.cosine = cosine;
        }

        /** The scoring of a corpus. */
        static Scoring of(List<Clues> clues) {
            return new Scoring(List.copyOf(clues), CorpusSimilarity.of(clues.stream().map(Clues::text).toList()));
        }

        /** The link of articles {@code i} and {@code j} (0..1): the strongest of text, dated sentence and named event. */
        double between(int i, int j) {
            Clues a = clues.get(i);
            Clues b = clues.get(j);
            if (a.earliest().isAfter(b.latest()) || b.earliest().isAfter(a.latest())) {
                return 0;
            }
            return score(a, b, cosine.between(i, j));
        }
    }

    /**
     * The link of two articles (0..1) given the cosine of their texts: the strongest of text, dated sentence and named
     * event; 0 when their own windows exclude each other. What {@link #links} gives a candidate pair, for a corpus that
     * is not in one place.
     */
    public static double score(Clues a, Clues b, double cosine) {
        if (a.earliest().isAfter(b.latest()) || b.earliest().isAfter(a.latest())) {
            return 0;
        }
        double text = Math.min(1, cosine / FULL_COSINE);
        double event = 0;
        for (Set<String> x : a.datedSentences()) {
            for (Set<String> y : b.datedSentences()) {
                if (CorpusSimilarity.shared(x, y) >= MIN_SHARED_WORDS) {
                    event = Math.max(event, CorpusSimilarity.jaccard(x, y));
                }
            }
        }
        boolean sharesEvent = a.datedBy().stream().anyMatch(b.about()::contains) || b.datedBy().stream().anyMatch(a.about()::contains);
        double named = sharesEvent ? NAMED_EVENT_LINK : 0;
        return Math.max(Math.max(text, event), named);
    }
}
