package org.chronologer.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.model.Event;
import org.chronologer.model.EventMention;
import org.chronologer.model.NodeRef;
import org.chronologer.model.Relation;
import org.chronologer.resolve.TimexValues;

/**
 * An article as a TimeML document, the interchange format of TempEval and of HeidelTime's and SUTime's users: its
 * text with a {@code TIMEX3} around every temporal expression (type, value, mod) and, when written from a chronology,
 * an {@code EVENT} around every event word the article tells (class) with its {@code MAKEINSTANCE} (tense, aspect,
 * polarity, modality, part of speech); the document creation time (the declared date, else the inferred best day)
 * as the {@code CREATION_TIME} TIMEX3 {@code t0} in {@code DCT}; and {@code TLINK}s: from each dated expression to
 * the creation time, from each event to the expression that dates it ({@code IS_INCLUDED}), and the chronology's
 * relations between the article's events and its publication or its other events. Expression ids follow the
 * chronology JSON's mention ids ({@code ARTICLE#t3} is {@code t3} here), event ids its event ids ({@code e3}; a
 * second telling of the same event in the article is {@code e3_2}). The text is written exactly as given
 * (XML-escaped), so offsets are kept.
 */
public final class TimeMlWriter {

    private TimeMlWriter() {
    }

    /**
     * The TimeML document of one article, its expressions only.
     *
     * @param id       the article's id ({@code DOCID})
     * @param title    its title, if any
     * @param text     its text as given
     * @param dct      its creation time
     * @param mentions its mentions, in text order, offsets into {@code text}
     */
    public static String document(String id, Optional<String> title, String text, LocalDate dct, List<Mention> mentions) {
        return document(id, title, text, dct, mentions, List.of(), List.of());
    }

    /**
     * The TimeML document of one article with the events it tells.
     *
     * @param id        the article's id ({@code DOCID})
     * @param title     its title, if any
     * @param text      its text as given
     * @param dct       its creation time
     * @param mentions  its mentions, in text order, offsets into {@code text}
     * @param events    the chronology's events (those the article tells are written)
     * @param relations the chronology's relations (those between the article's events and its publication are written)
     */
    public static String document(String id, Optional<String> title, String text, LocalDate dct, List<Mention> mentions,
                                  List<Event> events, List<Relation> relations) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dct, "dct");
        // the tags in text order: expressions first on a tie; TimeML does not nest, so a tag inside another is left out
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            tags.add(new Tag(mentions.get(i).start(), mentions.get(i).end(), i, null, null));
        }
        Map<String, Integer> tellings = new HashMap<>();
        for (Event e : events) {
            for (Event.Source s : e.sources()) {
                if (s.article().equals(id)) {
                    int n = tellings.merge(e.id(), 1, Integer::sum);
                    tags.add(new Tag(s.start(), s.end(), -1, e, s).withEid(n == 1 ? e.id() : e.id() + "_" + n));
                }
            }
        }
        tags.sort(Comparator.comparingInt(Tag::start).thenComparingInt(t -> t.timex() >= 0 ? 0 : 1));
        StringBuilder b = new StringBuilder(text.length() * 2 + 512);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n");
        b.append("<DOCID>").append(xml(id)).append("</DOCID>\n");
        b.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").append(dct)
                .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">").append(dct).append("</TIMEX3></DCT>\n");
        title.ifPresent(t -> b.append("<TITLE>").append(xml(t)).append("</TITLE>\n"));
        b.append("<TEXT>");
        StringBuilder instances = new StringBuilder();
        StringBuilder links = new StringBuilder();
        int at = 0;
        int[] link = {0};
        Map<Integer, String> tidAt = new HashMap<>();
        Map<String, String> eiidOf = new LinkedHashMap<>();
        List<Tag> written = new ArrayList<>();
        for (Tag t : tags) {
            if (t.start() < at || t.end() > text.length() || t.end() <= t.start()) {
                continue;
            }
            b.append(xml(text.substring(at, t.start())));
            if (t.timex() >= 0) {
                Mention m = mentions.get(t.timex());
                String tid = "t" + (t.timex() + 1);
                b.append("<TIMEX3 tid=\"").append(tid).append("\" type=\"").append(m.type().name()).append('"');
                m.resolution().value().ifPresent(v -> b.append(" value=\"").append(xml(v)).append('"'));
                m.resolution().mod().ifPresent(v -> b.append(" mod=\"").append(xml(v)).append('"'));
                b.append(" temporalFunction=\"").append(m.symbolic() instanceof SymbolicValue.Absolute ? "false" : "true")
                        .append("\" anchorTimeID=\"t0\">");
                b.append(xml(text.substring(m.start(), m.end()))).append("</TIMEX3>");
                tidAt.put(m.start(), tid);
                Optional<String> rel = m.resolution().interval().map(iv -> relation(iv, dct));
                if (rel.isPresent()) {
                    links.append("<TLINK lid=\"l").append(++link[0]).append("\" timeID=\"").append(tid)
                            .append("\" relatedToTime=\"t0\" relType=\"").append(rel.get()).append("\"/>\n");
                }
            } else {
                EventMention em = t.event().mention();
                String eiid = "ei" + (eiidOf.size() + 1);
                eiidOf.put(t.eid(), eiid);
                b.append("<EVENT eid=\"").append(t.eid()).append("\" class=\"").append(em.eventClass().name()).append("\">")
                        .append(xml(text.substring(t.start(), t.end()))).append("</EVENT>");
                instances.append("<MAKEINSTANCE eventID=\"").append(t.eid()).append("\" eiid=\"").append(eiid)
                        .append("\" tense=\"").append(em.tense().name()).append("\" aspect=\"").append(em.aspect().name())
                        .append("\" polarity=\"").append(em.polarity().name()).append('"');
                em.modality().ifPresent(v -> instances.append(" modality=\"").append(xml(v)).append('"'));
                instances.append(" pos=\"").append(em.pos() == EventMention.Pos.OTHER ? "OTHER" : em.pos().name()).append("\"/>\n");
                written.add(t);
            }
            at = t.end();
        }
        b.append(xml(text.substring(at)));
        b.append("</TEXT>\n");
        // events to the expressions that date them
        for (Tag t : written) {
            if (t.source().dating().isPresent() && tidAt.containsKey(t.source().dating().getAsInt())) {
                tlink(links, link, eiidOf.get(t.eid()), "relatedToTime", tidAt.get(t.source().dating().getAsInt()), "IS_INCLUDED");
            }
        }
        // the chronology's relations between this article's events, and between them and its publication
        for (Relation r : relations) {
            String from = instance(r.from(), id, eiidOf);
            String to = instance(r.to(), id, eiidOf);
            String type = switch (r.type()) {
                case BEFORE -> "BEFORE";
                case INCLUDES -> "INCLUDES";
                case SAME -> "SIMULTANEOUS";
                case OVERLAPS -> null; // TimeML has no plain overlap
            };
            if (from == null || to == null || type == null || from.equals("t0") && to.equals("t0")) {
                continue;
            }
            if (from.equals("t0")) {
                tlink(links, link, to, "relatedToTime", "t0", inverse(type));
            } else if (to.equals("t0")) {
                tlink(links, link, from, "relatedToTime", "t0", type);
            } else {
                tlink(links, link, from, "relatedToEventInstance", to, type);
            }
        }
        b.append(instances);
        b.append(links);
        b.append("</TimeML>\n");
        return b.toString();
    }

    /** A tag to write: an expression (its index) or an event's telling. */
    private record Tag(int start, int end, int timex, Event event, Event.Source source, String eid) {
        Tag(int start, int end, int timex, Event event, Event.Source source) {
            this(start, end, timex, event, source, null);
        }

        Tag withEid(String id) {
            return new Tag(start, end, timex, event, source, id);
        }
    }

    /** The TimeML id a node has in the article's document: its first event instance, t0 for its own publication. */
    private static String instance(NodeRef n, String article, Map<String, String> eiidOf) {
        if (n.kind() == NodeRef.Kind.PUBLICATION) {
            return n.id().equals(article) ? "t0" : null;
        }
        return eiidOf.get(n.id());
    }

    private static String inverse(String type) {
        return switch (type) {
            case "BEFORE" -> "AFTER";
            case "INCLUDES" -> "IS_INCLUDED";
            default -> type;
        };
    }

    private static void tlink(StringBuilder links, int[] link, String eiid, String toAttribute, String to, String type) {
        links.append("<TLINK lid=\"l").append(++link[0]).append("\" eventInstanceID=\"").append(eiid).append("\" ")
                .append(toAttribute).append("=\"").append(to).append("\" relType=\"").append(type).append("\"/>\n");
    }

    /** How an expression's interval stands to the creation day, in TimeML's words. */
    static String relation(TimexValues.Interval i, LocalDate dct) {
        if (i.latest().isBefore(dct)) {
            return "BEFORE";
        }
        if (i.earliest().isAfter(dct)) {
            return "AFTER";
        }
        if (i.earliest().equals(dct) && i.latest().equals(dct)) {
            return "SIMULTANEOUS";
        }
        return "INCLUDES";
    }

    /** XML text: markup characters escaped, and carriage returns as references so that parsers keep them. */
    private static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // characters XML 1.0 cannot carry, even as references, become U+FFFD (one char for one: offsets hold)
            b.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == '\uFFFE' || c == '\uFFFF' ? '\uFFFD' : c);
        }
        return Html.escape(b.toString()).replace("\r", "&#13;");
    }
}
