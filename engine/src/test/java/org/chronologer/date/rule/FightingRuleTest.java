package org.chronologer.date.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chronologer.ArticleDater;
import org.chronologer.SharedExtractor;
import org.chronologer.date.rule.ArticleFacts;
import org.chronologer.date.rule.EvidenceRule;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.knowledge.KnownEvent;
import org.chronologer.model.Evidence;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.read.Article;
import org.chronologer.read.NormalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fighting at a place the knowledge base knows battles at, and named wars told as going on: against a small base
 * built here, so the default base may change.
 */
class FightingRuleTest {

    private static KnownEvent fight(String id, String name, String start, String end, String... places) {
        return new KnownEvent(id, name, List.of(), "battle", List.of(start), Optional.empty(), Optional.empty(),
                Optional.empty(), name, Optional.ofNullable(end), List.of(places));
    }

    private static final KnownEvent TERM = new KnownEvent("vos-president", "Jan Vos as President of Freedonia", List.of(),
            "term-start", List.of("2016-10-01"), Optional.of("Jan Vos"), Optional.of("President of Freedonia"),
            Optional.of("Freedonia"), "Jan Vos");

    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            fight("siege-of-sarajevo", "Siege of Sarajevo", "1992-04-05", "1996-02-29", "Sarajevo"),
            fight("first-battle-of-fallujah", "First Battle of Fallujah", "2004-04-04", "2004-05-01", "Fallujah"),
            fight("second-battle-of-fallujah", "Second Battle of Fallujah", "2004-11-07", "2004-12-23", "Fallujah"),
            fight("battle-of-marawi", "Battle of Marawi", "2017-05-23", "2017-10-23", "Marawi"),
            fight("mosul-offensive", "Mosul offensive", "2016-10-16", null, "Mosul"),
            new KnownEvent("kosovo-war", "Kosovo War", List.of("war in Kosovo"), "war-start", List.of("1998-02-28"),
                    Optional.empty(), Optional.empty(), Optional.empty(), "Kosovo War", Optional.of("1999-06-11"), List.of()),
            TERM));

    private static List<Evidence> evidence(String text, EvidenceRule rule) {
        return KnowledgeRulesTest.evidence(text, rule, KB);
    }

    @Test
    void ongoingFightingAtAPlaceDatesTheArticleToThatFightMostLikely() {
        List<Evidence> all = evidence("Shops stayed shut as the siege of the city continues, residents of Sarajevo said.",
                new FightingRule());
        assertThat(all).hasSize(1);
        Evidence e = all.get(0);
        assertThat(e.label()).isEqualTo("fighting");
        assertThat(e.implies()).contains("ongoing", "Siege of Sarajevo", "during one of them");
        assertThat(e.support().at(LocalDate.of(1994, 2, 1))).isEqualTo(1);
        // a month of grace after the end: news keeps telling of it
        assertThat(e.support().at(LocalDate.of(1996, 3, 20))).isEqualTo(1);
        // outside every known fight the day is less likely, never ruled out
        assertThat(e.support().at(LocalDate.of(1990, 1, 1))).isEqualTo(GoingOn.OUTSIDE_FIGHTING_SUPPORT);
        assertThat(e.support().at(LocalDate.of(2001, 1, 1))).isEqualTo(GoingOn.OUTSIDE_FIGHTING_SUPPORT);
    }

    @Test
    void aPlaceInsideANameTheBaseKnowsIsLeftToTheNamedEventRule() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(new KnownEvent("sarajevo-war", "Sarajevo War", List.of(), "war-start",
                List.of("1992-04-05"), Optional.empty(), Optional.empty(), Optional.empty(), "x", Optional.of("1996-02-29"),
                List.of("Sarajevo"))));
        String text = "Shelters filled as the ongoing Sarajevo War spread.";
        ArticleFacts facts = new ArticleFacts(Article.of("t", text), NormalizedText.of(text), List.of(), kb);
        assertThat(new FightingRule().collect(facts)).isEmpty();
        assertThat(new NamedEventRule().collect(facts)).singleElement().satisfies(e -> assertThat(e.implies()).contains("ongoing"));
    }

    @Test
    void anyFightingWordWithinReachMayTellItGoesOn() {
        // the nearest word ("siege") does not say it goes on, a farther one ("Fighting continues") does
        Evidence e = evidence("Fighting continues around Sarajevo as the siege enters its second year.", new FightingRule()).get(0);
        assertThat(e.support().at(LocalDate.of(1993, 5, 1))).isEqualTo(1);
    }

    @Test
    void aPlaceFoughtOverMoreThanOnceMeansAnyOfItsFights() {
        Evidence e = evidence("Marines are still advancing street by street into Fallujah.", new FightingRule()).get(0);
        assertThat(evidence("Marines are pressing their assault on Fallujah.", new FightingRule())).singleElement()
                .satisfies(x -> assertThat(x.support().at(LocalDate.of(2004, 11, 20))).isEqualTo(1));
        assertThat(e.support().at(LocalDate.of(2004, 4, 20))).isEqualTo(1);
        assertThat(e.support().at(LocalDate.of(2004, 11, 20))).isEqualTo(1);
        assertThat(e.support().at(LocalDate.of(2004, 8, 15))).isEqualTo(GoingOn.OUTSIDE_FIGHTING_SUPPORT);
    }

    @Test
    void fightingThatGoesOnWithNoKnownEndBoundsOnlyFromBelow() {
        Evidence e = evidence("Iraqi forces are pushing into Mosul from the east.", new FightingRule()).get(0);
        assertThat(e.support().at(LocalDate.of(2016, 10, 1))).isEqualTo(GoingOn.OUTSIDE_FIGHTING_SUPPORT);
        assertThat(e.support().at(LocalDate.of(2017, 3, 1))).isEqualTo(1);
        assertThat(e.support().at(LocalDate.of(2030, 3, 1))).isEqualTo(1);
    }

    @Test
    void fightingToldAsPastOrToComeAPlaceWithoutFightingAndATradeWarSayNothing() {
        // the base does not know every fight a place has seen: past fighting does not bound the date
        assertThat(evidence("The mosque was rebuilt after troops fought their way through Marawi.", new FightingRule())).isEmpty();
        assertThat(evidence("The army will launch an offensive on Marawi next month.", new FightingRule())).isEmpty();
        assertThat(evidence("A war there could bring body bags home from Marawi, he said.", new FightingRule())).isEmpty();
        assertThat(evidence("Survivors are still haunted by the battle, residents of Marawi said.", new FightingRule())).isEmpty();
        assertThat(evidence("Tourists are returning to Sarajevo, which hosts a film festival.", new FightingRule())).isEmpty();
        assertThat(evidence("Exporters in Mosul fear the trade war between the two powers.", new FightingRule())).isEmpty();
    }

    @Test
    void aNamedWarToldAsGoingOnDatesTheArticleWhileItLasted() {
        Evidence e = evidence("Refugees keep arriving as the war in Kosovo continues.", new NamedEventRule()).get(0);
        assertThat(e.label()).isEqualTo("named-event");
        assertThat(e.implies()).contains("ongoing", "1999-06-11");
        assertThat(e.support().at(LocalDate.of(1998, 1, 1))).isZero();
        assertThat(e.support().at(LocalDate.of(1999, 4, 1))).isEqualTo(1);
        assertThat(e.support().at(LocalDate.of(2005, 4, 1))).isEqualTo(GoingOn.OUTSIDE_FIGHTING_SUPPORT);
        // told in the present tense but not as going on, or as past, it says only that the war had begun
        Evidence present = evidence("The remains in the tomb are from the war in Kosovo.", new NamedEventRule()).get(0);
        assertThat(present.support().at(LocalDate.of(2005, 4, 1))).isEqualTo(1);
        // "still" that is not about the war
        Evidence haunted = evidence("Veterans are still haunted by memories of the war in Kosovo.", new NamedEventRule()).get(0);
        assertThat(haunted.support().at(LocalDate.of(2005, 4, 1))).isEqualTo(1);
        Evidence past = evidence("Veterans of the war in Kosovo gathered on Sunday to remember it.", new NamedEventRule()).get(0);
        assertThat(past.support().at(LocalDate.of(2005, 4, 1))).isEqualTo(1);
    }

    @Test
    void anOngoingFightPicksTheDaysAfterItBeganAmongThoseAWeakerClueLeaves() {
        // "first trip since his new term" leaves the two weeks after the term began; the offensive began in between
        KnowledgeBase kb = KnowledgeBase.of(List.of(TERM, fight("north-offensive", "Northern offensive", "2016-10-08", null, "Northtown")));
        String text = "President Jan Vos flew to Rome on his first trip abroad since starting his new term as Freedonia's president. "
                + "He left as the enemy's ongoing advances around Northtown worried his generals.";
        ArticleDater inference = new ArticleDater(SharedExtractor.get(), kb);
        PublicationEstimate without = new ArticleDater(SharedExtractor.get(), KnowledgeBase.of(List.of(TERM)))
                .dateAlone(Article.of("a", text)).published();
        PublicationEstimate with = inference.dateAlone(Article.of("a", text)).published();
        assertThat(without.best()).isBefore(LocalDate.of(2016, 10, 10));
        assertThat(with.best()).isAfter(LocalDate.of(2016, 10, 8));
        assertThat(with.best()).isBeforeOrEqualTo(LocalDate.of(2016, 10, 15));
        // soft evidence: it moves the best day, it does not close the window on the days before the offensive
        assertThat(with.earliest()).isEqualTo(without.earliest());
        assertThat(with.evidence()).anyMatch(e -> e.label().equals("fighting"));
    }

    @Test
    void aUserFileCarriesEndsAndPlacesAndABadEndNamesTheFile(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("mine.json");
        Files.writeString(good, """
                {"events": [{"id": "siege-of-northtown", "name": "Siege of Northtown", "aliases": [], "kind": "battle",
                  "dates": ["2031-03-02"], "end": "2031-06", "places": ["Northtown"], "source": "none"}]}""");
        KnownEvent e = KnowledgeBase.defaultsWith(good).events().stream().filter(x -> x.id().equals("siege-of-northtown"))
                .findFirst().orElseThrow();
        assertThat(e.lastDay()).contains(LocalDate.of(2031, 6, 30));
        assertThat(e.places()).containsExactly("Northtown");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"events": [{"id": "x", "name": "X", "aliases": [], "kind": "battle", "dates": ["2031"], "end": "soon",
                  "source": "none"}]}""");
        assertThatThrownBy(() -> KnowledgeBase.defaultsWith(bad)).isInstanceOf(IOException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("end");
    }
}
