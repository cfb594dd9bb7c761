package org.chronologer.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.chronologer.corpus.ArticleLinks;
import org.chronologer.corpus.SameHappening;
import org.chronologer.date.LagBins.Scheme;
import org.chronologer.date.rule.EvidenceRules;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;

/**
 * Fits a {@link DatingModel} on dated articles. The lag counts of each kind come from the articles' own evidence; the
 * temperature is the one under which the model gives the true days the most probability; the sharing between linked
 * articles (the link strength from which they share, and how much) likewise, each source of articles dated as one
 * corpus; the window's share of the probability is the smallest whose windows hold the true day in at least 90% of
 * the articles of every source, the plausible range's in at least 99% (so that {@code check} calls a correct date
 * contradicted at most once in a hundred), each also when chosen on the other sources only; the confidence is a
 * logistic curve on the probability near the best day, fitted to whether the best day was within a week. Deterministic: the same samples in the same order give
 * the same model, whatever the number of threads.
 */
public final class DatingFit {

    private DatingFit() {
    }

    /**
     * One dated article: its id, its source (the articles of one source are dated as one corpus), its true publication
     * day, the evidence its own text gives, and its words for linking.
     */
    public record Sample(String id, String source, LocalDate truth, List<Evidence> evidence, LinkClues.Words words) {
        public Sample {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(truth, "truth");
            evidence = List.copyOf(evidence);
            Objects.requireNonNull(words, "words");
        }

        /** This sample with other evidence. */
        public Sample withEvidence(List<Evidence> other) {
            return new Sample(id, source, truth, other, words);
        }
    }

    /** The temperatures the fit chooses from. */
    static final double[] TEMPERATURES = {0.3, 0.5, 0.7, 1.0};
    /** The outlier shares the fit chooses from. */
    static final double[] OUTLIERS = {0.01, 0.03, 0.1, 0.25};
    /** The sharing (link strength from which, weight at strength 1) the fit chooses from; a link of 2 shares nothing. */
    static final double[][] SHARING = {{2, 0}, {0.35, 0.25}, {0.35, 0.5}, {0.5, 0.25}, {0.5, 0.5}, {0.5, 1}, {0.7, 0.5}, {0.7, 1}};
    /** The smoothing (in observations of a flat density) each kind's counts get. */
    static final double SMOOTHING = 2;
    /** The strengths (in observations) with which a kind's family smooths its counts, from which the fit chooses. */
    static final double[] BACKOFFS = {0, 1, 2, 4, 8, 16, 32, 64, 128, 256};
    /** How often the window must hold the true day, and the plausible range. */
    static final double WINDOW_COVERAGE = 0.90;
    static final double PLAUSIBLE_COVERAGE = 0.99;
    /**
     * The coverages the shares are chosen for, from which the fit takes the smallest that still gives those two on a
     * source left out of the choice.
     */
    static final double[] WINDOW_TARGETS = {0.90, 0.91, 0.92, 0.93, 0.94, 0.95, 0.96, 0.97};
    static final double[] PLAUSIBLE_TARGETS = {0.99, 0.992, 0.994, 0.996, 0.998, 0.999};
    /** The shares of probability a window may hold, from which the fit chooses. */
    static final double[] MASSES = {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.925, 0.95, 0.96, 0.97, 0.98, 0.99, 0.995, 0.998,
        0.999, 0.9995, 0.9999, 0.99999, 0.999999, 0.9999999, 0.99999999};

    /** The model fitted on {@code samples}, with the knowledge base's horizon (it dates the articles' evidence). */
    public static DatingModel fit(List<Sample> samples, KnowledgeBase knowledge) {
        return fit(samples, knowledge, true);
    }

    /**
     * {@link #fit(List, KnowledgeBase)}, with the words of an era or without them ({@code eraWords} false: to measure what
     * they add).
     */
    public static DatingModel fit(List<Sample> given, KnowledgeBase knowledge, boolean eraWords) {
        LocalDate horizon = knowledge.horizon().map(h -> h.plusDays(DatingModel.HORIZON_SLACK_DAYS)).orElse(Posterior.LAST);
        boolean learn = eraWords && sources(given).size() > 1;
        List<EraWords.Article> articles = !learn ? List.of() : given.parallelStream()
                .map(s -> new EraWords.Article(s.source(), s.truth().getYear(), EraWords.wordsOf(s.words().text()))).toList();
        EraWords era = learn ? EraWords.learn(articles) : EraWords.NONE;
        Map<String, DatingModel.Counts> ruled = kinds(given);
        List<DatingModel.Source> sources = sources(given);
        // the outlier share and the temperature: each article alone, on the rules' evidence
        double outlier = OUTLIERS[0];
        double temperature = TEMPERATURES[0];
        double best = Double.NEGATIVE_INFINITY;
        DatingModel.Lags ruledLags = lags(ruled);
        for (double o : OUTLIERS) {
            for (double t : TEMPERATURES) {
                DatingModel m = new DatingModel(ruledLags, o, t, 0.9, 0.995, 2, 0, 0, 1, sources, horizon);
                double ll = sum(given.parallelStream().mapToDouble(s -> logProbability(m, s.evidence(), s.truth())).toArray());
                if (ll > best) {
                    best = ll;
                    outlier = o;
                    temperature = t;
                }
            }
        }
        DatingModel ruledModel = new DatingModel(ruledLags, outlier, temperature, 0.9, 0.995, 2, 0, 0, 1, sources, horizon);
        // the words of an era: each source's articles read with the words the other sources show (with the words of its
        // own, an article's words would fit its own date), and only where the rules' evidence places the article in the
        // years those words were learned on, as dating counts them; one source alone learns none
        List<Sample> read = era.years().isEmpty() ? given : withEra(given, articles, ruledModel);
        Map<String, DatingModel.Counts> kinds = kinds(read);
        DatingModel.Lags lags = lags(kinds);
        DatingModel tempered = new DatingModel(lags, outlier, temperature, 0.9, 0.995, 2, 0, 0, 1, sources, horizon);
        // how much each word of an era counts, the others' evidence as weighed
        double eraWeight = 1;
        if (!era.years().isEmpty()) {
            best = Double.NEGATIVE_INFINITY;
            for (double w : ERA_WEIGHTS) {
                List<Sample> weighed = read.stream().map(s -> eraWeighed(s, w)).toList();
                double ll = sum(weighed.parallelStream().mapToDouble(s -> logProbability(tempered, s.evidence(), s.truth())).toArray());
                if (ll > best) {
                    best = ll;
                    eraWeight = w;
                }
            }
        }
        double chosen = eraWeight;
        List<Sample> samples = read.stream().map(s -> eraWeighed(s, chosen)).toList();
        // the sharing: each source dated as one corpus
        Map<String, List<Integer>> corpora = new LinkedHashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            corpora.computeIfAbsent(samples.get(i).source(), k -> new ArrayList<>()).add(i);
        }
        Dating dating = new Dating(knowledge, EvidenceRules.defaults(), tempered);
        List<ArticleLinks> links = new ArrayList<>();
        for (List<Integer> corpus : corpora.values()) {
            List<SameHappening.Clues> clues = corpus.stream().map(i -> samples.get(i).words()
                    .clues(dating.estimate(samples.get(i).evidence(), Optional.empty()))).toList();
            links.add(SameHappening.links(clues));
        }
        double[] sharing = SHARING[0];
        best = Double.NEGATIVE_INFINITY;
        for (double[] candidate : SHARING) {
            DatingModel m = tempered.withSiblings(candidate[0], candidate[1]);
            List<List<Evidence>> shared = shared(samples, corpora, links, new Dating(knowledge, EvidenceRules.defaults(), m));
            double ll = sum(indices(samples.size()).parallelStream()
                    .mapToDouble(i -> logProbability(m, shared.get(i), samples.get(i).truth())).toArray());
            if (ll > best) {
                best = ll;
                sharing = candidate;
            }
        }
        DatingModel shares = tempered.withSiblings(sharing[0], sharing[1]);
        List<List<Evidence>> evidence = shared(samples, corpora, links, new Dating(knowledge, EvidenceRules.defaults(), shares));
        // the window, the plausible range and the confidence, on the evidence as dating weighs it
        record Outcome(int massIndex, double nearBest, boolean withinWeek) {
        }
        List<Outcome> outcomes = indices(samples.size()).parallelStream()
                .map(i -> {
                    Posterior p = Posterior.of(Posterior.score(evidence.get(i), shares, shares.temperature()), horizon, DatingModel.AFTER_HORIZON);
                    int b = p.best();
                    int truth = Posterior.index(samples.get(i).truth());
                    return new Outcome(massIndex(p, truth), p.massNear(b, DatingModel.CONFIDENCE_RADIUS),
                            Math.abs(b - truth) <= DatingModel.CONFIDENCE_RADIUS);
                }).toList();
        // the shares must hold on sources the lag counts never saw: each source's articles are weighed by counts fitted
        // on the other sources (counts fitted on an article's own source flatter its window), with one source, by its own
        int[] unseen = outcomes.stream().mapToInt(Outcome::massIndex).toArray();
        if (corpora.size() > 1) {
            for (List<Integer> corpus : corpora.values()) {
                Set<Integer> in = new HashSet<>(corpus);
                List<Sample> others = indices(samples.size()).stream().filter(i -> !in.contains(i)).map(samples::get).toList();
                DatingModel without = new DatingModel(lags(kinds(others)), outlier, temperature, 0.9, 0.995, sharing[0],
                        sharing[1], 0, 1, sources, horizon);
                corpus.parallelStream().forEach(i -> unseen[i] = massIndex(Posterior.of(Posterior.score(evidence.get(i), without,
                        without.temperature()), horizon, DatingModel.AFTER_HORIZON), Posterior.index(samples.get(i).truth())));
            }
        }
        // each share must hold on every source, not only on the sources together, and on a source that did not choose it
        List<int[]> bySource = corpora.values().stream().map(corpus -> corpus.stream().mapToInt(i -> unseen[i]).toArray()).toList();
        double windowMass = heldOutMass(bySource, WINDOW_COVERAGE, WINDOW_TARGETS);
        double plausibleMass = heldOutMass(bySource, PLAUSIBLE_COVERAGE, PLAUSIBLE_TARGETS);
        double[] ab = logistic(outcomes.stream().mapToDouble(o -> logit(o.nearBest())).toArray(),
                outcomes.stream().mapToInt(o -> o.withinWeek() ? 1 : 0).toArray());
        return new DatingModel(lags, outlier, temperature, windowMass, plausibleMass, sharing[0], sharing[1],
                ab[0], ab[1], sources, horizon, era.withWeight(eraWeight));
    }

    /** The weights of the words of an era the fit chooses from. */
    static final double[] ERA_WEIGHTS = {0.1, 0.2, 0.35, 0.5, 0.75, 1};

    /**
     * The samples with the evidence of their words of an era, each source's as the other sources' articles show them,
     * where the rules' evidence, weighed by {@code ruled}, puts at least {@link EraWords#IN_ERA} of the probability in
     * the years those articles cover.
     */
    private static List<Sample> withEra(List<Sample> samples, List<EraWords.Article> articles, DatingModel ruled) {
        Map<String, EraWords> without = new LinkedHashMap<>();
        for (DatingModel.Source source : sources(samples)) {
            without.put(source.name(), EraWords.learn(articles.stream().filter(a -> !a.source().equals(source.name())).toList()));
        }
        return samples.parallelStream().map(s -> {
            List<Evidence> words = without.get(s.source()).evidence(s.words().text());
            if (words.isEmpty()) {
                return s;
            }
            List<Evidence> evidence = new ArrayList<>(s.evidence());
            evidence.addAll(words);
            List<Evidence> counted = without.get(s.source()).counted(evidence, ruled);
            return counted.size() == s.evidence().size() ? s : s.withEvidence(counted);
        }).toList();
    }

    /** A sample whose words of an era count {@code weight} each. */
    private static Sample eraWeighed(Sample s, double weight) {
        List<Evidence> evidence = s.evidence().stream()
                .map(e -> EraWords.isEraWord(e) ? e.weighed(weight, e.implies()) : e).toList();
        return s.withEvidence(evidence);
    }

    /** The evidence of each sample with what its linked articles share, each source dated as one corpus. */
    private static List<List<Evidence>> shared(List<Sample> samples, Map<String, List<Integer>> corpora, List<ArticleLinks> links,
                                               Dating dating) {
        List<List<Evidence>> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            out.add(null);
        }
        int c = 0;
        for (List<Integer> corpus : corpora.values()) {
            Dating.CorpusEvidence ce = dating.corpus(corpus.stream().map(i -> samples.get(i).id()).toList(),
                    corpus.stream().map(i -> samples.get(i).evidence()).toList(), links.get(c++));
            for (int k = 0; k < corpus.size(); k++) {
                out.set(corpus.get(k), ce.evidence(k));
            }
        }
        return out;
    }

    /** The index of the smallest of {@link #MASSES} whose window holds the true day ({@code MASSES.length} when none does). */
    private static int massIndex(Posterior p, int truth) {
        for (int k = 0; k < MASSES.length; k++) {
            int[] w = p.shortest(MASSES[k]);
            if (w[0] <= truth && truth <= w[1]) {
                return k;
            }
        }
        return MASSES.length;
    }

    /** The log probability the model gives the true day. */
    static double logProbability(DatingModel m, List<Evidence> evidence, LocalDate truth) {
        Posterior p = Posterior.of(Posterior.score(evidence, m, m.temperature()), m.horizon(), DatingModel.AFTER_HORIZON);
        return Math.log(Math.max(1e-300, p.at(Posterior.index(truth))));
    }

    /** The lag counts of every kind, from the samples' own evidence (each distinct cue once per article). */
    private static Map<String, DatingModel.Counts> kinds(List<Sample> samples) {
        Map<String, DatingModel.Counts> out = new TreeMap<>();
        for (Sample s : samples) {
            Set<Cue> seen = new HashSet<>();
            for (Evidence e : s.evidence()) {
                if (e.sharedBy().isPresent() || !seen.add(e.cue())) {
                    continue;
                }
                Scheme scheme = Scheme.of(e.cue().anchor());
                DatingModel.Counts k = out.computeIfAbsent(e.cue().kind(), x -> new DatingModel.Counts(scheme, new int[scheme.bins]));
                if (k.scheme() != scheme) {
                    throw new IllegalArgumentException("the kind " + e.cue().kind() + " points at two kinds of anchor");
                }
                k.counts()[LagBins.bin(scheme, e.cue().anchor().lag(s.truth()))]++;
            }
        }
        return out;
    }

    /**
     * The lags of the kinds seen at least {@link DatingModel#MIN_COUNT} times, smoothed by {@link #SMOOTHING}: the families
     * back off to the pools above them by the strength of {@link #BACKOFFS} under which each lag is best told by all the
     * others, and each kind to its family by the strength under which each of its own lags is (a kind whose lags scatter
     * takes its family's shape, one whose lags agree keeps its own).
     */
    static DatingModel.Lags lags(Map<String, DatingModel.Counts> kinds) {
        Map<String, DatingModel.Counts> kept = new TreeMap<>();
        kinds.forEach((name, k) -> {
            if (k.total() >= DatingModel.MIN_COUNT) {
                kept.put(name, k);
            }
        });
        DatingModel.Lags best = null;
        double bestLl = Double.NEGATIVE_INFINITY;
        for (double backoff : BACKOFFS) {
            DatingModel.Lags l = new DatingModel.Lags(kept, SMOOTHING, backoff, Map.of());
            double ll = l.leaveOneOut();
            if (best == null || ll > bestLl) {
                best = l;
                bestLl = ll;
            }
        }
        Map<String, int[]> pools = best.pools();
        Map<String, Double> own = new TreeMap<>();
        for (String kind : kept.keySet()) {
            double chosen = best.backoff();
            double most = Double.NEGATIVE_INFINITY;
            for (double strength : BACKOFFS) {
                double ll = best.withOwn(Map.of(kind, strength)).leaveOneOut(kind, pools);
                if (ll > most) {
                    most = ll;
                    chosen = strength;
                }
            }
            own.put(kind, chosen);
        }
        return best.withOwn(own);
    }

    /** The samples' sources with their sizes, in order of first appearance. */
    static List<DatingModel.Source> sources(List<Sample> samples) {
        Map<String, Integer> n = new LinkedHashMap<>();
        samples.forEach(s -> n.merge(s.source(), 1, Integer::sum));
        return n.entrySet().stream().map(e -> new DatingModel.Source(e.getKey(), e.getValue())).toList();
    }

    /**
     * The share that holds the true day in at least {@code coverage} of the articles of each source when the other sources
     * chose it: the smallest target of {@code targets} such that, for every source, the share the others need to hold it
     * there holds at least {@code coverage} of that source's articles; the share every source needs for that target. A
     * share chosen on the sources it is measured on holds, on a source it never saw, a little less (for the window, 89.7%
     * on one left-out AllSides fold, and 1.2% false alarms of {@code check} on another, with the targets alone).
     */
    static double heldOutMass(List<int[]> bySource, double coverage, double[] targets) {
        for (double target : targets) {
            boolean holds = true;
            for (int s = 0; s < bySource.size() && holds && bySource.size() > 1; s++) {
                int others = 0;
                for (int o = 0; o < bySource.size(); o++) {
                    if (o != s) {
                        others = Math.max(others, coveringIndex(bySource.get(o), target));
                    }
                }
                holds = held(bySource.get(s), others) >= coverage * bySource.get(s).length;
            }
            if (holds || target == targets[targets.length - 1]) {
                int k = 0;
                for (int[] massIndex : bySource) {
                    k = Math.max(k, coveringIndex(massIndex, target));
                }
                return MASSES[k];
            }
        }
        throw new IllegalArgumentException("no targets");
    }

    /** How many of the samples the window of share {@code MASSES[k]} holds the true day of. */
    private static int held(int[] massIndex, int k) {
        int held = 0;
        for (int m : massIndex) {
            if (m <= k) {
                held++;
            }
        }
        return held;
    }

    /**
     * The index in {@link #MASSES} of the smallest share whose windows hold the true day in at least {@code coverage} of
     * the samples.
     */
    private static int coveringIndex(int[] massIndex, double coverage) {
        for (int k = 0; k < MASSES.length; k++) {
            if (held(massIndex, k) >= coverage * massIndex.length) {
                return k;
            }
        }
        return MASSES.length - 1;
    }

    private static double logit(double p) {
        double m = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(m / (1 - m));
    }

    /** Logistic regression of y on x (intercept and slope), by Newton's method, lightly regularised. */
    static double[] logistic(double[] x, int[] y) {
        double a = 0;
        double b = 1;
        for (int iter = 0; iter < 50; iter++) {
            double ga = -1e-3 * a;
            double gb = -1e-3 * (b - 1);
            double haa = 1e-3;
            double hab = 0;
            double hbb = 1e-3;
            for (int i = 0; i < x.length; i++) {
                double p = 1 / (1 + Math.exp(-(a + b * x[i])));
                double r = y[i] - p;
                ga += r;
                gb += r * x[i];
                double w = p * (1 - p);
                haa += w;
                hab += w * x[i];
                hbb += w * x[i] * x[i];
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a += da;
            b += db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new double[] {a, b};
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static List<Integer> indices(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }
}
