package org.chronologer.write;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chronologer.extract.Mention;
import org.chronologer.resolve.TimexValues;

/**
 * An article as a TimeML document, the interchange format of TempEval and of HeidelTime's and SUTime's users: its
 * text with a {@code TIMEX3} around every temporal expression (type, value, mod), the document creation time (the
 * declared date, else the inferred best day) as the {@code CREATION_TIME} TIMEX3 {@code t0} in {@code DCT}, and a
 * {@code TLINK} from each dated expression to the creation time. Expression ids follow the chronology JSON's mention ids
 * ({@code ARTICLE#t3} is {@code t3} here). The text is written exactly as given (XML-escaped), so offsets are kept.
 */
public final class TimeMlWriter {

    private TimeMlWriter() {
    }

    /**
     * The TimeML document of one article.
     *
     * @param id       the article's id ({@code DOCID})
     * @param title    its title, if any
     * @param text     its text as given
     * @param dct      its creation time
     * @param mentions its mentions, in text order, offsets into {@code text}
     */
    public static String document(String id, Optional<String> title, String text, LocalDate dct, List<Mention> mentions) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dct, "dct");
        StringBuilder b = new StringBuilder(text.length() * 2 + 512);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n");
        b.append("<DOCID>").append(xml(id)).append("</DOCID>\n");
        b.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").append(dct)
                .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">").append(dct).append("</TIMEX3></DCT>\n");
        title.ifPresent(t -> b.append("<TITLE>").append(xml(t)).append("</TITLE>\n"));
        b.append("<TEXT>");
        StringBuilder links = new StringBuilder();
        int at = 0;
        int link = 0;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() < at || m.end() > text.length() || m.end() <= m.start()) {
                continue; // TimeML does not nest TIMEX3: an expression inside another is left out
            }
            String tid = "t" + (i + 1);
            b.append(xml(text.substring(at, m.start())));
            b.append("<TIMEX3 tid=\"").append(tid).append("\" type=\"").append(m.type().name()).append('"');
            m.resolution().value().ifPresent(v -> b.append(" value=\"").append(xml(v)).append('"'));
            m.resolution().mod().ifPresent(v -> b.append(" mod=\"").append(xml(v)).append('"'));
            b.append(" temporalFunction=\"").append(m.symbolic() instanceof org.chronologer.interpret.SymbolicValue.Absolute ? "false" : "true")
                    .append("\" anchorTimeID=\"t0\">");
            b.append(xml(text.substring(m.start(), m.end()))).append("</TIMEX3>");
            at = m.end();
            Optional<String> rel = m.resolution().interval().map(iv -> relation(iv, dct));
            if (rel.isPresent()) {
                links.append("<TLINK lid=\"l").append(++link).append("\" timeID=\"").append(tid).append("\" relatedToTime=\"t0\" relType=\"")
                        .append(rel.get()).append("\"/>\n");
            }
        }
        b.append(xml(text.substring(at)));
        b.append("</TEXT>\n");
        b.append(links);
        b.append("</TimeML>\n");
        return b.toString();
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
