package org.chronologer.order;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chronologer.model.Conflict;
import org.chronologer.model.NodeRef;
import org.chronologer.model.Relation;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * The ordering graph of a corpus: nodes are events and the publication moments of articles, each with a
 * calendar interval; edges are the reduced temporal relations between them, as a JGraphT directed acyclic graph.
 *
 * <p>The relations are built from the intervals sorted once (by start, longer first), never by comparing all
 * pairs: nodes with identical intervals are chained by {@code SAME}; each distinct interval gets {@code BEFORE}
 * edges to the frontier of intervals that start after it ends (those not already after another of them), an
 * {@code INCLUDES} edge from its tightest container, and {@code OVERLAPS} to the next interval it runs into.
 * Every edge goes forward in the sorted order, so the graph is acyclic by construction; an edge that would
 * close a cycle is reported as a conflict, never hidden.
 */
public final class OrderingGraph {

    /** A node: an id ("e3", "article:004") and its interval. */
    public record Node(String id, LocalDate earliest, LocalDate latest) {
        public Node {
            Objects.requireNonNull(id, "id");
            if (latest.isBefore(earliest)) {
                throw new IllegalArgumentException(id + ": latest before earliest");
            }
        }
    }

    /** How far back an interval looks for its tightest container, in sorted distinct intervals. */
    static final int CONTAINER_SEARCH = 256;

    private final DirectedAcyclicGraph<String, Relation> graph;
    private final List<Relation> relations;
    private final List<Conflict> conflicts;

    private OrderingGraph(DirectedAcyclicGraph<String, Relation> graph, List<Relation> relations, List<Conflict> conflicts) {
        this.graph = graph;
        this.relations = relations;
        this.conflicts = conflicts;
    }

    /** Builds the graph of the nodes (in O(n log n) plus the relations it outputs). */
    public static OrderingGraph of(List<Node> nodes) {
        return of(nodes, List.of(), List.of());
    }

    /**
     * Builds the graph of dated nodes, from their intervals as above, and of nodes with no interval, which join it
     * through the relations the texts told ({@code told}: "e4 BEFORE article:002", "e7 BEFORE e9"). A told
     * relation that contradicts the order already built (it would close a cycle) is refused and reported as a
     * conflict; one already there is not repeated.
     */
    public static OrderingGraph of(List<Node> nodes, List<String> undated, List<Relation> told) {
        List<Node> sorted = new ArrayList<>(nodes);
        sorted.sort(Comparator.comparing(Node::earliest).thenComparing(Node::latest, Comparator.reverseOrder())
                .thenComparing(Node::id));
        DirectedAcyclicGraph<String, Relation> g = new DirectedAcyclicGraph<>(Relation.class);
        // the vertices in an order the told relations mostly keep: the DAG keeps a topological order and, for an edge
        // against it, reorders every vertex between its ends; undated nodes added after all the others made each told
        // relation from one of them to a dated node reorder most of the graph (the square of the events, sorted, in a
        // large episode). Each undated node goes right before or after the node its first told relation ties it to.
        // Which edges are accepted depends only on cycles, not on this order.
        insertionOrder(sorted, undated, told).forEach(g::addVertex);
        List<Relation> relations = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        // distinct intervals, each represented by its first node; SAME chains the others to it
        List<Node> groups = new ArrayList<>();
        for (Node n : sorted) {
            Node last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.earliest().equals(n.earliest()) && last.latest().equals(n.latest())) {
                add(g, relations, conflicts, new Relation(last.id(), n.id(), Relation.Type.SAME));
            } else {
                groups.add(n);
            }
        }
        int k = groups.size();
        // groups sorted by start: the first group starting after a given day, and the earliest end from there on
        LocalDate[] suffixMinLatest = new LocalDate[k + 1];
        suffixMinLatest[k] = LocalDate.MAX;
        for (int i = k - 1; i >= 0; i--) {
            LocalDate l = groups.get(i).latest();
            suffixMinLatest[i] = l.isBefore(suffixMinLatest[i + 1]) ? l : suffixMinLatest[i + 1];
        }
        for (int i = 0; i < k; i++) {
            Node a = groups.get(i);
            int first = firstStartingAfter(groups, a.latest());
            LocalDate frontier = suffixMinLatest[first];
            for (int j = first; j < k && !groups.get(j).earliest().isAfter(frontier); j++) {
                add(g, relations, conflicts, new Relation(a.id(), groups.get(j).id(), Relation.Type.BEFORE));
            }
            Node container = tightestContainer(groups, i);
            if (container != null) {
                add(g, relations, conflicts, new Relation(container.id(), a.id(), Relation.Type.INCLUDES));
            }
            if (i + 1 < k) {
                Node b = groups.get(i + 1);
                if (!b.earliest().isAfter(a.latest()) && b.latest().isAfter(a.latest()) && b.earliest().isAfter(a.earliest())) {
                    add(g, relations, conflicts, new Relation(a.id(), b.id(), Relation.Type.OVERLAPS));
                }
            }
        }
        Set<String> noInterval = new HashSet<>(undated);
        for (Relation r : told) {
            // a dated event is already placed against the publication moments by its interval
            String from = r.from().key();
            String to = r.to().key();
            boolean toArticle = r.from().kind() == NodeRef.Kind.PUBLICATION || r.to().kind() == NodeRef.Kind.PUBLICATION;
            boolean placedByInterval = toArticle && !noInterval.contains(from) && !noInterval.contains(to);
            if (!placedByInterval && g.containsVertex(from) && g.containsVertex(to) && !g.containsEdge(from, to)) {
                add(g, relations, conflicts, r);
            }
        }
        return new OrderingGraph(g, List.copyOf(relations), List.copyOf(conflicts));
    }

    /**
     * The dated nodes in their sorted order, each undated node right before the node it is told to be before, or right
     * after the node it is told to be after (by its first told relation to a node already placed), the others last.
     */
    private static List<String> insertionOrder(List<Node> sorted, List<String> undated, List<Relation> told) {
        Set<String> pending = new java.util.LinkedHashSet<>(undated);
        Set<String> placed = new HashSet<>();
        sorted.forEach(n -> placed.add(n.id()));
        Map<String, List<String>> before = new HashMap<>();
        Map<String, List<String>> after = new HashMap<>();
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (Relation r : told) {
                String from = r.from().key();
                String to = r.to().key();
                if (pending.contains(from) && placed.contains(to)) {
                    before.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
                    pending.remove(from);
                    placed.add(from);
                    progress = true;
                } else if (pending.contains(to) && placed.contains(from)) {
                    after.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
                    pending.remove(to);
                    placed.add(to);
                    progress = true;
                }
            }
        }
        List<String> out = new ArrayList<>(sorted.size() + undated.size());
        for (Node n : sorted) {
            emit(n.id(), before, after, out);
        }
        out.addAll(pending);
        return out;
    }

    private static void emit(String v, Map<String, List<String>> before, Map<String, List<String>> after, List<String> out) {
        for (String b : before.getOrDefault(v, List.of())) {
            emit(b, before, after, out);
        }
        out.add(v);
        for (String a : after.getOrDefault(v, List.of())) {
            emit(a, before, after, out);
        }
    }

    private static void add(DirectedAcyclicGraph<String, Relation> g, List<Relation> relations, List<Conflict> conflicts, Relation r) {
        try {
            if (g.addEdge(r.from().key(), r.to().key(), r)) {
                relations.add(r);
            }
        } catch (IllegalArgumentException cycle) {
            conflicts.add(new Conflict("a cycle: " + r.from() + " " + r.type() + " " + r.to() + " contradicts the order already built",
                    List.of(r.from().key(), r.to().key())));
        }
    }

    private static int firstStartingAfter(List<Node> groups, LocalDate day) {
        int lo = 0;
        int hi = groups.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (groups.get(mid).earliest().isAfter(day)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static Node tightestContainer(List<Node> groups, int i) {
        Node a = groups.get(i);
        Node best = null;
        for (int j = i - 1; j >= 0 && j >= i - CONTAINER_SEARCH; j--) {
            Node c = groups.get(j);
            if (!c.earliest().isAfter(a.earliest()) && !c.latest().isBefore(a.latest())
                    && (best == null || span(c) < span(best))) {
                best = c;
            }
        }
        return best;
    }

    private static long span(Node n) {
        return ChronoUnit.DAYS.between(n.earliest(), n.latest());
    }

    /** The JGraphT graph (nodes are ids), for algorithms such as {@code TopologicalOrderIterator}. */
    public Graph<String, Relation> graph() {
        return graph;
    }

    /** The relations, in the order they were built. */
    public List<Relation> relations() {
        return relations;
    }

    /** The cycles refused while building. */
    public List<Conflict> conflicts() {
        return conflicts;
    }
}
