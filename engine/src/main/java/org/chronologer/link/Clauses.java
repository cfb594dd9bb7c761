package org.chronologer.link;

import java.util.Arrays;

/**
 * The clause around a word: from the last clause break (a comma, semicolon, colon or dash, or the sentence start)
 * before it to the next one after it, widened to the whole sentence when that leaves too few words to say what
 * happened.
 */
final class Clauses {

    /** Fewer words than this and the clause is widened to its sentence. */
    static final int MIN_CLAUSE_WORDS = 6;
    /** The longest clause kept, in words. */
    static final int MAX_CLAUSE_WORDS = 30;

    private Clauses() {
    }

    /** The bounds {@code [from, to)} of the clause holding {@code [start, end)} in the sentence {@code [sStart, sEnd)}. */
    static int[] bounds(String text, int sStart, int sEnd, int start, int end) {
        sEnd = Math.max(sStart, Math.min(sEnd, text.length()));
        int from = sStart;
        for (int i = Math.min(start, sEnd) - 1; i > sStart; i--) {
            if (isBreak(text, i)) {
                from = i + 1;
                break;
            }
        }
        int to = sEnd;
        for (int i = Math.max(end, sStart); i < sEnd; i++) {
            if (isBreak(text, i)) {
                to = i;
                break;
            }
        }
        return new int[] {from, Math.max(from, to)};
    }

    /** The clause as shown: widened to the sentence when shorter than {@link #MIN_CLAUSE_WORDS}, cut at {@link #MAX_CLAUSE_WORDS}. */
    static String shorten(String clause, String sentence) {
        String c = words(clause) < MIN_CLAUSE_WORDS ? sentence : clause;
        String[] w = c.split(" ");
        if (w.length > MAX_CLAUSE_WORDS) {
            c = String.join(" ", Arrays.copyOf(w, MAX_CLAUSE_WORDS)) + " ...";
        }
        return c;
    }

    private static boolean isBreak(String text, int i) {
        char c = text.charAt(i);
        return c == ';' || c == '\n' || ((c == ',' || c == ':') && i + 1 < text.length() && text.charAt(i + 1) == ' ')
                || ((c == '\u2014' || c == '\u2013') && i > 0 && text.charAt(i - 1) == ' ');
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.trim().split("\\s+").length;
    }

    /** White space collapsed, leading quotes and dashes dropped. */
    static String clean(String s) {
        return s.replaceAll("\\s+", " ").trim().replaceAll("^[\"'\u201C\u201D\u2018\u2019\\-]+\\s*", "");
    }
}
