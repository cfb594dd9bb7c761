package org.chronologer.date.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.chronologer.SharedExtractor;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.read.Article;
import org.chronologer.read.NormalizedText;
import org.junit.jupiter.api.Test;

/**
 * Each kind of evidence the article's own mentions give, on sentences written for these tests: what the rule reads (the
 * cue's kind and what it points at), not what the fitted model makes of it.
 */
class MentionRulesTest {

    private static List<Evidence> evidence(String text, EvidenceRule rule) {
        ArticleFacts facts = new ArticleFacts(Article.of("t", text), NormalizedText.of(text),
                SharedExtractor.get().extract(text, Optional.empty()).mentions(), KnowledgeBase.of(List.of()));
        return rule.collect(facts);
    }

    private static Anchor.Span days(String earliest, String latest) {
        return new Anchor.Span(LocalDate.parse(earliest), LocalDate.parse(latest));
    }

    @Test
    void aPastExplicitDateIsReadWithItsTenseItsPrecisionAndWhatItSpans() {
        String text = "The company was founded in March 2011 by two engineers.";
        List<Evidence> e = evidence(text, new ExplicitDateRule());
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.rule().name()).isEqualTo("explicit-date");
            assertThat(x.text()).isEqualTo("March 2011");
            assertThat(text.substring(x.start(), x.end())).isEqualTo("March 2011");
            // the only date told, so also the latest
            assertThat(x.cue()).isEqualTo(new Cue("date:past:month:latest", days("2011-03-01", "2011-03-31")));
        });
    }

    @Test
    void aDateOnALineOfPageFurnitureIsNotTheArticlesSaveTheCopyrightYear() {
        // a photo caption with its credit, and the page's copyright line: the caption's year tells the picture's day
        String text = "The council approved the budget in May 2031.\n"
                + "The mayor poses with the council in 2019. (Photo: Jane Roe / Getty Images)\n"
                + "Copyright © 2033 The Daily Times.";
        List<Evidence> e = evidence(text, new ExplicitDateRule());
        assertThat(e).extracting(Evidence::text).containsExactly("May 2031", "2033");
        assertThat(e).extracting(x -> x.cue().kind()).containsExactly("date:past:month:latest", "date:copyright");
    }

    @Test
    void aFutureDateOrADeadlineIsReadAsFuture() {
        assertThat(evidence("The new stadium will open in 2030.", new ExplicitDateRule())).singleElement()
                .satisfies(x -> assertThat(x.cue()).isEqualTo(new Cue("date:future:year", days("2030-01-01", "2030-12-31"))));
        assertThat(evidence("The city wants its buses electric by 2040.", new ExplicitDateRule())).singleElement()
                .satisfies(x -> assertThat(x.cue()).isEqualTo(new Cue("date:future:year", days("2040-01-01", "2040-12-31"))));
    }

    @Test
    void aForecastIsNotAPastDate() {
        // "expects ... to fall": the year to June 30, 2031 has not ended when this is written
        assertThat(evidence("The maker of pumps said it expects net income in the year to June 30, 2031, to fall.",
                new ExplicitDateRule())).singleElement()
                .satisfies(x -> assertThat(x.cue()).isEqualTo(new Cue("date:future:day", Anchor.Span.of(LocalDate.of(2031, 6, 30)))));
    }

    @Test
    void aMaturityDateIsStillToCome() {
        // "subordinated" reads as a past verb; the debentures' maturity is in the future all the same
        assertThat(evidence("The company redeemed part of its subordinated debentures due March 1, 2031.", new ExplicitDateRule()))
                .singleElement().satisfies(x -> assertThat(x.cue().kind()).isEqualTo("date:future:day"));
        assertThat(evidence("The notes, maturing in 2031, were sold at par.", new ExplicitDateRule()))
                .singleElement().satisfies(x -> assertThat(x.cue().kind()).isEqualTo("date:future:year"));
    }

    @Test
    void theCurrentFiscalYearIsThePublicationYearNotTheLastYearTold() {
        // a narrative tagger reads "the current fiscal year" against the year just told (2031); it is the year of
        // publication, which the article does not give, so it dates nothing and the year told stays the latest
        String text = "Sales for the year ended June 30, 2031, rose. The company expects higher sales in the current fiscal year.";
        assertThat(evidence(text, new ExplicitDateRule())).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("June 30, 2031");
            assertThat(x.cue().kind()).isEqualTo("date:past:day:latest");
        });
    }

    @Test
    void theLatestDateToldIsMarkedAsSuchAndOnlyIt() {
        List<Evidence> e = evidence("Sales fell in 2015. The plant closed in 2016.", new ExplicitDateRule());
        assertThat(e).extracting(Evidence::text).containsExactly("2015", "2016");
        assertThat(e.get(0).cue()).isEqualTo(new Cue("date:past:year", days("2015-01-01", "2015-12-31")));
        assertThat(e.get(1).cue()).isEqualTo(new Cue("date:past:year:latest", days("2016-01-01", "2016-12-31")));
        assertThat(e.get(1).says()).contains("the latest date told");
        // a date still to come is never the latest told: the latest is among the past ones
        List<Evidence> withFuture = evidence("The plant closed in 2016. A new one will open in 2019.", new ExplicitDateRule());
        assertThat(withFuture).extracting(x -> x.cue().kind()).containsExactly("date:past:year:latest", "date:future:year");
    }

    @Test
    void aDateThatStartsASpanToThePresentAndABirthDateAreKindsOfTheirOwn() {
        assertThat(evidence("Unemployment rose to its highest level since 1998, the ministry said.", new ExplicitDateRule()))
                .singleElement().satisfies(x -> {
                    assertThat(x.text()).isEqualTo("1998");
                    assertThat(x.cue()).isEqualTo(new Cue("date:since:year", days("1998-01-01", "1998-12-31")));
                });
        // a birth date is told whenever; it is not the latest date told, the year of death is
        List<Evidence> born = evidence("The singer, who was born on August 29, 1958, in Gary, died in 2009.", new ExplicitDateRule());
        assertThat(born).extracting(Evidence::text).containsExactly("August 29, 1958", "2009");
        assertThat(born.get(0).cue()).isEqualTo(new Cue("date:birth", Anchor.Span.of(LocalDate.of(1958, 8, 29))));
        assertThat(born.get(1).cue().kind()).isEqualTo("date:past:year:latest");
        assertThat(evidence("The mayor, born in 1961, was re-elected in 2014.", new ExplicitDateRule()))
                .extracting(x -> x.cue().kind()).containsExactly("date:birth", "date:past:year:latest");
    }

    @Test
    void theYearOfACopyrightNoticeIsAKindOfItsOwnAndNotTheLatestDateTold() {
        List<Evidence> page = evidence("The council voted in 2012 to close the plant.\n\nCopyright © 2019 The Daily Times, LLC.",
                new ExplicitDateRule());
        assertThat(page).extracting(Evidence::text).containsExactly("2012", "2019");
        assertThat(page).extracting(x -> x.cue().kind()).containsExactly("date:past:year:latest", "date:copyright");
        assertThat(evidence("The council voted in 2012 to close the plant. (c) 2004-2019 Daily Times", new ExplicitDateRule()))
                .extracting(x -> x.cue().kind()).contains("date:past:year:latest").last().isEqualTo("date:copyright");
    }

    @Test
    void aYearThatNamesAnElectionOrAFiscalYearIsALabelAndNotTheLatestDateTold() {
        List<Evidence> race = evidence("The senator, who was elected in 2010, said he would not run in the 2016 presidential race.",
                new ExplicitDateRule());
        assertThat(race).extracting(Evidence::text).containsExactly("2010", "2016");
        assertThat(race.get(0).cue().kind()).endsWith(":year:latest");
        assertThat(race.get(1).cue().kind()).endsWith(":label").doesNotContain("latest");
        assertThat(evidence("Congress passed the budget for fiscal year 2019 in March.", new ExplicitDateRule()))
                .extracting(x -> x.cue().kind()).singleElement().asString().endsWith(":label");
        // a year followed by other words is told as usual
        assertThat(evidence("The plant closed in 2016 after a fire.", new ExplicitDateRule()))
                .extracting(x -> x.cue().kind()).containsExactly("date:past:year:latest");
    }

    @Test
    void aWeekdayIsReadWithItsTenseAndPointsAtThatDayOfTheWeek() {
        String text = "The minister resigned on Thursday after a week of protests.";
        assertThat(evidence(text, new WeekdayRule())).singleElement().satisfies(e -> {
            assertThat(e.rule().name()).isEqualTo("weekday");
            assertThat(text.substring(e.start(), e.end())).isEqualTo("Thursday");
            assertThat(e.cue()).isEqualTo(new Cue("weekday:past", new Anchor.Weekly(DayOfWeek.THURSDAY)));
        });
        assertThat(evidence("The board will vote on Friday.", new WeekdayRule())).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("weekday:future", new Anchor.Weekly(DayOfWeek.FRIDAY))));
        // "last Friday" and "next Monday" reach further than a tense does: kinds of their own
        assertThat(evidence("Prices rose last Friday and will fall next Monday.", new WeekdayRule())).extracting(Evidence::cue)
                .containsExactly(new Cue("weekday:last", new Anchor.Weekly(DayOfWeek.FRIDAY)),
                        new Cue("weekday:next", new Anchor.Weekly(DayOfWeek.MONDAY)));
    }

    @Test
    void aPastPartOfThePublicationYearPointsAtItsStartEveryYear() {
        assertThat(evidence("By June this year, prices had doubled.", new PartOfYearRule())).singleElement().satisfies(e -> {
            assertThat(e.rule().name()).isEqualTo("part-of-year");
            assertThat(e.text()).isEqualTo("June this year");
            assertThat(e.cue()).isEqualTo(new Cue("part-of-year:past", new Anchor.Yearly(Month.JUNE, 0)));
        });
    }

    @Test
    void aDayOrAMonthWithoutAYearPointsAtThatDayOfEveryYear() {
        assertThat(evidence("The strike began on Oct. 5 and spread to the ports.", new MonthDayRule())).singleElement().satisfies(e -> {
            assertThat(e.rule().name()).isEqualTo("month-day");
            assertThat(e.text()).isEqualTo("Oct. 5");
            assertThat(e.cue()).isEqualTo(new Cue("month-day:past", new Anchor.Yearly(Month.OCTOBER, 5)));
        });
        assertThat(evidence("The plant closed in March, workers said.", new MonthDayRule())).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("month:past", new Anchor.Yearly(Month.MARCH, 0))));
        assertThat(evidence("The talks will resume in March, the envoy said.", new MonthDayRule())).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("month:future", new Anchor.Yearly(Month.MARCH, 0))));
    }

    @Test
    void aWeekendToldInThePastPointsAtItsSaturday() {
        assertThat(evidence("The festival ended at the weekend with a parade.", new WeekendRule())).singleElement().satisfies(e -> {
            assertThat(e.rule().name()).isEqualTo("weekend");
            assertThat(e.text()).isEqualTo("the weekend");
            assertThat(e.cue()).isEqualTo(new Cue("weekend:past", new Anchor.Weekly(DayOfWeek.SATURDAY)));
        });
    }

    @Test
    void aDatelineGivesTheDayAndOnlyADateThatOpensTheTextIsOne() {
        for (String text : List.of("October 13, 2005\n\nApple introduced a new iPod on Wednesday.",
                "NEW YORK, Oct. 13, 2005 (AP) _ Apple introduced a new iPod on Wednesday.",
                "Published 13 October 2005\nApple introduced a new iPod on Wednesday.")) {
            assertThat(evidence(text, new DatelineRule())).as(text).singleElement().satisfies(e -> {
                assertThat(e.rule().name()).isEqualTo("dateline");
                assertThat(e.start()).isLessThan(20);
                assertThat(e.cue()).isEqualTo(new Cue(DatelineRule.KIND, Anchor.Span.of(LocalDate.of(2005, 10, 13))));
            });
            // nor is it read as a date the text tells
            assertThat(evidence(text, new ExplicitDateRule())).as(text).isEmpty();
        }
        String inside = "Apple, which introduced a new iPod on October 13, 2005, said sales rose.";
        assertThat(evidence(inside, new DatelineRule())).isEmpty();
        assertThat(evidence(inside, new ExplicitDateRule())).singleElement()
                .satisfies(e -> assertThat(e.cue().kind()).isEqualTo("date:past:day:latest"));
        assertThat(evidence("October 2005\nApple introduced a new iPod.", new DatelineRule())).isEmpty();
    }

    @Test
    void aWeekdayWithADayOfTheMonthPointsAtTheYearsInWhichThatDayFallsOnThatWeekday() {
        List<Evidence> e = evidence("The vote was held on Tuesday, March 3, the council said.", new WeekdayDateRule());
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("Tuesday, March 3");
            assertThat(x.cue().kind()).isEqualTo("weekday-date:past");
            List<Anchor.Span> spans = ((Anchor.Spans) x.cue().anchor()).parts();
            // every one a Tuesday, March 3; 2020 and 2015 among them, 2021 not
            assertThat(spans).allSatisfy(s -> {
                assertThat(s.earliest()).isEqualTo(s.latest());
                assertThat(s.earliest().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
                assertThat(s.earliest().getMonth()).isEqualTo(Month.MARCH);
                assertThat(s.earliest().getDayOfMonth()).isEqualTo(3);
            });
            assertThat(spans).contains(days("2020-03-03", "2020-03-03"), days("2015-03-03", "2015-03-03"))
                    .doesNotContain(days("2021-03-03", "2021-03-03"));
            // about one year in seven from 1900 to 2100
            assertThat(spans.size()).isBetween(25, 33);
        });
    }

    @Test
    void aWeekdayAloneADateWithItsYearOrADayNoYearHasAreNotWeekdayDates() {
        assertThat(evidence("The vote was held on Tuesday.", new WeekdayDateRule())).isEmpty();
        assertThat(evidence("The vote was held on Tuesday, March 3, 2015.", new WeekdayDateRule())).isEmpty();
        assertThat(evidence("The vote was held on March 3.", new WeekdayDateRule())).isEmpty();
    }
}
