package org.chronologer.read.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days as web pages write them: ISO 8601 and its variants ({@code 2024-05-16T10:30:00+02:00}, {@code 2024/05/16},
 * {@code 20240516}), RFC 1123 ({@code Thu, 16 May 2024 10:30:00 GMT}), numeric days ({@code 16.05.2024},
 * {@code 16/05/2024}, {@code 5/16/2024}), Unix timestamps in metadata, and written dates with month names in
 * English, German, French, Spanish, Italian, Dutch and Portuguese ({@code May 16th, 2024}, {@code 16. Mai 2024},
 * {@code 16 de mayo de 2024}). Abbreviations that are also common English words ("out", "set", "ago") are left out.
 *
 * <p>Only whole days are read: a month and a year alone ({@code Mai 2024}) give nothing. A numeric day whose first
 * two numbers could each be the month ({@code 05/06/2024}) is read in the page's order ({@link Order}); when one of
 * them is over 12 it can only be the day.
 */
final class DateText {

    /** How an ambiguous numeric day ({@code 05/06/2024}) is read. */
    enum Order { DAY_FIRST, MONTH_FIRST }

    /** A day found in a text, with its span. */
    record Found(LocalDate day, int start, int end) {
    }

    /** The earliest day a web page can be from (the web's first news sites are from the mid-1990s). */
    static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
    /** The latest day accepted: later days are typos or placeholders. */
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = MONTHS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();

    /** A year-month-day with any of the usual separators: {@code 2024-05-16}, {@code 2024/5/16}, {@code 2024.05.16}. */
    private static final Pattern YMD = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    /** A day-month-year with dots, as in German and much of Europe: {@code 16.05.2024}, {@code 16. 5. 24}. */
    private static final Pattern DMY_DOTS = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2}|\\d{2})(?![\\d])(?!\\.\\d)");
    /** Slashes or dashes between day and month: {@code 16/05/2024}, {@code 5/16/2024}, {@code 16-05-2024}. */
    private static final Pattern SLASHES = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/-])(\\d{1,2})\\2((?:19|20)\\d{2}|\\d{2})(?![\\d/-])");
    /** A day before the month's name: {@code 16 May 2024}, {@code 16. Mai 2024}, {@code 16th of May, 2024}, {@code 16 de mayo de 2024}. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s*(?:of\\s+|de\\s+)?(?:-\\s*)?("
            + MONTH + ")(?![\\p{L}])\\.?\\s*(?:-\\s*)?,?\\s*(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The month's name before the day: {@code May 16, 2024}, {@code Mai 16th 2024}, {@code Thursday, May 16 2024}, and
     * with the time of day before the year, as Unix's {@code date} and C's {@code ctime} write it:
     * {@code Thu May 16 10:30:00 2024}, {@code May 16 10:30 CEST 2024}.
     */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}])(" + MONTH + ")(?![\\p{L}])\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)\\s*,?\\s*"
            + "(?:[012]?\\d:[0-5]\\d(?::[0-5]\\d)?\\s*(?:[ap]\\.?m\\.?\\s*)?(?-i:[A-Z]{3,5}\\s+)?)?((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** ISO at the start of a value, with or without time: the common metadata form. */
    private static final Pattern ISO_START = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    /** Eight digits, year first: {@code 20240516} or {@code 20240516T103000}. */
    private static final Pattern COMPACT_START = Pattern.compile("^\\s*((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:$|[T\\s])");
    /** A Unix time in seconds or milliseconds. */
    private static final Pattern EPOCH = Pattern.compile("^\\s*(\\d{10}|\\d{13})\\s*$");

    private DateText() {
    }

    /**
     * The day a metadata value states ({@code content} of a {@code <meta>}, a JSON-LD field, a {@code datetime}
     * attribute): ISO or compact at its start, a Unix time, or else the first written or numeric day in it.
     */
    static Optional<LocalDate> parseValue(String value, Order order) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher iso = ISO_START.matcher(value);
        if (iso.find()) {
            return day(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher compact = COMPACT_START.matcher(value);
        if (compact.find()) {
            return day(compact.group(1), compact.group(2), compact.group(3));
        }
        Matcher epoch = EPOCH.matcher(value);
        if (epoch.find()) {
            long n = Long.parseLong(epoch.group(1));
            LocalDate d = LocalDate.ofInstant(Instant.ofEpochSecond(epoch.group(1).length() == 13 ? n / 1000 : n), ZoneOffset.UTC);
            return plausible(d);
        }
        List<Found> found = find(value, order, true);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).day());
    }

    /**
     * Every day written in a text, in text order (overlapping readings keep the earliest-starting, longest one).
     * Two-digit years are read only with {@code shortYears} (in short texts such as a byline, where
     * {@code 16.05.24} is a date, not a version number).
     */
    static List<Found> find(String text, Order order, boolean shortYears) {
        List<Found> all = new ArrayList<>();
        Matcher m = YMD.matcher(text);
        while (m.find()) {
            day(m.group(1), m.group(3), m.group(4)).ifPresent(d -> all.add(new Found(d, m.start(), m.end())));
        }
        Matcher dm = DAY_MONTH_YEAR.matcher(text);
        while (dm.find()) {
            Integer month = MONTHS.get(dm.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                day(dm.group(3), String.valueOf(month), dm.group(1)).ifPresent(d -> all.add(new Found(d, dm.start(), dm.end())));
            }
        }
        Matcher md = MONTH_DAY_YEAR.matcher(text);
        while (md.find()) {
            Integer month = MONTHS.get(md.group(1).toLowerCase(Locale.ROOT));
            if (month != null) {
                day(md.group(3), String.valueOf(month), md.group(2)).ifPresent(d -> all.add(new Found(d, md.start(), md.end())));
            }
        }
        Matcher dots = DMY_DOTS.matcher(text);
        while (dots.find()) {
            String y = dots.group(3);
            if (y.length() == 2 && !shortYears) {
                continue;
            }
            day(fullYear(y), dots.group(2), dots.group(1)).ifPresent(d -> all.add(new Found(d, dots.start(), dots.end())));
        }
        Matcher sl = SLASHES.matcher(text);
        while (sl.find()) {
            String y = sl.group(4);
            if (y.length() == 2 && !shortYears) {
                continue;
            }
            int a = Integer.parseInt(sl.group(1));
            int b = Integer.parseInt(sl.group(3));
            boolean monthFirst = a <= 12 && (b > 12 || order == Order.MONTH_FIRST);
            int dayOf = monthFirst ? b : a;
            int month = monthFirst ? a : b;
            day(fullYear(y), String.valueOf(month), String.valueOf(dayOf)).ifPresent(d -> all.add(new Found(d, sl.start(), sl.end())));
        }
        all.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        List<Found> out = new ArrayList<>();
        int covered = -1;
        for (Found f : all) {
            if (f.start() >= covered) {
                out.add(f);
                covered = f.end();
            }
        }
        return out;
    }

    private static String fullYear(String y) {
        if (y.length() == 4) {
            return y;
        }
        int n = Integer.parseInt(y);
        return String.valueOf(n >= 90 ? 1900 + n : 2000 + n);
    }

    private static Optional<LocalDate> day(String year, String month, String dayOfMonth) {
        try {
            return plausible(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(dayOfMonth)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> plausible(LocalDate d) {
        return d.isBefore(EARLIEST) || d.isAfter(LATEST) ? Optional.empty() : Optional.of(d);
    }

    /** Month names and their usual abbreviations in the languages above, lower case. */
    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "jan", "januar", "jänner", "jaenner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro"},
            {"february", "feb", "febr", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "februari", "fevereiro", "fev"},
            {"march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "maart", "março", "marco"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
            {"may", "mai", "mayo", "maggio", "mag", "mei", "maio"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"},
            {"august", "aug", "août", "aout", "agosto", "augustus"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro"},
            {"november", "nov", "novembre", "noviembre", "novembro"},
            {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"},
        };
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return m;
    }
}
