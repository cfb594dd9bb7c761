package org.chronologer.read;

import java.io.BufferedReader;
import java.io.IOException;

/** Lines of a reader, where a line longer than the limit is skipped to its end without being held in memory. */
final class BoundedLines {

    /** A line, or the mark of one too long to keep. */
    record Line(String text, boolean tooLong) {
    }

    private final BufferedReader in;
    private final long maxChars;

    BoundedLines(BufferedReader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end. */
    Line next() throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        int c;
        boolean any = false;
        while ((c = in.read()) != -1) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (tooLong) {
                continue;
            }
            sb.append((char) c);
            if (sb.length() > maxChars) {
                tooLong = true;
                sb.setLength(0);
            }
        }
        if (!any) {
            return null;
        }
        if (!tooLong && sb.length() > 0 && sb.charAt(sb.length() - 1) == '\r') {
            sb.setLength(sb.length() - 1);
        }
        return new Line(tooLong ? "" : sb.toString(), tooLong);
    }
}
