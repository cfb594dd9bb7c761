package org.chronologer.text;

import java.lang.ref.WeakReference;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The sentences of a text: the JDK's sentence {@link BreakIterator} for English, where a line break also ends a
 * sentence (headlines, datelines and list items stand on lines of their own) and a full stop after an abbreviation does
 * not ("Gov. Smith", "the U.S. Senate": {@link English#isAbbreviation}).
 *
 * <p>A sentence runs from just after the character that ends the one before it to the character that ends it (its
 * full stop, question or exclamation mark, closing quote, or line break), which is not part of it. The bounds of the
 * last few texts each thread asked about are kept (the texts themselves weakly), so asking for many offsets of one
 * text costs one pass over it.
 *
 * <p>No sentence is longer than {@link #MAX_CHARS} characters: a longer run without a sentence end (a page of numbers,
 * text without full stops) is cut at the last white space before the limit (or at the limit when there is none), the
 * white space ending the sentence. The stages read each expression's sentence around it, so a text that is one long
 * sentence would cost the square of its length.
 */
public final class Sentences {

    /** The longest a sentence can be: news sentences are rarely a fifth of it. */
    public static final int MAX_CHARS = 1000;
    /** Texts whose sentence ends each thread keeps. */
    private static final int CACHED = 4;
    private static final ThreadLocal<Object[][]> CACHE = ThreadLocal.withInitial(() -> new Object[CACHED][]);

    private Sentences() {
    }

    /** The start of the sentence holding offset {@code at}. */
    public static int start(String text, int at) {
        int[] ends = ends(text);
        // the last end before at (an end at 0 starts nothing)
        int k = Arrays.binarySearch(ends, Math.min(at, text.length()));
        int i = k >= 0 ? k - 1 : -k - 2;
        while (i >= 0 && ends[i] <= 0) {
            i--;
        }
        return i < 0 ? 0 : ends[i] + 1;
    }

    /** The end (exclusive) of the sentence holding offset {@code at}. */
    public static int end(String text, int at) {
        int[] ends = ends(text);
        int k = Arrays.binarySearch(ends, Math.max(at, 0));
        int i = k >= 0 ? k : -k - 1;
        return i < ends.length ? ends[i] : text.length();
    }

    /** Whether a sentence ends in {@code text} at an offset from {@code from} (inclusive) to {@code to} (exclusive). */
    public static boolean endsBetween(String text, int from, int to) {
        int[] ends = ends(text);
        int k = Arrays.binarySearch(ends, from);
        int i = k >= 0 ? k : -k - 1;
        return i < ends.length && ends[i] < to;
    }

    /** The offsets of the characters that end the sentences of {@code text}, ascending. */
    static int[] ends(String text) {
        Object[][] cache = CACHE.get();
        for (Object[] entry : cache) {
            if (entry != null && ((WeakReference<?>) entry[0]).get() == text) {
                return (int[]) entry[1];
            }
        }
        int[] ends = find(text);
        System.arraycopy(cache, 0, cache, 1, CACHED - 1);
        // held weakly: the cache keeps no text alive (a thread's last texts could be megabytes long)
        cache[0] = new Object[] {new WeakReference<>(text), ends};
        return ends;
    }

    private static int[] find(String text) {
        int[] out = new int[16];
        int n = 0;
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        int lineFrom = 0;
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            int last = b - 1;
            while (last > 0 && Character.isWhitespace(text.charAt(last))) {
                last--;
            }
            boolean mark = last >= 0 && MARKS.indexOf(text.charAt(last)) >= 0
                    && !(text.charAt(last) == '.' && English.isAbbreviation(lastWord(text, last)));
            // the line breaks before the mark, each an end of its own ("Headline\nText."), then the mark
            int until = mark ? last : b;
            for (int i = text.indexOf('\n', lineFrom); i >= 0 && i < until; i = text.indexOf('\n', i + 1)) {
                out = append(out, n++, i);
            }
            lineFrom = Math.max(lineFrom, until);
            if (mark && (n == 0 || out[n - 1] < last)) {
                out = append(out, n++, last);
            }
        }
        for (int i = text.indexOf('\n', lineFrom); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == 0 || out[n - 1] < i) {
                out = append(out, n++, i);
            }
        }
        return bounded(text, Arrays.copyOf(out, n));
    }

    /** The ends, with an end added wherever a sentence would be longer than {@link #MAX_CHARS}. */
    private static int[] bounded(String text, int[] ends) {
        int[] out = new int[ends.length + 16];
        int n = 0;
        int from = 0; // where the current sentence starts
        for (int k = 0; k <= ends.length; k++) {
            int end = k < ends.length ? ends[k] : text.length();
            while (end - from > MAX_CHARS) {
                int cut = from + MAX_CHARS;
                int space = cut;
                while (space > from && !Character.isWhitespace(text.charAt(space))) {
                    space--;
                }
                cut = space > from ? space : cut;
                out = append(out, n++, cut);
                from = cut + 1;
            }
            if (k < ends.length) {
                out = append(out, n++, end);
                from = end + 1;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** What may end a sentence: its mark, or a quote or bracket closed after it. */
    private static final String MARKS = ".!?\"'”’)";

    /** The word that ends at {@code last} (inclusive), from the white space before it. */
    private static String lastWord(String text, int last) {
        int from = last;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        return text.substring(from, last + 1);
    }

    private static int[] append(int[] a, int at, int value) {
        int[] out = at == a.length ? Arrays.copyOf(a, a.length * 2) : a;
        out[at] = value;
        return out;
    }
}
