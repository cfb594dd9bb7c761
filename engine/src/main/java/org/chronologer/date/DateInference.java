package org.chronologer.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chronologer.Mention;
import org.chronologer.MentionExtractor;
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
 * <p>Each rule adds {@link Evidence}; {@link DateSolver} weighs it all over candidate days. Not thread-safe
 * (it holds a {@link MentionExtractor}).
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
    private static Optional<Evidence> corpusPeriod(List<PublicationEstimate> alone, int self) {
        List<LocalDate> days = new ArrayList<>();
        for (int j = 0; j < alone.size(); j++) {
            if (j != self && alone.get(j).widthDays() <= PERIOD_MAX_WIDTH_DAYS) {
                days.add(alone.get(j).best());
            }
        }
        if (days.isEmpty()) {
            return Optional.empty();
        }
        days.sort(null);
        int n = (int) java.time.temporal.ChronoUnit.DAYS.between(DateSolver.FIRST, DateSolver.LAST) + 1;
        double[] density = new double[n];
        for (LocalDate d : days) {
            int centre = (int) java.time.temporal.ChronoUnit.DAYS.between(DateSolver.FIRST, d);
            for (int k = Math.max(0, centre - PERIOD_REACH_DAYS); k <= Math.min(n - 1, centre + PERIOD_REACH_DAYS); k++) {
                density[k] += 1 - Math.abs(k - centre) / (double) (PERIOD_REACH_DAYS + 1);
            }
        }
        double max = 0;
        for (double v : density) {
            max = Math.max(max, v);
        }
        double top = max;
        // a kernel a year wide tells the period, not the day: it is read at the middle of each month, so that
        // it chooses among months and leaves the day within a month to the article's own evidence
        return Optional.of(new Evidence("the other articles of the corpus", -1, -1, "corpus-period",
                days.size() + " articles of the corpus dated within a few years lie between " + days.get(0) + " and "
                        + days.get(days.size() - 1) + " ⇒ published near most of them", 0.5, d -> {
                            long k = java.time.temporal.ChronoUnit.DAYS.between(DateSolver.FIRST, d.withDayOfMonth(15));
                            return k < 0 || k >= n ? 0 : density[(int) k] / top;
                        }));
    }


    private final MentionExtractor extractor;
    private final KnowledgeBase knowledge;
    private final List<EvidenceRule> rules;

    /** Inference with every rule, over the given extractor and knowledge base. */
    public DateInference(MentionExtractor extractor, KnowledgeBase knowledge) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
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
        MentionExtractor.Result extracted = extractor.extract(article.text(), Optional.empty());
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
        List<Reading> readings = new ArrayList<>();
        for (Article a : articles) {
            readings.add(read(a));
        }
        List<PublicationEstimate> alone = readings.stream().map(r -> solve(r.evidence(), r.article().declared())).toList();
        ArticleLinks links = SameHappening.links(readings, alone);
        List<DatedArticle> out = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            List<Evidence> evidence = new ArrayList<>(readings.get(i).evidence());
            corpusPeriod(alone, i).ifPresent(evidence::add);
            for (ArticleLinks.Link link : links.of(i)) {
                if (link.strength() < SIBLING_LINK) {
                    continue;
                }
                int j = link.other();
                double strength = link.strength();
                String sibling = readings.get(j).article().id();
                for (Evidence e : readings.get(j).evidence()) {
                    if (e.rule().equals("declared") || e.rule().startsWith("corpus:")) {
                        continue;
                    }
                    evidence.add(e.scaled(SIBLING_WEIGHT * strength, "corpus:",
                            "article " + sibling + " tells the same happening (link " + String.format(java.util.Locale.ROOT, "%.2f", strength)
                                    + "): " + e.implies()));
                }
            }
            out.add(finish(readings.get(i), solve(evidence, readings.get(i).article().declared())));
        }
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
            MentionExtractor.Result again = extractor.extract(r.article().text(), Optional.of(day));
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
