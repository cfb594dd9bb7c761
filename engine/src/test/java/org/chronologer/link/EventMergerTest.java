package org.chronologer.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chronologer.model.Event;
import org.junit.jupiter.api.Test;

class EventMergerTest {

    private static Event telling(String article, int at, String clause, LocalDate day) {
        return new Event("", clause, clause, day.toString(), day, day, List.of(new Event.Source(article, at, at + 6, "Monday")));
    }

    private static final LocalDate MONDAY = LocalDate.of(2021, 3, 1);

    @Test
    void theSameEventToldByTwoArticlesBecomesOneEventWithBothSources() {
        EventMerger.Result r = EventMerger.merge(List.of(
                telling("a", 10, "The river burst its banks in Lowmoor on Monday", MONDAY),
                telling("b", 40, "On Monday the river burst its banks, flooding Lowmoor", MONDAY)));
        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.articles()).containsExactly("a", "b");
            assertThat(e.id()).isEqualTo("e1");
        });
    }

    @Test
    void twoDifferentHappeningsOnTheSameDayStayApart() {
        EventMerger.Result r = EventMerger.merge(List.of(
                telling("a", 10, "The river burst its banks in Lowmoor on Monday", MONDAY),
                telling("b", 40, "Parliament passed the budget bill on Monday", MONDAY)));
        assertThat(r.events()).hasSize(2);
    }

    @Test
    void eventsComeOutInChronologicalOrderWithIdsInThatOrder() {
        EventMerger.Result r = EventMerger.merge(List.of(
                telling("a", 10, "The vote was held on Monday after weeks of talks", MONDAY.plusDays(7)),
                telling("a", 90, "Talks opened on Monday between the two parties", MONDAY)));
        assertThat(r.events()).extracting(Event::earliest).containsExactly(MONDAY, MONDAY.plusDays(7));
        assertThat(r.events()).extracting(Event::id).containsExactly("e1", "e2");
    }

    @Test
    void theSameEventToldAtIncompatibleTimesIsAConflictNamingBothSources() {
        EventMerger.Result r = EventMerger.merge(List.of(
                telling("a", 10, "Rebel forces captured the northern airport of Tessaly after heavy fighting", MONDAY),
                telling("b", 55, "Rebel forces captured the northern airport of Tessaly after heavy fighting", MONDAY.plusDays(3))));
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.sources()).hasSize(2);
            assertThat(c.sources().get(0)).contains("article a");
            assertThat(c.sources().get(1)).contains("article b");
        });
    }
}
