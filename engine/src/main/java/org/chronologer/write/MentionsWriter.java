package org.chronologer.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chronologer.extract.Mention;
import org.chronologer.resolve.Resolution;

/**
 * Writes an article's mentions as one JSON line ({@code {"id","published","mentions":[...]}}) or as a text
 * table. Field order is fixed, so the same mentions always give the same bytes.
 */
public final class MentionsWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MentionsWriter() {
    }

    /** One JSON line with no word on where the date came from. */
    public static String jsonLine(String id, Optional<LocalDate> published, List<Mention> mentions) {
        return jsonLine(id, published, null, mentions);
    }

    /**
     * One JSON line: {@code {"id","published","dated"?,"mentions":[{"text","start","end","type","value","mod"?,
     * "earliest","latest","tagger"}]}}, where {@code dated} says where the date came from (given, declared, inferred).
     */
    public static String jsonLine(String id, Optional<LocalDate> published, String dated, List<Mention> mentions) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", id);
        if (published.isPresent()) {
            root.put("published", published.get().toString());
        } else {
            root.putNull("published");
        }
        if (dated != null) {
            root.put("dated", dated);
        }
        ArrayNode array = root.putArray("mentions");
        for (Mention m : mentions) {
            array.add(mentionNode(m));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON object of one mention. */
    public static ObjectNode mentionNode(Mention m) {
        ObjectNode n = JSON.createObjectNode();
        Resolution r = m.resolution();
        n.put("text", m.text());
        n.put("start", m.start());
        n.put("end", m.end());
        n.put("type", m.type().name());
        if (r.value().isPresent()) {
            n.put("value", r.value().get());
        } else {
            n.putNull("value");
        }
        r.mod().ifPresent(mod -> n.put("mod", mod));
        if (r.interval().isPresent()) {
            n.put("earliest", r.interval().get().earliest().toString());
            n.put("latest", r.interval().get().latest().toString());
        } else {
            n.putNull("earliest");
            n.putNull("latest");
        }
        n.put("tagger", m.tagger());
        r.unresolved().ifPresent(reason -> n.put("unresolved", reason));
        return n;
    }

    /** A text table: a header line for the article, then one line per mention. */
    public static String table(String id, Optional<LocalDate> published, List<Mention> mentions) {
        return table(id, published, null, mentions);
    }

    /** A text table whose header also says where the date came from (given, declared, inferred). */
    public static String table(String id, Optional<LocalDate> published, String dated, List<Mention> mentions) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(TextEscape.escape(id)).append("  (published ").append(published.map(LocalDate::toString).orElse("unknown"))
                .append(dated == null ? "" : " " + dated)
                .append(", ").append(mentions.size()).append(mentions.size() == 1 ? " mention)" : " mentions)").append('\n');
        for (Mention m : mentions) {
            Resolution r = m.resolution();
            String value = r.value().map(v -> v + r.mod().map(mod -> " " + mod).orElse("")).orElse("?");
            String interval = r.interval().map(i -> i.earliest().equals(i.latest()) ? i.earliest().toString()
                    : i.earliest() + ".." + i.latest()).orElse(r.unresolved().map(u -> "unresolved: " + u).orElse("-"));
            sb.append(String.format("%6d-%-6d %-8s %-18s %-25s %-20s %s%n", m.start(), m.end(), m.type(), value, TextEscape.escape(interval),
                    m.tagger(), quote(m.text())));
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return "\"" + TextEscape.escape(s.replace("\n", " ")) + "\"";
    }
}
