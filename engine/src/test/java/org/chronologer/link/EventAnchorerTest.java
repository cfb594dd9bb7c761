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
        chronology = new ChronologyBuilder(SharedExtractor.get(), KnowledgeBase.defaults())
                .build(List.of(Article.of("harbour", text).withDeclared(PUBLISHED)));
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
}
