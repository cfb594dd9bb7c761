package org.chronologer.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.chronologer.extract.Workers;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code chronologer} command: subcommands over the engine. */
@Command(name = "chronologer", mixinStandardHelpOptions = true, version = "chronologer 0.1.0",
        description = "Reconstructs timelines from news articles whose dates are missing or untrusted.",
        subcommands = {TimelineCommand.class, DateCommand.class, CheckCommand.class, MentionsCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:check found a declared date the text contradicts",
                "2:bad usage, or an input that could not be read (the others are still processed)",
                "3:the output could not be written (disk full, closed pipe)",
                "4:out of memory or an internal failure"})
public final class Main {

    /** Exit code: a declared date contradicted ({@code check}). */
    public static final int EXIT_CONTRADICTED = 1;
    /** Exit code: bad usage or unreadable input. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code: the output could not be written (a full disk, a closed pipe). */
    public static final int EXIT_OUTPUT_FAILED = 3;
    /** Exit code: out of memory or an internal failure. */
    public static final int EXIT_INTERNAL = 4;

    public static void main(String[] args) {
        // our own output goes straight to the file descriptors, so that write errors are seen (System.out hides them);
        // System.out and System.err are then silenced: the taggers' own messages (HeidelTime, UIMA) never reach the user
        Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16);
        Writer err = new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8);
        silenceLibraries();
        int code = run(out, err, args);
        System.exit(code);
    }

    /**
     * Silences {@code System.out}, {@code System.err} and java.util.logging, where the taggers (HeidelTime, UIMA) write
     * their own messages: for a program that writes its output to the file descriptors itself.
     */
    public static void silenceLibraries() {
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(silent);
        System.setErr(silent);
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
    }

    /** Runs the command line and returns its exit code (no {@code System.exit}, for tests). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * Runs the command line with the given output and error streams and returns its exit code. A failure to write
     * {@code out} stops the run (exit 3).
     */
    public static int run(Writer out, Writer err, String... args) {
        PrintWriter errors = new PrintWriter(err, true);
        System.setProperty("chronologer.cores", Integer.toString(Workers.cores())); // --threads' help names its default
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(FailFastWriter.printWriter(out, "standard output"));
        cl.setErr(errors);
        cl.setParameterExceptionHandler(Main::badUsage);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> failure(ex, cmd.getCommandName(), cmd.getErr()));
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return failure(e, "chronologer", errors);
        } finally {
            try {
                out.flush();
            } catch (IOException | RuntimeException e) {
                // the command has reported its own output failure, if any
            }
            errors.flush();
        }
    }

    /** A usage error: the message, picocli's suggestions for a mistyped option, and where to find help; no usage dump. */
    private static int badUsage(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(TextSafe.line(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return EXIT_BAD_INPUT;
    }

    /** The exit code and one-line message for a failure during a run. */
    static int failure(Throwable ex, String command, PrintWriter err) {
        if (ex instanceof OutputFailed o) {
            if (!o.isClosedPipe()) {
                err.println("chronologer: " + TextSafe.line(o.describe()));
            }
            return EXIT_OUTPUT_FAILED;
        }
        if (ex instanceof OutOfMemoryError) {
            err.println("chronologer: out of memory: run with fewer --threads (each holds its own taggers), smaller date --block, "
                    + "or more heap (CHRONOLOGER_JAVA_OPTS=-Xmx4g)");
            return EXIT_INTERNAL;
        }
        if (ex instanceof IllegalArgumentException || ex instanceof UncheckedIOException) {
            err.println("chronologer " + command + ": " + TextSafe.line(String.valueOf(ex.getMessage())));
            return EXIT_BAD_INPUT;
        }
        err.println("chronologer " + command + ": internal failure (" + TextSafe.line(ex.toString())
                + "); this is a bug: please report it with the command and its input");
        return EXIT_INTERNAL;
    }
}
