package org.chronologer.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads a length of time given on the command line: 500ms, 90s, 5m, 1h, a number of seconds, or ISO 8601 (PT2M). */
final class TimeConverter implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");

    @Override
    public Duration convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Duration d = null;
        Matcher m = SIMPLE.matcher(v);
        if (m.matches()) {
            double n = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            double millis = switch (unit) {
                case "ms" -> n;
                case "m", "min" -> n * 60_000;
                case "h" -> n * 3_600_000;
                default -> n * 1000;
            };
            d = millis > 1e13 ? Duration.ofDays(1000) : Duration.ofMillis(Math.round(millis));
        } else {
            try {
                d = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        if (d == null) {
            throw new CommandLine.TypeConversionException("'" + TextSafe.line(value) + "' is not a length of time; write it "
                    + "like 90s, 5m or 500ms");
        }
        if (d.isZero() || d.isNegative()) {
            throw new CommandLine.TypeConversionException("'" + TextSafe.line(value) + "' is no time at all; give a positive "
                    + "length of time, like 90s or 5m");
        }
        return d;
    }
}
