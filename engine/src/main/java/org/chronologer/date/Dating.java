package org.chronologer.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.chronologer.corpus.ArticleLinks;
import org.chronologer.corpus.SameHappening;
import org.chronologer.date.rule.ArticleFacts;
import org.chronologer.date.rule.EvidenceRule;
import org.chronologer.date.rule.EvidenceRules;
import org.chronologer.extract.Extraction;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Evidence;
import org.chronologer.model.PublicationEstimate;

/**
 * The {@code date} stage: when each article was written, from what its own text tells and, in a corpus, from the
 * articles that tell the same happening. Pure functions of what extraction drew from the texts: no threads, no
 * taggers; every method may be called from any thread.
 *
 * <p>In turn: {@link #read} reads each article's evidence with the rules; {@link #alone} weighs it alone; {@link
 * #corpus} links the articles that tell the same happening and gives each the evidence its linked articles share and
 * the period of the corpus; {@link #solve} weighs it all ({@link DateSolver}).
 */
public final class Dating {

    /** Link strength from which two articles are taken to tell the same happening. */
    static final double SIBLING_LINK = 0.35;
    /** How much a sibling's evidence counts, relative to the article's own, at link strength 1. */
    static final double SIBLING_WEIGHT = 0.6;

    private final KnowledgeBase knowledge;
    private final EvidenceRules rules;

    /** Dating with the engine's rules over the given knowledge base. */
    public Dating(KnowledgeBase knowledge) {
        this(knowledge, EvidenceRules.defaults());
    }

    /** Dating with the given rules over the given knowledge base. */
    public Dating(KnowledgeBase knowledge, EvidenceRules rules) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** What an article tells about its own date: every rule's evidence, read from its extraction. */
    public Reading read(Extraction extraction) {
        ArticleFacts facts = new ArticleFacts(extraction.article(), extraction.text(), extraction.mentions(), knowledge);
        List<Evidence> evidence = new ArrayList<>();
        for (EvidenceRule rule : rules.list()) {
            evidence.addAll(rule.collect(facts));
        }
        return new Reading(extraction, evidence);
    }

    /** The estimate an article's own evidence gives, before any sharing. */
    public PublicationEstimate alone(Reading reading) {
        return solve(reading.evidence(), reading.article().declared());
    }

    /** The estimate that {@code evidence} supports, for an article that declares {@code declared}. */
    public static PublicationEstimate solve(List<Evidence> evidence, Optional<LocalDate> declared) {
        return DateSolver.solve(evidence, DateSolver.FIRST, DateSolver.LAST, declared);
    }

    /**
     * The evidence of each article of a corpus: its own, the period of the corpus, and, scaled by how strongly they are
     * linked, the evidence of the articles that tell the same happening and whose own windows agree with its.
     *
     * @param links    how strongly pairs of articles tell the same happening (numbered as the readings)
     * @param evidence the evidence of each article, to {@link #solve}
     */
    public record CorpusEvidence(ArticleLinks links, List<List<Evidence>> evidence) {
        public CorpusEvidence {
            Objects.requireNonNull(links, "links");
            evidence = evidence.stream().map(List::copyOf).toList();
        }
    }

    /** Links the articles of a corpus and gathers each one's evidence, given the estimates of their own evidence. */
    public CorpusEvidence corpus(List<Reading> readings, List<PublicationEstimate> alone) {
        ArticleLinks links = SameHappening.links(LinkClues.of(readings, alone));
        CorpusPeriod period = CorpusPeriod.of(alone);
        List<List<Evidence>> evidenceOf = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            List<Evidence> evidence = new ArrayList<>(readings.get(i).evidence());
            period.evidenceFor(alone, i).ifPresent(evidence::add);
            for (ArticleLinks.Link link : links.of(i)) {
                if (link.strength() < SIBLING_LINK) {
                    continue;
                }
                int j = link.other();
                double strength = link.strength();
                String sibling = readings.get(j).article().id();
                for (Evidence e : readings.get(j).evidence()) {
                    if (!e.rule().shareable() || e.sharedBy().isPresent()) {
                        // its own declared date and the priors every article has are not a sibling's to share
                        continue;
                    }
                    evidence.add(e.asToldBy(sibling, SIBLING_WEIGHT * strength,
                            "article " + sibling + " tells the same happening (link " + String.format(Locale.ROOT, "%.2f", strength)
                                    + "): " + e.implies()));
                }
            }
            evidenceOf.add(evidence);
        }
        return new CorpusEvidence(links, evidenceOf);
    }
}
