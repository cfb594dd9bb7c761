package org.chronologer.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chronologer.Mention;
import org.chronologer.MentionExtractor;
import org.chronologer.Workers;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.read.Article;
import org.chronologer.read.NormalizedText;
import org.chronologer.resolve.Resolution;
import org.chronologer.resolve.Resolver;

/**
 * The {@code date} stage: infers when each article was written from its own evidence and, in a corpus, from
 * articles that tell the same happening; then resolves its mentions against the result.
 *
 * <p>Each rule adds {@link Evidence}; {@link DateSolver} weighs it all over candidate days. A corpus is tagged and
 * solved on the {@link Workers}' threads; one instance serves one caller at a time.
 */
public final class DateInference {

    /** Link strength from which two articles are taken to tell the same happening. */
    static final double SIBLING_LINK = 0.35;
    /** How much a sibling's evidence counts, relative to the article's own, at link strength 1. */
    static final double SIBLING_WEIGHT = 0.6;
    /** Window width up to which an article's own estimate tells the period of the corpus. */
    static final long PERIOD_MAX_WIDTH_DAYS = 2500;
    /** How far around a confidently dated article the corpus period reaches. */
    static final int PERIOD_REACH_DAYS = 365;

    /**
     * A pile of articles usually comes from one period: days near the best days of the other articles whose own
     * evidence dates them within a few years are likelier, the more so the more of them lie near (a kernel
     * density with a {@link #PERIOD_REACH_DAYS} half-width, read per month; a weak prior, for articles whose text gives no
     * year).
     */
    private static Optional<Evidence> corpusPeriod(Period period, List<PublicationEstimate> alone, int self) {
        boolean selfCounts = alone.get(self).widthDays() <= PERIOD_MAX_WIDTH_DAYS;
        int others = period.days().size() - (selfCounts ? 1 : 0);
        if (others == 0) {
            return Optional.empty();
        }
        int own = selfCounts ? dayIndex(alone.get(self).best()) : Integer.MIN_VALUE;
        long top = 0;
        for (int k = 0; k < period.density().length; k++) {
            top = Math.max(top, period.density()[k] - kernel(own, k));
        }
        if (top == 0) {
            return Optional.empty();
        }
        // the first and last of the others' days: the sorted days with one occurrence of the article's own left out
        List<LocalDate> all = period.days();
        LocalDate mine = selfCounts ? alone.get(self).best() : null;
        LocalDate firstDay = all.get(0).equals(mine) ? all.get(1) : all.get(0);
        LocalDate lastDay = all.get(all.size() - 1).equals(mine) ? all.get(all.size() - 2) : all.get(all.size() - 1);
        int n = period.density().length;
        double scale = top;
        int ownCentre = own;
        // a kernel a year wide tells the period, not the day: it is read at the middle of each month, so that
        // it chooses among months and leaves the day within a month to the article's own evidence
        return Optional.of(new Evidence("the other articles of the corpus", -1, -1, "corpus-period",
                others + " articles of the corpus dated within a few years lie between " + firstDay + " and "
                        + lastDay + " ⇒ published near most of them", 0.5, d -> {
                            int k = dayIndex(d.withDayOfMonth(15));
                            return k < 0 || k >= n ? 0 : (period.density()[k] - kernel(ownCentre, k)) / scale;
                        }));
    }

    /**
     * The kernel density of the best days of a corpus's articles dated within a few years, computed once for the
     * corpus (each article then leaves its own day out), in whole units of 1/({@link #PERIOD_REACH_DAYS}+1) so that
     * taking one day out is exact.
     */
    private record Period(List<LocalDate> days, long[] density) {
        static Period of(List<PublicationEstimate> alone) {
            List<LocalDate> days = new ArrayList<>();
            for (PublicationEstimate p : alone) {
                if (p.widthDays() <= PERIOD_MAX_WIDTH_DAYS) {
                    days.add(p.best());
                }
            }
            days.sort(null);
            long[] density = new long[dayIndex(DateSolver.LAST) + 1];
            for (LocalDate d : days) {
                int centre = dayIndex(d);
                for (int k = Math.max(0, centre - PERIOD_REACH_DAYS); k <= Math.min(density.length - 1, centre + PERIOD_REACH_DAYS); k++) {
                    density[k] += kernel(centre, k);
                }
            }
            return new Period(List.copyOf(days), density);
        }
    }

    private static int dayIndex(LocalDate d) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(DateSolver.FIRST, d);
    }

    /** The kernel of a day at {@code centre} on day {@code k}, in units of 1/(reach+1); 0 when centre is none. */
    private static long kernel(int centre, int k) {
        if (centre == Integer.MIN_VALUE) {
            return 0;
        }
        return Math.max(0, PERIOD_REACH_DAYS + 1 - Math.abs(k - centre));
    }

    private final Workers workers;
    private final KnowledgeBase knowledge;
    private final List<EvidenceRule> rules;

    /** Inference with every rule, over the given extractor and knowledge base, on the caller's thread. */
    public DateInference(MentionExtractor extractor, KnowledgeBase knowledge) {
        this(Workers.single(Objects.requireNonNull(extractor, "extractor")), knowledge);
    }

    /**
     * Inference with every rule over the given knowledge base; a corpus is tagged and dated on the workers'
     * threads, with the same result whatever their number.
     */
    public DateInference(Workers workers, KnowledgeBase knowledge) {
        this.workers = Objects.requireNonNull(workers, "workers");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        List<EvidenceRule> r = new ArrayList<>(MentionRules.all());
        r.addAll(KnowledgeRules.all());
        this.rules = List.copyOf(r);
    }

    /** What one article tells about itself, before any corpus sharing. */
    public record Reading(Article article, NormalizedText text, List<Mention> mentions, List<Evidence> evidence,
                          List<String> problems) {
    }

    /** Reads one article: its undated mentions and every piece of evidence, the declared date included. */
    public Reading read(Article article) {
        NormalizedText text = NormalizedText.of(article.text());
        MentionExtractor.Result extracted = workers.withExtractor(e -> e.extract(article.text(), Optional.empty()));
        List<Mention> mentions = extracted.mentions();
        ArticleFacts facts = new ArticleFacts(article, text, mentions, knowledge);
        List<Evidence> evidence = new ArrayList<>();
        for (EvidenceRule rule : rules) {
            evidence.addAll(rule.collect(facts));
        }
        article.declared().ifPresent(d -> evidence.add(new Evidence("declared " + d, -1, -1, "declared",
                "the input declares " + d, 1.5, Support.near(d, 0, 3))));
        return new Reading(article, text, mentions, evidence, extracted.problems());
    }

    /** Dates one article alone. */
    public DatedArticle date(Article article) {
        Reading r = read(article);
        return finish(r, solve(r.evidence(), article.declared()));
    }

    /**
     * Dates a corpus: each article with its own evidence plus, scaled by similarity, the evidence of articles that
     * tell the same happening and whose own windows agree with its.
     */
    public List<DatedArticle> dateCorpus(List<Article> articles) {
        return dateCorpusLinked(articles).articles();
    }

    /**
     * The dated articles of a corpus with how strongly each pair tells the same happening (0..1; the links the
     * sharing used, and that episode finding can reuse).
     */
    public record LinkedCorpus(List<DatedArticle> articles, ArticleLinks links) {
        public LinkedCorpus {
            articles = List.copyOf(articles);
            Objects.requireNonNull(links, "links");
        }
    }

    /** Dates a corpus as {@link #dateCorpus} does and keeps the links between its articles. */
    public LinkedCorpus dateCorpusLinked(List<Article> articles) {
        List<Reading> readings = workers.map(articles, this::read);
        List<PublicationEstimate> alone = workers.map(readings, r -> solve(r.evidence(), r.article().declared()));
        ArticleLinks links = SameHappening.links(readings, alone);
        Period period = Period.of(alone);
        List<List<Evidence>> evidenceOf = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            List<Evidence> evidence = new ArrayList<>(readings.get(i).evidence());
            corpusPeriod(period, alone, i).ifPresent(evidence::add);
            for (ArticleLinks.Link link : links.of(i)) {
                if (link.strength() < SIBLING_LINK) {
                    continue;
                }
                int j = link.other();
                double strength = link.strength();
                String sibling = readings.get(j).article().id();
                for (Evidence e : readings.get(j).evidence()) {
                    if (e.rule().equals("declared") || e.rule().equals("horizon") || e.rule().startsWith("corpus:")) {
                        // its own declared date and the horizon every article has are not a sibling's to share
                        continue;
                    }
                    evidence.add(e.scaled(SIBLING_WEIGHT * strength, "corpus:",
                            "article " + sibling + " tells the same happening (link " + String.format(java.util.Locale.ROOT, "%.2f", strength)
                                    + "): " + e.implies()));
                }
            }
            evidenceOf.add(evidence);
        }
        List<Integer> indices = java.util.stream.IntStream.range(0, readings.size()).boxed().toList();
        List<DatedArticle> out = workers.map(indices, i -> finish(readings.get(i), solve(evidenceOf.get(i), readings.get(i).article().declared())));
        return new LinkedCorpus(out, links);
    }

    private static PublicationEstimate solve(List<Evidence> evidence, Optional<LocalDate> declared) {
        return DateSolver.solve(evidence, DateSolver.FIRST, DateSolver.LAST, declared);
    }

    /** Resolves the mentions against the declared date, or the inferred best day, re-tagging when needed. */
    private DatedArticle finish(Reading r, PublicationEstimate estimate) {
        LocalDate day = r.article().declared().orElse(estimate.best());
        boolean needsTagger = r.mentions().stream().anyMatch(m -> m.symbolic() instanceof SymbolicValue.Unresolvable u
                && u.reason().contains("publication date"));
        List<Mention> mentions;
        List<String> problems = new ArrayList<>(r.problems());
        if (needsTagger) {
            MentionExtractor.Result again = workers.withExtractor(e -> e.extract(r.article().text(), Optional.of(day)));
            mentions = again.mentions();
            again.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
        } else {
            List<Resolution> resolved = Resolver.resolveAll(r.mentions().stream().map(Mention::symbolic).toList(), Optional.of(day));
            mentions = new ArrayList<>();
            for (int i = 0; i < resolved.size(); i++) {
                mentions.add(r.mentions().get(i).withResolution(resolved.get(i)));
            }
        }
        return new DatedArticle(r.article(), estimate, mentions, problems);
    }
}
