package org.chronologer.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chronologer.model.Chronology;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.Event;
import org.chronologer.model.When;
import org.chronologer.model.PublicationEstimate;

/**
 * CSV (RFC 4180, a header row, fields quoted when needed) for spreadsheets: one row per event of a chronology, or
 * one row per dated article.
 */
public final class CsvWriter {

    /** The columns of the events' CSV. */
    public static final List<String> EVENT_COLUMNS = List.of("event", "when", "earliest", "latest", "granularity", "mod",
            "anchor", "episode", "text", "articles");
    /** The columns of the dates' CSV. */
    public static final List<String> DATE_COLUMNS = List.of("article", "best", "earliest", "latest", "confidence", "declared");

    private static final CsvMapper CSV = new CsvMapper();

    private CsvWriter() {
    }

    /**
     * One row per event, in chronological order; an event's articles are joined with spaces; the time columns are empty
     * for an event nothing places on the calendar (the anchor column says how it was placed).
     */
    public static String events(Chronology c) {
        List<List<String>> rows = new ArrayList<>();
        for (Event e : c.events()) {
            rows.add(List.of(e.id(), e.when().map(When::value).orElse(""), e.earliest().map(LocalDate::toString).orElse(""),
                    e.latest().map(LocalDate::toString).orElse(""),
                    e.when().map(w -> w.granularity().name().toLowerCase(Locale.ROOT)).orElse(""),
                    e.when().flatMap(When::mod).orElse(""), e.anchor().describe(),
                    c.episodeOfEvent().getOrDefault(e.id(), ""), e.text(), String.join(" ", e.articles())));
        }
        return write(EVENT_COLUMNS, rows);
    }

    /** The header row alone, for a dates' CSV written article by article. */
    public static String datesHeader() {
        return write(DATE_COLUMNS, List.of());
    }

    /** One row of the dates' CSV, without header. */
    public static String dateRow(DatedArticle a) {
        PublicationEstimate p = a.published();
        List<String> row = List.of(a.article().id(), p.best().toString(), p.earliest().toString(), p.latest().toString(),
                String.format(Locale.ROOT, "%.4f", p.confidence()), p.declared().map(Object::toString).orElse(""));
        try {
            return CSV.writer(schema(DATE_COLUMNS)).writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(List<String> columns, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(String.join(",", columns)).append('\n'); // the names need no quoting
        try {
            for (List<String> row : rows) {
                out.append(CSV.writer(schema(columns)).writeValueAsString(row));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static CsvSchema schema(List<String> columns) {
        CsvSchema.Builder b = CsvSchema.builder();
        columns.forEach(b::addColumn);
        return b.build().withLineSeparator("\n");
    }
}
