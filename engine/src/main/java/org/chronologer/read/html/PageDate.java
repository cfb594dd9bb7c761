package org.chronologer.read.html;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One date a web page states about itself, with where it was read.
 *
 * @param day       the day (the date as written, in the page's own time zone when it gives one)
 * @param role      whether the page says it was published or modified that day
 * @param source    the kind of place it was read from
 * @param where     the place itself, as a selector-like description ({@code meta[property=article:published_time]},
 *                  {@code NewsArticle.datePublished}, {@code time[datetime] in the article})
 * @param raw       the text as the page wrote it
 * @param inArticle whether it was found inside the article rather than elsewhere on the page (always true for the
 *                  page-level sources: metadata, JSON-LD, URL)
 */
public record PageDate(LocalDate day, Role role, DateSource source, String where, String raw, boolean inArticle) {

    /**
     * What the page says happened on the day: it was published, modified, or saved by a web archive (which it was
     * published on or before).
     */
    public enum Role { PUBLISHED, MODIFIED, ARCHIVED }

    public PageDate {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(raw, "raw");
    }

    /** A day from page-level metadata (head, JSON-LD, address). */
    static PageDate of(LocalDate day, Role role, DateSource source, String where, String raw) {
        return new PageDate(day, role, source, where, raw, true);
    }

    private static final Pattern UTC_TIME = Pattern.compile(
            "(?i)(?:T|\\s)(\\d{2}):\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:Z|[+-]00:?00|GMT|UTC)(?![\\w])");

    /**
     * The hour of day when the raw value is a time in UTC ({@code 2024-05-16T02:25:54Z}, {@code +00:00},
     * {@code GMT}): its day is then the day in London, and the page's own day may be the one before or after.
     */
    public OptionalInt utcHour() {
        Matcher m = UTC_TIME.matcher(raw);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The same date read as another day (the page's local day of a UTC time). */
    PageDate withDay(LocalDate other) {
        return new PageDate(other, role, source, where + " (local day of a UTC time)", raw, inArticle);
    }

    @Override
    public String toString() {
        return day + " (" + role.name().toLowerCase(Locale.ROOT) + ", " + source.label() + ": " + where + " = '" + raw + "')";
    }
}
