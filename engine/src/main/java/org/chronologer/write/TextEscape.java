package org.chronologer.write;

/**
 * Text for a terminal: control characters (line breaks, escape sequences, NUL, ...) of ids, titles and texts are
 * written as escapes ({@code \n}, {@code \t}, {@code \u001b}), so that an input can neither forge lines of the
 * output nor drive the terminal.
 */
public final class TextEscape {

    private TextEscape() {
    }

    /** {@code s} with every control character (C0, DEL, C1, line and paragraph separators, bidi controls) escaped. */
    public static String escape(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                switch (c) {
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> b.append(String.format("\\u%04x", (int) c));
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
