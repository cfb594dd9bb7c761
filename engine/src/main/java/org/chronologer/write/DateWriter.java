package org.chronologer.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.Evidence;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.read.html.DateSource;
import org.chronologer.read.html.PageDate;

/** Writes inferred publication dates as JSON ({@code {"id","published":{...}}}) or text, in a fixed field order. */
public final class DateWriter {

    /** How many pieces of supporting evidence are written per article (conflicts are always all written). */
    public static final int TOP_EVIDENCE = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DateWriter() {
    }

    /** The {@code published} object: best, earliest, latest, confidence, declared?, evidence, conflicts. */
    public static ObjectNode publishedNode(PublicationEstimate p) {
        return publishedNode(p, Optional.empty(), Optional.empty());
    }

    /**
     * The {@code published} object of an article: best, earliest, latest, confidence, declared?, declaredFrom?,
     * declaredWhere?, pageConflict?, evidence, conflicts. With a declared date, {@code declaredFrom} says where it
     * came from: {@code input} when the input declared it, else the web page's source ({@code json-ld},
     * {@code open-graph}, {@code date-element}, ... as {@link DateSource#id()}), with {@code declaredWhere} the place
     * in the page; {@code pageConflict} is the published day the page's metadata states when the article shows
     * another one ({@code {"day", "from", "where"}}).
     */
    public static ObjectNode publishedNode(PublicationEstimate p, Optional<PageDate> declaredFrom, Optional<PageDate> pageConflict) {
        ObjectNode n = JSON.createObjectNode();
        n.put("best", p.best().toString());
        n.put("earliest", p.earliest().toString());
        n.put("latest", p.latest().toString());
        n.put("confidence", p.confidence());
        p.declared().ifPresent(d -> n.put("declared", d.toString()));
        if (p.declared().isPresent()) {
            n.put("declaredFrom", declaredFrom.map(f -> f.source().id()).orElse("input"));
            declaredFrom.ifPresent(f -> n.put("declaredWhere", f.where()));
        }
        pageConflict.ifPresent(c -> {
            ObjectNode pc = n.putObject("pageConflict");
            pc.put("day", c.day().toString());
            pc.put("from", c.source().id());
            pc.put("where", c.where());
        });
        ArrayNode ev = n.putArray("evidence");
        p.evidence().stream().limit(TOP_EVIDENCE).forEach(e -> ev.add(evidenceNode(e)));
        ArrayNode conflicts = n.putArray("conflicts");
        p.conflicts().forEach(e -> conflicts.add(evidenceNode(e)));
        return n;
    }

    private static ObjectNode evidenceNode(Evidence e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("text", e.text());
        if (e.start() >= 0) {
            n.put("start", e.start());
            n.put("end", e.end());
        } else {
            n.putNull("start");
            n.putNull("end");
        }
        n.put("rule", e.label());
        n.put("implies", e.implies());
        n.put("weight", Math.round(e.weight() * 100) / 100.0);
        return n;
    }

    /** One JSON line: {@code {"id","published":{...}}}. */
    public static String jsonLine(DatedArticle a) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", a.article().id());
        root.set("published", publishedNode(a.published(), a.article().declaredFrom(), a.article().pageConflict()));
        return write(root, false);
    }

    /** A pretty-printed JSON array of every article. */
    public static String jsonArray(List<DatedArticle> articles) {
        ArrayNode array = JSON.createArrayNode();
        for (DatedArticle a : articles) {
            ObjectNode root = JSON.createObjectNode();
            root.put("id", a.article().id());
            root.set("published", publishedNode(a.published(), a.article().declaredFrom(), a.article().pageConflict()));
            array.add(root);
        }
        return write(array, true);
    }

    /** A text block: the article, its window and best day, then its strongest evidence and any conflicts. */
    public static String text(DatedArticle a) {
        PublicationEstimate p = a.published();
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(TextEscape.escape(a.article().id())).append('\n');
        sb.append(String.format(Locale.ROOT, "   published %s  (window %s .. %s, %d day%s, confidence %.2f)%s%n", p.best(), p.earliest(),
                p.latest(), p.widthDays(), p.widthDays() == 1 ? "" : "s", p.confidence(),
                p.declared().map(d -> "  declared " + d + a.article().declaredFrom().map(f -> " (" + f.source().label() + ")").orElse(""))
                        .orElse("")));
        a.article().pageConflict().ifPresent(c -> sb.append("   ! the page's ").append(c.source().label()).append(" says ")
                .append(c.day()).append(", the article shows ").append(p.declared().map(Object::toString).orElse("?")).append('\n'));
        p.evidence().stream().limit(6).forEach(e -> sb.append("   + ").append(TextEscape.escape(e.implies())).append('\n'));
        p.conflicts().forEach(e -> sb.append("   ! contradicted: ").append(TextEscape.escape(e.implies())).append('\n'));
        return sb.toString();
    }

    private static String write(Object node, boolean pretty) {
        try {
            return pretty ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) : JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
