package org.chronologer.write;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.chronologer.model.Chronology;
import org.chronologer.model.Event;
import org.chronologer.model.NodeRef;
import org.chronologer.model.Relation;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * The ordering graph of a chronology for graph tools, through JGraphT's exporters: Graphviz DOT ({@code dot -Tsvg})
 * and GraphML (yEd, Gephi, NetworkX). Nodes are the events and the articles' publication moments, with their kind,
 * label and interval; edges are the relations, with their type. Node ids are {@code n1}, {@code n2}, ... (events in
 * chronological order, then publications in article order), so the same chronology always gives the same file.
 */
public final class GraphWriter {

    private GraphWriter() {
    }

    /** The node attributes: what a node is, what it says, and its interval. */
    private record NodeInfo(String id, String kind, String key, String label, String earliest, String latest) {
    }

    /** The graph in Graphviz DOT. */
    public static String dot(Chronology c) {
        Map<NodeRef, NodeInfo> nodes = nodes(c);
        DOTExporter<NodeRef, Relation> exporter = new DOTExporter<>(n -> nodes.get(n).id());
        exporter.setGraphIdProvider(() -> "chronology");
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("rankdir", DefaultAttribute.createAttribute("LR"));
            return a;
        });
        exporter.setVertexAttributeProvider(n -> {
            NodeInfo i = nodes.get(n);
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(i.label() + " (" + interval(i) + ")"));
            a.put("shape", DefaultAttribute.createAttribute(i.kind().equals("event") ? "box" : "ellipse"));
            a.put("kind", DefaultAttribute.createAttribute(i.kind()));
            a.put("key", DefaultAttribute.createAttribute(i.key()));
            a.put("earliest", DefaultAttribute.createAttribute(i.earliest()));
            a.put("latest", DefaultAttribute.createAttribute(i.latest()));
            return a;
        });
        exporter.setEdgeAttributeProvider(r -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(r.type().name()));
            a.put("type", DefaultAttribute.createAttribute(r.type().name()));
            return a;
        });
        StringWriter out = new StringWriter();
        exporter.exportGraph(graph(c, nodes), out);
        return out.toString();
    }

    /** The graph in GraphML, with the attributes declared as GraphML keys. */
    public static String graphml(Chronology c) {
        Map<NodeRef, NodeInfo> nodes = nodes(c);
        GraphMLExporter<NodeRef, Relation> exporter = new GraphMLExporter<>(n -> nodes.get(n).id());
        for (String key : new String[] {"kind", "key", "label", "earliest", "latest"}) {
            exporter.registerAttribute(key, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        exporter.registerAttribute("type", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(n -> {
            NodeInfo i = nodes.get(n);
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("kind", DefaultAttribute.createAttribute(i.kind()));
            a.put("key", DefaultAttribute.createAttribute(i.key()));
            a.put("label", DefaultAttribute.createAttribute(i.label()));
            a.put("earliest", DefaultAttribute.createAttribute(i.earliest()));
            a.put("latest", DefaultAttribute.createAttribute(i.latest()));
            return a;
        });
        exporter.setEdgeAttributeProvider(r -> Map.of("type", DefaultAttribute.createAttribute(r.type().name())));
        StringWriter out = new StringWriter();
        exporter.exportGraph(graph(c, nodes), out);
        return out.toString();
    }

    private static String interval(NodeInfo i) {
        return i.earliest().equals(i.latest()) ? i.earliest() : i.earliest() + " .. " + i.latest();
    }

    /** Every node of the chronology with its attributes, in a fixed order. */
    private static Map<NodeRef, NodeInfo> nodes(Chronology c) {
        Map<NodeRef, NodeInfo> nodes = new LinkedHashMap<>();
        for (Event e : c.events()) {
            NodeRef r = NodeRef.event(e.id());
            nodes.put(r, new NodeInfo("n" + (nodes.size() + 1), "event", r.key(), e.id() + ": " + e.text(),
                    e.earliest().map(LocalDate::toString).orElse(""), e.latest().map(LocalDate::toString).orElse("")));
        }
        for (Chronology.Entry a : c.articles()) {
            NodeRef r = NodeRef.publication(a.id());
            nodes.put(r, new NodeInfo("n" + (nodes.size() + 1), NodeRef.Kind.PUBLICATION.name().toLowerCase(Locale.ROOT), r.key(),
                    "published: " + a.id(), a.published().best().toString(), a.published().best().toString()));
        }
        // a relation naming a node the chronology does not list still gets one
        Map<NodeRef, NodeInfo> extra = new HashMap<>();
        for (Relation r : c.relations()) {
            for (NodeRef n : new NodeRef[] {r.from(), r.to()}) {
                if (!nodes.containsKey(n) && !extra.containsKey(n)) {
                    extra.put(n, null);
                    nodes.put(n, new NodeInfo("n" + (nodes.size() + 1), n.kind().name().toLowerCase(Locale.ROOT), n.key(), n.key(), "", ""));
                }
            }
        }
        return nodes;
    }

    private static Graph<NodeRef, Relation> graph(Chronology c, Map<NodeRef, NodeInfo> nodes) {
        Graph<NodeRef, Relation> g = GraphTypeBuilder.<NodeRef, Relation>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(true).edgeClass(Relation.class).buildGraph();
        nodes.keySet().forEach(g::addVertex);
        for (Relation r : c.relations()) {
            g.addEdge(r.from(), r.to(), r);
        }
        return g;
    }
}
