package org.chronologer.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.chronologer.ChronologyBuilder;
import org.chronologer.model.Episode;
import org.chronologer.model.Event;
import org.chronologer.model.Event.Anchor;
import org.chronologer.model.EventMention;
import org.chronologer.model.NodeRef;
import org.chronologer.model.Relation;
import org.chronologer.model.When;
import org.junit.jupiter.api.Test;

class EventMergerTest {

    private static final LocalDate MONDAY = LocalDate.of(2021, 3, 1);

    private static EventMention mention(String word, String lemma, EventMention.Tense tense, List<String> names) {
        return new EventMention(0, word.length(), word, lemma, EventMention.Pos.VERB, EventMention.EventClass.OCCURRENCE, tense,
                EventMention.Aspect.NONE, EventMention.Polarity.POS, Optional.empty(), 0, 0, 40, names);
    }

    private static Event dated(String article, int k, String word, String lemma, String clause, LocalDate day, String... names) {
        return new Event(article + "#" + k, clause, clause, mention(word, lemma, EventMention.Tense.PAST, List.of(names)),
                Optional.of(When.ofDay(day)), Anchor.dated(article, 10 * k + 20), List.of(names),
                List.of(new Event.Source(article, 10 * k, 10 * k + word.length(), word, OptionalInt.of(10 * k + 20))));
    }

    private static Event past(String article, int k, String word, String lemma, String clause, String... names) {
        return new Event(article + "#" + k, clause, clause, mention(word, lemma, EventMention.Tense.PAST, List.of(names)),
                Optional.empty(), Anchor.publication(article), List.of(names),
                List.of(new Event.Source(article, 10 * k, 10 * k + word.length(), word)));
    }

    private static EventAnchorer.Told told(Event... tellings) {
        return new EventAnchorer.Told(List.of(tellings), List.of());
    }

    @Test
    void theSameHappeningToldByTwoArticlesWithASynonymAndASharedNameIsOneEvent() {
        EventMerger.Result r = EventMerger.merge(List.of(
                told(dated("a", 1, "arrived", "arrive", "The envoy Okoro arrived in Lowmoor on Monday", MONDAY, "Okoro", "Lowmoor")),
                told(dated("b", 1, "arrival", "arrival", "Okoro's arrival on Monday", MONDAY, "Okoro"))),
                Map.of("a", MONDAY, "b", MONDAY));
        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.articles()).containsExactly("a", "b");
            assertThat(e.id()).isEqualTo("e1");
        });
    }

    @Test
    void anUndatedTellingTakesTheDateOfTheSameEventToldElsewhere() {
        EventMerger.Result r = EventMerger.merge(List.of(
                told(past("a", 1, "signed", "sign", "Okoro signed the treaty", "Okoro")),
                told(dated("b", 1, "signed", "sign", "Okoro signed the treaty on Monday", MONDAY, "Okoro"))),
                Map.of("a", MONDAY.plusDays(1), "b", MONDAY.plusDays(1)));
        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.anchor().kind()).isEqualTo(Anchor.Kind.ELSEWHERE);
            assertThat(e.when()).contains(When.ofDay(MONDAY));
        });
    }

    @Test
    void theSameWordAndNameMonthsApartAreTwoEvents() {
        EventMerger.Result r = EventMerger.merge(List.of(
                told(past("a", 1, "arrived", "arrive", "Okoro arrived in Lowmoor", "Okoro", "Lowmoor")),
                told(past("b", 1, "arrived", "arrive", "Okoro arrived in Lowmoor", "Okoro", "Lowmoor"))),
                Map.of("a", MONDAY, "b", MONDAY.plusMonths(7)));
        assertThat(r.events()).hasSize(2);
    }

    @Test
    void differentHappeningsOfTheSameDayStayApart() {
        EventMerger.Result r = EventMerger.merge(List.of(
                told(dated("a", 1, "flooded", "flood", "The river flooded Lowmoor on Monday", MONDAY, "Lowmoor")),
                told(dated("b", 1, "passed", "pass", "Parliament passed the budget on Monday", MONDAY, "Parliament"))),
                Map.of("a", MONDAY, "b", MONDAY));
        assertThat(r.events()).hasSize(2);
    }

    @Test
    void eventsComeOutInChronologicalOrderAndRelationsFollowTheIds() {
        Event vote = dated("a", 1, "voted", "vote", "Deputies voted on Monday next week", MONDAY.plusDays(7), "Deputies");
        Event talks = dated("a", 2, "opened", "open", "Talks opened on Monday", MONDAY);
        Event after = past("a", 3, "left", "leave", "the delegates left after the vote");
        EventMerger.Result r = EventMerger.merge(List.of(new EventAnchorer.Told(List.of(vote, talks,
                        after.withWhen(Optional.empty(), Anchor.relative("a#1"))),
                        List.of(new Relation("a#1", "a#3", Relation.Type.BEFORE)))),
                Map.of("a", MONDAY.plusDays(8)));
        assertThat(r.events()).extracting(e -> e.sources().get(0).mention()).containsExactly("opened", "voted", "left");
        assertThat(r.events()).extracting(Event::id).containsExactly("e1", "e2", "e3");
        assertThat(r.events().get(2).anchor().describe()).isEqualTo("relative to e2");
        assertThat(r.relations()).containsExactly(new Relation("e2", "e3", Relation.Type.BEFORE));
    }

    @Test
    void theSameEventToldAtIncompatibleTimesIsAConflictNamingBothSources() {
        String clause = "Rebel forces captured the northern airport of Tessaly after heavy fighting";
        EventMerger.Result r = EventMerger.merge(List.of(
                told(dated("a", 1, "captured", "capture", clause, MONDAY, "Tessaly")),
                told(dated("b", 1, "captured", "capture", clause, MONDAY.plusDays(3), "Tessaly"))),
                Map.of("a", MONDAY.plusDays(4), "b", MONDAY.plusDays(4)));
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.sources()).hasSize(2);
            assertThat(c.sources().get(0)).contains("article a");
            assertThat(c.sources().get(1)).contains("article b");
        });
    }

    @Test
    void anEventNothingPlacesIsLeftOutAndOneARelationPlacesStays() {
        Event talks = dated("a", 1, "opened", "open", "Talks opened on Monday", MONDAY, "Okoro");
        Event related = past("a", 2, "left", "leave", "the delegates left after the talks", "Kessel")
                .withWhen(Optional.empty(), Anchor.none());
        Event loose = past("a", 3, "wondered", "wonder", "many wondered why", "Lowmoor")
                .withWhen(Optional.empty(), Anchor.none());
        EventMerger.Result r = EventMerger.merge(List.of(new EventAnchorer.Told(List.of(talks, related, loose),
                        List.of(new Relation("a#1", "a#2", Relation.Type.BEFORE)))),
                Map.of("a", MONDAY.plusDays(1)));
        assertThat(r.events()).extracting(e -> e.sources().get(0).mention()).containsExactly("opened", "left");
        assertThat(r.relations()).containsExactly(new Relation("e1", "e2", Relation.Type.BEFORE));
    }

    @Test
    void eventsOfTwoEpisodesAreNeverMergedNorRelatedAndAreNumberedInChronologicalOrderAcrossThem() {
        // a and b tell the same happening (merged when they are one episode); c, in an episode that starts first, tells
        // two events, one before and one after it
        LocalDate early = MONDAY.minusDays(10);
        LocalDate late = MONDAY.plusDays(10);
        List<EventAnchorer.Told> told = List.of(
                told(dated("a", 1, "arrived", "arrive", "The envoy Okoro arrived in Lowmoor on Monday", MONDAY, "Okoro", "Lowmoor")),
                told(dated("b", 1, "arrival", "arrival", "Okoro's arrival on Monday", MONDAY, "Okoro")),
                told(dated("c", 1, "voted", "vote", "Lowmoor voted", early, "Lowmoor"),
                        dated("c", 2, "met", "meet", "Okoro met Adeyemi", late, "Okoro")));
        Map<String, LocalDate> publication = Map.of("a", MONDAY, "b", MONDAY, "c", late);
        List<String> articles = List.of("a", "b", "c");

        ChronologyBuilder.Ordered one = ChronologyBuilder.orderByEpisode(articles, told, publication,
                List.of(new Episode("E1", MONDAY, late, "", List.of("a", "b", "c"))));
        assertThat(one.events()).extracting(Event::text).hasSize(3);

        List<Episode> two = List.of(new Episode("E1", MONDAY, MONDAY, "", List.of("c")), new Episode("E2", MONDAY, MONDAY, "", List.of("a")),
                new Episode("E3", MONDAY, MONDAY, "", List.of("b")));
        ChronologyBuilder.Ordered apart = ChronologyBuilder.orderByEpisode(articles, told, publication, two);
        assertThat(apart.events()).extracting(Event::id).containsExactly("e1", "e2", "e3", "e4");
        assertThat(apart.events()).extracting(e -> e.articles().get(0)).containsExactly("c", "a", "b", "c");
        Map<String, String> articleOf = new java.util.HashMap<>();
        apart.events().forEach(e -> articleOf.put(e.id(), e.articles().get(0)));
        for (Relation r : apart.relations()) {
            String from = r.from().kind() == NodeRef.Kind.EVENT ? articleOf.get(r.from().id()) : r.from().id();
            String to = r.to().kind() == NodeRef.Kind.EVENT ? articleOf.get(r.to().id()) : r.to().id();
            // each article is an episode of its own here: a relation never leaves its article
            assertThat(from).as(r.toString()).isEqualTo(to);
        }
        assertThat(apart.relations()).anySatisfy(r -> assertThat(r.from()).isEqualTo(NodeRef.event("e1")));
    }

    @Test
    void renumberingRenamesTheEventsTheirRelativeAnchorsAndTheirRelations() {
        Event first = dated("a", 1, "voted", "vote", "Lowmoor voted on Monday", MONDAY, "Lowmoor");
        Event then = past("a", 2, "left", "leave", "then Okoro left", "Okoro").withWhen(Optional.empty(), Anchor.relative("a#1"));
        EventMerger.Result r = EventMerger.merge(List.of(new EventAnchorer.Told(List.of(first, then),
                List.of(new Relation(NodeRef.event("a#1"), NodeRef.event("a#2"), Relation.Type.BEFORE)))), Map.of("a", MONDAY));
        assertThat(r.events()).extracting(Event::id).containsExactly("e1", "e2");
        EventMerger.Result n = r.renumbered(new int[] {7, 9});
        assertThat(n.events()).extracting(Event::id).containsExactly("e7", "e9");
        assertThat(n.events().get(1).anchor()).isEqualTo(Anchor.relative("e7"));
        assertThat(n.relations()).containsExactly(new Relation(NodeRef.event("e7"), NodeRef.event("e9"), Relation.Type.BEFORE));
        assertThat(n.places()).isEqualTo(r.places());
    }
}
