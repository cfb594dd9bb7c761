package org.chronologer.eval.dating;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronologer.corpus.SameHappening;
import org.chronologer.date.Dating;
import org.chronologer.date.DatingFit;
import org.chronologer.date.DatingModel;
import org.chronologer.date.rule.EvidenceRules;
import org.chronologer.episode.EpisodeFinder;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Anchor;
import org.chronologer.model.DateCheck;
import org.chronologer.model.Evidence;
import org.chronologer.model.PublicationEstimate;

/**
 * Scores publication-date inference on dated samples, each source dated as one corpus with its dates hidden: how often
 * the best day is the true day, within a week, in the right year; how often the window holds the true day and how wide
 * it is; the expected calibration error of the confidence (that the best day is within a week); and, for {@code
 * check}, how often a correct declared date is called contradicted and how often a shifted one is caught.
 */
public final class DatingScore {

    /** The shifts of a declared date that {@code check} should catch, in days. */
    public static final long[] SHIFTS = {7, 30, 365, 3 * 365};

    private DatingScore() {
    }

    /**
     * One article's outcome; {@code episode} and {@code episodeGiven} number its episode in its source (the number of
     * one of its members) as the episode finder groups the source with the dates hidden (the estimates) and given
     * (the true days), on the same links.
     */
    public record Outcome(String id, String source, LocalDate truth, PublicationEstimate estimate, boolean falseAlarm, boolean[] caught,
                          int episode, int episodeGiven) {
        long offset() {
            return Math.abs(ChronoUnit.DAYS.between(truth, estimate.best()));
        }
    }

    /** The figures of a set of outcomes. */
    public record Figures(int articles, double exact, double week, double year, double window, long medianWidth, double ece,
                          double guesses, double falseAlarms, double[] caught) {
    }

    /**
     * The episodes of a set of outcomes, against those the true days give: pairs of articles in one episode with the
     * dates hidden ({@code pairs}), how many of them were published within {@link EpisodeFinder#MAX_GAP_DAYS} of each
     * other ({@code close}), the pairs in one episode with the dates given ({@code givenPairs}) and how many of those are
     * in one episode with the dates hidden too ({@code recovered}), and the most articles of one episode.
     */
    public record EpisodeFigures(int articles, long pairs, long close, long givenPairs, long recovered, int largest) {
    }

    /** Dates each source of {@code samples} as one corpus with {@code model} and returns every article's outcome. */
    public static List<Outcome> date(List<DatingFit.Sample> samples, DatingModel model, KnowledgeBase knowledge, boolean alone) {
        return date(samples, model, knowledge, alone, model.siblingLink());
    }

    /**
     * Dates each source of {@code samples} as one corpus with {@code model} and returns every article's outcome, its
     * episodes found along links of at least {@code sameHappening}.
     */
    public static List<Outcome> date(List<DatingFit.Sample> samples, DatingModel model, KnowledgeBase knowledge, boolean alone,
                                     double sameHappening) {
        Dating dating = new Dating(knowledge, EvidenceRules.defaults(), model);
        Map<String, List<DatingFit.Sample>> corpora = new LinkedHashMap<>();
        // the samples hold the rules' evidence; the words of an era are the model's, read as dating reads them
        samples.stream().map(s -> withEra(s, model)).forEach(s -> corpora.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s));
        List<Outcome> out = new ArrayList<>();
        for (List<DatingFit.Sample> corpus : corpora.values()) {
            List<PublicationEstimate> own = corpus.parallelStream().map(s -> dating.estimate(s.evidence(), Optional.empty())).toList();
            List<PublicationEstimate> estimates;
            List<SameHappening.Clues> clues = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                clues.add(corpus.get(i).words().clues(own.get(i)));
            }
            Dating.CorpusEvidence ce = dating.corpus(corpus.stream().map(DatingFit.Sample::id).toList(),
                    corpus.stream().map(DatingFit.Sample::evidence).toList(), clues);
            if (alone) {
                estimates = own;
            } else {
                List<Integer> idx = new ArrayList<>();
                for (int i = 0; i < corpus.size(); i++) {
                    idx.add(i);
                }
                estimates = idx.parallelStream().map(i -> dating.estimate(ce.evidence(i), Optional.empty())).toList();
            }
            // the episodes as timeline finds them with the dates hidden, and with the true days on the same links
            List<EpisodeFinder.Member> hidden = new ArrayList<>();
            List<EpisodeFinder.Member> given = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                PublicationEstimate p = estimates.get(i);
                hidden.add(EpisodeFinder.Member.of(corpus.get(i).id(), p));
                given.add(new EpisodeFinder.Member(corpus.get(i).id(), corpus.get(i).truth()));
            }
            int[] episode = EpisodeFinder.components(hidden, ce.links(), sameHappening);
            int[] episodeGiven = EpisodeFinder.components(given, ce.links(), sameHappening);
            for (int i = 0; i < corpus.size(); i++) {
                DatingFit.Sample s = corpus.get(i);
                PublicationEstimate p = estimates.get(i);
                boolean falseAlarm = DateCheck.of(s.id(), Optional.of(s.truth()), p).verdict() == DateCheck.Verdict.CONTRADICTED;
                boolean[] caught = new boolean[SHIFTS.length];
                for (int k = 0; k < SHIFTS.length; k++) {
                    caught[k] = DateCheck.of(s.id(), Optional.of(s.truth().plusDays(SHIFTS[k])), p).verdict() == DateCheck.Verdict.CONTRADICTED;
                }
                out.add(new Outcome(s.id(), s.source(), s.truth(), p, falseAlarm, caught, episode[i], episodeGiven[i]));
            }
        }
        return out;
    }

    /** A sample with the evidence of its words of an era under {@code model}. */
    static DatingFit.Sample withEra(DatingFit.Sample s, DatingModel model) {
        List<Evidence> era = model.eraWords().evidence(s.words().text());
        if (era.isEmpty()) {
            return s;
        }
        List<Evidence> evidence = new ArrayList<>(s.evidence());
        evidence.addAll(era);
        return s.withEvidence(evidence);
    }

    /** The episode figures of a set of outcomes (of one source or several: episodes are numbered within a source). */
    public static EpisodeFigures episodes(List<Outcome> outcomes) {
        Map<String, List<Outcome>> byEpisode = new LinkedHashMap<>();
        Map<String, Integer> givenSizes = new HashMap<>();
        Map<String, Integer> bothSizes = new HashMap<>();
        for (Outcome o : outcomes) {
            byEpisode.computeIfAbsent(o.source() + "\t" + o.episode(), k -> new ArrayList<>()).add(o);
            givenSizes.merge(o.source() + "\t" + o.episodeGiven(), 1, Integer::sum);
            bothSizes.merge(o.source() + "\t" + o.episode() + "\t" + o.episodeGiven(), 1, Integer::sum);
        }
        long pairs = 0;
        long close = 0;
        int largest = 0;
        for (List<Outcome> group : byEpisode.values()) {
            largest = Math.max(largest, group.size());
            // the pairs published within the gap: the members sorted by day, each counted with those after it within reach
            List<LocalDate> days = group.stream().map(Outcome::truth).sorted().toList();
            int from = 0;
            for (int k = 0; k < days.size(); k++) {
                while (ChronoUnit.DAYS.between(days.get(from), days.get(k)) > EpisodeFinder.MAX_GAP_DAYS) {
                    from++;
                }
                close += k - from;
            }
            pairs += (long) group.size() * (group.size() - 1) / 2;
        }
        long givenPairs = givenSizes.values().stream().mapToLong(v -> (long) v * (v - 1) / 2).sum();
        long recovered = bothSizes.values().stream().mapToLong(v -> (long) v * (v - 1) / 2).sum();
        return new EpisodeFigures(outcomes.size(), pairs, close, givenPairs, recovered, largest);
    }

    /** The figures of a set of outcomes. */
    public static Figures figures(List<Outcome> outcomes) {
        int n = outcomes.size();
        if (n == 0) {
            return new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, new double[SHIFTS.length]);
        }
        int exact = 0;
        int week = 0;
        int year = 0;
        int window = 0;
        int guesses = 0;
        int alarms = 0;
        int[] caught = new int[SHIFTS.length];
        List<Long> widths = new ArrayList<>();
        double[] confSum = new double[10];
        int[] hits = new int[10];
        int[] count = new int[10];
        for (Outcome o : outcomes) {
            PublicationEstimate p = o.estimate();
            long off = o.offset();
            exact += off == 0 ? 1 : 0;
            week += off <= 7 ? 1 : 0;
            year += p.best().getYear() == o.truth().getYear() ? 1 : 0;
            window += p.contains(o.truth()) ? 1 : 0;
            guesses += p.guess() ? 1 : 0;
            alarms += o.falseAlarm() ? 1 : 0;
            for (int k = 0; k < SHIFTS.length; k++) {
                caught[k] += o.caught()[k] ? 1 : 0;
            }
            widths.add(p.widthDays());
            int bin = Math.min(9, (int) (p.confidence() * 10));
            confSum[bin] += p.confidence();
            hits[bin] += off <= 7 ? 1 : 0;
            count[bin]++;
        }
        widths.sort(Long::compare);
        double ece = 0;
        for (int b = 0; b < 10; b++) {
            if (count[b] > 0) {
                ece += Math.abs(confSum[b] / count[b] - (double) hits[b] / count[b]) * count[b] / n;
            }
        }
        double[] caughtShare = new double[SHIFTS.length];
        for (int k = 0; k < SHIFTS.length; k++) {
            caughtShare[k] = (double) caught[k] / n;
        }
        return new Figures(n, (double) exact / n, (double) week / n, (double) year / n, (double) window / n, widths.get(n / 2), ece,
                (double) guesses / n, (double) alarms / n, caughtShare);
    }

    /**
     * What the articles' own texts write out, whatever the model: the share of articles with a calendar date (a
     * year, month or day, any tense; not a birth date, a copyright year, an election's or a fiscal year's name) that
     * lies within their own year, the share whose latest date told lies within it, and the share with any such date.
     * Without world knowledge, an article that names no date of its year is dated by inference alone.
     */
    public record Told(int articles, double ownYear, double latestOwnYear, double anyDate) {
    }

    /** {@link Told} of the given samples. */
    public static Told told(List<DatingFit.Sample> samples) {
        int own = 0;
        int latest = 0;
        int any = 0;
        for (DatingFit.Sample s : samples) {
            boolean o = false;
            boolean l = false;
            boolean a = false;
            for (Evidence e : s.evidence()) {
                String kind = e.cue().kind();
                if (!kind.startsWith("date:") || kind.equals("date:birth") || kind.equals("date:copyright") || kind.endsWith(":label")
                        || !(e.cue().anchor() instanceof Anchor.Span span)) {
                    continue;
                }
                a = true;
                boolean within = span.earliest().getYear() == s.truth().getYear() && span.latest().getYear() == s.truth().getYear();
                o |= within;
                l |= within && kind.endsWith(":latest");
            }
            own += o ? 1 : 0;
            latest += l ? 1 : 0;
            any += a ? 1 : 0;
        }
        int n = Math.max(1, samples.size());
        return new Told(samples.size(), (double) own / n, (double) latest / n, (double) any / n);
    }
}
