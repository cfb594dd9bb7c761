package org.chronologer.date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.chronologer.date.LagBins.Scheme;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;

/**
 * The dating model: for each kind of evidence, how far from what it points at news is written (the lags of dated
 * articles, counted in {@link LagBins}); how much the evidence of one article counts together (a temperature, since
 * the cues of one text are not independent); which share of the probability the window holds, and the share beyond
 * which a declared date is contradicted, so that windows hold the true day as often as they claim; how much articles
 * that tell the same happening share; and how the confidence maps to the probability that the best day is within a
 * week of the true one. Every number is fitted on dated articles ({@link DatingFit#fit}); the resource shipped with the engine
 * names the data it was fitted on. Immutable.
 */
public final class DatingModel {

    /** The model shipped with the engine. */
    public static final String RESOURCE = "/org/chronologer/date/model.json";
    /** The kinds seen fewer times than this in the data are not weighed at all (the model cannot say what they imply). */
    static final int MIN_COUNT = 8;
    /** How many days within the best day the confidence is about. */
    public static final int CONFIDENCE_RADIUS = 7;
    /** How many days after the knowledge base's latest day news may still be written, as likely as before it. */
    static final int HORIZON_SLACK_DAYS = 365;
    /** How likely a day past the horizon is, against one before it: news is not written about times nobody knows yet. */
    static final double AFTER_HORIZON = 1e-3;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static DatingModel defaults;

    /** What the model was fitted on: a source and how many of its articles. */
    public record Source(String name, int articles) {
    }

    /** A kind's lag counts, in the bins of its scheme, as the fit gathers them. */
    public record Counts(Scheme scheme, int[] counts) {
        public Counts {
            Objects.requireNonNull(scheme, "scheme");
            if (counts.length != scheme.bins) {
                throw new IllegalArgumentException(counts.length + " counts for the " + scheme.bins + " bins of " + scheme);
            }
        }

        int total() {
            return Arrays.sum(counts);
        }
    }

    /**
     * The lag counts of every kind and how they are smoothed. A kind's name is a path ("date:past:day:latest" belongs to
     * "date:past:day", "date:past" and "date"); the kinds on a path pool their counts. Each pool's counts get
     * {@code smoothing} observations of a flat density and {@code backoff} observations of the pool above it (the pool
     * of all kinds of a scheme, the flat density alone); each kind's own counts get {@code smoothing} of the flat density
     * and its own strength ({@code own}, {@code backoff} when absent) of its family's pool. A kind whose few lags scatter
     * takes the shape of its family; one whose lags agree keeps its own.
     */
    public record Lags(Map<String, Counts> counts, double smoothing, double backoff, Map<String, Double> own) {
        public Lags {
            counts = Collections.unmodifiableMap(new TreeMap<>(counts));
            own = Collections.unmodifiableMap(new TreeMap<>(own));
        }

        /** No kinds. */
        static Lags none() {
            return new Lags(Map.of(), 0, 0, Map.of());
        }

        /** How strongly a kind's own counts back off to its family. */
        double strength(String kind) {
            return own.getOrDefault(kind, backoff);
        }

        /** The pools a kind belongs to, from the whole scheme ("") to its family (the kind's name without its last part). */
        static List<String> families(String kind) {
            List<String> out = new ArrayList<>();
            out.add("");
            for (int i = kind.indexOf(':'); i >= 0; i = kind.indexOf(':', i + 1)) {
                out.add(kind.substring(0, i));
            }
            return out;
        }

        /** The pooled counts of each family of each scheme (a scheme's name, a space, the family). */
        Map<String, int[]> pools() {
            Map<String, int[]> out = new TreeMap<>();
            counts.forEach((name, c) -> {
                for (String f : families(name)) {
                    int[] pool = out.computeIfAbsent(c.scheme().name() + " " + f, k -> new int[c.scheme().bins]);
                    for (int b = 0; b < pool.length; b++) {
                        pool[b] += c.counts()[b];
                    }
                }
            });
            return out;
        }

        /** The probability of each bin of a kind, smoothed as the record says. */
        double[] probabilities(String kind, Map<String, int[]> pools) {
            Scheme scheme = counts.get(kind).scheme();
            double[] p = new double[scheme.bins];
            for (int b = 0; b < p.length; b++) {
                p[b] = probability(kind, b, pools, 0);
            }
            return p;
        }

        /**
         * The probability of a bin of a kind, {@code less} of its lags in that bin taken out of the kind and of every
         * pool above it (1 to predict one of its lags from all the others).
         */
        private double probability(String kind, int bin, Map<String, int[]> pools, int less) {
            Counts own = counts.get(kind);
            double flat = flat(own.scheme())[bin];
            double p = -1;
            for (String family : families(kind)) {
                int[] c = pools.get(own.scheme().name() + " " + family);
                double strength = p < 0 ? 0 : backoff;
                p = (c[bin] - less + smoothing * flat + strength * Math.max(p, 0)) / (Arrays.sum(c) - less + smoothing + strength);
            }
            double strength = strength(kind);
            return (own.counts()[bin] - less + smoothing * flat + strength * p) / (own.total() - less + smoothing + strength);
        }

        /**
         * The log probability of each lag of a kind, each predicted from all the others (taken out of its kind and of
         * every pool above it): how well this smoothing tells a lag of the kind it has not seen.
         */
        double leaveOneOut(String kind, Map<String, int[]> pools) {
            double ll = 0;
            int[] c = counts.get(kind).counts();
            for (int b = 0; b < c.length; b++) {
                if (c[b] > 0) {
                    ll += c[b] * Math.log(probability(kind, b, pools, 1));
                }
            }
            return ll;
        }

        /** {@link #leaveOneOut(String, Map)} over every kind. */
        double leaveOneOut() {
            Map<String, int[]> pools = pools();
            double ll = 0;
            for (String kind : counts.keySet()) {
                ll += leaveOneOut(kind, pools);
            }
            return ll;
        }

        /** These lags with other strengths of the kinds' own counts. */
        Lags withOwn(Map<String, Double> strengths) {
            return new Lags(counts, smoothing, backoff, strengths);
        }
    }

    /** The uninformed share of each bin: as wide as it is (a flat density over days). */
    private static double[] flat(Scheme scheme) {
        double total = 0;
        for (int b = 0; b < scheme.bins; b++) {
            total += nominalWidth(scheme, b);
        }
        double[] out = new double[scheme.bins];
        for (int b = 0; b < scheme.bins; b++) {
            out[b] = nominalWidth(scheme, b) / total;
        }
        return out;
    }

    /** One kind of evidence: its lag counts and what they make of a day. */
    public static final class Kind {
        private final String name;
        private final Scheme scheme;
        private final int[] counts;
        private final double[] probabilities;
        private final double outlier;
        private final double[] logDensity;
        private final double inside;

        /**
         * A kind from its lag counts and the probability of each bin they give once smoothed, spread over the bin's days,
         * mixed with a flat density over all candidate days at the share {@code outlier} (a piece of evidence can be
         * wrong: a misread tense, a date about something else).
         */
        Kind(String name, Scheme scheme, int[] counts, double[] probabilities, double outlier) {
            this.name = name;
            this.scheme = scheme;
            this.counts = counts.clone();
            this.probabilities = probabilities.clone();
            this.outlier = outlier;
            double[] p = probabilities;
            this.logDensity = new double[counts.length];
            for (int b = 0; b < counts.length; b++) {
                logDensity[b] = Math.log((1 - outlier) * p[b] / LagBins.width(scheme, b) + outlier * flat());
            }
            this.inside = scheme == Scheme.SPAN ? p[LagBins.SPAN_MAX] : 0;
        }

        /** The flat density the outlier share spreads: over all candidate days, a week's days, a year's days. */
        private double flat() {
            return scheme == Scheme.WEEKLY ? 1.0 / 7 : scheme == Scheme.YEARLY ? 1.0 / 366 : 1.0 / Posterior.DAYS;
        }

        /** The kind's name. */
        public String name() {
            return name;
        }

        /** How many lags of it the data held. */
        public int count() {
            return Arrays.sum(counts);
        }

        /** The log density of a day whose lag falls in {@code bin}. */
        double logDensity(int bin) {
            return logDensity[bin];
        }

        /** The log density of a day inside a span of {@code days} days. */
        double logDensityInside(long days) {
            return Math.log((1 - outlier) * inside / Math.max(1, days) + outlier * flat());
        }

        /** The highest log density of a day, for a span of {@code insideDays} days. */
        double maxLogDensity(long insideDays) {
            double m = scheme == Scheme.SPAN ? logDensityInside(insideDays) : Double.NEGATIVE_INFINITY;
            for (int b = 0; b < logDensity.length; b++) {
                if (!(scheme == Scheme.SPAN && b == LagBins.SPAN_MAX)) {
                    m = Math.max(m, logDensity[b]);
                }
            }
            return m;
        }

        /**
         * The share of the dated articles whose lag fell in {@code bin} or beyond it, away from the middle of the lags
         * (the smaller of the two tails that hold the bin; for a weekday, the bin itself), counting half an article more
         * in it: a tail no article fell in rules a day out only when the kind was seen often enough (50 times for 1%).
         */
        double tail(int bin) {
            int n = count();
            if (scheme == Scheme.WEEKLY) {
                return (counts[bin] + 0.5) / (n + 0.5);
            }
            int below = 0;
            int above = 0;
            for (int b = 0; b < counts.length; b++) {
                if (b <= bin) {
                    below += counts[b];
                }
                if (b >= bin) {
                    above += counts[b];
                }
            }
            return (Math.min(below, above) + 0.5) / (n + 0.5);
        }

        /** How far apart its log densities lie (highest minus lowest): how much it can tell days apart. */
        double spread() {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : logDensity) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            return hi - lo;
        }

        /** The probability of each bin (smoothed). */
        double[] probabilities() {
            return probabilities.clone();
        }

        /**
         * What the kind implies, in words: the lags that hold the middle 80% of the dated articles, e.g. "published 0-7
         * days after it (8 in 10 of 4,215 dated articles)".
         */
        String summary(String of) {
            double[] p = probabilities();
            double run = 0;
            int lo = -1;
            int hi = -1;
            for (int b = 0; b < p.length; b++) {
                run += p[b];
                if (lo < 0 && run >= 0.1) {
                    lo = b;
                }
                if (hi < 0 && run >= 0.9) {
                    hi = b;
                }
            }
            return "published " + range(scheme, LagBins.low(scheme, lo), LagBins.high(scheme, hi), of) + " (8 in 10 of "
                    + String.format(Locale.ROOT, "%,d", count()) + " dated articles)";
        }
    }

    /** The uninformed prior of a bin: as wide as it is (a flat density over days); a span's inside counts a month. */
    private static double nominalWidth(Scheme scheme, int bin) {
        return scheme == Scheme.SPAN && bin == LagBins.SPAN_MAX ? 30 : LagBins.width(scheme, bin);
    }

    /** A lag range in words ("0-7 days after it", "from 2 years before it to 3 months after it"). */
    static String range(Scheme scheme, long lo, long hi, String of) {
        if (scheme == Scheme.WEEKLY || scheme == Scheme.YEARLY) {
            return duration(lo) + " to " + duration(hi) + " after " + of;
        }
        if (lo >= 0) {
            return (lo == 0 ? (hi == 0 ? "within " + of : "within " + of + " or up to " + duration(hi) + " after it")
                    : duration(lo) + " to " + duration(hi) + " after " + of);
        }
        if (hi <= 0) {
            return (hi == 0 ? duration(-lo) + " before " + of + " or within it" : duration(-hi) + " to " + duration(-lo) + " before " + of);
        }
        return "from " + duration(-lo) + " before " + of + " to " + duration(hi) + " after it";
    }

    private static String duration(long days) {
        if (days > 100_000) {
            return "centuries";
        }
        if (days < 14) {
            return days + (days == 1 ? " day" : " days");
        }
        if (days < 60) {
            return (days / 7) + " weeks";
        }
        if (days < 730) {
            return (days / 30) + " months";
        }
        return (days / 365) + " years";
    }

    private final Lags lags;
    private final Map<String, Kind> kinds;
    private final double outlier;
    private final double temperature;
    private final double windowMass;
    private final double checkMass;
    private final double siblingLink;
    private final double siblingWeight;
    private final double confidenceIntercept;
    private final double confidenceSlope;
    private final List<Source> fittedOn;
    private final LocalDate horizon;
    private final EraWords eraWords;

    DatingModel(Lags lags, double outlier, double temperature, double windowMass, double checkMass, double siblingLink,
                        double siblingWeight, double confidenceIntercept, double confidenceSlope, List<Source> fittedOn,
                        LocalDate horizon) {
        this(lags, outlier, temperature, windowMass, checkMass, siblingLink, siblingWeight, confidenceIntercept, confidenceSlope,
                fittedOn, horizon, EraWords.NONE);
    }

    DatingModel(Lags lags, double outlier, double temperature, double windowMass, double checkMass, double siblingLink,
                        double siblingWeight, double confidenceIntercept, double confidenceSlope, List<Source> fittedOn,
                        LocalDate horizon, EraWords eraWords) {
        this.lags = Objects.requireNonNull(lags, "lags");
        Map<String, int[]> pools = lags.pools();
        Map<String, Kind> built = new TreeMap<>();
        lags.counts().forEach((name, c) -> built.put(name, new Kind(name, c.scheme(), c.counts(), lags.probabilities(name, pools), outlier)));
        this.kinds = Collections.unmodifiableMap(built);
        this.outlier = outlier;
        this.temperature = temperature;
        this.windowMass = windowMass;
        this.checkMass = checkMass;
        this.siblingLink = siblingLink;
        this.siblingWeight = siblingWeight;
        this.confidenceIntercept = confidenceIntercept;
        this.confidenceSlope = confidenceSlope;
        this.fittedOn = List.copyOf(fittedOn);
        this.horizon = Objects.requireNonNull(horizon, "horizon");
        this.eraWords = Objects.requireNonNull(eraWords, "eraWords");
    }

    /** The words of an era this model knows (none for a model fitted on one source). */
    public EraWords eraWords() {
        return eraWords;
    }

    /** This model with other words of an era. */
    DatingModel withEraWords(EraWords words) {
        return new DatingModel(lags, outlier, temperature, windowMass, checkMass, siblingLink, siblingWeight, confidenceIntercept,
                confidenceSlope, fittedOn, horizon, words);
    }

    /** The kind of this name, if the model knows it. */
    public Optional<Kind> kind(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    /** Every kind the model knows, by name. */
    public Map<String, Kind> kinds() {
        return kinds;
    }

    /** The share of a piece of evidence's probability spread flat over all days: how often such evidence is wrong. */
    public double outlier() {
        return outlier;
    }

    /** How much the evidence of one article counts together (1 would treat its cues as independent). */
    public double temperature() {
        return temperature;
    }

    /** The share of the probability the window holds. */
    public double windowMass() {
        return windowMass;
    }

    /** The share of the probability outside which a declared date is contradicted. */
    public double checkMass() {
        return checkMass;
    }

    /** The link strength from which articles telling the same happening share their evidence. */
    public double siblingLink() {
        return siblingLink;
    }

    /** How much a linked article's evidence counts, at link strength 1, against the article's own. */
    public double siblingWeight() {
        return siblingWeight;
    }

    /** What the model was fitted on. */
    public List<Source> fittedOn() {
        return fittedOn;
    }

    /** The day after which publication is unlikely (the knowledge base's latest day and a year). */
    public LocalDate horizon() {
        return horizon;
    }

    /** This model with other sharing between linked articles. */
    DatingModel withSiblings(double link, double weight) {
        return new DatingModel(lags, outlier, temperature, windowMass, checkMass, link, weight, confidenceIntercept, confidenceSlope,
                fittedOn, horizon, eraWords);
    }

    /** This model with another temperature. */
    DatingModel withTemperature(double t) {
        return new DatingModel(lags, outlier, t, windowMass, checkMass, siblingLink, siblingWeight, confidenceIntercept, confidenceSlope,
                fittedOn, horizon, eraWords);
    }

    /** This model with another horizon. */
    public DatingModel withHorizon(LocalDate newHorizon) {
        return new DatingModel(lags, outlier, temperature, windowMass, checkMass, siblingLink, siblingWeight, confidenceIntercept,
                confidenceSlope, fittedOn, newHorizon, eraWords);
    }

    /** The days of a span counted as its inside: an open end stops at the horizon. */
    long insideDays(Anchor.Span s) {
        LocalDate end = s.latest().isAfter(horizon) ? (s.earliest().isAfter(horizon) ? s.earliest() : horizon) : s.latest();
        return end.toEpochDay() - s.earliest().toEpochDay() + 1;
    }

    /** The calibrated confidence that the best day is within a week of the true day, from the posterior's mass near it. */
    public double confidence(double massNearBest) {
        double m = Math.min(1 - 1e-6, Math.max(1e-6, massNearBest));
        double z = confidenceIntercept + confidenceSlope * Math.log(m / (1 - m));
        return Math.round(1 / (1 + Math.exp(-z)) * 100) / 100.0;
    }

    /** What a piece of evidence implies under this model, in words; empty when the model does not know its kind. */
    public Optional<String> implies(Cue cue) {
        return kind(cue.kind()).map(k -> k.summary(cue.anchor() instanceof Anchor.Span || cue.anchor() instanceof Anchor.Spans
                ? "it" : cue.anchor().describe()));
    }

    /**
     * A model that knows no kind of evidence: every day alike, up to the horizon. For reading evidence before any model
     * is fitted.
     */
    public static DatingModel untrained() {
        return new DatingModel(Lags.none(), 0, 1, 0.9, 0.995, 2, 0, 0, 1, List.of(), Posterior.LAST);
    }

    /** The model shipped with the engine, with a horizon of today's knowledge base. */
    public static synchronized DatingModel defaults() {
        if (defaults == null) {
            try (InputStream in = DatingModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the dating model " + RESOURCE + " is missing from the classpath");
                }
                defaults = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the dating model " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
        return defaults;
    }

    /** Reads a model written by {@link #write}. */
    public static DatingModel read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || root.path("format").asInt() != 2) {
            throw new IOException("not a dating model (format 2)");
        }
        Map<String, Counts> kinds = new TreeMap<>();
        Map<String, Double> own = new TreeMap<>();
        double outlier = root.path("outlier").asDouble();
        root.path("kinds").fields().forEachRemaining(e -> {
            JsonNode k = e.getValue();
            Scheme scheme = Scheme.valueOf(k.path("scheme").asText());
            int[] counts = new int[scheme.bins];
            for (int b = 0; b < counts.length; b++) {
                counts[b] = k.path("counts").path(b).asInt();
            }
            kinds.put(e.getKey(), new Counts(scheme, counts));
            own.put(e.getKey(), k.path("backoff").asDouble());
        });
        List<Source> sources = new ArrayList<>();
        root.path("fittedOn").forEach(s -> sources.add(new Source(s.path("source").asText(), s.path("articles").asInt())));
        Map<String, Anchor.Span> words = new TreeMap<>();
        JsonNode era = root.path("eraWords");
        era.path("years").fields().forEachRemaining(e -> words.put(e.getKey(), eraSpan(e.getValue().asText())));
        List<Integer> covered = new ArrayList<>();
        era.path("covered").forEach(y -> covered.add(y.asInt()));
        Lags lags = new Lags(kinds, root.path("smoothing").asDouble(), root.path("backoff").asDouble(), own);
        return new DatingModel(lags, outlier, root.path("temperature").asDouble(), root.path("windowMass").asDouble(),
                root.path("checkMass").asDouble(), root.path("siblingLink").asDouble(), root.path("siblingWeight").asDouble(),
                root.path("confidence").path("intercept").asDouble(), root.path("confidence").path("slope").asDouble(), sources,
                LocalDate.parse(root.path("horizon").asText()),
                words.isEmpty() ? EraWords.NONE : new EraWords(words, covered, era.path("weight").asDouble(1)));
    }

    /** A word's years as the model file writes them: "2013-2016", "-1989" (and before), "2020-" (and after). */
    private static Anchor.Span eraSpan(String years) {
        int dash = years.indexOf('-');
        String a = years.substring(0, dash);
        String b = years.substring(dash + 1);
        return new Anchor.Span(a.isEmpty() ? Posterior.FIRST : LocalDate.of(Integer.parseInt(a), 1, 1),
                b.isEmpty() ? Anchor.OPEN_END : LocalDate.of(Integer.parseInt(b), 12, 31));
    }

    private static String eraYears(Anchor.Span s) {
        return (s.earliest().equals(Posterior.FIRST) ? "" : String.valueOf(s.earliest().getYear())) + "-"
                + (s.latest().equals(Anchor.OPEN_END) ? "" : String.valueOf(s.latest().getYear()));
    }

    /** The model as JSON: the same model always gives the same bytes. */
    public String write() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 2);
        ArrayNode on = root.putArray("fittedOn");
        fittedOn.forEach(s -> on.addObject().put("source", s.name()).put("articles", s.articles()));
        root.put("horizon", horizon.toString());
        root.put("outlier", round(outlier));
        root.put("temperature", round(temperature));
        root.put("windowMass", round(windowMass));
        // the check share may be a few millionths under 1: its digits are kept
        root.put("checkMass", Math.round(checkMass * 1e12) / 1e12);
        root.put("siblingLink", round(siblingLink));
        root.put("siblingWeight", round(siblingWeight));
        root.putObject("confidence").put("intercept", round(confidenceIntercept)).put("slope", round(confidenceSlope));
        root.put("smoothing", round(lags.smoothing()));
        root.put("backoff", round(lags.backoff()));
        ObjectNode ks = root.putObject("kinds");
        for (Kind k : kinds.values()) {
            ObjectNode n = ks.putObject(k.name);
            n.put("scheme", k.scheme.name());
            n.put("backoff", round(lags.strength(k.name)));
            ArrayNode c = n.putArray("counts");
            for (int v : k.counts) {
                c.add(v);
            }
        }
        if (!eraWords.years().isEmpty()) {
            ObjectNode era = root.putObject("eraWords");
            era.put("weight", round(eraWords.weight()));
            ArrayNode covered = era.putArray("covered");
            eraWords.covered().forEach(covered::add);
            ObjectNode ys = era.putObject("years");
            eraWords.years().forEach((w, span) -> ys.put(w, eraYears(span)));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /** A small helper: sums of counts. */
    private static final class Arrays {
        static int sum(int[] a) {
            int s = 0;
            for (int v : a) {
                s += v;
            }
            return s;
        }
    }

    /** The kinds in order of how many lags they were fitted on (most first). */
    public List<Kind> kindsByCount() {
        List<Kind> out = new ArrayList<>(kinds.values());
        out.sort((x, y) -> y.count() != x.count() ? Integer.compare(y.count(), x.count()) : x.name().compareTo(y.name()));
        return out;
    }
}
