package org.chronologer.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TimeML ({@code .tml}) document as TempEval-3 distributes it: its id, its document creation time (DCT),
 * the plain text of its {@code <TEXT>} element and the gold TIMEX3 annotations inside that element.
 *
 * <p>The plain text is the content of {@code <TEXT>} exactly as written (including the line break that
 * usually follows the opening tag), with every tag removed ({@code EVENT}, {@code SIGNAL}, {@code TIMEX3},
 * ...) and the XML entities decoded (the five predefined ones and numeric character references). Gold offsets
 * are offsets into that plain text. A TIMEX3 that covers no text (a non-consuming {@code <TIMEX3 .../>}) has no
 * span and is skipped, as the TempEval-3 scorer does.
 *
 * <p>The DCT is the value of the {@code <TIMEX3 functionInDocument="CREATION_TIME">}, preferably the one
 * inside {@code <DCT>}; only its date part is kept.
 *
 * <p>JDK only; a small tag scanner rather than a full XML parser, so that offsets are computed on exactly the
 * characters a reader sees.
 *
 * @param id     the file name without its extension
 * @param dct    the document creation time, if the document has one
 * @param text   the plain text of {@code <TEXT>}
 * @param timexes the gold TIMEX3 inside {@code <TEXT>}, in document order
 * @param events  the gold EVENTs inside {@code <TEXT>}, in document order
 */
public record TimeMlDocument(String id, Optional<LocalDate> dct, String text, List<Timex> timexes, List<EventTag> events) {

    /**
     * A gold EVENT of the text.
     *
     * @param eid        its {@code eid} ("" if none)
     * @param start      first char in {@link TimeMlDocument#text()}
     * @param end        end, exclusive
     * @param text       the covered text
     * @param eventClass its {@code class} attribute ("" if missing)
     * @param tense      the {@code tense} of its first {@code MAKEINSTANCE} (PAST, PRESENT, FUTURE, INFINITIVE, PRESPART,
     *                   PASTPART, NONE; "" if none)
     */
    public record EventTag(String eid, int start, int end, String text, String eventClass, String tense) {
        public EventTag {
            Objects.requireNonNull(eid, "eid");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(eventClass, "eventClass");
            Objects.requireNonNull(tense, "tense");
        }

        /** An event without a known tense. */
        public EventTag(String eid, int start, int end, String text, String eventClass) {
            this(eid, start, end, text, eventClass, "");
        }
    }

    /**
     * A gold TIMEX3 of the text.
     *
     * @param tid   its {@code tid} ("" if none)
     * @param start first char in {@link TimeMlDocument#text()}, inclusive
     * @param end   end in that text, exclusive
     * @param text  the covered text
     * @param type  the {@code type} attribute as written (DATE, TIME, DURATION, SET; "" if missing)
     * @param value the {@code value} attribute ("" if missing)
     * @param mod   the {@code mod} attribute, if any
     */
    public record Timex(String tid, int start, int end, String text, String type, String value,
                        Optional<String> mod) {
        public Timex {
            Objects.requireNonNull(tid, "tid");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(mod, "mod");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }

        /** This timex as a span for {@link TempEvalScore}. */
        public TempEvalScore.Span toSpan() {
            return new TempEvalScore.Span(start, end, text, type, value);
        }
    }

    public TimeMlDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dct, "dct");
        Objects.requireNonNull(text, "text");
        timexes = List.copyOf(timexes);
        events = List.copyOf(events);
    }

    /** The gold timexes as spans for {@link TempEvalScore}. */
    public List<TempEvalScore.Span> goldSpans() {
        return timexes.stream().map(Timex::toSpan).toList();
    }

    private static final Pattern TEXT_ELEMENT = Pattern.compile("<TEXT(?:\\s[^>]*)?>(.*?)</TEXT\\s*>", Pattern.DOTALL);
    private static final Pattern DCT_ELEMENT = Pattern.compile("<DCT(?:\\s[^>]*)?>(.*?)</DCT\\s*>", Pattern.DOTALL);
    private static final Pattern TIMEX_OPEN = Pattern.compile("<TIMEX3(\\s[^>]*)?>");
    private static final Pattern MAKEINSTANCE = Pattern.compile("<MAKEINSTANCE(\\s[^>]*)/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern NAME = Pattern.compile("^</?\\s*([A-Za-z_:][-A-Za-z0-9_:.]*)");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    /**
     * Parses a TimeML document.
     *
     * @param id      the document's id (usually the file name without {@code .tml})
     * @param content the whole file
     * @throws IllegalArgumentException if there is no {@code <TEXT>} element or the tags inside it are broken
     */
    public static TimeMlDocument parse(String id, String content) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Matcher text = TEXT_ELEMENT.matcher(content);
        if (!text.find()) {
            throw new IllegalArgumentException(id + ": no <TEXT> element");
        }
        Body body = scan(id, text.group(1));
        Map<String, String> tenses = new java.util.HashMap<>();
        Matcher instance = MAKEINSTANCE.matcher(content);
        while (instance.find()) {
            Map<String, String> attrs = attributes(instance.group(1));
            if (attrs.containsKey("eventID") && attrs.containsKey("tense")) {
                tenses.putIfAbsent(attrs.get("eventID"), attrs.get("tense"));
            }
        }
        List<EventTag> events = body.events.stream()
                .map(e -> new EventTag(e.eid(), e.start(), e.end(), e.text(), e.eventClass(), tenses.getOrDefault(e.eid(), ""))).toList();
        return new TimeMlDocument(id, creationTime(content), body.text, body.timexes, events);
    }

    /** The date of the CREATION_TIME TIMEX3, inside {@code <DCT>} if there is one there. */
    static Optional<LocalDate> creationTime(String content) {
        Matcher dct = DCT_ELEMENT.matcher(content);
        if (dct.find()) {
            Optional<LocalDate> d = creationTimeIn(dct.group(1));
            if (d.isPresent()) {
                return d;
            }
        }
        return creationTimeIn(content);
    }

    private static Optional<LocalDate> creationTimeIn(String xml) {
        Matcher m = TIMEX_OPEN.matcher(xml);
        while (m.find()) {
            Map<String, String> attrs = attributes(m.group(1));
            if ("CREATION_TIME".equals(attrs.get("functionInDocument"))) {
                Matcher d = ISO_DATE.matcher(attrs.getOrDefault("value", ""));
                if (d.find()) {
                    try {
                        return Optional.of(LocalDate.parse(d.group(1)));
                    } catch (DateTimeParseException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    private record Body(String text, List<Timex> timexes, List<EventTag> events) {
    }

    /** Removes the markup of the TEXT content, recording where each TIMEX3 starts and ends in the plain text. */
    private static Body scan(String id, String xml) {
        StringBuilder out = new StringBuilder(xml.length());
        List<Timex> timexes = new ArrayList<>();
        List<EventTag> events = new ArrayList<>();
        Map<String, String> openEvent = null; // attributes of the EVENT being read
        int openEventStart = -1;
        Map<String, String> open = null; // attributes of the TIMEX3 being read
        int openStart = -1;
        int i = 0;
        int n = xml.length();
        while (i < n) {
            char c = xml.charAt(i);
            if (c == '&') {
                int semi = xml.indexOf(';', i);
                if (semi < 0 || semi - i > 12) {
                    out.append(c); // a stray ampersand: keep it as written
                    i++;
                    continue;
                }
                String decoded = entity(xml.substring(i + 1, semi));
                if (decoded == null) {
                    out.append(c);
                    i++;
                    continue;
                }
                out.append(decoded);
                i = semi + 1;
            } else if (c == '<') {
                if (xml.startsWith("<!--", i)) {
                    int close = xml.indexOf("-->", i + 4);
                    i = close < 0 ? n : close + 3;
                } else if (xml.startsWith("<![CDATA[", i)) {
                    int close = xml.indexOf("]]>", i + 9);
                    int stop = close < 0 ? n : close;
                    out.append(xml, i + 9, stop);
                    i = close < 0 ? n : close + 3;
                } else {
                    int close = xml.indexOf('>', i);
                    if (close < 0) {
                        throw new IllegalArgumentException(id + ": unterminated tag in <TEXT> at char " + i);
                    }
                    String tag = xml.substring(i, close + 1);
                    i = close + 1;
                    Matcher name = NAME.matcher(tag);
                    if (name.find() && name.group(1).equals("EVENT")) {
                        if (tag.startsWith("</")) {
                            if (openEvent != null && out.length() > openEventStart) {
                                events.add(new EventTag(openEvent.getOrDefault("eid", ""), openEventStart, out.length(),
                                        out.substring(openEventStart, out.length()), openEvent.getOrDefault("class", "")));
                            }
                            openEvent = null;
                        } else if (!tag.endsWith("/>")) {
                            openEvent = attributes(tag.substring(name.end(), tag.length() - 1));
                            openEventStart = out.length();
                        }
                        continue;
                    }
                    name.reset();
                    if (!name.find() || !name.group(1).equals("TIMEX3")) {
                        continue; // SIGNAL, processing instructions...: markup only
                    }
                    boolean closing = tag.startsWith("</");
                    boolean selfClosing = tag.endsWith("/>");
                    if (closing) {
                        if (open == null) {
                            throw new IllegalArgumentException(id + ": </TIMEX3> without <TIMEX3> in <TEXT>");
                        }
                        int end = out.length();
                        if (end > openStart) {
                            String mod = open.getOrDefault("mod", "");
                            timexes.add(new Timex(open.getOrDefault("tid", ""), openStart, end,
                                    out.substring(openStart, end), open.getOrDefault("type", ""),
                                    open.getOrDefault("value", ""),
                                    mod.isBlank() ? Optional.empty() : Optional.of(mod)));
                        }
                        open = null;
                    } else if (!selfClosing) {
                        if (open != null) {
                            throw new IllegalArgumentException(id + ": nested <TIMEX3> in <TEXT>");
                        }
                        open = attributes(tag.substring(name.end(), tag.length() - 1));
                        openStart = out.length();
                    }
                }
            } else {
                out.append(c);
                i++;
            }
        }
        if (open != null) {
            throw new IllegalArgumentException(id + ": <TIMEX3> not closed in <TEXT>");
        }
        return new Body(out.toString(), timexes, events);
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> attrs = new HashMap<>();
        if (s == null) {
            return attrs;
        }
        Matcher m = ATTRIBUTE.matcher(s);
        while (m.find()) {
            String v = m.group(2) != null ? m.group(2) : m.group(3);
            attrs.put(m.group(1), decodeEntities(v));
        }
        return attrs;
    }

    /** {@code s} with its XML entities decoded (unknown ones kept as written). */
    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            String decoded = semi > i && semi - i <= 12 ? entity(s.substring(i + 1, semi)) : null;
            if (decoded != null) {
                b.append(decoded);
                i = semi + 1;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** The text of entity {@code &name;}, or null if it is not one we know. */
    private static String entity(String name) {
        switch (name) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            default:
                break;
        }
        try {
            int cp;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                cp = Integer.parseInt(name.substring(2), 16);
            } else if (name.startsWith("#")) {
                cp = Integer.parseInt(name.substring(1));
            } else {
                return null;
            }
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
