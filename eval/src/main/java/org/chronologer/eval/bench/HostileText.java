package org.chronologer.eval.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Seeded texts of hostile families, each of a size asked in bytes (UTF-8), for measuring that no family costs more per
 * kilobyte than a normal article: the ones a run once stalled on (digit runs, clock-like "pm am" tokens, years,
 * weekday names, unbalanced quotes, web pages that are large, full of {@code <time>} elements or of unclosed
 * comments) and others of the same spirit (long words, no spaces, zero-width characters, right-to-left marks, one
 * long line, markup inside words, month names, numbers with units, punctuation). A family's text is the same for
 * the same size and seed.
 */
public final class HostileText {

    /** A family: its name, whether its text is a web page, and how its text of a size is made. */
    public record Family(String name, boolean html, BiFunction<Integer, SplittableRandom, String> make) {
        public Family {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(make, "make");
        }

        /** Its text of about {@code bytes} bytes of UTF-8 (never more), the same for the same seed. */
        public String text(int bytes, long seed) {
            return cut(make.apply(bytes, new SplittableRandom(seed)), bytes);
        }
    }

    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] UNITS = {"days", "weeks", "months", "years", "hours", "minutes", "decades"};

    private HostileText() {
    }

    /** Every family, the normal text's aside. */
    public static List<Family> families() {
        return List.of(
                new Family("digit runs", false, (n, r) -> tokens(n, r, x -> digits(x, 1 + x.nextInt(12)))),
                new Family("pm am clock tokens", false, (n, r) -> tokens(n, r, x -> switch (x.nextInt(5)) {
                    case 0 -> "pm";
                    case 1 -> "am";
                    case 2 -> (1 + x.nextInt(12)) + ":" + String.format("%02d", x.nextInt(60));
                    case 3 -> (1 + x.nextInt(12)) + " p.m.";
                    default -> (1 + x.nextInt(12)) + "am";
                })),
                new Family("years", false, (n, r) -> tokens(n, r, x -> String.valueOf(1900 + x.nextInt(130)))),
                new Family("weekday names", false, (n, r) -> tokens(n, r, x -> WEEKDAYS[x.nextInt(7)])),
                new Family("month names and days", false, (n, r) -> tokens(n, r, x -> x.nextBoolean() ? MONTHS[x.nextInt(12)]
                        : String.valueOf(x.nextInt(40)))),
                new Family("numbers and units", false, (n, r) -> tokens(n, r, x -> x.nextInt(100) + " " + UNITS[x.nextInt(UNITS.length)]
                        + (x.nextInt(3) == 0 ? " ago" : x.nextInt(2) == 0 ? " later" : ""))),
                new Family("unbalanced quotes", false, (n, r) -> {
                    StringBuilder sb = new StringBuilder();
                    String[] words = {"the", "council", "said", "on", "Monday", "that", "it", "would", "\"", "'", "\u201C", "(",
                        "vote", "last", "week", "\"he", "told"};
                    while (sb.length() < n) {
                        sb.append(words[r.nextInt(words.length)]).append(r.nextInt(4) == 0 ? "\" " : " ");
                    }
                    return sb.toString();
                }),
                new Family("long words", false, (n, r) -> tokens(n, r, x -> letters(x, 500 + x.nextInt(5000)))),
                // from twice the size: taking the spaces out of every other line leaves about two thirds of it
                new Family("no spaces", false, (n, r) -> everyOtherLine(normal(2 * n), l -> l.replace(" ", ""))),
                new Family("zero-width characters", false, (n, r) -> everyOtherWord(normal(n / 2), w -> interleave(w, '\u200B'))),
                new Family("right-to-left marks", false, (n, r) -> everyOtherWord(normal(n / 2), w -> interleave(w, '\u200F'))),
                new Family("one long line", false, (n, r) -> normal(n).replace("\n", " ").replaceAll("[.!?]", ",")),
                // one tag inside every other word ("Mon<b>day</b>"): tags between every two letters left no word English
                new Family("markup inside words", false, (n, r) -> everyOtherWord(normal(n), w -> w.length() < 2 ? w
                        : w.substring(0, w.length() / 2) + "<b>" + w.substring(w.length() / 2) + "</b>")),
                new Family("punctuation", false, (n, r) -> tokens(n, r, x -> String.valueOf(".,;:!?-\"'()[]/".charAt(x.nextInt(14))))),
                new Family("web page, large", true, (n, r) -> page("", normal(n), "")),
                new Family("web page, many <time>", true, (n, r) -> {
                    StringBuilder sb = new StringBuilder();
                    while (sb.length() < n) {
                        int d = 1 + r.nextInt(28);
                        sb.append("<time datetime=\"20").append(10 + r.nextInt(15)).append("-0").append(1 + r.nextInt(9)).append('-')
                                .append(d < 10 ? "0" + d : d).append("\">").append(MONTHS[r.nextInt(12)]).append(' ').append(d).append("</time> ");
                    }
                    return page("", sb.toString(), "");
                }),
                new Family("web page, unclosed comments", true, (n, r) -> {
                    StringBuilder sb = new StringBuilder();
                    String text = normal(n);
                    for (String word : text.split(" ")) {
                        sb.append(word).append(r.nextInt(4) == 0 ? " <!-- " : " ");
                    }
                    return page("", sb.toString(), "");
                }));
    }

    /** The family of that name. */
    public static Family family(String name) {
        return families().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no hostile family '" + name + "'"));
    }

    private static String normalText = "";

    /**
     * Normal news text of about {@code bytes} bytes: the articles given to {@link #useNormal} one after the other,
     * repeated as often as needed.
     */
    public static synchronized String normal(int bytes) {
        if (normalText.isEmpty()) {
            throw new IllegalStateException("no normal text given (useNormal)");
        }
        StringBuilder sb = new StringBuilder(bytes + normalText.length());
        while (sb.length() < bytes) {
            sb.append(normalText);
        }
        return cut(sb.toString(), bytes);
    }

    /** The normal articles that {@link #normal} repeats, joined by blank lines. */
    public static synchronized void useNormal(List<String> articles) {
        normalText = String.join("\n\n", articles) + "\n\n";
    }

    /** The text cut to at most {@code bytes} bytes of UTF-8, at a character boundary. */
    static String cut(String s, int bytes) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= bytes) {
            return s;
        }
        int end = bytes;
        while (end > 0 && (b[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(b, 0, end, StandardCharsets.UTF_8);
    }

    /** Common English words put between the hostile tokens, so that the text passes as English and is tagged. */
    private static final String[] GLUE = {"the", "on", "and", "said", "in", "was", "of", "that"};

    /** Tokens separated by spaces, a common English word after every third. */
    private static String tokens(int n, SplittableRandom r, Function<SplittableRandom, String> token) {
        StringBuilder sb = new StringBuilder(n + 32);
        for (int i = 1; sb.length() < n; i++) {
            sb.append(token.apply(r)).append(' ');
            if (i % 3 == 0) {
                sb.append(GLUE[r.nextInt(GLUE.length)]).append(' ');
            }
        }
        return sb.toString();
    }

    /** The text with every other word (between spaces) changed: the words left are enough English to be tagged. */
    private static String everyOtherWord(String text, UnaryOperator<String> change) {
        String[] words = text.split(" ", -1);
        for (int i = 1; i < words.length; i += 2) {
            words[i] = change.apply(words[i]);
        }
        return String.join(" ", words);
    }

    /** The text with every other line that is not blank changed. */
    private static String everyOtherLine(String text, UnaryOperator<String> change) {
        String[] lines = text.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && seen++ % 2 == 1) {
                lines[i] = change.apply(lines[i]);
            }
        }
        return String.join("\n", lines);
    }

    private static String digits(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    private static String letters(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    private static String interleave(String s, char c) {
        StringBuilder sb = new StringBuilder(s.length() * 2);
        for (int i = 0; i < s.length(); i++) {
            sb.append(s.charAt(i)).append(c);
        }
        return sb.toString();
    }

    private static String page(String head, String body, String tail) {
        return "<!DOCTYPE html><html><head><title>A page</title>" + head + "</head><body><article><h1>A page</h1><p>" + body
                + "</p></article>" + tail + "</body></html>";
    }
}
