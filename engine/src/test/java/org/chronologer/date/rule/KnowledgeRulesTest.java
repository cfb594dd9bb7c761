package org.chronologer.date.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.chronologer.SharedExtractor;
import org.chronologer.date.Dating;
import org.chronologer.date.DatingModel;
import org.chronologer.date.HandBuiltModel;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.knowledge.KnownEvent;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.read.Article;
import org.chronologer.read.NormalizedText;
import org.junit.jupiter.api.Test;

/**
 * Evidence from named events, terms and holders of office, against a small knowledge base built here (so the default
 * base may change): what each rule reads (the cue's kind and what it points at), not what the fitted model makes of it.
 */
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

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** Spans of days given as "earliest..latest" (an open end as "earliest.."). */
    static Anchor.Spans spans(String... ranges) {
        return new Anchor.Spans(Arrays.stream(ranges).map(r -> {
            String[] ends = r.split("\\.\\.", -1);
            return new Anchor.Span(day(ends[0]), ends[1].isEmpty() ? Anchor.OPEN_END : day(ends[1]));
        }).toList());
    }

    /** The starts of terms, each one day. */
    private static Anchor.Spans starts(String... days) {
        return new Anchor.Spans(Arrays.stream(days).map(d -> Anchor.Span.of(day(d))).toList());
    }

    @Test
    void anAnniversaryPointsAtThatAnniversaryOfTheEvent() {
        String text = "Leaders met in the Italian capital to mark the 60th anniversary of the Treaty of Rome.";
        assertThat(evidence(text, new NamedEventRule())).singleElement().satisfies(e -> {
            assertThat(e.rule().name()).isEqualTo("anniversary");
            assertThat(e.text()).isEqualTo("60th anniversary of the Treaty of Rome");
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
            assertThat(e.about()).contains("treaty-of-rome");
            assertThat(e.cue()).isEqualTo(new Cue("anniversary", Anchor.Span.of(day("2017-03-25"))));
        });
    }

    @Test
    void yearsOfAnEventCountAsAnAnniversary() {
        assertThat(evidence("A forum will celebrate 60 years of the Treaty of Rome.", new NamedEventRule())).singleElement()
                .satisfies(e -> {
                    assertThat(e.rule().name()).isEqualTo("anniversary");
                    assertThat(e.text()).isEqualTo("60 years of the Treaty of Rome");
                    assertThat(e.cue()).isEqualTo(new Cue("anniversary", Anchor.Span.of(day("2017-03-25"))));
                });
    }

    @Test
    void yearsOfWhatANameOnlyModifiesAreNoAnniversaryOfIt() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(new KnownEvent("imf", "International Monetary Fund", List.of("IMF"), "founding",
                List.of("1945-12-27"), Optional.empty(), Optional.empty(), Optional.empty(), "International Monetary Fund"),
                new KnownEvent("euro", "Euro", List.of(), "launch", List.of("1999-01-01"),
                        Optional.empty(), Optional.empty(), Optional.empty(), "Euro")));
        // the four years are of the austerity: the IMF is only named, as having begun
        assertThat(evidence("The country became a net exporter of capital during four years of IMF-backed austerity.",
                new NamedEventRule(), kb)).singleElement().satisfies(e -> {
                    assertThat(e.rule().name()).isEqualTo("named-event");
                    assertThat(e.text()).isEqualTo("IMF");
                });
        assertThat(evidence("The country marked four years of IMF membership.", new NamedEventRule(), kb)).singleElement()
                .satisfies(e -> assertThat(e.rule().name()).isEqualTo("anniversary"));
    }

    @Test
    void anOrdinalPicksThatOccurrenceOfASeriesAndTheTenseTheSide() {
        assertThat(evidence("The prime minister is expected to attend the third G20 summit in Pittsburgh.", new NamedEventRule()))
                .singleElement().satisfies(e -> {
                    assertThat(e.rule().name()).isEqualTo("ordinal");
                    assertThat(e.text()).isEqualTo("the third G20 summit");
                    assertThat(e.about()).contains("g20-summits");
                    assertThat(e.cue()).isEqualTo(new Cue("ordinal:future", Anchor.Span.of(day("2009-09-24"))));
                });
        assertThat(evidence("Protesters clashed with police at the second G20 summit in London.", new NamedEventRule()))
                .singleElement().satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("ordinal:past", Anchor.Span.of(day("2009-04-02")))));
    }

    @Test
    void aBareMentionOfANamedEventPointsAtTheEventWithTheTenseItIsToldIn() {
        assertThat(evidence("Critics said the Treaty of Rome had aged well.", new NamedEventRule())).singleElement().satisfies(e -> {
            assertThat(e.rule().name()).isEqualTo("named-event");
            assertThat(e.text()).isEqualTo("Treaty of Rome");
            assertThat(e.about()).contains("treaty-of-rome");
            assertThat(e.cue()).isEqualTo(new Cue("event:past", Anchor.Span.of(day("1957-03-25"))));
        });
        // an occurrence past what the base lists is no occurrence: only the series is named
        assertThat(evidence("Leaders gathered for the ninth G20 summit.", new NamedEventRule()))
                .singleElement().satisfies(e -> assertThat(e.rule().name()).isEqualTo("named-event"));
    }

    @Test
    void onlyTheNewestLaunchNamedCountsWrittenWithItsCaseAndNotOneToCome() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(launch("ipod", "iPod", "2001-10-23"), launch("iphone-3g", "iPhone 3G", "2008-06-09"),
                launch("kindle", "Kindle", "2007-11-19"), launch("dreamliner", "Dreamliner", "2003")));
        String text = "The iPhone 3G plays music as the iPod did, and readers on a Kindle can buy it.";
        assertThat(evidence(text, new NamedEventRule(), kb)).singleElement().satisfies(e -> {
            assertThat(e.rule().name()).isEqualTo("launch");
            assertThat(e.text()).isEqualTo("iPhone 3G");
            assertThat(e.about()).contains("iphone-3g");
            assertThat(e.cue()).isEqualTo(new Cue(NamedEventRule.LAUNCH_KIND, Anchor.Span.of(day("2008-06-09"))));
        });
        // a date of the year only is that whole year
        assertThat(evidence("Boeing delivered a Dreamliner.", new NamedEventRule(), kb)).singleElement().satisfies(e ->
                assertThat(e.cue().anchor()).isEqualTo(new Anchor.Span(day("2003-01-01"), day("2003-12-31"))));
        // the verb is not the reader, and a thing still to come may be named before it exists
        assertThat(evidence("Sparks may kindle a fire in the dry grass.", new NamedEventRule(), kb)).isEmpty();
        assertThat(evidence("Apple will unveil the iPhone 3G next month. Fans loved the iPod.", new NamedEventRule(), kb))
                .singleElement().satisfies(e -> assertThat(e.text()).isEqualTo("iPod"));
    }

    private static KnownEvent launch(String id, String name, String date) {
        return new KnownEvent(id, name, List.of(), "launch", List.of(date), Optional.empty(), Optional.empty(), Optional.empty(), name);
    }

    @Test
    void aFirstTripSinceANewTermPointsAtTheStartsOfTheOfficesTermsAsJustBegun() {
        String text = "It is his first visit abroad since starting his new term as French president.";
        assertThat(evidence(text, new TermRule())).singleElement().satisfies(e -> {
            assertThat(e.rule().name()).isEqualTo("term");
            assertThat(e.text()).isEqualTo("his new term");
            assertThat(e.cue()).isEqualTo(new Cue("term:recent", starts("2017-05-14", "2022-05-07")));
        });
        // without a word that it just began, it is only some time into a term
        assertThat(evidence("He spent his new term as French president fighting strikes.", new TermRule())).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("term", starts("2017-05-14", "2022-05-07"))));
    }

    @Test
    void anOrdinalTermIsThatStartOfTheOfficeButATermStillSoughtIsNot() {
        assertThat(evidence("Halfway through her second term as French president, she faces strikes.", new TermRule()))
                .singleElement().satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("term", starts("2022-05-07"))));
        // a second term still to be won is not the second start: any term of the office, as with no ordinal
        assertThat(evidence("She is seeking a second term as French president.", new TermRule())).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("term", starts("2017-05-14", "2022-05-07"))));
        assertThat(evidence("Critics mocked her bid for her second term as French president.", new TermRule())).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("term", starts("2017-05-14", "2022-05-07"))));
        Evidence sworn = evidence("Hours after she was sworn in for her second term as French president, she flew to Berlin.",
                new TermRule()).stream().filter(e -> e.text().startsWith("her second")).findFirst().orElseThrow();
        assertThat(sworn.cue()).isEqualTo(new Cue("term:recent", starts("2022-05-07")));
        assertThat(sworn.says()).contains("just begun");
        // an ordinal past what the base lists means any of the terms it lists
        assertThat(evidence("In his fifth term as French president he would be 90.", new TermRule())).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("term", starts("2017-05-14", "2022-05-07"))));
    }

    @Test
    void yearsOfDiplomaticRelationsUseThePairOfCountriesTheArticleNames() {
        assertThat(evidence("China and France marked 60 years of diplomatic relations with a state visit. France said so.",
                new DiplomaticAnniversaryRule())).singleElement().satisfies(e -> {
                    assertThat(e.rule().name()).isEqualTo("anniversary");
                    assertThat(e.text()).isEqualTo("60 years of diplomatic relations");
                    assertThat(e.says()).contains("China and France");
                    assertThat(e.cue()).isEqualTo(new Cue("anniversary", Anchor.Span.of(day("2024-01-27"))));
                });
        // relations between countries the article does not name are not theirs
        assertThat(evidence("Chile and Peru marked 60 years of diplomatic relations.", new DiplomaticAnniversaryRule())).isEmpty();
    }

    @Test
    void theDefaultKnowledgeBaseLoadsWithSeveralHundredDatedEvents() {
        assertThat(KnowledgeBase.defaults().events()).hasSizeGreaterThan(300)
                .extracting(KnownEvent::id).doesNotHaveDuplicates();
    }

    @Test
    void aHolderNamedByTitlePointsAtTheirTimeInOffice() {
        String text = "President Clinton said on Tuesday that talks would go on.";
        assertThat(evidence(text, new IncumbentRule())).singleElement().satisfies(e -> {
            assertThat(e.rule().name()).isEqualTo("incumbent");
            assertThat(e.text()).isEqualTo("President Clinton");
            assertThat(text.substring(e.start(), e.end())).isEqualTo("President Clinton");
            // one tenure over two terms; it ends the day before the next holder's term begins
            assertThat(e.cue()).isEqualTo(new Cue("incumbent", spans("1993-01-20..2001-01-19")));
        });
    }

    @Test
    void aSurnameSeveralHoldersShareMeansAnyOfTheirTimes() {
        // the last holder the base lists still holds the office: the tenure has no end
        assertThat(evidence("The treaty was signed by President Bush.", new IncumbentRule())).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("incumbent", spans("1989-01-20..1993-01-19", "2001-01-20.."))));
        // a family name said first: "Premier Zhu" is the one Zhu; "Premier Li" could be either Li (or one the base
        // lacks), so it says nothing; "Premier Li Peng" is the one
        assertThat(evidence("Premier Zhu met the delegation.", new IncumbentRule())).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("incumbent", spans("1998-03-17..2013-03-14"))));
        assertThat(evidence("Premier Li met the delegation.", new IncumbentRule())).isEmpty();
        assertThat(evidence("Prime Minister Li Peng met the delegation.", new IncumbentRule())).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("Prime Minister Li Peng");
            assertThat(e.cue()).isEqualTo(new Cue("incumbent", spans("1988-04-09..1998-03-16")));
        });
    }

    @Test
    void aChairOfAnInstitutionIsNamedByTitleToo() {
        assertThat(evidence("Fed Chairman Alan Greenspan told Congress that rates would stay low.", new IncumbentRule()))
                .singleElement().satisfies(e -> {
                    assertThat(e.text()).isEqualTo("Fed Chairman Alan Greenspan");
                    assertThat(e.cue()).isEqualTo(new Cue("incumbent", spans("1987-08-11..2006-01-31")));
                });
    }

    @Test
    void aCabinetMemberOrAVicePresidentIsNamedByTheTitleOfTheirOwnOffice() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                term("obama", "Barack Obama", "President of the United States", "2009-01-20", "2013-01-20"),
                term("trump", "Donald Trump", "President of the United States", "2017-01-20"),
                term("biden-vp", "Joe Biden", "Vice President of the United States", "2009-01-20"),
                term("pence-vp", "Mike Pence", "Vice President of the United States", "2017-01-20"),
                term("clinton-state", "Hillary Clinton", "United States Secretary of State", "2009-01-21"),
                term("kerry-state", "John Kerry", "United States Secretary of State", "2013-02-01"),
                term("tillerson-state", "Rex Tillerson", "United States Secretary of State", "2017-02-01"),
                term("lawson-exchequer", "Nigel Lawson", "Chancellor of the Exchequer", "1983-06-11"),
                term("major-exchequer", "John Major", "Chancellor of the Exchequer", "1989-10-26")));
        assertThat(evidence("Vice President Joe Biden met Secretary of State John Kerry.", new IncumbentRule(), kb))
                .extracting(Evidence::text, Evidence::cue).containsExactly(
                        tuple("Vice President Joe Biden", new Cue("incumbent", spans("2009-01-20..2017-01-19"))),
                        tuple("Secretary of State John Kerry", new Cue("incumbent", spans("2013-02-01..2017-01-31"))));
        assertIncumbent("Chancellor of the Exchequer Nigel Lawson raised rates.", kb, "1983-06-11..1989-10-25");
        // a former holder, or one named by another office's title, dates nothing
        assertThat(evidence("Former Secretary of State Hillary Clinton spoke; President Kerry is no title.", new IncumbentRule(), kb))
                .isEmpty();
    }

    @Test
    void aFormerHolderPointsAtTheFirstDayATimeOfTheirsInTheOfficeEnded() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                term("clinton", "Bill Clinton", "President of the United States", "1993-01-20", "1997-01-20"),
                term("bush-43", "George W. Bush", "President of the United States", "2001-01-20", "2005-01-20"),
                term("obama", "Barack Obama", "President of the United States", "2009-01-20", "2013-01-20"),
                term("biden-vp", "Joe Biden", "Vice President of the United States", "2009-01-20"),
                term("pence-vp", "Mike Pence", "Vice President of the United States", "2017-01-20"),
                term("clinton-state", "Hillary Clinton", "United States Secretary of State", "2009-01-21"),
                term("kerry-state", "John Kerry", "United States Secretary of State", "2013-02-01")));
        String text = "Former President Bill Clinton and former U.S. Secretary of State Hillary Clinton spoke.";
        assertThat(evidence(text, new FormerHolderRule(), kb)).extracting(Evidence::text, Evidence::cue).containsExactly(
                tuple("President Bill Clinton", new Cue("former-holder", span("2001-01-19"))),
                tuple("Secretary of State Hillary Clinton", new Cue("former-holder", span("2013-01-31"))));
        // the incumbent rule leaves them out, and this rule leaves out whoever is not named "former"
        assertThat(evidence(text, new IncumbentRule(), kb)).isEmpty();
        assertThat(evidence("President Obama met Secretary of State John Kerry.", new FormerHolderRule(), kb)).isEmpty();
        // the vice president's own office, not the president's
        assertThat(evidence("Former Vice President Joe Biden spoke.", new FormerHolderRule(), kb)).extracting(Evidence::cue)
                .containsExactly(new Cue("former-holder", span("2017-01-19")));
        // a holder still in office has no end to point at; another office between "former" and the title
        assertThat(evidence("Former Vice President Mike Pence spoke.", new FormerHolderRule(), kb)).isEmpty();
        assertThat(evidence("Former state Secretary of State John Kerry spoke.", new FormerHolderRule(), kb)).isEmpty();
    }

    @Test
    void exAndThenHyphenatedToATitleNameAHolderNoLongerInOffice() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                term("clinton", "Bill Clinton", "President of the United States", "1993-01-20", "1997-01-20"),
                term("obama", "Barack Obama", "President of the United States", "2009-01-20", "2013-01-20"),
                term("trump", "Donald Trump", "President of the United States", "2017-01-20")));
        String text = "Ex-President Bill Clinton met the aides of then-President Barack Obama.";
        assertThat(evidence(text, new FormerHolderRule(), kb)).extracting(Evidence::text, Evidence::cue).containsExactly(
                // Clinton's time ends as the next holder the base knows begins
                tuple("President Bill Clinton", new Cue("former-holder", span("2009-01-19"))),
                tuple("President Barack Obama", new Cue("former-holder:then", span("2017-01-19"))));
        assertThat(evidence(text, new IncumbentRule(), kb)).isEmpty();
        // a name does not run over a sentence end into the next title
        assertThat(evidence("Aides of then-President Barack Obama. Ex-President Bill Clinton spoke.", new FormerHolderRule(), kb))
                .extracting(Evidence::text).containsExactly("President Barack Obama", "President Bill Clinton");
        // "then" without its hyphen is as often "next" ("and then President Trump spoke"); a title inside a word is none
        assertThat(evidence("And then President Bill Clinton spoke.", new FormerHolderRule(), kb)).isEmpty();
        assertThat(evidence("The Sex-President Bill Clinton show.", new FormerHolderRule(), kb)).isEmpty();
    }

    private static Anchor.Span span(String day) {
        return new Anchor.Span(LocalDate.parse(day), LocalDate.parse(day));
    }

    @Test
    void aGenerationalSuffixIsNotTheSurname() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                term("brownell-ag", "Herbert Brownell Jr.", "United States Attorney General", "1953-01-21"),
                term("rogers-ag", "William P. Rogers", "United States Attorney General", "1957-11-08"),
                term("holder-ag", "Eric Holder", "United States Attorney General", "2009-02-03"),
                term("lynch-ag", "Loretta Lynch", "United States Attorney General", "2015-04-27")));
        // "Jr." names neither holder: the surname before it does
        assertThat(evidence("Attorney General Eric H. Holder Jr. said the inquiry would go on.", new IncumbentRule(), kb))
                .singleElement().satisfies(e -> {
                    assertThat(e.text()).isEqualTo("Attorney General Eric H. Holder");
                    assertThat(e.cue()).isEqualTo(new Cue("incumbent", spans("2009-02-03..2015-04-26")));
                });
        assertIncumbent("Attorney General Herbert Brownell Jr. said so.", kb, "1953-01-21..1957-11-07");
    }

    @Test
    void aGivenNameChoosesAmongHoldersOfOneSurnameAndAFormerGovernorOfAStateDatesNothing() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                term("walker-wi", "Scott Walker", "Governor of Wisconsin", "2011-01-03"),
                term("evers-wi", "Tony Evers", "Governor of Wisconsin", "2019-01-07"),
                term("walker-ak", "Bill Walker", "Governor of Alaska", "2014-12-01"),
                term("dunleavy-ak", "Mike Dunleavy", "Governor of Alaska", "2018-12-03")));
        assertIncumbent("Wisconsin Gov. Scott Walker signed the bill.", kb, "2011-01-03..2019-01-06");
        assertIncumbent("Governor Walker signed the bill.", kb, "2011-01-03..2019-01-06", "2014-12-01..2018-12-02");
        assertThat(evidence("Former Wisconsin Gov. Scott Walker spoke.", new IncumbentRule(), kb)).isEmpty();
        // a lieutenant governor is not the governor
        assertThat(evidence("Lt. Gov. Scott Walker spoke, as did Lieutenant Governor Walker.", new IncumbentRule(), kb)).isEmpty();
    }

    /** That the incumbent rule reads {@code text} as naming one holder, in office over {@code ranges}. */
    private static void assertIncumbent(String text, KnowledgeBase kb, String... ranges) {
        assertThat(evidence(text, new IncumbentRule(), kb)).as(text).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("incumbent", spans(ranges))));
    }

    @Test
    void aCompanysChiefExecutiveIsNamedBeforeOrAfterTheCompany() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                term("wagoner-gm", "Rick Wagoner", "Chief Executive Officer of General Motors", "2000-06-01"),
                term("henderson-gm", "Fritz Henderson", "Chief Executive Officer of General Motors", "2009-03-30"),
                term("mulally-ford", "Alan Mulally", "Chief Executive Officer of Ford Motor Company", "2006-09-05"),
                term("fields-ford", "Mark Fields", "Chief Executive Officer of Ford Motor Company", "2014-07-01")));
        for (String text : List.of("GM CEO Rick Wagoner met the union.", "GM chief executive Rick Wagoner met the union.",
                "General Motors Chief Executive Officer Wagoner met the union.")) {
            assertIncumbent(text, kb, "2000-06-01..2009-03-29");
        }
        assertIncumbent("Ford CEO Mark Fields and former GM CEO Rick Wagoner spoke.", kb, "2014-07-01..");
    }

    @Test
    void aJusticeHoldsASeatUntilTheNextJusticeOfThatSeatNotOfTheCourt() {
        String seatA = "Associate Justice of the Supreme Court of the United States, in the seat of A";
        String seatB = "Associate Justice of the Supreme Court of the United States, in the seat of B";
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                term("kennedy-a", "Anthony Kennedy", seatA, "1988-02-18"),
                term("kavanaugh-a", "Brett Kavanaugh", seatA, "2018-10-06"),
                term("ginsburg-b", "Ruth Bader Ginsburg", seatB, "1993-08-10"),
                term("barrett-b", "Amy Coney Barrett", seatB, "2020-10-27"),
                term("roberts-cj", "John Roberts", "Chief Justice of the United States", "2005-09-29")));
        assertIncumbent("Justice Ruth Bader Ginsburg wrote the dissent.", kb, "1993-08-10..2020-10-26");
        assertIncumbent("Supreme Court Justice Anthony Kennedy wrote for the court.", kb, "1988-02-18..2018-10-05");
        // another person of a holder's surname: a given name the holder does not go by
        String others = "Justice Amy Barrett and Justice Bader Ginsburg; Justice Robert Barrett and Justice Brad Barrett did not.";
        assertThat(evidence(others, new IncumbentRule(), kb)).extracting(e -> e.text())
                .containsExactly("Justice Amy Barrett", "Justice Bader Ginsburg");
        // the chief justice is not an associate justice; a retired one holds no seat; "Justice Department" names nobody
        assertIncumbent("Chief Justice John Roberts, retired Justice Anthony Kennedy and the Justice Department.", kb, "2005-09-29..");
    }

    @Test
    void cabinetSecretariesAndTheEpaAdministratorAreNamedByTheirTitles() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                term("perez-labor", "Tom Perez", "United States Secretary of Labor", "2013-07-23"),
                term("acosta-labor", "Alexander Acosta", "United States Secretary of Labor", "2017-04-28"),
                term("pruitt-epa", "Scott Pruitt", "Administrator of the Environmental Protection Agency", "2017-02-17"),
                term("wheeler-epa", "Andrew Wheeler", "Administrator of the Environmental Protection Agency", "2019-02-28")));
        assertIncumbent("Labor Secretary Tom Perez spoke.", kb, "2013-07-23..2017-04-27");
        assertIncumbent("EPA Administrator Scott Pruitt spoke.", kb, "2017-02-17..2019-02-27");
    }

    @Test
    void aSenatorHoldsASeatOfTheStateUntilTheNextSenatorOfThatSeatAndAStateSenatorIsNotOne() {
        String seatA = "United States Senator from Illinois, in the seat of A";
        String seatB = "United States Senator from Illinois, in the seat of B";
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                term("fitzgerald-a", "Peter Fitzgerald", seatA, "1999-01-03"),
                term("obama-a", "Barack Obama", seatA, "2005-01-03"),
                term("burris-a", "Roland Burris", seatA, "2009-01-15"),
                term("durbin-b", "Dick Durbin", seatB, "1997-01-03")));
        // Durbin's seat is another one: Obama's arrival does not end his tenure
        assertIncumbent("Sen. Barack Obama (D-Ill.) voted no.", kb, "2005-01-03..2009-01-14");
        assertIncumbent("Senator Durbin and former Sen. Peter Fitzgerald spoke.", kb, "1997-01-03..");
        assertThat(evidence("Illinois state Sen. Barack Obama spoke. State Senator Obama left.", new IncumbentRule(), kb)).isEmpty();
        // a seat's terms are not what a re-election or a new term in a sentence is read as (a governor's is)
        KnowledgeBase withGovernor = KnowledgeBase.of(List.of(term("obama-a", "Barack Obama", seatA, "2005-01-03"),
                term("quinn", "Pat Quinn", "Governor of Illinois", "2009-01-29")));
        assertThat(evidence("Obama won re-election.", new TermRule(), withGovernor)).isEmpty();
        assertThat(evidence("Quinn won re-election.", new TermRule(), withGovernor)).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("term", starts("2009-01-29"))));
    }

    @Test
    void aRepresentativeHoldsADistrictUntilItsNextMemberAndATradeRepresentativeIsNotOne() {
        String ca5 = "United States Representative from California's 5th congressional district";
        String ca8 = "United States Representative from California's 8th congressional district";
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                term("burton-5", "Sala Burton", ca5, "1983-01-03", "1985-01-03"),
                term("pelosi-5", "Nancy Pelosi", ca5, "1987-02-02", "1989-01-03"),
                term("matsui-5", "Robert Matsui", ca5, "1993-01-05"),
                term("pelosi-8", "Nancy Pelosi", ca8, "1993-01-05"),
                term("dellums-8", "Ron Dellums", ca8, "1971-01-21")));
        // a member moved to another district by redistricting: both districts, each until its next member
        assertIncumbent("Rep. Nancy Pelosi (D-Calif.) spoke.", kb, "1987-02-02..1993-01-04", "1993-01-05..");
        assertIncumbent("Congresswoman Burton spoke.", kb, "1983-01-03..1987-02-01");
        // the full title, and a district's member before one who came from another district
        assertIncumbent("Representative Ron Dellums spoke.", kb, "1971-01-21..1993-01-04");
        assertThat(evidence("State Rep. Pelosi and U.S. Trade Representative Matsui spoke; former Rep. Dellums did not.",
                new IncumbentRule(), kb)).isEmpty();
        // a district's terms are not read as a re-election or a new term
        assertThat(evidence("Pelosi won re-election.", new TermRule(), kb)).isEmpty();
    }

    @Test
    void aNicknameInQuotesAndAListRunTogetherNameTheRightHolder() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                term("buck-co4", "Ken Buck", "United States Representative from Colorado's 4th congressional district", "2015-01-06"),
                term("mckeon-ca25", "Howard P. \"Buck\" McKeon", "United States Representative from California's 25th congressional district",
                        "1993-01-05"),
                term("cole-ok4", "Tom Cole", "United States Representative from Oklahoma's 4th congressional district", "2003-01-07"),
                term("thomas-wy", "Craig Thomas", "United States Representative from Wyoming's at-large congressional district", "1990-03-18")));
        for (String text : List.of("California Rep. Buck McKeon walked out.", "Representative Howard \u201CBuck\u201D McKeon spoke.")) {
            assertIncumbent(text, kb, "1993-01-05..");
        }
        // names of a list run together ("Rep. Tom Cole Thomas Massie"): the first given name decides, not any
        assertIncumbent("Rep. Tom Cole Thomas spoke.", kb, "2003-01-07..");
        // a closing quote after a name ends the name, as before
        assertIncumbent("\u201CIt helped Rep. McKeon.\u201D\nHe left.", kb, "1993-01-05..");
    }

    @Test
    void aNameWrittenWithoutItsAccentsIsTheSameHolder() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                term("rajoy-es", "Mariano Rajoy", "Prime Minister of Spain", "2011-12-21"),
                term("sanchez-es", "Pedro Sánchez", "Prime Minister of Spain", "2018-06-02")));
        for (String text : List.of("Prime Minister Pedro Sanchez spoke.", "Prime Minister Pedro Sánchez spoke.", "Prime Minister Sanchez spoke.")) {
            assertIncumbent(text, kb, "2018-06-02..");
        }
    }

    @Test
    void aNameDoesNotRunOnIntoTheNextParagraph() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                term("albright-state", "Madeleine Albright", "United States Secretary of State", "1997-01-23"),
                term("powell-state", "Colin Powell", "United States Secretary of State", "2001-01-20"),
                term("clinton-state", "Hillary Clinton", "United States Secretary of State", "2009-01-21"),
                term("kerry-state", "John Kerry", "United States Secretary of State", "2013-02-01")));
        assertThat(evidence("It was signed by Secretary of State Madeleine Albright.\n\nClinton left.", new IncumbentRule(), kb))
                .singleElement().satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("incumbent", spans("1997-01-23..2001-01-19"))));
        // a line break inside a name, as in text wrapped at a fixed width, is still one name
        assertThat(evidence("It was signed by Secretary of State Madeleine\nAlbright on Monday.", new IncumbentRule(), kb))
                .singleElement().satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("incumbent", spans("1997-01-23..2001-01-19"))));
    }

    @Test
    void formerLateAndVicePresidentsDoNotDateTheArticle() {
        assertThat(evidence("Former President Clinton and the late President Bush were honoured; Vice President Clinton spoke.",
                new IncumbentRule())).isEmpty();
        assertThat(evidence("The president, Clinton aides said, was tired.", new IncumbentRule())).isEmpty();
        // nor when the place or party the title is of stands between: "former U.S. President", "then-House Speaker"
        assertThat(evidence("Former U.S. President Clinton met the late Republican President Bush and then-U.S. President Bush.",
                new IncumbentRule())).isEmpty();
        // but a place alone does not make a holder former
        assertThat(evidence("Texas President Clinton", new IncumbentRule())).extracting(Evidence::text).containsExactly("President Clinton");
    }

    @Test
    void theKnowledgeHorizonKeepsAnOpenEndedTenureFromPuttingTheBestDayDecadesAhead() {
        // the base's latest day is Macron's second term, 2022-05-07; news may be a year later, rarely after that
        DatingModel model = HandBuiltModel.empty().span("incumbent", 0, 40).span("incumbent", 200, 3).span("incumbent", 2000, 1).build();
        Dating dating = new Dating(KB, EvidenceRules.defaults(), model);
        assertThat(dating.model().horizon()).isEqualTo(day("2023-05-07"));
        String text = "President Macron spoke.";
        ArticleFacts facts = new ArticleFacts(Article.of("t", text), NormalizedText.of(text), List.of(), KB);
        List<Evidence> incumbent = new IncumbentRule().collect(facts);
        assertThat(incumbent).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("incumbent", spans("2017-05-14.."))));
        PublicationEstimate p = dating.estimate(incumbent, Optional.empty());
        assertThat(p.best()).isBetween(day("2017-05-14"), day("2023-05-07"));
        assertThat(p.latest()).isBefore(day("2030-01-01"));
        // with no horizon (an empty base), the open end leaves every day after the start alike, up to 2100
        PublicationEstimate open = new Dating(KnowledgeBase.of(List.of()), EvidenceRules.defaults(), model)
                .estimate(incumbent, Optional.empty());
        assertThat(open.best()).isAfter(day("2050-01-01"));
    }
}
