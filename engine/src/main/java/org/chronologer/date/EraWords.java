package org.chronologer.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;
import org.chronologer.read.NormalizedText;
import org.chronologer.text.Words;

/**
 * The words of an era: words that dated news of some years uses far more than news of the others ("coronavirus",
 * "Obamacare", "Brexit"), each with the years it belongs to, learned from dated articles. An article that uses one is
 * evidence of kind {@link #KIND}, anchored on those years; how far from them articles that use such words are written
 * is fitted like any other kind's lags, and how much the words count together ({@link #weight}) too.
 *
 * <p>Only years the dated articles cover are known: a word is of the years where its share of the articles is at least
 * half its highest, among years with at least {@link #MIN_YEAR_ARTICLES} articles; at least {@link #MIN_ARTICLES}
 * articles use it, articles of at least {@link #MIN_SOURCES} sources in its years (one source's years tell that source's
 * topics, not the era's), and its share in those years is at least {@link #MIN_RATIO} times its share in the others.
 * The words count only for an article that its other evidence already places in the covered years ({@link #counted}):
 * news of other years uses them for other things, and a word learned on 2012's budget talks would date a 1989 budget
 * story to 2012. A word of the first or last year covered is of every year before or after it as well (news
 * of years no article covers may use it as much), so that the words say nothing of years the data does not know.
 */
public final class EraWords {

    /** The kind of evidence a word of an era gives. */
    public static final String KIND = "era-word";
    /** The rule: not shared between linked articles (their own words say as much). */
    public static final RuleId RULE = new RuleId("era-words", false);
    /** No words: what a model fitted on one source, or an older model, knows. */
    public static final EraWords NONE = new EraWords(Map.of(), List.of(), 1);
    /**
     * How much of an article's probability its other evidence must put in the covered years for its words of an era to
     * count: the words were learned on those years, and news of other years uses them for other things (the impeachment
     * of 1998 and that of 2019).
     */
    public static final double IN_ERA = 0.9;

    static final int MIN_YEAR_ARTICLES = 20;
    static final int MIN_ARTICLES = 20;
    static final int MIN_SOURCES = 3;
    static final double MIN_RATIO = 4;
    /** The articles of the overall share each year's share is smoothed with. */
    static final double SMOOTHING = 5;
    /** The largest share of the covered years a word may belong to. */
    static final double MAX_COVER = 1.0 / 3;

    private final SortedMap<String, Anchor.Span> years;
    private final List<Integer> covered;
    private final double weight;

    EraWords(Map<String, Anchor.Span> years, List<Integer> covered, double weight) {
        this.years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
        this.covered = List.copyOf(new TreeSet<>(covered));
        this.weight = weight;
    }

    /** The years the words were learned on (those with at least {@link #MIN_YEAR_ARTICLES} dated articles). */
    public List<Integer> covered() {
        return covered;
    }

    /** The evidence that counts and the posterior it gives. */
    record Weighed(List<Evidence> evidence, Posterior posterior) {
    }

    /**
     * The evidence that counts, and its posterior under {@code model}: all of it when the evidence other than the words
     * of an era puts at least {@link #IN_ERA} of the probability in the covered years, else all but those words (whose
     * posterior, computed to decide, is the one returned).
     */
    Weighed weigh(List<Evidence> evidence, DatingModel model) {
        if (years.isEmpty() || evidence.stream().noneMatch(EraWords::isEraWord)) {
            return new Weighed(evidence, posterior(evidence, model));
        }
        List<Evidence> others = evidence.stream().filter(e -> !isEraWord(e)).toList();
        return outOfEra(others, model).map(p -> new Weighed(others, p)).orElseGet(() -> new Weighed(evidence, posterior(evidence, model)));
    }

    /** The evidence that counts ({@link #weigh}), without its posterior. */
    List<Evidence> counted(List<Evidence> evidence, DatingModel model) {
        if (years.isEmpty() || evidence.stream().noneMatch(EraWords::isEraWord)) {
            return evidence;
        }
        List<Evidence> others = evidence.stream().filter(e -> !isEraWord(e)).toList();
        return outOfEra(others, model).isPresent() ? others : evidence;
    }

    /** The posterior of the evidence other than the words, when it puts less than {@link #IN_ERA} in the covered years. */
    private Optional<Posterior> outOfEra(List<Evidence> others, DatingModel model) {
        Posterior p = posterior(others, model);
        return p.massInYears(covered) >= IN_ERA ? Optional.empty() : Optional.of(p);
    }

    private static Posterior posterior(List<Evidence> evidence, DatingModel model) {
        return Posterior.of(Posterior.score(evidence, model, model.temperature()), model.horizon(), DatingModel.AFTER_HORIZON);
    }

    /** Whether a piece of evidence is a word of an era. */
    static boolean isEraWord(Evidence e) {
        return e.rule().equals(RULE);
    }

    /** Every word with its years. */
    public SortedMap<String, Anchor.Span> years() {
        return years;
    }

    /** How much each word's evidence counts (its weight, the model's temperature aside). */
    public double weight() {
        return weight;
    }

    /** These words, counting {@code w} each. */
    EraWords withWeight(double w) {
        return new EraWords(years, covered, w);
    }

    /**
     * The evidence of {@code text}'s words of an era: one per distinct span of years (the first word that has it), in
     * text order.
     */
    public List<Evidence> evidence(String text) {
        return evidence(text, IntUnaryOperator.identity(), IntUnaryOperator.identity(), text);
    }

    /** {@link #evidence(String)} of a normalised text, its spans in the original. */
    public List<Evidence> evidence(NormalizedText text) {
        return evidence(text.text(), text::toOriginal, text::toOriginalEnd, text.original());
    }

    private List<Evidence> evidence(String text, IntUnaryOperator toOriginal, IntUnaryOperator toEnd, String original) {
        if (years.isEmpty()) {
            return List.of();
        }
        Map<Anchor.Span, Evidence> out = new LinkedHashMap<>();
        Words.each(text, w -> {
            Anchor.Span span = years.get(w.word());
            if (span != null && !out.containsKey(span)) {
                int start = toOriginal.applyAsInt(w.start());
                int end = Math.max(start, toEnd.applyAsInt(w.end()));
                String says = "'" + w.word() + "', a word of " + describe(span);
                out.put(span, new Evidence(original.substring(start, end), start, end, RULE, new Cue(KIND, span), says, says, weight,
                        Optional.empty(), Optional.empty()));
            }
        });
        return List.copyOf(out.values());
    }

    private static String describe(Anchor.Span s) {
        boolean open = s.latest().equals(Anchor.OPEN_END);
        boolean before = s.earliest().equals(Posterior.FIRST);
        int a = s.earliest().getYear();
        int b = s.latest().getYear();
        if (before) {
            return "news of " + b + " and before";
        }
        if (open) {
            return "news of " + a + " and after";
        }
        return a == b ? "news of " + a : "news of " + a + "-" + b;
    }

    /** One dated article as the words are learned from it. */
    record Article(String source, int year, Set<String> words) {
    }

    /** The content words of a text, once each. */
    static Set<String> wordsOf(String text) {
        Set<String> out = new HashSet<>();
        Words.each(text, w -> out.add(w.word()));
        return out;
    }

    /** The words of an era that {@code articles} show (weight 1). */
    static EraWords learn(List<Article> articles) {
        Map<Integer, Integer> perYear = new TreeMap<>();
        articles.forEach(a -> perYear.merge(a.year(), 1, Integer::sum));
        List<Integer> covered = new ArrayList<>();
        perYear.forEach((y, n) -> {
            if (n >= MIN_YEAR_ARTICLES) {
                covered.add(y);
            }
        });
        if (covered.size() < 3) {
            return NONE;
        }
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < covered.size(); i++) {
            index.put(covered.get(i), i);
        }
        int[] n = new int[covered.size()];
        Map<String, int[]> df = new HashMap<>();
        for (Article a : articles) {
            Integer y = index.get(a.year());
            if (y == null) {
                continue;
            }
            n[y]++;
            for (String w : a.words()) {
                df.computeIfAbsent(w, k -> new int[covered.size()])[y]++;
            }
        }
        // the sources that use each word often enough to count, year by year
        Map<String, List<Set<String>>> sources = new HashMap<>();
        for (Article a : articles) {
            Integer y = index.get(a.year());
            if (y == null) {
                continue;
            }
            for (String w : a.words()) {
                int[] d = df.get(w);
                if (sum(d) >= MIN_ARTICLES) {
                    sources.computeIfAbsent(w, k -> {
                        List<Set<String>> bySource = new ArrayList<>();
                        covered.forEach(c -> bySource.add(new HashSet<>()));
                        return bySource;
                    }).get(y).add(a.source());
                }
            }
        }
        int total = sum(n);
        Map<String, Anchor.Span> out = new TreeMap<>();
        for (Map.Entry<String, int[]> e : df.entrySet()) {
            int[] d = e.getValue();
            int all = sum(d);
            if (all < MIN_ARTICLES) {
                continue;
            }
            double q = (double) all / total;
            double[] share = new double[d.length];
            int peak = 0;
            for (int y = 0; y < d.length; y++) {
                share[y] = (d[y] + SMOOTHING * q) / (n[y] + SMOOTHING);
                if (share[y] > share[peak]) {
                    peak = y;
                }
            }
            int lo = peak;
            int hi = peak;
            while (lo > 0 && share[lo - 1] >= share[peak] / 2) {
                lo--;
            }
            while (hi < d.length - 1 && share[hi + 1] >= share[peak] / 2) {
                hi++;
            }
            if (hi - lo + 1 > MAX_COVER * d.length) {
                continue;
            }
            int inDf = 0;
            int inN = 0;
            for (int y = lo; y <= hi; y++) {
                inDf += d[y];
                inN += n[y];
            }
            double inside = (double) inDf / inN;
            double outside = (double) (all - inDf) / (total - inN);
            Set<String> usedBy = new HashSet<>();
            for (int y = lo; y <= hi; y++) {
                usedBy.addAll(sources.get(e.getKey()).get(y));
            }
            // the sources of its years must be several: one source's years tell its own topics, not the era's
            if (inside < MIN_RATIO * outside || usedBy.size() < MIN_SOURCES) {
                continue;
            }
            LocalDate from = lo == 0 ? Posterior.FIRST : LocalDate.of(covered.get(lo), 1, 1);
            LocalDate to = hi == d.length - 1 ? Anchor.OPEN_END : LocalDate.of(covered.get(hi), 12, 31);
            out.put(e.getKey(), new Anchor.Span(from, to));
        }
        return new EraWords(out, covered, 1);
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }
}
