package org.chronologer.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.chronologer.model.Chronology;
import org.chronologer.model.Episode;
import org.chronologer.model.Event;
import org.chronologer.model.When;

/**
 * The chronology as a TimelineJS 3 JSON file ({@code new TL.Timeline(el, data)}): one slide per event (its interval as
 * start and end date, its clause as headline, its sentence and articles as text, its episode as group), and the
 * episodes as eras.
 */
public final class TimelineJsWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TimelineJsWriter() {
    }

    /** The TimelineJS JSON of a chronology. */
    public static String json(Chronology c) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode title = root.putObject("title");
        ObjectNode titleText = title.putObject("text");
        titleText.put("headline", "Chronology");
        titleText.put("text", c.articles().size() + " article(s), " + c.episodes().size() + " episode(s), " + c.events().size()
                + " event(s)");
        Map<String, String> labels = new HashMap<>();
        c.episodes().forEach(e -> labels.put(e.id(), e.id() + ": " + e.label()));
        ArrayNode events = root.putArray("events");
        for (Event e : c.events()) {
            if (e.when().isEmpty()) {
                continue; // a slide needs a date: events placed by their relations only are left out
            }
            When w = e.when().get();
            ObjectNode slide = events.addObject();
            slide.set("start_date", date(w.earliest()));
            if (!w.latest().equals(w.earliest())) {
                slide.set("end_date", date(w.latest()));
            }
            slide.put("display_date", w.value());
            ObjectNode text = slide.putObject("text");
            text.put("headline", e.text());
            text.put("text", Html.escape(e.sentence()) + "<br><small>" + Html.escape(String.join(", ", e.articles())) + "</small>");
            String episode = c.episodeOfEvent().get(e.id());
            if (episode != null) {
                slide.put("group", labels.getOrDefault(episode, episode));
            }
            slide.put("unique_id", e.id());
        }
        ArrayNode eras = root.putArray("eras");
        for (Episode e : c.episodes()) {
            ObjectNode era = eras.addObject();
            era.set("start_date", date(e.start()));
            era.set("end_date", date(e.end()));
            era.putObject("text").put("headline", labels.get(e.id()));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static ObjectNode date(LocalDate d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("year", d.getYear());
        n.put("month", d.getMonthValue());
        n.put("day", d.getDayOfMonth());
        return n;
    }
}
