package org.chronologer.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.model.Chronology;

/**
 * The chronology as one self-contained HTML page a journalist opens in a browser, with no network: the episodes as
 * bands on a time axis, the events placed by their intervals (a point for a day, a span for a week or a month), zoom
 * and pan, the evidence of each date on hover and click, and the same events listed by episode below. The style, the
 * script (plain JavaScript, no library) and the data (the chronology JSON without its mentions and relations) are all
 * inside the page.
 */
public final class HtmlWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("/\\*(TITLE|DATA)\\*/");

    private HtmlWriter() {
    }

    /** The page of a chronology, titled {@code title}. */
    public static String page(Chronology c, String title) {
        ObjectNode data = ChronologyWriter.tree(c);
        data.remove("mentions");
        data.remove("relations");
        String json;
        try {
            json = JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // inside <script>, "</script" or "<!--" would end or derail it: every '<' becomes \u003c (the same JSON string)
        json = json.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        // one pass over the template, so that a title or a text holding a placeholder's spelling stays as it is
        String escapedTitle = Html.escape(title);
        String script = json;
        return PLACEHOLDER.matcher(template()).replaceAll(m -> Matcher.quoteReplacement(m.group(1).equals("TITLE") ? escapedTitle : script));
    }

    private static String template() {
        try (InputStream in = HtmlWriter.class.getResourceAsStream("timeline.html")) {
            if (in == null) {
                throw new IllegalStateException("timeline.html is missing from the engine jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
