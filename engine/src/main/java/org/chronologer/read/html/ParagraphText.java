package org.chronologer.read.html;

/**
 * A page's text built from its pieces as they come, a line at a time: each line's runs of spaces, tabs, vertical tabs,
 * form feeds, carriage returns and no-break spaces read as one space, the white space at its ends left out, blank lines
 * left out, and the lines joined by a blank line.
 *
 * <p>The pieces are not gathered first and the lines cut out of them after: for a page of megabytes, the gathered text
 * was as large as the text made of it, and grew by doubling while it was gathered. Only the white space after a line's
 * last other character waits here, until the line goes on or ends.
 */
final class ParagraphText {

    private final StringBuilder text = new StringBuilder();
    /** The white space since the line's last other character, written only if the line goes on. */
    private final StringBuilder pending = new StringBuilder();
    /** Whether the line has a character that is not white space. */
    private boolean started;

    /** Appends {@code piece}, whose line breaks end lines. */
    void append(CharSequence piece) {
        for (int i = 0; i < piece.length(); i++) {
            append(piece.charAt(i));
        }
    }

    /** Ends the line. */
    void lineBreak() {
        pending.setLength(0);
        started = false;
    }

    private void append(char c) {
        if (c == '\n') {
            lineBreak();
        } else if (blank(c)) {
            if (started) {
                pending.append(c);
            }
        } else {
            if (!started) {
                started = true;
                if (text.length() > 0) {
                    text.append("\n\n");
                }
            }
            for (int i = 0; i < pending.length(); i++) {
                char p = pending.charAt(i);
                if (isSpace(p)) {
                    text.append(' ');
                    while (i + 1 < pending.length() && isSpace(pending.charAt(i + 1))) {
                        i++;
                    }
                } else {
                    text.append(p);
                }
            }
            pending.setLength(0);
            text.append(c);
        }
    }

    /** The text so far: its lines, each as read above, joined by blank lines. */
    @Override
    public String toString() {
        return text.toString();
    }

    /** Whether {@code c} is a space, tab, vertical tab, form feed, carriage return or no-break space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
    }

    /** Whether {@code c} is left out at a line's ends: white space as {@link String#strip} reads it, or a no-break space. */
    private static boolean blank(char c) {
        return Character.isWhitespace(c) || isSpace(c);
    }
}
