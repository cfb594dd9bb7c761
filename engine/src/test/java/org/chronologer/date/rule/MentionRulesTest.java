package org.chronologer.date.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chronologer.SharedExtractor;
import org.chronologer.date.rule.ArticleFacts;
import org.chronologer.date.rule.EvidenceRule;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Evidence;
import org.chronologer.read.Article;
import org.chronologer.read.NormalizedText;
import org.junit.jupiter.api.Test;

/** Each kind of evidence the article's own mentions give, on sentences written for these tests. */
class MentionRulesTest {

    private static List<Evidence> evidence(String text, EvidenceRule rule) {
        ArticleFacts facts = new ArticleFacts(Article.of("t", text), NormalizedText.of(text),
                SharedExtractor.get().extract(text, Optional.empty()).mentions(), KnowledgeBase.of(List.of()));
        return rule.collect(facts);
    }

    @Test
    void aPastExplicitDateBoundsThePublicationFromBelow() {
        List<Evidence> e = evidence("The company was founded in March 2011 by two engineers.", new ExplicitDateRule());
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.label()).isEqualTo("past-explicit-date");
            assertThat(x.text()).isEqualTo("March 2011");
            assertThat(x.support().at(LocalDate.of(2011, 2, 28))).isZero();
            assertThat(x.support().at(LocalDate.of(2011, 3, 1))).isEqualTo(1);
        });
    }

    @Test
    void aFutureDateOrADeadlineBoundsItFromAbove() {
        assertThat(evidence("The new stadium will open in 2030.", new ExplicitDateRule())).singleElement()
                .satisfies(x -> {
                    assertThat(x.label()).isEqualTo("future-explicit-date");
                    assertThat(x.support().at(LocalDate.of(2031, 1, 1))).isZero();
                    assertThat(x.support().at(LocalDate.of(2030, 12, 31))).isEqualTo(1);
                });
        assertThat(evidence("The city wants its buses electric by 2040.", new ExplicitDateRule())).singleElement()
                .satisfies(x -> assertThat(x.label()).isEqualTo("future-explicit-date"));
    }

    @Test
    void aForecastIsNotAPastDate() {
        // "expects ... to fall": the year to June 30, 2031 has not ended when this is written
        assertThat(evidence("The maker of pumps said it expects net income in the year to June 30, 2031, to fall.",
                new ExplicitDateRule())).singleElement()
                .satisfies(x -> assertThat(x.label()).isEqualTo("future-explicit-date"));
    }

    @Test
    void aMaturityDateIsStillToCome() {
        // "subordinated" reads as a past verb; the debentures' maturity is in the future all the same
        assertThat(evidence("The company redeemed part of its subordinated debentures due March 1, 2031.", new ExplicitDateRule()))
                .singleElement().satisfies(x -> assertThat(x.label()).isEqualTo("future-explicit-date"));
        assertThat(evidence("The notes, maturing in 2031, were sold at par.", new ExplicitDateRule()))
                .singleElement().satisfies(x -> assertThat(x.label()).isEqualTo("future-explicit-date"));
    }

    @Test
    void theCurrentFiscalYearIsThePublicationYearNotTheLastYearTold() {
        // a narrative tagger reads "the current fiscal year" against the year just told (2031); it is the year of
        // publication, which the article does not give, so it bounds nothing
        String text = "Sales for the year ended June 30, 2031, rose. The company expects higher sales in the current fiscal year.";
        assertThat(evidence(text, new ExplicitDateRule())).extracting(Evidence::text).containsExactly("June 30, 2031");
        assertThat(evidence(text, new RecencyRule())).extracting(Evidence::text).containsExactly("June 30, 2031");
    }

    @Test
    void aPastTenseWeekdayFavoursThatWeekdayAndTheDaysJustAfter() {
        Evidence e = evidence("The minister resigned on Thursday after a week of protests.", new WeekdayRule()).get(0);
        LocalDate thursday = LocalDate.of(2024, 3, 7);
        assertThat(e.support().at(thursday)).isEqualTo(1.0);
        assertThat(e.support().at(thursday.plusDays(1))).isLessThan(1.0).isGreaterThan(e.support().at(thursday.plusDays(5)));
        assertThat(e.support().at(thursday.minusDays(1))).isLessThan(e.support().at(thursday.plusDays(1)));
    }

    @Test
    void aFutureTenseWeekdayFavoursTheDayBefore() {
        Evidence e = evidence("The board will vote on Friday.", new WeekdayRule()).get(0);
        LocalDate friday = LocalDate.of(2024, 3, 8);
        assertThat(e.support().at(friday.minusDays(1))).isEqualTo(1.0);
        assertThat(e.support().at(friday.plusDays(1))).isLessThan(0.5);
    }

    @Test
    void aPastPartOfThePublicationYearMustHaveBegun() {
        Evidence e = evidence("By June this year, prices had doubled.", new PartOfYearRule()).get(0);
        assertThat(e.support().at(LocalDate.of(2021, 5, 31))).isZero();
        assertThat(e.support().at(LocalDate.of(2021, 6, 1))).isEqualTo(1);
    }

    @Test
    void aDayOfAMonthWithoutYearFavoursTheDaysShortlyAfterIt() {
        Evidence e = evidence("The strike began on Oct. 5 and spread to the ports.", new MonthDayRule()).get(0);
        assertThat(e.support().at(LocalDate.of(1998, 10, 6))).isEqualTo(1.0);
        assertThat(e.support().at(LocalDate.of(1998, 10, 4))).isLessThan(0.5);
    }

    @Test
    void aWeekendToldInThePastFavoursTheStartOfTheWeekAfter() {
        Evidence e = evidence("The festival ended at the weekend with a parade.", new WeekendRule()).get(0);
        assertThat(e.support().at(LocalDate.of(2024, 3, 4))).isEqualTo(1.0);
        assertThat(e.support().at(LocalDate.of(2024, 3, 8))).isLessThan(0.5);
    }

    @Test
    void theLatestDateToldMakesTheFollowingMonthsLikelierThanYearsLater() {
        Evidence latest = evidence("Sales fell in 2015. The plant closed in 2016.", new RecencyRule()).get(0);
        assertThat(latest.text()).isEqualTo("2016");
        assertThat(latest.support().at(LocalDate.of(2016, 6, 15))).isGreaterThan(latest.support().at(LocalDate.of(2020, 6, 15)));
        assertThat(latest.support().at(LocalDate.of(2015, 12, 31))).isZero();
    }

    @Test
    void aDatelineGivesTheDayAndOnlyADateThatOpensTheTextIsOne() {
        for (String text : List.of("October 13, 2005\n\nApple introduced a new iPod on Wednesday.",
                "NEW YORK, Oct. 13, 2005 (AP) _ Apple introduced a new iPod on Wednesday.",
                "Published 13 October 2005\nApple introduced a new iPod on Wednesday.")) {
            assertThat(evidence(text, new DatelineRule())).as(text).singleElement().satisfies(e -> {
                assertThat(e.label()).isEqualTo("dateline");
                assertThat(e.support().at(LocalDate.of(2005, 10, 13))).isEqualTo(1.0);
                assertThat(e.support().at(LocalDate.of(2005, 10, 20))).isZero();
            });
            // nor is it read as the latest date told
            assertThat(evidence(text, new RecencyRule())).as(text).isEmpty();
        }
        assertThat(evidence("Apple, which introduced a new iPod on October 13, 2005, said sales rose.", new DatelineRule())).isEmpty();
        assertThat(evidence("October 2005\nApple introduced a new iPod.", new DatelineRule())).isEmpty();
    }
}
