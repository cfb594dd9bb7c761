package org.chronologer.read;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text normalised once for the taggers (typographic quotes, dashes, odd spaces, ellipses), with a map from
 * every offset of the normalised text back to the original.
 *
 * <p>Normalisation may change the length (an ellipsis becomes three dots), so offsets are always translated
 * through {@link #toOriginal(int)} before they are reported.
 */
public final class NormalizedText {

    private final String original;
    private final String normalized;
    /*
     * The map back to the original, in runs (a long text has few places where normalisation changes the length, so
     * the map is a few ints, not one per character): run k begins at normalised offset starts[k], whose original
     * offset is origins[k]; the next characters of a run follow the original one for one, except in a run that is one
     * original character written as several (an ellipsis), all of whose characters are that one.
     */
    private final int[] starts;
    private final int[] origins;
    private final boolean[] expanded;

    private NormalizedText(String original, String normalized, int[] starts, int[] origins, boolean[] expanded) {
        this.original = original;
        this.normalized = normalized;
        this.starts = starts;
        this.origins = origins;
        this.expanded = expanded;
    }

    /** Normalises {@code original}. */
    public static NormalizedText of(String original) {
        Objects.requireNonNull(original, "original");
        return of(original, List.of(new int[] {0, original.length()}));
    }

    /**
     * Normalises the parts of {@code original} given by {@code parts} (start and end offsets, in order, apart) and
     * leaves out the rest: what lies outside the parts is read as its line breaks, or as one space where it has none,
     * so the parts' sentences and paragraphs stay apart while the normalised text is only as long as the parts, and
     * every offset still maps back to the original.
     */
    public static NormalizedText of(String original, List<int[]> parts) {
        Objects.requireNonNull(original, "original");
        // sized for the parts, not the whole text: tagging again reads a few sentences of a long article (a gap adds its
        // line breaks or a space, and the builder grows for them if it must)
        int partsLength = parts.size() + 1;
        for (int[] p : parts) {
            partsLength += p[1] - p[0];
        }
        StringBuilder out = new StringBuilder(Math.min(original.length(), partsLength));
        int[] starts = new int[16];
        int[] origins = new int[16];
        boolean[] expanded = new boolean[16];
        int runs = 0;
        int part = 0;
        boolean gapBreaks = false;
        // whether the normalised text is so far the original itself (as a text in plain ASCII is)
        boolean same = true;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            while (part < parts.size() && parts.get(part)[1] <= i) {
                part++;
            }
            String replacement;
            if (part < parts.size() && parts.get(part)[0] <= i) {
                replacement = replacement(c, i + 1 < original.length() ? original.charAt(i + 1) : ' ');
            } else {
                // outside the parts: its line breaks, or its first character as a space when it has none
                boolean gapStart = i == 0 || (part > 0 && parts.get(part - 1)[1] == i);
                if (gapStart) {
                    int gapEnd = part < parts.size() ? parts.get(part)[0] : original.length();
                    int br = original.indexOf('\n', i);
                    gapBreaks = br >= 0 && br < gapEnd;
                }
                replacement = c == '\n' ? "\n" : gapStart && !gapBreaks ? " " : "";
            }
            int n = out.length();
            same = same && (replacement == null || replacement.length() == 1 && replacement.charAt(0) == c);
            if (replacement == null || replacement.length() == 1) {
                out.append(replacement == null ? c : replacement.charAt(0));
                // the run goes on while normalised and original offsets advance together
                boolean continues = runs > 0 && !expanded[runs - 1] && origins[runs - 1] + (n - starts[runs - 1]) == i;
                if (continues) {
                    continue;
                }
            } else if (replacement.isEmpty()) {
                continue; // dropped: the next character opens a run of its own
            } else {
                out.append(replacement);
            }
            if (runs == starts.length) {
                starts = Arrays.copyOf(starts, 2 * runs);
                origins = Arrays.copyOf(origins, 2 * runs);
                expanded = Arrays.copyOf(expanded, 2 * runs);
            }
            starts[runs] = n;
            origins[runs] = i;
            expanded[runs] = replacement != null && replacement.length() > 1;
            runs++;
        }
        // an unchanged text is the original, not a copy of it held beside it
        return new NormalizedText(original, same ? original : out.toString(), Arrays.copyOf(starts, runs), Arrays.copyOf(origins, runs),
                Arrays.copyOf(expanded, runs));
    }

    static String replacement(char c, char next) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u00B4':
                return "'";
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u00AB': case '\u00BB':
                return "\"";
            case '\u2010': case '\u2011': case '\u2012': case '\u2212':
                return "-";
            case '\u2013': case '\u2014': case '\u2015':
                return "-";
            case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': case '\u2002': case '\u2003':
            case '\u3000': case '\t':
                return " ";
            case '\u200B': case '\uFEFF': case '\u00AD':
                return "";
            case '\u2026':
                return "...";
            case '\r':
                // a CR before LF disappears; a lone CR becomes a line break
                return next == '\n' ? "" : "\n";
            default:
                return null;
        }
    }

    /** The text as the user gave it. */
    public String original() {
        return original;
    }

    /** The normalised text the taggers read. */
    public String text() {
        return normalized;
    }

    /** The original offset of normalised offset {@code offset} (0..length inclusive). */
    public int toOriginal(int offset) {
        if (offset < 0 || offset > normalized.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + normalized.length());
        }
        if (offset == normalized.length()) {
            return original.length();
        }
        int k = Arrays.binarySearch(starts, offset);
        if (k < 0) {
            k = -k - 2; // the run that holds it
        }
        return expanded[k] ? origins[k] : origins[k] + (offset - starts[k]);
    }

    /** The original end offset (exclusive) of a span whose normalised end is {@code end}. */
    public int toOriginalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        return Math.min(original.length(), toOriginal(end - 1) + 1);
    }
}
