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
import org.chronologer.date.Dating;
import org.chronologer.date.DatingModel;
import org.chronologer.date.HandBuiltModel;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.knowledge.KnownEvent;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.read.Article;
import org.chronologer.read.NormalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fighting at a place the knowledge base knows battles at, and named wars told as going on: against a small base
 * built here, so the default base may change. What the rules read (the cue's kind and the fights it points at), and
 * one article dated on a model built here.
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
    void ongoingFightingAtAPlacePointsAtTheFightsKnownThere() {
        String text = "Shops stayed shut as the siege of the city continues, residents of Sarajevo said.";
        assertThat(evidence(text, new FightingRule())).singleElement().satisfies(e -> {
            assertThat(e.rule().name()).isEqualTo("fighting");
            assertThat(e.text()).isEqualTo("siege of the city continues, residents of Sarajevo");
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
            assertThat(e.says()).contains("ongoing", "Siege of Sarajevo");
            // the fight as the base knows it, to its last day: how long after it news still tells of it is the model's
            assertThat(e.cue()).isEqualTo(new Cue("fighting", KnowledgeRulesTest.spans("1992-04-05..1996-02-29")));
        });
    }

    @Test
    void aPlaceInsideANameTheBaseKnowsIsLeftToTheNamedEventRule() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(new KnownEvent("sarajevo-war", "Sarajevo War", List.of(), "war-start",
                List.of("1992-04-05"), Optional.empty(), Optional.empty(), Optional.empty(), "x", Optional.of("1996-02-29"),
                List.of("Sarajevo"))));
        String text = "Shelters filled as the ongoing Sarajevo War spread.";
        ArticleFacts facts = new ArticleFacts(Article.of("t", text), NormalizedText.of(text), List.of(), kb);
        assertThat(new FightingRule().collect(facts)).isEmpty();
        assertThat(new NamedEventRule().collect(facts)).singleElement().satisfies(e -> {
            assertThat(e.rule().name()).isEqualTo("named-event");
            assertThat(e.cue()).isEqualTo(new Cue("event:ongoing", new Anchor.Span(LocalDate.of(1992, 4, 5), LocalDate.of(1996, 2, 29))));
        });
    }

    @Test
    void anyFightingWordWithinReachMayTellItGoesOn() {
        // the nearest word ("siege") does not say it goes on, a farther one ("Fighting continues") does
        assertThat(evidence("Fighting continues around Sarajevo as the siege enters its second year.", new FightingRule()))
                .singleElement().satisfies(e -> {
                    assertThat(e.text()).isEqualTo("Fighting continues around Sarajevo");
                    assertThat(e.cue()).isEqualTo(new Cue("fighting", KnowledgeRulesTest.spans("1992-04-05..1996-02-29")));
                });
    }

    @Test
    void aPlaceFoughtOverMoreThanOnceMeansAnyOfItsFights() {
        Cue both = new Cue("fighting", KnowledgeRulesTest.spans("2004-04-04..2004-05-01", "2004-11-07..2004-12-23"));
        assertThat(evidence("Marines are still advancing street by street into Fallujah.", new FightingRule())).singleElement()
                .satisfies(e -> {
                    assertThat(e.text()).endsWith("into Fallujah");
                    assertThat(e.cue()).isEqualTo(both);
                    assertThat(e.says()).contains("First Battle of Fallujah", "Second Battle of Fallujah");
                });
        assertThat(evidence("Marines are pressing their assault on Fallujah.", new FightingRule())).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(both));
    }

    @Test
    void fightingThatGoesOnWithNoKnownEndPointsAtASpanWithNoEnd() {
        assertThat(evidence("Iraqi forces are pushing into Mosul from the east.", new FightingRule())).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("fighting", KnowledgeRulesTest.spans("2016-10-16.."))));
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
    void aNamedWarToldAsGoingOnPointsAtTheWarAsOngoing() {
        Anchor.Span war = new Anchor.Span(LocalDate.of(1998, 2, 28), LocalDate.of(1999, 6, 11));
        assertThat(evidence("Refugees keep arriving as the war in Kosovo continues.", new NamedEventRule())).singleElement()
                .satisfies(e -> {
                    assertThat(e.rule().name()).isEqualTo("named-event");
                    assertThat(e.text()).isEqualTo("war in Kosovo");
                    assertThat(e.about()).contains("kosovo-war");
                    assertThat(e.says()).contains("ongoing", "1999-06-11");
                    assertThat(e.cue()).isEqualTo(new Cue("event:ongoing", war));
                });
        // told in the present tense but not as going on, or as past, it is a bare mention of the war, in its tense
        assertThat(evidence("The remains in the tomb are from the war in Kosovo.", new NamedEventRule())).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("event:present", war)));
        // "still" that is not about the war: a bare mention (the tense detector reads "are haunted" as past)
        assertThat(evidence("Veterans are still haunted by memories of the war in Kosovo.", new NamedEventRule())).singleElement()
                .satisfies(e -> {
                    assertThat(e.cue().kind()).isIn("event:past", "event:present");
                    assertThat(e.cue().anchor()).isEqualTo(war);
                });
        assertThat(evidence("Veterans of the war in Kosovo gathered on Sunday to remember it.", new NamedEventRule())).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("event:past", war)));
    }

    @Test
    void anOngoingFightPicksTheDaysAfterItBeganAmongThoseAWeakerClueLeaves() {
        // "first trip since his new term" leaves the two weeks after the term began; the offensive began in between. On a
        // model built here: a term just begun is told 1-15 days after its start, alike; ongoing fighting is told during
        // the fight, rarely long before it; a holder named by title, in office.
        DatingModel model = HandBuiltModel.empty()
                .span("term:recent", 1, 2).span("term:recent", 2, 4).span("term:recent", 4, 8).span("term:recent", 8, 16)
                .span("fighting", 0, 40).span("fighting", -100, 1).span("fighting", -1000, 1)
                .span("incumbent", 0, 40).span("incumbent", 400, 2)
                .build();
        KnowledgeBase kb = KnowledgeBase.of(List.of(TERM, fight("north-offensive", "Northern offensive", "2016-10-08", null, "Northtown")));
        String text = "President Jan Vos flew to Rome on his first trip abroad since starting his new term as Freedonia's president. "
                + "He left as the enemy's ongoing advances around Northtown worried his generals.";
        PublicationEstimate without = dater(KnowledgeBase.of(List.of(TERM)), model).dateAlone(Article.of("a", text)).published();
        PublicationEstimate with = dater(kb, model).dateAlone(Article.of("a", text)).published();
        assertThat(without.best()).isBetween(LocalDate.of(2016, 10, 2), LocalDate.of(2016, 10, 16));
        assertThat(without.evidence()).noneMatch(e -> e.rule().name().equals("fighting"));
        assertThat(with.evidence()).filteredOn(e -> e.rule().name().equals("fighting")).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(new Cue("fighting", KnowledgeRulesTest.spans("2016-10-08.."))));
        assertThat(with.best()).isBetween(LocalDate.of(2016, 10, 8), LocalDate.of(2016, 10, 16));
        assertThat(with.best()).isAfter(without.best());
        assertThat(with.conflicts()).isEmpty();
    }

    private static ArticleDater dater(KnowledgeBase kb, DatingModel model) {
        return new ArticleDater(Workers.single(SharedExtractor.get()), new Dating(kb, EvidenceRules.defaults(), model));
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
