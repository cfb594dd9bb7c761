package org.chronologer.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress report on standard error for long runs: articles done, their rate and, when the size of
 * the input is known, the time left. It appears only after {@link #QUIET_FOR_NANOS} and only on a terminal.
 */
final class Progress {

    /** Runs shorter than this print nothing. */
    static final long QUIET_FOR_NANOS = 3_000_000_000L;
    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long totalBytes;
    private final long started = System.nanoTime();
    private long lastShown;
    private long doneBytes;
    private int done;
    private boolean shown;

    /**
     * @param enabled whether to print at all (a terminal, and no {@code --quiet})
     * @param totalBytes the size of the input, or 0 when unknown (standard input)
     */
    Progress(PrintWriter err, boolean enabled, long totalBytes) {
        this.err = err;
        this.enabled = enabled;
        this.totalBytes = totalBytes;
    }

    /** Counts one more article of {@code chars} characters. */
    synchronized void done(int chars) {
        done++;
        doneBytes += chars;
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - started < QUIET_FOR_NANOS || now - lastShown < EVERY_NANOS) {
            return;
        }
        lastShown = now;
        err.print("\r" + line(done, doneBytes, totalBytes, (now - started) / 1e9) + "   ");
        err.flush();
        shown = true;
    }

    /** Clears the line, if one was printed. */
    synchronized void finish() {
        if (shown) {
            err.print("\r" + " ".repeat(72) + "\r");
            err.flush();
            shown = false;
        }
    }

    /** The text of the report. */
    static String line(int done, long doneBytes, long totalBytes, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        String s = String.format(Locale.ROOT, "%,d articles · %.1f/s", done, rate);
        if (totalBytes > 0 && doneBytes > 0 && doneBytes < totalBytes) {
            long left = Math.round(seconds * (totalBytes - doneBytes) / doneBytes);
            s += String.format(Locale.ROOT, " · %d%% · about %d:%02d left", Math.min(99, 100 * doneBytes / totalBytes), left / 60, left % 60);
        }
        return s;
    }
}
