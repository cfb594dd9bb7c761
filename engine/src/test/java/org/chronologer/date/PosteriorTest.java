package org.chronologer.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.chronologer.date.LagBins.Scheme;
import org.chronologer.date.rule.EvidenceRules;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.model.RuleId;
import org.junit.jupiter.api.Test;

/**
 * The dating machinery on models built by hand: how the cues of an article become a probability over days
 * ({@link Posterior}), the estimate {@link Dating} draws from it, the lag bins, and the model's file and fit.
 */
class PosteriorTest {

    private static final KnowledgeBase NO_KNOWLEDGE = KnowledgeBase.of(List.of());
    private static final LocalDate MARCH_10 = LocalDate.of(2020, 3, 10);

    private static Evidence cue(String text, String kind, Anchor anchor) {
        return Evidence.of(text, 0, text.length(), RuleId.of("test"), new Cue(kind, anchor), text);
    }

    private static Dating dating(DatingModel model) {
        return new Dating(NO_KNOWLEDGE, EvidenceRules.defaults(), model);
    }

    private static PublicationEstimate estimate(DatingModel model, List<Evidence> evidence) {
        return dating(model).estimate(evidence, Optional.empty());
    }

    private static Posterior posterior(DatingModel model, List<Evidence> evidence) {
        return Posterior.of(Posterior.score(evidence, model, model.temperature()), model.horizon(), DatingModel.AFTER_HORIZON);
    }

    private static double at(Posterior p, LocalDate day) {
        return p.at(Posterior.index(day));
    }

    /** A kind most articles are published the day after, some two or three days after. */
    private static HandBuiltModel dayAfter(HandBuiltModel m) {
        return m.span("date:past:day:latest", 1, 40).span("date:past:day:latest", 2, 10).span("date:past:day:latest", 3, 5);
    }

    /** A kind told on its day: every article of it was published on the day it names. */
    private static HandBuiltModel onTheDay(HandBuiltModel m) {
        return m.span("dateline", 0, 60);
    }

    /** A kind that tells little: articles published anywhere from years before to years after it. */
    private static HandBuiltModel loose(HandBuiltModel m) {
        for (long lag : new long[] {-3000, -700, -90, -10, 0, 0, 0, 5, 40, 200, 900, 2500}) {
            m.span("event:past", lag, 1);
        }
        return m;
    }

    @Test
    void aSpanCueWhoseKindIsPublishedJustAfterItPutsTheBestDayThereInASmallWindow() {
        PublicationEstimate p = estimate(dayAfter(HandBuiltModel.empty()).build(),
                List.of(cue("on March 10, 2020", "date:past:day:latest", Anchor.Span.of(MARCH_10))));
        assertThat(p.best()).isEqualTo(MARCH_10.plusDays(1));
        assertThat(p.earliest()).isAfter(MARCH_10);
        assertThat(p.widthDays()).as("%s", p).isLessThanOrEqualTo(3);
        assertThat(p.guess()).isFalse();
        assertThat(p.evidence()).extracting(Evidence::text).containsExactly("on March 10, 2020");
        assertThat(p.evidence().get(0).implies()).contains("⇒ published");
        assertThat(p.conflicts()).isEmpty();
    }

    @Test
    void whenTwoCuesDisagreeTheSharperKindWinsAndALooseOneIsNoConflictWhereItsLagsOftenFell() {
        DatingModel model = loose(onTheDay(HandBuiltModel.empty())).build();
        Evidence sharp = cue("dateline", "dateline", Anchor.Span.of(MARCH_10));
        Evidence vague = cue("the old war", "event:past", Anchor.Span.of(LocalDate.of(2012, 6, 1)));
        for (List<Evidence> order : List.of(List.of(sharp, vague), List.of(vague, sharp))) {
            PublicationEstimate p = estimate(model, order);
            assertThat(p.best()).isEqualTo(MARCH_10);
            assertThat(p.evidence()).extracting(Evidence::text).containsExactly("dateline", "the old war");
            // one in eight articles of the loose kind was written as long after it: that is no contradiction
            assertThat(p.conflicts()).isEmpty();
        }
    }

    @Test
    void aWeekdayCueMakesThatWeekdayLikelierThanTheOthersInEveryWeek() {
        DatingModel model = HandBuiltModel.empty().weekly("weekday:past", 0, 20).weekly("weekday:past", 1, 8)
                .weekly("weekday:past", 2, 3).weekly("weekday:past", 5, 1).build();
        Posterior p = posterior(model, List.of(cue("on Thursday", "weekday:past", new Anchor.Weekly(DayOfWeek.THURSDAY))));
        for (LocalDate thursday : List.of(LocalDate.of(1901, 1, 3), LocalDate.of(2005, 10, 13), LocalDate.of(2099, 12, 31))) {
            assertThat(thursday.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
            for (int d = 1; d < 7; d++) {
                assertThat(at(p, thursday)).as("%s against %s", thursday, thursday.plusDays(d)).isGreaterThan(at(p, thursday.plusDays(d)));
            }
            assertThat(at(p, thursday.plusDays(1))).isGreaterThan(at(p, thursday.minusDays(1)));
        }
        assertThat(estimate(model, List.of(cue("on Thursday", "weekday:past", new Anchor.Weekly(DayOfWeek.THURSDAY)))).best()
                .getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
    }

    @Test
    void aWindowDoesNotChooseAmongRunsOfDaysTheEvidenceCannotTellApart() {
        DatingModel model = dayAfter(HandBuiltModel.empty()).window(0.9).horizon(LocalDate.of(2025, 1, 1)).build();
        // nothing to go by: every day up to the horizon alike, so the window is the middle 90% of them, not the first
        PublicationEstimate nothing = estimate(model, List.of());
        long before = ChronoUnit.DAYS.between(Posterior.FIRST, nothing.earliest());
        long after = ChronoUnit.DAYS.between(nothing.latest(), LocalDate.of(2025, 1, 1));
        assertThat(before).isPositive();
        assertThat(Math.abs(before - after)).isLessThan(60);
        // a probability that rises and falls has one shortest window, and it is kept as it is
        Posterior p = posterior(model, List.of(cue("on March 10, 2020", "date:past:day:latest", Anchor.Span.of(MARCH_10))));
        int[] w = p.shortest(0.9);
        assertThat(Posterior.day(w[0])).isAfter(MARCH_10);
        assertThat(Posterior.day(w[1])).isBefore(MARCH_10.plusDays(4));
        // a cue that may be wrong (a flat share over every day): what the window takes of that share is taken on both
        // sides of the likely days alike, not all before them
        DatingModel unsure = loose(dayAfter(HandBuiltModel.empty())).window(0.999).horizon(LocalDate.of(2025, 1, 1)).build();
        int[] both = posterior(unsure, List.of(cue("on March 10, 2020", "date:past:day:latest", Anchor.Span.of(MARCH_10)))).shortest(0.999);
        assertThat(Posterior.day(both[0])).isBefore(MARCH_10);
        assertThat(Posterior.day(both[1])).isAfter(MARCH_10.plusDays(3));
    }

    @Test
    void aWeekdayChoosesAmongTheDaysASpanLeaves() {
        DatingModel model = HandBuiltModel.empty().span("date:past:month:latest", 0, 30).span("date:past:month:latest", 10, 3)
                .weekly("weekday:past", 0, 20).weekly("weekday:past", 1, 8).build();
        PublicationEstimate p = estimate(model, List.of(
                cue("in March 2020", "date:past:month:latest", new Anchor.Span(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31))),
                cue("on Thursday", "weekday:past", new Anchor.Weekly(DayOfWeek.THURSDAY))));
        assertThat(p.best().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(p.best()).isBetween(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31));
    }

    @Test
    void aDayOfTheYearCueMakesTheDaysJustAfterItLikelierInEveryYear() {
        DatingModel model = HandBuiltModel.empty().yearly("month-day:past", 0, 5).yearly("month-day:past", 1, 20)
                .yearly("month-day:past", 2, 6).yearly("month-day:past", 20, 2).build();
        Posterior p = posterior(model, List.of(cue("on Oct. 5", "month-day:past", new Anchor.Yearly(Month.OCTOBER, 5))));
        for (int year : new int[] {1900, 1957, 2000, 2024, 2100}) {
            LocalDate oct6 = LocalDate.of(year, 10, 6);
            assertThat(at(p, oct6)).as("%s", oct6).isGreaterThan(at(p, oct6.minusDays(2)))
                    .isGreaterThan(at(p, oct6.plusDays(30))).isGreaterThan(at(p, LocalDate.of(year, 4, 6)));
            assertThat(at(p, oct6)).isEqualTo(at(p, LocalDate.of(2000, 10, 6)), offset(1e-12));
        }
        LocalDate best = estimate(model, List.of(cue("on Oct. 5", "month-day:past", new Anchor.Yearly(Month.OCTOBER, 5)))).best();
        assertThat(best.getMonth()).isEqualTo(Month.OCTOBER);
        assertThat(best.getDayOfMonth()).isEqualTo(6);
    }

    @Test
    void withoutEvidenceTheBestDayIsAGuessInAWideWindow() {
        PublicationEstimate p = estimate(dayAfter(HandBuiltModel.empty()).build(), List.of());
        assertThat(p.guess()).isTrue();
        assertThat(p.widthDays()).isGreaterThan(100 * 365);
        assertThat(p.evidence()).isEmpty();
        assertThat(p.conflicts()).isEmpty();
        // evidence of a kind the model has no dated articles of is the same as none
        PublicationEstimate unknown = estimate(dayAfter(HandBuiltModel.empty()).build(),
                List.of(cue("the new kind", "never-seen", Anchor.Span.of(MARCH_10))));
        assertThat(unknown.guess()).isTrue();
        assertThat(unknown.best()).isEqualTo(p.best());
        assertThat(unknown.evidence()).singleElement().satisfies(e -> assertThat(e.implies()).contains("not weighed"));
    }

    @Test
    void whenNoWeekStandsOutTheGuessIsTakenInTheLikeliestYear() {
        // one article in 21 of this kind was written on the day it names, the other 20 one and a half to three years after
        LocalDate named = LocalDate.of(2008, 6, 9);
        List<Evidence> cues = List.of(cue("the new phone", "launch:latest", Anchor.Span.of(named)));
        DatingModel model = HandBuiltModel.empty().span("launch:latest", 0, 1).span("launch:latest", 700, 20).build();
        Posterior p = posterior(model, cues);
        assertThat(Posterior.day(p.best())).as("the likeliest week alone").isEqualTo(named);
        Map<Integer, Double> byYear = new TreeMap<>();
        for (LocalDate d = LocalDate.of(2007, 1, 1); d.getYear() < 2013; d = d.plusDays(1)) {
            byYear.merge(d.getYear(), at(p, d), Double::sum);
        }
        int likeliest = byYear.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(likeliest).isGreaterThan(named.getYear());
        PublicationEstimate guessed = estimate(model, cues);
        assertThat(guessed.guess()).isTrue();
        assertThat(guessed.best().getYear()).isEqualTo(likeliest);
        assertThat(guessed.best()).isBetween(guessed.earliest(), guessed.latest());
        // where the week near the day named holds enough to choose it, the year does not overrule it
        DatingModel sharp = HandBuiltModel.empty().span("launch:latest", 0, 20).span("launch:latest", 700, 20).build();
        PublicationEstimate chosen = estimate(sharp, cues);
        assertThat(chosen.guess()).isFalse();
        assertThat(chosen.best()).isEqualTo(named);
    }

    @Test
    void aDeclaredDateIsTheBestDayAndTheWindowAndTheEvidenceAgainstItIsAConflict() {
        // news is not written after the horizon; before it, a cue's flat share for being wrong leaves every day possible
        DatingModel model = loose(dayAfter(HandBuiltModel.empty())).horizon(LocalDate.of(2025, 1, 1)).build();
        LocalDate declared = LocalDate.of(2035, 6, 1);
        Evidence against = cue("on March 10, 2020", "date:past:day:latest", Anchor.Span.of(MARCH_10));
        Evidence along = cue("the old war", "event:past", Anchor.Span.of(declared.minusDays(5)));
        PublicationEstimate p = dating(model).estimate(List.of(against, along), Optional.of(declared));
        assertThat(p.declared()).contains(declared);
        assertThat(p.best()).isEqualTo(declared);
        assertThat(p.earliest()).isEqualTo(declared);
        assertThat(p.latest()).isEqualTo(declared);
        assertThat(p.guess()).isFalse();
        assertThat(p.conflicts()).extracting(Evidence::text).containsExactly("on March 10, 2020");
        assertThat(p.evidence()).extracting(Evidence::text).containsExactly("the old war");
        // the text alone does not allow it: years after the horizon
        PublicationEstimate contradicted = dating(model).estimate(List.of(against), Optional.of(declared));
        assertThat(contradicted.plausible(declared)).isFalse();
        assertThat(contradicted.plausible(MARCH_10.plusDays(1))).isTrue();
        // a declared date the evidence agrees with: no conflict; and no evidence at all: still the declared day
        PublicationEstimate agreed = dating(model).estimate(List.of(against), Optional.of(MARCH_10.plusDays(1)));
        assertThat(agreed.best()).isEqualTo(MARCH_10.plusDays(1));
        assertThat(agreed.conflicts()).isEmpty();
        PublicationEstimate bare = dating(model).estimate(List.of(), Optional.of(declared));
        assertThat(bare.best()).isEqualTo(declared);
        assertThat(bare.widthDays()).isEqualTo(1);
    }

    @Test
    void theWindowHoldsAtLeastTheModelsShareOfTheProbability() {
        for (double mass : new double[] {0.5, 0.9, 0.99}) {
            DatingModel model = loose(dayAfter(HandBuiltModel.empty())).window(mass)
                    .weekly("weekday:past", 0, 10).weekly("weekday:past", 1, 6).weekly("weekday:past", 3, 2).build();
            for (List<Evidence> evidence : List.of(
                    List.<Evidence>of(),
                    List.of(cue("on March 10, 2020", "date:past:day:latest", Anchor.Span.of(MARCH_10))),
                    List.of(cue("the old war", "event:past", new Anchor.Span(LocalDate.of(2001, 1, 1), LocalDate.of(2003, 6, 30))),
                            cue("on Monday", "weekday:past", new Anchor.Weekly(DayOfWeek.MONDAY))))) {
                PublicationEstimate e = estimate(model, evidence);
                Posterior p = posterior(model, evidence);
                double held = 0;
                for (int i = Posterior.index(e.earliest()); i <= Posterior.index(e.latest()); i++) {
                    held += p.at(i);
                }
                assertThat(held).as("window %s..%s at %s", e.earliest(), e.latest(), mass).isGreaterThanOrEqualTo(mass - 1e-9);
                assertThat(e.contains(e.best())).isTrue();
            }
        }
    }

    @Test
    void anEstimateKeepsItsOwnEvidenceAndOnlyTheStrongestOfWhatLinkedArticlesShared() {
        Dating dating = dating(dayAfter(HandBuiltModel.empty()).sharing(0.2, 1).build());
        List<Evidence> own = List.of(cue("on March 10, 2020", "date:past:day:latest", Anchor.Span.of(MARCH_10)),
                cue("on March 9, 2020", "date:past:day:latest", Anchor.Span.of(MARCH_10.minusDays(1))));
        // forty linked articles, each sharing one cue; the later the article, the stronger its link
        List<Dating.Linked> linked = new ArrayList<>();
        int n = 40;
        for (int i = 0; i < n; i++) {
            linked.add(new Dating.Linked("s" + i, 0.2 + 0.8 * i / n,
                    List.of(cue("on March 10, 2020", "date:past:day:latest", Anchor.Span.of(MARCH_10)))));
        }
        List<Evidence> evidence = dating.withLinked(own, linked);
        assertThat(evidence).hasSize(own.size() + n);
        List<String> strongest = new ArrayList<>();
        for (int i = n - 1; i >= n - Dating.SHARED_KEPT; i--) {
            strongest.add("s" + i);
        }

        PublicationEstimate alone = dating.estimate(evidence, Optional.empty());
        assertThat(alone.evidence().stream().filter(e -> e.sharedBy().isEmpty())).extracting(Evidence::text)
                .containsExactlyInAnyOrder("on March 10, 2020", "on March 9, 2020");
        assertThat(alone.evidence().stream().filter(e -> e.sharedBy().isPresent()).map(e -> e.sharedBy().get()))
                .containsExactlyElementsOf(strongest);
        // every shared cue still counted: the estimate is the one the whole list gives
        assertThat(alone.best()).isEqualTo(MARCH_10.plusDays(1));

        // a declared day the evidence contradicts: the same cap on the conflicts, in the order of the evidence
        PublicationEstimate declared = dating.estimate(evidence, Optional.of(LocalDate.of(2021, 6, 1)));
        assertThat(declared.conflicts().stream().filter(e -> e.sharedBy().isEmpty())).hasSize(2);
        assertThat(declared.conflicts().stream().filter(e -> e.sharedBy().isPresent()).map(e -> e.sharedBy().get()))
                .containsExactlyInAnyOrderElementsOf(strongest);
    }

    @Test
    void aModelWrittenAndReadBackIsWrittenToTheSameBytes() throws IOException {
        DatingModel model = loose(onTheDay(dayAfter(HandBuiltModel.empty()))).window(0.85).sharing(0.5, 0.25)
                .horizon(LocalDate.of(2025, 1, 1)).weekly("weekday:past", 0, 9).yearly("month-day:past", 1, 9).build();
        String written = model.write();
        DatingModel read = DatingModel.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.write()).isEqualTo(written);
        assertThat(read.kinds().keySet()).containsExactlyElementsOf(model.kinds().keySet());
        assertThat(read.windowMass()).isEqualTo(0.85);
        assertThat(read.siblingLink()).isEqualTo(0.5);
        assertThat(read.horizon()).isEqualTo(LocalDate.of(2025, 1, 1));
        // and it weighs evidence as the model it was written from
        List<Evidence> evidence = List.of(cue("on March 10, 2020", "date:past:day:latest", Anchor.Span.of(MARCH_10)));
        assertThat(estimate(read, evidence)).isEqualTo(estimate(model, evidence));
    }

    /** Dated articles of two sources, each with evidence of a few kinds at the lags their kinds have. */
    private static List<DatingFit.Sample> samples() {
        List<DatingFit.Sample> out = new ArrayList<>();
        LocalDate day = LocalDate.of(1998, 1, 5);
        for (int i = 0; i < 24; i++) {
            day = day.plusDays(17 + i % 5);
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(cue("yesterday's date", "date:past:day:latest", Anchor.Span.of(day.minusDays(1 + i % 3))));
            evidence.add(cue("on " + day.minusDays(i % 4).getDayOfWeek(), "weekday:past", new Anchor.Weekly(day.minusDays(i % 4).getDayOfWeek())));
            if (i % 2 == 0) {
                evidence.add(cue("the war", "event:past", new Anchor.Span(day.minusYears(2 + i % 3), day.minusYears(1))));
            }
            if (i % 5 == 0) {
                evidence.add(cue("a rare clue", "rare", Anchor.Span.of(day)));
            }
            String text = "Article " + i + " about the harbour strike and the ministers " + (i % 3 == 0 ? "in Oslo" : "in Lima");
            out.add(new DatingFit.Sample("a" + i, i < 12 ? "north" : "south", day, evidence,
                    new LinkClues.Words(text, List.of(), Set.of(), Set.of())));
        }
        return out;
    }

    @Test
    void fittingTheSameSamplesTwiceWritesTheSameBytes() {
        List<DatingFit.Sample> samples = samples();
        DatingModel first = DatingFit.fit(samples, NO_KNOWLEDGE);
        DatingModel second = DatingFit.fit(samples, NO_KNOWLEDGE);
        assertThat(second.write()).isEqualTo(first.write());
        assertThat(first.fittedOn()).containsExactly(new DatingModel.Source("north", 12), new DatingModel.Source("south", 12));
        // the kinds of enough dated articles, with their counts; a kind seen fewer times is not weighed at all
        assertThat(first.kinds().keySet()).containsExactly("date:past:day:latest", "event:past", "weekday:past");
        assertThat(first.kind("date:past:day:latest").orElseThrow().count()).isEqualTo(24);
        assertThat(first.kind("rare")).isEmpty();
        assertThat(first.windowMass()).isBetween(0.5, 1.0);
    }

    @Test
    void aShareIsChosenToHoldOnASourceThatDidNotChooseIt() {
        // per article, the index in DatingFit.MASSES of the smallest share whose window holds its true day
        int[] north = {0, 0, 0, 0, 0, 0, 0, 0, 0, 10};
        int[] south = {0, 0, 0, 0, 0, 0, 0, 0, 0, 10};
        int[] east = {0, 0, 0, 0, 0, 0, 0, 0, 8, 8};
        double[] targets = {0.90, 0.91, 0.92};
        // for 90% on each source as all three see it, east needs 0.95; but north and south alone would choose 0.5,
        // which holds 8 of east's 10: the target rises until every source left out of the choice gets its 90%
        assertThat(DatingFit.heldOutMass(List.of(north, south, east), 0.90, new double[] {0.90})).isEqualTo(0.95);
        assertThat(DatingFit.heldOutMass(List.of(north, south, east), 0.90, targets)).isEqualTo(0.97);
        // sources that agree need no margin, and one source has no other to choose for it
        assertThat(DatingFit.heldOutMass(List.of(north, south), 0.90, targets)).isEqualTo(0.5);
        assertThat(DatingFit.heldOutMass(List.of(east), 0.90, targets)).isEqualTo(0.95);
    }

    /** Span lag counts: so many lags of each lag given. */
    private static DatingModel.Counts spanLags(long lagA, int a, long lagB, int b) {
        int[] c = new int[Scheme.SPAN.bins];
        c[LagBins.bin(Scheme.SPAN, lagA)] += a;
        c[LagBins.bin(Scheme.SPAN, lagB)] += b;
        return new DatingModel.Counts(Scheme.SPAN, c);
    }

    @Test
    void aKindWhoseFewLagsScatterTakesTheShapeOfItsFamilyAndOneWhoseLagsAgreeKeepsItsOwn() throws IOException {
        // two kinds of one family published 4-7 days after what they tell three times in four, 8-15 days once in four;
        // a third seen nine times, five and four: what its family shows, told by fewer lags; a fourth seen nine times, all
        // a century after
        Map<String, DatingModel.Counts> family = new TreeMap<>();
        family.put("date:past:day", spanLags(5, 300, 10, 100));
        family.put("date:past:month", spanLags(5, 150, 10, 50));
        family.put("date:past:week", spanLags(5, 5, 10, 4));
        family.put("date:past:era", spanLags(40_000, 9, 40_000, 0));
        DatingModel.Lags lags = DatingFit.lags(family);
        int later = LagBins.bin(Scheme.SPAN, 10);
        double week = lags.probabilities("date:past:week", lags.pools())[later];
        assertThat(lags.strength("date:past:week")).isGreaterThanOrEqualTo(8);
        assertThat(Math.abs(week - 0.25)).isLessThan(Math.abs(week - 4 / 9.0));
        assertThat(lags.strength("date:past:era")).isLessThanOrEqualTo(2);
        assertThat(lags.probabilities("date:past:era", lags.pools())[LagBins.bin(Scheme.SPAN, 40_000)]).isGreaterThan(0.7);
        // the kinds with many lags keep their own shape
        assertThat(lags.probabilities("date:past:day", lags.pools())[later]).isCloseTo(0.25, offset(0.02));
        // and a model of these lags is read back as written
        DatingModel model = new DatingModel(lags, 0.01, 0.5, 0.9, 0.995, 2, 0, 0, 1, List.of(), LocalDate.of(2025, 1, 1));
        DatingModel read = DatingModel.read(new ByteArrayInputStream(model.write().getBytes(StandardCharsets.UTF_8)));
        assertThat(read.write()).isEqualTo(model.write());
        assertThat(read.kind("date:past:week").orElseThrow().probabilities())
                .containsExactly(model.kind("date:past:week").orElseThrow().probabilities());
    }

    @Test
    void kindsOfAFamilyThatDisagreeAreNotPulledTogether() {
        // one family, three kinds each with its own lags: 4-7 days after, a year before, a century after
        Map<String, DatingModel.Counts> family = new TreeMap<>();
        family.put("event:past", spanLags(5, 200, 6, 0));
        family.put("event:future", spanLags(-300, 200, -300, 0));
        family.put("event:untensed", spanLags(40_000, 200, 40_000, 0));
        DatingModel.Lags lags = DatingFit.lags(family);
        assertThat(family.keySet()).allSatisfy(kind -> assertThat(lags.strength(kind)).isZero());
    }

    @Test
    void lagsFallInDoublingBinsAndTheOutermostReachAnyLag() {
        int mid = LagBins.SPAN_MAX;
        assertThat(LagBins.bin(Scheme.SPAN, 0)).isEqualTo(mid);
        assertThat(LagBins.bin(Scheme.SPAN, 1)).isEqualTo(mid + 1);
        assertThat(LagBins.bin(Scheme.SPAN, -1)).isEqualTo(mid - 1);
        assertThat(LagBins.bin(Scheme.SPAN, 2)).isEqualTo(mid + 2).isEqualTo(LagBins.bin(Scheme.SPAN, 3));
        assertThat(LagBins.bin(Scheme.SPAN, -3)).isEqualTo(mid - 2).isEqualTo(LagBins.bin(Scheme.SPAN, -2));
        assertThat(LagBins.bin(Scheme.SPAN, 4)).isEqualTo(mid + 3).isEqualTo(LagBins.bin(Scheme.SPAN, 7));
        assertThat(LagBins.bin(Scheme.SPAN, 8)).isEqualTo(mid + 4);
        // the outermost bins reach any lag, however far
        assertThat(LagBins.bin(Scheme.SPAN, 1_000_000_000L)).isEqualTo(LagBins.SPAN_BINS - 1);
        assertThat(LagBins.bin(Scheme.SPAN, -1_000_000_000L)).isZero();
        assertThat(LagBins.bin(Scheme.SPAN, Anchor.OPEN_END.toEpochDay() - Posterior.FIRST_EPOCH)).isEqualTo(LagBins.SPAN_BINS - 1);
        // every bin holds the lags from its low to its high, and the next starts where it ends
        for (Scheme scheme : Scheme.values()) {
            for (int b = 0; b < scheme.bins; b++) {
                assertThat(LagBins.bin(scheme, LagBins.low(scheme, b))).as("%s bin %d low", scheme, b).isEqualTo(b);
                assertThat(LagBins.bin(scheme, LagBins.high(scheme, b))).as("%s bin %d high", scheme, b).isEqualTo(b);
                if (b + 1 < scheme.bins) {
                    assertThat(LagBins.low(scheme, b + 1)).as("%s bin %d", scheme, b + 1).isEqualTo(LagBins.high(scheme, b) + 1);
                }
            }
        }
        // a weekday's lag is a day of the week; a day of the year's reaches a whole year
        assertThat(LagBins.bin(Scheme.WEEKLY, 6)).isEqualTo(6);
        assertThat(LagBins.bin(Scheme.YEARLY, 365)).isEqualTo(LagBins.YEARLY_BINS - 1);
        assertThat(LagBins.bin(Scheme.YEARLY, 256)).isEqualTo(LagBins.YEARLY_BINS - 1);
        assertThat(LagBins.bin(Scheme.YEARLY, 255)).isEqualTo(LagBins.YEARLY_BINS - 2);
        double yearly = 0;
        for (int b = 0; b < LagBins.YEARLY_BINS; b++) {
            yearly += LagBins.width(Scheme.YEARLY, b);
        }
        assertThat(yearly).isEqualTo(366);
    }
}
