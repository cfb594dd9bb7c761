package org.chronologer.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The one reading of a {@code published} value, wherever it is given: a day ({@code 2024-01-01}) or a date and time
 * in ISO 8601 ({@code 2024-01-01T09:30}, {@code 2024-01-01T09:30:00Z}, {@code 2024-01-01T09:30:00+02:00}), whose day
 * is the day as written. White space around it is ignored; anything else ({@code 2024-01-01garbage}, {@code 1/1/2024})
 * is refused.
 */
public final class PublishedDate {

    private PublishedDate() {
    }

    /**
     * The day {@code value} names.
     *
     * @throws IllegalArgumentException saying what is wrong when it is not a day or an ISO date and time
     */
    public static LocalDate parse(String value) {
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v);
            }
            if (v.length() > 10 && v.charAt(10) == 'T') {
                try {
                    return OffsetDateTime.parse(v).toLocalDate();
                } catch (DateTimeParseException e) {
                    return LocalDateTime.parse(v).toLocalDate();
                }
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new IllegalArgumentException("\"published\" is not a date: '" + value + "' (write it YYYY-MM-DD, or an ISO date and time "
                + "such as 2024-01-01T09:30:00Z)");
    }
}
