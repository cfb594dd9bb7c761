package org.chronologer.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article in an HTML page: its text without tags, scripts and styles (block elements become line breaks,
 * entities are decoded), its title, and its declared date from {@code <meta property="article:published_time">}
 * (or the common alternatives) or the first {@code <time datetime>}.
 */
record HtmlPage(String text, Optional<String> title, Optional<LocalDate> declared) {

    private static final Pattern DROP = Pattern.compile("(?is)<(script|style|noscript|head|nav|footer|aside)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|div|br|h[1-6]|li|ul|ol|tr|article|section|header|blockquote)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final Pattern META = Pattern.compile("(?is)<meta\\b[^>]*>");
    private static final Pattern ATTR = Pattern.compile("(?is)([a-z:-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)");
    private static final Pattern TIME = Pattern.compile("(?is)<time\\b[^>]*\\bdatetime\\s*=\\s*[\"']?([0-9]{4}-[0-9]{2}-[0-9]{2})");
    private static final java.util.Set<String> DATE_META = java.util.Set.of("article:published_time", "og:published_time",
            "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date");

    /** Whether a text looks like an HTML page. */
    static boolean looksLikeHtml(String text) {
        String head = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || (head.startsWith("<") && head.contains("<body"));
    }

    static HtmlPage parse(String html) {
        Optional<LocalDate> declared = Optional.empty();
        Matcher m = META.matcher(html);
        while (m.find() && declared.isEmpty()) {
            String name = null;
            String content = null;
            Matcher a = ATTR.matcher(m.group());
            while (a.find()) {
                String key = a.group(1).toLowerCase(java.util.Locale.ROOT);
                String value = unquote(a.group(2));
                if (key.equals("property") || key.equals("name") || key.equals("itemprop")) {
                    name = value.toLowerCase(java.util.Locale.ROOT);
                } else if (key.equals("content")) {
                    content = value;
                }
            }
            if (name != null && content != null && DATE_META.contains(name)) {
                declared = date(content);
            }
        }
        if (declared.isEmpty()) {
            Matcher t = TIME.matcher(html);
            if (t.find()) {
                declared = date(t.group(1));
            }
        }
        Matcher ti = TITLE.matcher(html);
        Optional<String> title = ti.find() ? Optional.of(entities(TAG.matcher(ti.group(1)).replaceAll("")).strip()).filter(s -> !s.isEmpty())
                : Optional.empty();
        String body = DROP.matcher(html).replaceAll(" ");
        body = BLOCK.matcher(body).replaceAll("\n");
        body = TAG.matcher(body).replaceAll("");
        body = entities(body).replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n[ \\n]*", "\n\n").strip();
        return new HtmlPage(body, title, declared);
    }

    private static Optional<LocalDate> date(String s) {
        String v = s.strip();
        if (v.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String unquote(String v) {
        return (v.startsWith("\"") || v.startsWith("'")) && v.length() >= 2 ? v.substring(1, v.length() - 1) : v;
    }

    static String entities(String s) {
        StringBuilder out = new StringBuilder(s.length());
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);").matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                case "mdash" -> "\u2014";
                case "ndash" -> "\u2013";
                case "rsquo", "lsquo" -> "'";
                case "rdquo", "ldquo" -> "\"";
                case "hellip" -> "...";
                default -> {
                    try {
                        if (e.startsWith("#x")) {
                            yield new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
                        }
                        if (e.startsWith("#")) {
                            yield new String(Character.toChars(Integer.parseInt(e.substring(1))));
                        }
                    } catch (IllegalArgumentException ex) {
                        // not a character: keep the entity as written
                    }
                    yield m.group();
                }
            };
            out.append(r);
            last = m.end();
        }
        out.append(s, last, s.length());
        return out.toString();
    }
}
