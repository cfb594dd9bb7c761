package org.chronologer.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronologer.extract.Mention;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.Event;
import org.chronologer.model.When;
import org.chronologer.tag.TimexType;
import org.chronologer.text.Sentences;

/**
 * Finds the events of one article: each resolved date or time mention dates the clause it belongs to. The clause
 * runs from the last clause break (a comma, semicolon, dash or sentence start) before the mention to the next one
 * after it, widened to the whole sentence when that leaves too few words to say what happened.
 */
public final class EventExtractor {

    /** Fewer words than this and the clause is widened to its sentence. */
    static final int MIN_CLAUSE_WORDS = 6;
    /** The longest clause kept, in words. */
    static final int MAX_CLAUSE_WORDS = 30;

    private EventExtractor() {
    }

    /** The events of an article, in text order, each with one source (ids are assigned later). */
    public static List<Event> extract(DatedArticle article) {
        String text = article.article().text();
        List<Event> out = new ArrayList<>();
        for (Mention m : article.mentions()) {
            if (m.type() == TimexType.DURATION || m.type() == TimexType.SET || m.resolution().interval().isEmpty()) {
                continue;
            }
            int sStart = Sentences.start(text, m.start());
            int sEnd = Sentences.end(text, m.end());
            String sentence = clean(text.substring(sStart, Math.max(sStart, sEnd)));
            String clause = clause(text, sStart, Math.max(sStart, sEnd), m.start(), m.end());
            out.add(new Event("", clause, sentence, When.of(m.resolution()).orElseThrow(),
                    List.of(new Event.Source(article.article().id(), m.start(), m.end(), m.text()))));
        }
        return out;
    }

    static String clause(String text, int sStart, int sEnd, int mStart, int mEnd) {
        int from = sStart;
        for (int i = mStart - 1; i > sStart; i--) {
            if (isBreak(text, i)) {
                from = i + 1;
                break;
            }
        }
        int to = sEnd;
        for (int i = mEnd; i < sEnd; i++) {
            if (isBreak(text, i)) {
                to = i;
                break;
            }
        }
        String c = clean(text.substring(from, to));
        if (words(c) < MIN_CLAUSE_WORDS) {
            c = clean(text.substring(sStart, sEnd));
        }
        String[] w = c.split(" ");
        if (w.length > MAX_CLAUSE_WORDS) {
            c = String.join(" ", Arrays.copyOf(w, MAX_CLAUSE_WORDS)) + " ...";
        }
        return c;
    }

    private static boolean isBreak(String text, int i) {
        char c = text.charAt(i);
        return c == ';' || (c == ',' && i + 1 < text.length() && text.charAt(i + 1) == ' ')
                || ((c == '\u2014' || c == '\u2013') && i > 0 && text.charAt(i - 1) == ' ');
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.trim().split("\\s+").length;
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").trim().replaceAll("^[\"'\u201C\u201D\u2018\u2019\\-]+\\s*", "");
    }
}
