package org.chronologer.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code chronologer} command: subcommands over the engine. */
@Command(name = "chronologer", mixinStandardHelpOptions = true, version = "chronologer 0.1.0",
        description = "Reconstructs timelines from news articles whose dates are missing or untrusted.",
        subcommands = {TimelineCommand.class, DateCommand.class, CheckCommand.class, MentionsCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    /** Exit code: bad usage or unreadable input. */
    public static final int EXIT_BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (no {@code System.exit}, for tests). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output and error streams and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("chronologer: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        });
        return cl.execute(args);
    }
}
