package org.chronologer.date.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronologer.SharedExtractor;
import org.chronologer.date.DateSolver;
import org.chronologer.date.rule.ArticleFacts;
import org.chronologer.date.rule.EvidenceRule;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.knowledge.KnownEvent;
import org.chronologer.model.Evidence;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.read.Article;
import org.chronologer.read.NormalizedText;
import org.junit.jupiter.api.Test;

/** Evidence from named events, against a small knowledge base built here (so the default base may change). */
class KnowledgeRulesTest {

    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            new KnownEvent("treaty-of-rome", "Treaty of Rome", List.of(), "treaty", List.of("1957-03-25"),
                    Optional.empty(), Optional.empty(), Optional.empty(), "Treaty of Rome"),
            new KnownEvent("g20-summits", "G20 summit", List.of("G20 Leaders' Summit"), "recurring-series",
                    List.of("2008-11-14", "2009-04-02", "2009-09-24", "2010-06-26"), Optional.empty(), Optional.empty(),
                    Optional.empty(), "G20"),
            new KnownEvent("macron-president", "Emmanuel Macron as President of France", List.of(), "term-start",
                    List.of("2017-05-14", "2022-05-07"), Optional.of("Emmanuel Macron"), Optional.of("President of France"),
                    Optional.of("France"), "Emmanuel Macron"),
            term("bush-41", "George H. W. Bush", "President of the United States", "1989-01-20"),
            term("clinton", "Bill Clinton", "President of the United States", "1993-01-20", "1997-01-20"),
            term("bush-43", "George W. Bush", "President of the United States", "2001-01-20", "2005-01-20"),
            term("li-peng", "Li Peng", "Premier of China", "1988-04-09"),
            term("greenspan", "Alan Greenspan", "Chair of the Federal Reserve", "1987-08-11"),
            term("bernanke", "Ben Bernanke", "Chair of the Federal Reserve", "2006-02-01"),
            term("zhu-rongji", "Zhu Rongji", "Premier of China", "1998-03-17"),
            term("li-keqiang", "Li Keqiang", "Premier of China", "2013-03-15"),
            new KnownEvent("france-china-relations", "Establishment of China–France diplomatic relations", List.of(),
                    "founding", List.of("1964-01-27"), Optional.empty(), Optional.empty(), Optional.empty(), "China–France relations")));

    private static KnownEvent term(String id, String person, String office, String... starts) {
        return new KnownEvent(id, person + " as " + office, List.of(), "term-start", List.of(starts), Optional.of(person),
                Optional.of(office), Optional.empty(), person);
    }

    private static List<Evidence> evidence(String text, EvidenceRule rule) {
        return evidence(text, rule, KB);
    }

    /** What {@code rule} reads in {@code text} (with its mentions, no publication date given) against {@code kb}. */
    static List<Evidence> evidence(String text, EvidenceRule rule, KnowledgeBase kb) {
        ArticleFacts facts = new ArticleFacts(Article.of("t", text), NormalizedText.of(text),
                SharedExtractor.get().extract(text, Optional.empty()).mentions(), kb);
        return rule.collect(facts);
    }

    @Test
    void anAnniversaryDatesTheArticleAroundIt() {
        Evidence e = evidence("Leaders met in the Italian capital to mark the 60th anniversary of the Treaty of Rome.",
                new NamedEventRule()).get(0);
        assertThat(e.label()).isEqualTo("anniversary");
        assertThat(e.text()).isEqualTo("60th anniversary of the Treaty of Rome");
        assertThat(e.about()).contains("treaty-of-rome");
        assertThat(e.support().at(LocalDate.of(2017, 3, 25))).isEqualTo(1);
        assertThat(e.support().at(LocalDate.of(2019, 3, 25))).isZero();
    }

    @Test
    void yearsOfAnEventCountAsAnAnniversary() {
        Evidence e = evidence("A forum will celebrate 60 years of the Treaty of Rome.", new NamedEventRule()).get(0);
        assertThat(e.label()).isEqualTo("anniversary");
        assertThat(e.support().at(LocalDate.of(2017, 5, 1))).isEqualTo(1);
    }

    @Test
    void anOrdinalPicksThatOccurrenceOfASeriesAndTheTenseTheSide() {
        Evidence future = evidence("The prime minister is expected to attend the third G20 summit in Pittsburgh.",
                new NamedEventRule()).get(0);
        assertThat(future.label()).isEqualTo("ordinal");
        assertThat(future.support().at(LocalDate.of(2009, 9, 22))).isEqualTo(1);
        assertThat(future.support().at(LocalDate.of(2009, 10, 10))).isZero();
        Evidence past = evidence("Protesters clashed with police at the second G20 summit in London.", new NamedEventRule()).get(0);
        assertThat(past.support().at(LocalDate.of(2009, 3, 20))).isZero();
        assertThat(past.support().at(LocalDate.of(2009, 4, 5))).isEqualTo(1);
    }

    @Test
    void aBareMentionOfANamedEventSaysOnlyThatItHadBegun() {
        Evidence e = evidence("Critics said the Treaty of Rome had aged well.", new NamedEventRule()).get(0);
        assertThat(e.label()).isEqualTo("named-event");
        assertThat(e.support().at(LocalDate.of(1957, 3, 24))).isZero();
        assertThat(e.support().at(LocalDate.of(1990, 1, 1))).isEqualTo(1);
    }

    @Test
    void aFirstTripSinceANewTermDatesTheArticleSoonAfterOneOfTheTerms() {
        Evidence e = evidence("It is his first visit abroad since starting his new term as French president.",
                new TermRule()).get(0);
        assertThat(e.label()).isEqualTo("term");
        assertThat(e.support().at(LocalDate.of(2022, 5, 15))).isEqualTo(1);
        assertThat(e.support().at(LocalDate.of(2017, 5, 20))).isEqualTo(1);
        assertThat(e.support().at(LocalDate.of(2020, 1, 1))).isLessThan(0.01);
    }

    @Test
    void anOrdinalTermIsThatStartOfTheOfficeButATermStillSoughtIsNot() {
        Evidence second = evidence("Halfway through her second term as French president, she faces strikes.", new TermRule()).get(0);
        assertThat(second.support().at(LocalDate.of(2017, 6, 1))).isZero();
        assertThat(second.support().at(LocalDate.of(2024, 6, 1))).isEqualTo(1);
        Evidence sought = evidence("She is seeking a second term as French president.", new TermRule()).get(0);
        assertThat(sought.support().at(LocalDate.of(2021, 6, 1))).isEqualTo(1);
        Evidence bid = evidence("Critics mocked her bid for her second term as French president.", new TermRule()).get(0);
        assertThat(bid.support().at(LocalDate.of(2021, 6, 1))).isEqualTo(1);
        Evidence sworn = evidence("Hours after she was sworn in for her second term as French president, she flew to Berlin.",
                new TermRule()).stream().filter(e -> e.text().startsWith("her second")).findFirst().orElseThrow();
        assertThat(sworn.support().at(LocalDate.of(2022, 5, 10))).isEqualTo(1);
        assertThat(sworn.support().at(LocalDate.of(2017, 5, 20))).isZero();
        assertThat(sworn.implies()).contains("soon after");
        // an ordinal past what the base lists means any of the terms it lists
        Evidence fifth = evidence("In his fifth term as French president he would be 90.", new TermRule()).get(0);
        assertThat(fifth.support().at(LocalDate.of(2018, 1, 1))).isEqualTo(1);
    }

    @Test
    void yearsOfDiplomaticRelationsUseThePairOfCountriesTheArticleNames() {
        Evidence e = evidence("China and France marked 60 years of diplomatic relations with a state visit. France said so.",
                new DiplomaticAnniversaryRule()).get(0);
        assertThat(e.implies()).contains("China and France");
        assertThat(e.support().at(LocalDate.of(2024, 3, 1))).isEqualTo(1);
    }

    @Test
    void theDefaultKnowledgeBaseLoadsWithSeveralHundredDatedEvents() {
        assertThat(KnowledgeBase.defaults().events()).hasSizeGreaterThan(300)
                .extracting(KnownEvent::id).doesNotHaveDuplicates();
    }

    @Test
    void aHolderNamedByTitleDatesTheArticleToTheirTimeInOffice() {
        Evidence e = evidence("President Clinton said on Tuesday that talks would go on.", new IncumbentRule()).get(0);
        assertThat(e.label()).isEqualTo("incumbent");
        assertThat(e.text()).isEqualTo("President Clinton");
        assertThat(e.support().at(LocalDate.of(1993, 1, 19))).isZero();
        assertThat(e.support().at(LocalDate.of(1998, 6, 1))).isEqualTo(1);
        // the tenure ends the day before the next holder's term begins; later mentions are history, now and then
        assertThat(e.support().at(LocalDate.of(2001, 1, 19))).isEqualTo(1);
        assertThat(e.support().at(LocalDate.of(2001, 1, 20))).isEqualTo(IncumbentRule.AFTER_TENURE_SUPPORT);
    }

    @Test
    void aSurnameSeveralHoldersShareMeansAnyOfTheirTimes() {
        Evidence bush = evidence("The treaty was signed by President Bush.", new IncumbentRule()).get(0);
        assertThat(bush.support().at(LocalDate.of(1990, 6, 1))).isEqualTo(1);
        assertThat(bush.support().at(LocalDate.of(2006, 6, 1))).isEqualTo(1);
        assertThat(bush.support().at(LocalDate.of(1995, 6, 1))).isEqualTo(IncumbentRule.AFTER_TENURE_SUPPORT);
        // a family name said first: "Premier Zhu" is the one Zhu; "Premier Li" could be either Li (or one the base
        // lacks), so it says nothing; "Premier Li Peng" is the one
        Evidence zhu = evidence("Premier Zhu met the delegation.", new IncumbentRule()).get(0);
        assertThat(zhu.support().at(LocalDate.of(2000, 6, 1))).isEqualTo(1);
        assertThat(zhu.support().at(LocalDate.of(1997, 6, 1))).isZero();
        assertThat(evidence("Premier Li met the delegation.", new IncumbentRule())).isEmpty();
        Evidence liPeng = evidence("Prime Minister Li Peng met the delegation.", new IncumbentRule()).get(0);
        assertThat(liPeng.text()).isEqualTo("Prime Minister Li Peng");
        assertThat(liPeng.support().at(LocalDate.of(1990, 6, 1))).isEqualTo(1);
        assertThat(liPeng.support().at(LocalDate.of(2015, 6, 1))).isEqualTo(IncumbentRule.AFTER_TENURE_SUPPORT);
    }

    @Test
    void aChairOfAnInstitutionIsNamedByTitleToo() {
        Evidence e = evidence("Fed Chairman Alan Greenspan told Congress that rates would stay low.", new IncumbentRule()).get(0);
        assertThat(e.text()).isEqualTo("Chairman Alan Greenspan");
        assertThat(e.support().at(LocalDate.of(1999, 1, 1))).isEqualTo(1);
        assertThat(e.support().at(LocalDate.of(1986, 1, 1))).isZero();
        assertThat(e.support().at(LocalDate.of(2007, 1, 1))).isEqualTo(IncumbentRule.AFTER_TENURE_SUPPORT);
    }

    @Test
    void formerLateAndVicePresidentsDoNotDateTheArticle() {
        assertThat(evidence("Former President Clinton and the late President Bush were honoured; Vice President Clinton spoke.",
                new IncumbentRule())).isEmpty();
        assertThat(evidence("The president, Clinton aides said, was tired.", new IncumbentRule())).isEmpty();
    }

    @Test
    void theKnowledgeHorizonKeepsAnOpenEndedTenureFromPuttingTheBestDayDecadesAhead() {
        // the base's latest day is Macron's second term, 2022-05-07
        Evidence h = evidence("Anything at all.", new HorizonRule()).get(0);
        assertThat(h.label()).isEqualTo("horizon");
        assertThat(h.support().at(LocalDate.of(2023, 5, 7))).isEqualTo(1);
        assertThat(h.support().at(LocalDate.of(2023, 5, 8))).isZero();
        assertThat(h.support().at(LocalDate.of(2090, 5, 8))).isZero();
        ArticleFacts facts = new ArticleFacts(Article.of("t", "President Macron spoke."), NormalizedText.of("President Macron spoke."),
                List.of(), KB);
        List<Evidence> all = new ArrayList<>(new IncumbentRule().collect(facts));
        all.addAll(new HorizonRule().collect(facts));
        PublicationEstimate p = DateSolver.solve(all, DateSolver.FIRST, DateSolver.LAST, Optional.empty());
        assertThat(p.best()).isBetween(LocalDate.of(2017, 5, 14), LocalDate.of(2023, 5, 7));
        assertThat(p.latest()).isAfter(LocalDate.of(2050, 1, 1)); // a weak prior: it does not close the window
    }
}
