package org.chronologer.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chronologer.corpus.ArticleLinks;
import org.chronologer.corpus.SameHappening;
import org.chronologer.date.rule.ArticleFacts;
import org.chronologer.date.rule.EvidenceRule;
import org.chronologer.date.rule.EvidenceRules;
import org.chronologer.extract.Extraction;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.PublicationEstimate;

/**
 * The {@code date} stage: when each article was written, from what its own text tells and, in a corpus, from the
 * articles that tell the same happening. Pure functions of what extraction drew from the texts: no threads, no
 * taggers; every method may be called from any thread.
 *
 * <p>In turn: {@link #read} reads each article's evidence with the rules; {@link #alone} weighs it alone with the
 * {@link DatingModel}; {@link #corpus} links the articles that tell the same happening and adds to each the evidence
 * of those strongly linked to it; {@link #estimate} weighs it all. A date the input declares is a fact: it is the best
 * day and the window, and the text's evidence against it is reported as conflicts, never a different day.
 */
public final class Dating {

    /** A piece of evidence whose density on a day is below this share of its highest is contradicted by that day. */
    static final double CONTRADICTED_BELOW = 0.01;

    /**
     * How many of the items other articles shared an estimate keeps, in its evidence and in its conflicts: as many as
     * any view shows (the chronology JSON shows an article's twelve strongest).
     */
    public static final int SHARED_KEPT = 12;

    private final KnowledgeBase knowledge;
    private final EvidenceRules rules;
    private final DatingModel model;

    /** Dating with the engine's rules and model over the given knowledge base. */
    public Dating(KnowledgeBase knowledge) {
        this(knowledge, EvidenceRules.defaults(), DatingModel.defaults());
    }

    /** Dating with the given rules and model over the given knowledge base (the model's horizon follows the base). */
    public Dating(KnowledgeBase knowledge, EvidenceRules rules, DatingModel model) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.model = Objects.requireNonNull(model, "model")
                .withHorizon(knowledge.horizon().map(h -> h.plusDays(DatingModel.HORIZON_SLACK_DAYS)).orElse(model.horizon()));
    }

    /** The model this stage weighs evidence with. */
    public DatingModel model() {
        return model;
    }

    /** The log probability this dating gives {@code day} for an article with {@code evidence} (for evaluations). */
    public double logProbability(List<Evidence> evidence, LocalDate day) {
        return DatingFit.logProbability(model, evidence, day);
    }

    /** What an article tells about its own date: every rule's evidence, read from its extraction, and its words of an era. */
    public Reading read(Extraction extraction) {
        ArticleFacts facts = new ArticleFacts(extraction.article(), extraction.text(), extraction.mentions(), knowledge);
        List<Evidence> evidence = new ArrayList<>();
        for (EvidenceRule rule : rules.list()) {
            evidence.addAll(rule.collect(facts));
        }
        evidence.addAll(model.eraWords().evidence(extraction.text()));
        return new Reading(extraction, evidence);
    }

    /** The estimate an article's own evidence gives, before any sharing. */
    public PublicationEstimate alone(Reading reading) {
        return estimate(reading.evidence(), reading.article().declared());
    }

    /**
     * The estimate that {@code evidence} supports for an article that declares {@code declared}: the declared day
     * when there is one (with the evidence it contradicts), else the model's best day and window.
     */
    public PublicationEstimate estimate(List<Evidence> given, Optional<LocalDate> declared) {
        // the words of an era count only for an article the rest of its evidence places in their years
        EraWords.Weighed weighed = model.eraWords().weigh(given, model);
        List<Evidence> evidence = weighed.evidence();
        Posterior p = weighed.posterior();
        int[] plausible = p.shortest(model.checkMass());
        int best;
        int[] window;
        double confidence;
        if (declared.isPresent()) {
            best = Posterior.index(declared.get());
            window = new int[] {best, best};
            confidence = 1;
        } else {
            best = p.best();
            confidence = model.confidence(p.massNear(best, DatingModel.CONFIDENCE_RADIUS));
            if (confidence < PublicationEstimate.GUESS_BELOW) {
                // no week stands out: the year that holds the most probability is the guess most likely to be right
                best = p.bestOfLikeliestYear();
                confidence = model.confidence(p.massNear(best, DatingModel.CONFIDENCE_RADIUS));
            }
            window = p.shortest(model.windowMass());
            window = new int[] {Math.min(window[0], best), Math.max(window[1], best)};
        }
        LocalDate bestDay = declared.orElse(Posterior.day(best));
        List<Evidence> used = new ArrayList<>();
        List<Evidence> conflicts = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Evidence e : evidence) {
            Optional<DatingModel.Kind> kind = model.kind(e.cue().kind());
            if (kind.isPresent() && contradicts(kind.get(), e.cue(), bestDay)) {
                conflicts.add(e);
            } else if (seen.add(List.of(e.cue(), e.sharedBy()))) {
                used.add(e);
            }
        }
        Comparator<Evidence> strongestFirst = Comparator.comparingDouble((Evidence e) -> -strengthWeighed(e)).thenComparingInt(Evidence::start);
        used.sort(strongestFirst);
        return new PublicationEstimate(bestDay, declared.orElse(Posterior.day(window[0])), declared.orElse(Posterior.day(window[1])),
                confidence, declared, Posterior.day(plausible[0]), Posterior.day(plausible[1]), kept(used, strongestFirst),
                kept(conflicts, strongestFirst));
    }

    /**
     * The evidence an estimate keeps, in the order given, weighed and worded: all of the article's own, and of what
     * linked articles shared, the {@link #SHARED_KEPT} strongest. The rest counted in the estimate: keeping it would make
     * an estimate grow with its article's links (a hundred items in a corpus of wire copies) for items no view shows.
     */
    private List<Evidence> kept(List<Evidence> evidence, Comparator<Evidence> strongestFirst) {
        Set<Evidence> shared = Collections.newSetFromMap(new IdentityHashMap<>());
        evidence.stream().filter(e -> e.sharedBy().isPresent()).sorted(strongestFirst).limit(SHARED_KEPT).forEach(shared::add);
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.sharedBy().isEmpty() || shared.contains(e)) {
                out.add(e.weighed(model.temperature() * e.weight(), e.says() + model.implies(e.cue()).map(s -> " ⇒ " + s)
                        .orElse(" (not weighed: the model has no dated articles of this kind)")));
            }
        }
        return out;
    }

    /**
     * How much a piece of evidence can tell days apart once weighed: the spread of its kind's log densities, times the
     * weight the model gives it (the same product as the weighed item's, so that ties fall the same way).
     */
    private double strengthWeighed(Evidence e) {
        return model.kind(e.cue().kind()).map(k -> k.spread() * (model.temperature() * e.weight())).orElse(0.0);
    }

    /**
     * Whether the day is one the evidence makes very unlikely: the day's lag lies in a tail of the kind's lags that held
     * less than {@link #CONTRADICTED_BELOW} of the dated articles (for a weekday, whose lags have no tail, a lag that few).
     */
    private boolean contradicts(DatingModel.Kind kind, Cue cue, LocalDate day) {
        LagBins.Scheme scheme = LagBins.Scheme.of(cue.anchor());
        return kind.tail(LagBins.bin(scheme, cue.anchor().lag(day))) < CONTRADICTED_BELOW;
    }


    /**
     * The evidence of each article of a corpus: its own, and, scaled by how strongly they are linked, the evidence of
     * the articles strongly linked to it (they tell the same happening). An article's list is built when asked for and
     * not kept: what a corpus shares is many times what its articles tell (a hundred shared items per article in a
     * corpus of wire copies), so holding every list at once would grow the heap with the links, not the articles.
     */
    public static final class CorpusEvidence {
        private final ArticleLinks links;
        private final List<String> ids;
        private final List<List<Evidence>> own;
        private final Dating dating;

        private CorpusEvidence(ArticleLinks links, List<String> ids, List<List<Evidence>> own, Dating dating) {
            this.links = Objects.requireNonNull(links, "links");
            this.ids = List.copyOf(ids);
            this.own = own.stream().map(List::copyOf).toList();
            this.dating = dating;
            if (this.ids.size() != this.own.size()) {
                throw new IllegalArgumentException(this.ids.size() + " ids for the evidence of " + this.own.size() + " articles");
            }
        }

        /** How strongly pairs of articles tell the same happening (numbered as the articles). */
        public ArticleLinks links() {
            return links;
        }

        /** The number of articles. */
        public int size() {
            return ids.size();
        }

        /** Article {@code i}'s evidence, to {@link #estimate}: its own, then what the articles linked to it share. */
        public List<Evidence> evidence(int i) {
            List<Linked> linked = new ArrayList<>();
            for (ArticleLinks.Link link : links.of(i)) {
                linked.add(new Linked(ids.get(link.other()), link.strength(), own.get(link.other())));
            }
            return dating.withLinked(own.get(i), linked);
        }
    }

    /** Links the articles of a corpus and gathers each one's evidence, given the estimates of their own evidence. */
    public CorpusEvidence corpus(List<Reading> readings, List<PublicationEstimate> alone) {
        List<String> ids = readings.stream().map(r -> r.article().id()).toList();
        List<List<Evidence>> own = readings.stream().map(Reading::evidence).toList();
        if (readings.size() < 2) {
            return corpus(ids, own, ArticleLinks.none(readings.size())); // nothing to link: no clues to gather
        }
        return corpus(ids, own, LinkClues.of(readings, alone));
    }

    /**
     * {@link #corpus(List, List)} from what it needs of each article: its id, its own evidence, and its clues for
     * linking (with the window its own evidence gives it).
     */
    public CorpusEvidence corpus(List<String> ids, List<List<Evidence>> own, List<SameHappening.Clues> clues) {
        return corpus(ids, own, SameHappening.links(clues));
    }

    /** {@link #corpus(List, List, List)} with the links already found. */
    public CorpusEvidence corpus(List<String> ids, List<List<Evidence>> own, ArticleLinks links) {
        return new CorpusEvidence(links, ids, own, this);
    }

    /**
     * An article linked to another: its id, how strongly they are linked, its own evidence.
     *
     * @param id       the linked article's id
     * @param strength the link (at least {@link ArticleLinks#WEAKEST})
     * @param own      the linked article's own evidence
     */
    public record Linked(String id, double strength, List<Evidence> own) {
        public Linked {
            Objects.requireNonNull(id, "id");
            own = List.copyOf(own);
        }
    }

    /**
     * One article's evidence in its corpus: its own, and, scaled by how strongly they are linked, the shareable evidence
     * of the articles linked to it at least {@link DatingModel#siblingLink()} ({@code linked} in the order of the
     * articles, as {@link ArticleLinks#of} gives them). What {@link #corpus} gives each article, for a corpus that is not
     * in one place.
     */
    public List<Evidence> withLinked(List<Evidence> own, List<Linked> linked) {
        List<Evidence> evidence = new ArrayList<>(own);
        for (Linked link : linked) {
            if (link.strength() < model.siblingLink()) {
                continue;
            }
            String sibling = link.id();
            String prefix = "article " + sibling + " tells the same happening (link "
                    + String.format(Locale.ROOT, "%.2f", link.strength()) + "): ";
            for (Evidence e : link.own()) {
                if (e.rule().shareable() && e.sharedBy().isEmpty()) {
                    Evidence shared = e.asToldBy(sibling, prefix);
                    evidence.add(shared.weighed(model.siblingWeight() * link.strength(), shared.says()));
                }
            }
        }
        return evidence;
    }
}
