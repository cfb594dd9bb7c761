package org.chronologer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.chronologer.ProgressListener;

/**
 * The progress line of a run on standard error: the stage (tagging, dating, linking, ordering), the articles done,
 * their rate and the time left. Runs that know their number of articles ({@code timeline}, {@code check}) count each
 * stage against it; streamed runs ({@code date}, {@code mentions}) count the articles written and, when the input's
 * size is known, the share of it done. The line is refreshed twice a second from the moment the run has lasted
 * {@link #QUIET_FOR_NANOS} (so short runs print nothing, and a slow start-up shows), and only when enabled (standard
 * error is a terminal and there is no {@code --quiet}).
 */
final class Progress implements ProgressListener {

    /** Runs shorter than this print nothing. */
    static final long QUIET_FOR_NANOS = 2_000_000_000L;
    private static final long EVERY_MILLIS = 500;

    private final PrintWriter err;
    private final boolean enabled;
    private final long totalBytes;
    private final boolean streamed;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private Stage stage = Stage.TAGGING;
    private int stageDone;
    private int stageTotal;
    private long stageStarted = started;
    private long doneBytes;
    private int written;
    private int width;
    /** Whether a progress line is on the terminal now. */
    private static volatile boolean shown;
    private volatile java.util.function.Consumer<org.chronologer.read.InputProblem> failures = p -> { };

    /** Hands each article that failed to {@code sink} (which reports it). */
    void onFailure(java.util.function.Consumer<org.chronologer.read.InputProblem> sink) {
        failures = sink;
    }

    @Override
    public void failed(org.chronologer.read.InputProblem problem) {
        failures.accept(problem);
    }

    /**
     * @param enabled    whether to print at all
     * @param totalBytes the size of the input, or 0 when unknown (standard input)
     * @param streamed   whether the run writes article by article ({@link #written}) rather than counting stages
     */
    Progress(PrintWriter err, boolean enabled, long totalBytes, boolean streamed) {
        this.err = err;
        this.enabled = enabled;
        this.totalBytes = totalBytes;
        this.streamed = streamed;
        if (enabled) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "chronologer-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::show, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** Whether standard error is a terminal (whatever standard output is). */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null; // elsewhere: at least when both stdin and stdout are
        }
    }

    @Override
    public synchronized void advanced(Stage s, int done, int total) {
        if (s != stage) {
            stage = s;
            stageStarted = System.nanoTime();
        }
        stageDone = done;
        stageTotal = total;
    }

    /** One more article written (streamed runs), of {@code chars} characters. */
    synchronized void written(int chars) {
        written++;
        doneBytes += chars;
    }

    /** Prints the line now, if the run has lasted long enough. */
    synchronized void show() {
        long now = System.nanoTime();
        if (!enabled || now - started < QUIET_FOR_NANOS) {
            return;
        }
        String line = streamed
                ? streamed(stage, written, doneBytes, totalBytes, (now - started) / 1e9)
                : counted(stage, stageDone, stageTotal, (now - stageStarted) / 1e9);
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
        shown = true;
    }

    /** Whether a progress line is on the terminal now (messages clear it first). */
    static boolean lineShown() {
        return shown;
    }

    /** Stops the line and clears it, if one was printed. */
    synchronized void finish() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
        shown = false;
    }

    /** The line of a stage counted against a known number of articles. */
    static String counted(Stage stage, int done, int total, double seconds) {
        String s = String.format(Locale.ROOT, "%s %,d/%,d articles", name(stage), done, total);
        if (done == 0) {
            return s + (stage == Stage.TAGGING ? " · starting the taggers" : "");
        }
        double rate = seconds > 0 ? done / seconds : 0;
        s += String.format(Locale.ROOT, " · %.1f/s", rate);
        if (rate > 0 && done < total) {
            s += " · about " + clock(Math.round((total - done) / rate)) + " left";
        }
        return s;
    }

    /** The line of a streamed run: articles written, rate and, when the input's size is known, the share done. */
    static String streamed(Stage stage, int written, long doneBytes, long totalBytes, double seconds) {
        double rate = seconds > 0 ? written / seconds : 0;
        String s = String.format(Locale.ROOT, "%s · %,d articles · %.1f/s", name(stage), written, rate);
        if (totalBytes > 0 && doneBytes > 0 && doneBytes < totalBytes) {
            s += String.format(Locale.ROOT, " · %d%% · about %s left", Math.min(99, 100 * doneBytes / totalBytes),
                    clock(Math.round(seconds * (totalBytes - doneBytes) / doneBytes)));
        }
        return s;
    }

    private static String name(Stage s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
