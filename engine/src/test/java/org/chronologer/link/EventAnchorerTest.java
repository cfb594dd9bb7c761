package org.chronologer.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chronologer.ChronologyBuilder;
import org.chronologer.SharedExtractor;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Chronology;
import org.chronologer.model.Event;
import org.chronologer.model.Event.Anchor;
import org.chronologer.model.NodeRef;
import org.chronologer.model.Relation;
import org.chronologer.read.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How each telling is placed: its clause's date, the story's time, a connective, or the publication moment. */
class EventAnchorerTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 14); // a Thursday

    private static Chronology chronology;

    @BeforeAll
    static void build() {
        String text = String.join("\n",
                "The harbour authority opened the new ferry terminal on Tuesday.",
                "The mayor of Corvend praised the builders.",
                "Engineers have worked on the pier since 2016.",
                "After the ceremony, the first ferry left for the islands.",
                "The authority will publish its timetable next month.");
        chronology = told("harbour", text);
    }

    private static Event event(String word) {
        return chronology.events().stream().filter(e -> e.sources().get(0).mention().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no event '" + word + "' in "
                        + chronology.events().stream().map(e -> e.sources().get(0).mention()).toList()));
    }

    @Test
    void anEventIsDatedByTheDateOfItsClause() {
        Event opened = event("opened");
        assertThat(opened.anchor().kind()).isEqualTo(Anchor.Kind.DATED);
        assertThat(opened.when().orElseThrow().earliest()).isEqualTo(LocalDate.of(2019, 3, 12));
    }

    @Test
    void aPastEventToldWithoutADateHappensAtTheStorysTime() {
        Event praised = event("praised");
        assertThat(praised.anchor().kind()).isEqualTo(Anchor.Kind.DATED);
        assertThat(praised.when().orElseThrow().earliest()).isEqualTo(LocalDate.of(2019, 3, 12));
    }

    @Test
    void aPerfectWithoutADateIsPlacedBeforePublicationOnly() {
        Event worked = event("worked");
        assertThat(worked.anchor().kind()).isIn(Anchor.Kind.DATED, Anchor.Kind.PUBLICATION);
        if (worked.anchor().kind() == Anchor.Kind.PUBLICATION) {
            assertThat(worked.when()).isEmpty();
        }
    }

    @Test
    void aConnectiveRelatesTwoEventsAndTheFutureComesAfterPublication() {
        Event left = event("left");
        Event ceremony = event("ceremony");
        assertThat(chronology.relations()).contains(new Relation(NodeRef.event(ceremony.id()), NodeRef.event(left.id()),
                Relation.Type.BEFORE));
        Event publish = event("publish");
        assertThat(publish.factual()).isFalse();
        assertThat(publish.anchor().kind()).isEqualTo(Anchor.Kind.PUBLICATION);
    }

    /** The chronology of one article published on {@link #PUBLISHED}. */
    private static Chronology told(String id, String text) {
        return new ChronologyBuilder(SharedExtractor.get(), KnowledgeBase.defaults()).build(List.of(Article.of(id, text).withDeclared(PUBLISHED)));
    }

    private static Event eventOf(Chronology c, String word) {
        return c.events().stream().filter(e -> e.sources().stream().anyMatch(s -> s.mention().equals(word))).findFirst()
                .orElseThrow(() -> new AssertionError("no event '" + word + "' in "
                        + c.events().stream().map(e -> e.sources().get(0).mention()).toList()));
    }

    /** The event first told by {@code word} in a sentence holding {@code sentenceWord}. */
    private static Event eventOf(Chronology c, String word, String sentenceWord) {
        return c.events().stream().filter(e -> e.sources().get(0).mention().equals(word) && e.sentence().contains(sentenceWord))
                .findFirst().orElseThrow(() -> new AssertionError("no event '" + word + "' in a sentence with '" + sentenceWord + "'"));
    }

    @Test
    void theLeadsNewsIsOfThePublicationDayAndTheJourneysPurposeComesAfterIt() {
        String text = String.join("\n",
                "Prime Minister Anna Veld has arrived in Corvend for talks with the harbour board.",
                "Veld flew to Paris on Tuesday to inspect the new locks.",
                "During the ceremony, Veld thanked the engineers.");
        Chronology c = told("visit", text);
        Event arrived = eventOf(c, "arrived");
        assertThat(arrived.when().orElseThrow().earliest()).isEqualTo(PUBLISHED);
        assertThat(arrived.when().orElseThrow().latest()).isEqualTo(PUBLISHED);
        Event talks = eventOf(c, "talks");
        assertThat(talks.mention().modality()).contains("for");
        assertThat(c.relations()).contains(new Relation(NodeRef.event(arrived.id()), NodeRef.event(talks.id()), Relation.Type.BEFORE));
        // the date before the purpose dates the journey, not what it is for
        Event flew = eventOf(c, "flew");
        Event inspect = eventOf(c, "inspect");
        assertThat(flew.when().orElseThrow().earliest()).isEqualTo(LocalDate.of(2019, 3, 12));
        assertThat(inspect.mention().modality()).contains("to");
        assertThat(inspect.when()).isEmpty();
        assertThat(c.relations()).contains(new Relation(NodeRef.event(flew.id()), NodeRef.event(inspect.id()), Relation.Type.BEFORE));
        // and a past journey's purpose is not thereby to come: it may be over by publication
        assertThat(c.relations()).noneMatch(r -> r.to().equals(NodeRef.event(inspect.id())) && r.from().kind() == NodeRef.Kind.PUBLICATION);
        // "During the X, Y" puts Y inside X
        Event ceremony = eventOf(c, "ceremony");
        Event thanked = eventOf(c, "thanked");
        assertThat(c.relations()).contains(new Relation(NodeRef.event(ceremony.id()), NodeRef.event(thanked.id()), Relation.Type.INCLUDES));
    }

    @Test
    void aParticipleTakesThePlacingOfTheFiniteVerbItGoesWith() {
        String text = String.join("\n",
                "The harbour board met on Monday.",
                "It rejected the offer, saying the price was too low.",
                "While touring the pier, the mayor thanked the engineers.");
        Chronology c = told("offer", text);
        // the verb before it: the saying is on the rejection's day, the story's Monday
        Event rejected = eventOf(c, "rejected");
        Event saying = eventOf(c, "saying");
        assertThat(rejected.when().orElseThrow().earliest()).isEqualTo(LocalDate.of(2019, 3, 11));
        assertThat(saying.when()).isEqualTo(rejected.when());
        assertThat(saying.anchor()).isEqualTo(rejected.anchor());
        // none before it in its sentence: the verb after it; the thanking is told in the past without a date, so before
        // publication, and the touring with it
        Event thanked = eventOf(c, "thanked");
        Event touring = eventOf(c, "touring");
        assertThat(touring.anchor().kind()).isEqualTo(thanked.anchor().kind()).isNotEqualTo(Anchor.Kind.NONE);
        assertThat(touring.when()).isEqualTo(thanked.when());
    }

    @Test
    void aDefiniteNounNamingAHappeningToldBeforeIsThatHappening() {
        String text = String.join("\n",
                "Gunmen attacked the courthouse in Corvend on Friday.",
                "On Tuesday, the mayor condemned the attack.",
                "On Wednesday, the police questioned a witness of the attack on Monday.");
        Chronology c = told("courthouse", text);
        Event attacked = eventOf(c, "attacked");
        assertThat(attacked.when().orElseThrow().earliest()).isEqualTo(LocalDate.of(2019, 3, 8));
        // the attack the mayor condemned is Friday's, not an event of Tuesday's clause
        Event attack = eventOf(c, "attack", "condemned");
        assertThat(attack.when()).isEqualTo(attacked.when());
        assertThat(c.relations()).contains(new Relation(NodeRef.event(attacked.id()), NodeRef.event(attack.id()), Relation.Type.SAME));
        // a date of its own phrase dates it: "the attack on Monday" is Monday's
        Event another = eventOf(c, "attack", "questioned");
        assertThat(another.when().orElseThrow().earliest()).isEqualTo(LocalDate.of(2019, 3, 11));
    }

    @Test
    void aPastEventIsNotDatedAfterTheDayItsArticleDeclares() {
        Chronology c = told("ferry", "The ferry would be ready to leave as soon as Tuesday, the captain said.");
        // "Tuesday" is the one after publication: the saying was before it, so it is not dated by it
        Event said = eventOf(c, "said");
        assertThat(said.when()).isEmpty();
        assertThat(said.anchor().kind()).isEqualTo(Anchor.Kind.PUBLICATION);
        assertThat(c.relations()).contains(new Relation(NodeRef.event(said.id()), NodeRef.publication("ferry"), Relation.Type.BEFORE));
    }

    @Test
    void thePresentPerfectProgressiveHoldsAtPublicationAndThePerfectIsBeforeIt() {
        Chronology c = told("strike", "The dockers have been striking for weeks. The port has lost its contracts.");
        Event striking = eventOf(c, "striking");
        assertThat(striking.anchor().kind()).isEqualTo(Anchor.Kind.PUBLICATION);
        assertThat(striking.when().orElseThrow().earliest()).isEqualTo(PUBLISHED);
        assertThat(c.relations()).noneMatch(r -> r.from().equals(NodeRef.event(striking.id())) && r.type() == Relation.Type.BEFORE);
        Event lost = eventOf(c, "lost");
        assertThat(c.relations()).contains(new Relation(NodeRef.event(lost.id()), NodeRef.publication("strike"), Relation.Type.BEFORE));
    }

    @Test
    void aNounAVerbIsPlacedAfterIsNotPlacedByThatVerb() {
        Chronology c = told("trade", "Trade between Russia and China has surged since the invasion.");
        Event surged = eventOf(c, "surged");
        Event invasion = eventOf(c, "invasion");
        assertThat(c.relations()).contains(new Relation(NodeRef.event(invasion.id()), NodeRef.event(surged.id()), Relation.Type.BEFORE));
        assertThat(surged.anchor()).isEqualTo(Anchor.relative(invasion.id()));
        assertThat(c.events()).allSatisfy(e -> assertThat(e.anchor().target()).isNotEqualTo(e.id()));
    }

    @Test
    void aDateThatOpensASentenceTimesItsEventsAndEndsTheStorysDayButOneInsideASentenceDoesNot() {
        String text = String.join("\n",
                "The harbour board met on March 4, 2011.",
                "Its engineers have grown in number over the past decade.",
                "The board approved the new locks.",
                "In 2016, the pier was closed and the board sold the old ferry.",
                "The harbour master resigned.");
        Chronology c = told("board", text);
        // background told inside a sentence leaves the story on the day it told
        assertThat(eventOf(c, "approved").when().orElseThrow().earliest()).isEqualTo(LocalDate.of(2011, 3, 4));
        // a date opening a sentence times all of it, past the first verb
        assertThat(eventOf(c, "sold").when().orElseThrow().earliest()).isEqualTo(LocalDate.of(2016, 1, 1));
        // and the day told before is no longer the story's time after it
        assertThat(eventOf(c, "resigned").when().map(w -> w.earliest())).isNotEqualTo(java.util.Optional.of(LocalDate.of(2011, 3, 4)));
        assertThat(eventOf(c, "resigned").anchor().kind()).isEqualTo(Anchor.Kind.PUBLICATION);
    }
}
