package org.chronologer.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chronologer.model.Relation;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.junit.jupiter.api.Test;

class OrderingGraphTest {

    private static OrderingGraph.Node node(String id, String from, String to) {
        return new OrderingGraph.Node(id, LocalDate.parse(from), LocalDate.parse(to));
    }

    private static boolean has(OrderingGraph g, String from, String to, Relation.Type t) {
        return g.relations().contains(new Relation(from, to, t));
    }

    @Test
    void beforeRelationsAreReducedAndSameIntervalsAreChained() {
        OrderingGraph g = OrderingGraph.of(List.of(
                node("c", "2023-10-18", "2023-10-18"), node("a", "2023-10-16", "2023-10-16"),
                node("b", "2023-10-17", "2023-10-17"), node("b2", "2023-10-17", "2023-10-17")));
        assertThat(has(g, "a", "b", Relation.Type.BEFORE)).isTrue();
        assertThat(has(g, "b", "c", Relation.Type.BEFORE)).isTrue();
        assertThat(has(g, "a", "c", Relation.Type.BEFORE)).as("implied by a<b<c, so left out").isFalse();
        assertThat(has(g, "b", "b2", Relation.Type.SAME)).isTrue();
        assertThat(g.conflicts()).isEmpty();
    }

    @Test
    void aYearIncludesItsDaysAndPartlySharedIntervalsOverlap() {
        OrderingGraph g = OrderingGraph.of(List.of(
                node("year", "2023-01-01", "2023-12-31"), node("h1", "2023-01-01", "2023-06-30"),
                node("march", "2023-03-01", "2023-03-31"), node("spring", "2023-03-20", "2023-06-20"),
                node("day", "2023-10-17", "2023-10-17")));
        assertThat(has(g, "year", "h1", Relation.Type.INCLUDES)).isTrue();
        assertThat(has(g, "h1", "march", Relation.Type.INCLUDES)).as("the tightest container").isTrue();
        assertThat(has(g, "year", "march", Relation.Type.INCLUDES)).isFalse();
        assertThat(has(g, "year", "day", Relation.Type.INCLUDES)).isTrue();
        assertThat(has(g, "march", "spring", Relation.Type.OVERLAPS)).isTrue();
    }

    @Test
    void theGraphIsAJGraphTDagWhoseTopologicalOrderFollowsTime() {
        List<OrderingGraph.Node> nodes = new ArrayList<>();
        LocalDate d = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 2000; i++) {
            LocalDate start = d.plusDays((i * 37L) % 3000);
            nodes.add(new OrderingGraph.Node("n" + i, start, start.plusDays(i % 5 == 0 ? 30 : 0)));
        }
        OrderingGraph g = OrderingGraph.of(nodes);
        assertThat(g.conflicts()).isEmpty();
        List<String> order = new ArrayList<>();
        new TopologicalOrderIterator<>(g.graph()).forEachRemaining(order::add);
        assertThat(order).hasSize(2000);
        for (Relation r : g.relations()) {
            assertThat(order.indexOf(r.from().key())).isLessThan(order.indexOf(r.to().key()));
        }
    }
}
