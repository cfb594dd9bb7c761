package org.chronologer.read;

import java.util.Arrays;
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
    /** {@code origin[i]} is the original offset of normalised char {@code i}; one extra entry for the end. */
    private final int[] origin;

    private NormalizedText(String original, String normalized, int[] origin) {
        this.original = original;
        this.normalized = normalized;
        this.origin = origin;
    }

    /** Normalises {@code original}. */
    public static NormalizedText of(String original) {
        Objects.requireNonNull(original, "original");
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() * 3 + 1];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            String replacement = replacement(c, i + 1 < original.length() ? original.charAt(i + 1) : ' ');
            if (replacement == null) {
                out.append(c);
                origin[n++] = i;
            } else {
                for (int k = 0; k < replacement.length(); k++) {
                    out.append(replacement.charAt(k));
                    origin[n++] = i;
                }
            }
        }
        origin[n] = original.length();
        return new NormalizedText(original, out.toString(), Arrays.copyOf(origin, n + 1));
    }

    private static String replacement(char c, char next) {
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
        if (offset < 0 || offset >= origin.length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + (origin.length - 1));
        }
        return origin[offset];
    }

    /** The original end offset (exclusive) of a span whose normalised end is {@code end}. */
    public int toOriginalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        return Math.min(original.length(), toOriginal(end - 1) + 1);
    }
}
