package org.chronologer.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chronologer.model.Chronology;
import org.chronologer.model.Event;
import org.chronologer.model.NodeRef;
import org.chronologer.model.Relation;
import org.chronologer.model.When;
import org.chronologer.read.Article;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Each view of a chronology read back: CSV, TimelineJS, DOT, GraphML, TimeML, HTML. */
class ViewsTest {

    private final Chronology c = FixtureChronology.get();

    @Test
    void theCsvHasOneRowPerEventWithItsTimeEpisodeTextAndArticles() throws Exception {
        MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(CsvWriter.events(c));
        List<Map<String, String>> all = rows.readAll();
        assertThat(all).hasSize(c.events().size());
        for (int i = 0; i < all.size(); i++) {
            Event e = c.events().get(i);
            Map<String, String> row = all.get(i);
            assertThat(row.keySet()).containsExactlyElementsOf(CsvWriter.EVENT_COLUMNS);
            assertThat(row.get("event")).isEqualTo(e.id());
            assertThat(row.get("when")).isEqualTo(e.when().map(When::value).orElse(""));
            assertThat(row.get("earliest")).isEqualTo(e.earliest().map(LocalDate::toString).orElse(""));
            assertThat(row.get("anchor")).isEqualTo(e.anchor().describe());
            assertThat(row.get("text")).isEqualTo(e.text());
            assertThat(row.get("episode")).isEqualTo(c.episodeOfEvent().getOrDefault(e.id(), ""));
            assertThat(row.get("articles").split(" ")).containsExactlyElementsOf(e.articles());
        }
    }

    @Test
    void timelineJsHasASlidePerEventAndAnEraPerEpisode() throws Exception {
        JsonNode root = new ObjectMapper().readTree(TimelineJsWriter.json(c));
        List<Event> dated = c.events().stream().filter(e -> e.when().isPresent()).toList();
        assertThat(root.get("events")).hasSize(dated.size());
        assertThat(root.get("eras")).hasSize(c.episodes().size());
        JsonNode first = root.get("events").get(0);
        Event e = dated.get(0);
        assertThat(first.get("unique_id").asText()).isEqualTo(e.id());
        assertThat(first.get("start_date").get("year").asInt()).isEqualTo(e.earliest().orElseThrow().getYear());
        assertThat(first.get("text").get("headline").asText()).isEqualTo(e.text());
        assertThat(root.get("eras").get(0).get("start_date").get("day").asInt()).isEqualTo(c.episodes().get(0).start().getDayOfMonth());
    }

    @Test
    void theDotGraphReadsBackWithEveryNodeAndRelation() {
        Graph<String, DefaultEdge> g = emptyGraph();
        Map<String, Map<String, Attribute>> nodeAttrs = new HashMap<>();
        Map<DefaultEdge, Map<String, Attribute>> edgeAttrs = new HashMap<>();
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) -> nodeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        importer.addEdgeAttributeConsumer((p, a) -> edgeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        importer.importGraph(g, new StringReader(GraphWriter.dot(c)));
        checkGraph(g, nodeAttrs, edgeAttrs);
    }

    @Test
    void theGraphMlGraphReadsBackWithEveryNodeAndRelation() {
        Graph<String, DefaultEdge> g = emptyGraph();
        Map<String, Map<String, Attribute>> nodeAttrs = new HashMap<>();
        Map<DefaultEdge, Map<String, Attribute>> edgeAttrs = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) -> nodeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        importer.addEdgeAttributeConsumer((p, a) -> edgeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        importer.importGraph(g, new StringReader(GraphWriter.graphml(c)));
        checkGraph(g, nodeAttrs, edgeAttrs);
    }

    private static Graph<String, DefaultEdge> emptyGraph() {
        return GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true).allowingSelfLoops(true)
                .edgeSupplier(SupplierUtil.createDefaultEdgeSupplier()).buildGraph();
    }

    private void checkGraph(Graph<String, DefaultEdge> g, Map<String, Map<String, Attribute>> nodeAttrs,
                            Map<DefaultEdge, Map<String, Attribute>> edgeAttrs) {
        assertThat(g.vertexSet()).hasSize(c.events().size() + c.articles().size());
        assertThat(g.edgeSet()).hasSize(c.relations().size());
        Map<String, String> keyOf = new HashMap<>();
        nodeAttrs.forEach((id, a) -> keyOf.put(id, a.get("key").getValue()));
        List<Relation> read = new ArrayList<>();
        for (DefaultEdge e : g.edgeSet()) {
            read.add(new Relation(NodeRef.parse(keyOf.get(g.getEdgeSource(e))), NodeRef.parse(keyOf.get(g.getEdgeTarget(e))),
                    Relation.Type.valueOf(edgeAttrs.get(e).get("type").getValue())));
        }
        assertThat(read).containsExactlyInAnyOrderElementsOf(c.relations());
        assertThat(nodeAttrs.values()).filteredOn(a -> a.get("kind").getValue().equals("publication")).hasSize(c.articles().size());
    }

    @Test
    void timeMlIsWellFormedKeepsTheTextAndTagsEveryExpressionWithTheCreationTime() throws Exception {
        Article article = FixtureChronology.articles().get(0);
        Chronology.Entry entry = c.articles().stream().filter(a -> a.id().equals(article.id())).findFirst().orElseThrow();
        String doc = TimeMlWriter.document(entry.id(), entry.title(), article.text(), entry.published().best(), entry.mentions());
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(doc)));
        assertThat(xml.getElementsByTagName("TEXT").item(0).getTextContent()).isEqualTo(article.text());
        var dct = (org.w3c.dom.Element) xml.getElementsByTagName("DCT").item(0).getFirstChild();
        assertThat(dct.getAttribute("functionInDocument")).isEqualTo("CREATION_TIME");
        assertThat(dct.getAttribute("value")).isEqualTo(entry.published().best().toString());
        assertThat(xml.getElementsByTagName("TIMEX3").getLength()).isEqualTo(entry.mentions().size() + 1);
        assertThat(xml.getElementsByTagName("TLINK").getLength()).isPositive();
    }

    @Test
    void timeMlFromTheChronologyTagsTheArticlesEventsAndLinksThemToTheirTimes() throws Exception {
        Article article = FixtureChronology.articles().get(0);
        Chronology.Entry entry = c.articles().stream().filter(a -> a.id().equals(article.id())).findFirst().orElseThrow();
        String doc = TimeMlWriter.document(entry.id(), entry.title(), article.text(), entry.published().best(), entry.mentions(),
                c.events(), c.relations());
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(doc)));
        assertThat(xml.getElementsByTagName("TEXT").item(0).getTextContent()).isEqualTo(article.text());
        long told = c.events().stream().flatMap(e -> e.sources().stream()).filter(s -> s.article().equals(entry.id())).count();
        var events = xml.getElementsByTagName("EVENT");
        assertThat(events.getLength()).isPositive().isLessThanOrEqualTo((int) told);
        assertThat(xml.getElementsByTagName("MAKEINSTANCE").getLength()).isEqualTo(events.getLength());
        int toTimes = 0;
        var links = xml.getElementsByTagName("TLINK");
        for (int i = 0; i < links.getLength(); i++) {
            var l = (org.w3c.dom.Element) links.item(i);
            toTimes += l.hasAttribute("eventInstanceID") && l.hasAttribute("relatedToTime") ? 1 : 0;
        }
        assertThat(toTimes).isPositive();
        for (int i = 0; i < events.getLength(); i++) {
            var e = (org.w3c.dom.Element) events.item(i);
            assertThat(e.getAttribute("eid")).matches("e\\d+(_\\d+)?");
            assertThat(e.getAttribute("class")).isNotEmpty();
        }
    }

    @Test
    void timeMlEscapesMarkupAndKeepsCarriageReturns() throws Exception {
        String text = "A <b> & \"c\"\r\nthen";
        String doc = TimeMlWriter.document("x<y", Optional.of("T&T"), text, LocalDate.of(2020, 1, 1), List.of());
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(doc)));
        assertThat(xml.getElementsByTagName("TEXT").item(0).getTextContent()).isEqualTo(text);
        assertThat(xml.getElementsByTagName("DOCID").item(0).getTextContent()).isEqualTo("x<y");
    }

    @Test
    void theHtmlPageIsSelfContainedAndCarriesEveryEventAndEpisode() {
        String page = HtmlWriter.page(c, "Chronology </title><script>alert(1)</script>");
        assertThat(page).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?(https?:)?//");
        assertThat(page).doesNotContain("<script>alert(1)");
        assertThat(page.indexOf("</script>")).isGreaterThan(page.indexOf("chronology-data"));
        for (Event e : c.events()) {
            assertThat(page).contains("\"id\":\"" + e.id() + "\"");
        }
        c.episodes().forEach(e -> assertThat(page).contains("\"id\":\"" + e.id() + "\""));
    }

    @Test
    void aTextThatLooksLikeTheEndOfAScriptCannotEndTheDataBlock() {
        StringWriter w = new StringWriter();
        Chronology tricky = new Chronology(c.articles(), c.episodes(),
                List.of(c.events().get(0).withId("</script><script>alert(1)</script>")), List.of(), List.of(), List.of(),
                c.episodeOfArticle(), Map.of());
        w.write(HtmlWriter.page(tricky, "t"));
        String page = w.toString();
        String data = page.substring(page.indexOf("id=\"chronology-data\">"), page.indexOf("</script>", page.indexOf("chronology-data")));
        assertThat(data).contains("\\u003c/script>\\u003cscript>alert(1)");
    }
}
