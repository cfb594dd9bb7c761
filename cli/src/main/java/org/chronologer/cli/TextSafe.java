package org.chronologer.cli;

import org.chronologer.write.TextEscape;

/** Messages for the terminal, with any control character of a file name or text escaped (see {@link TextEscape}). */
final class TextSafe {
    private TextSafe() {
    }

    /** {@code s} on one line, control characters escaped. */
    static String line(String s) {
        return TextEscape.escape(s);
    }
}
