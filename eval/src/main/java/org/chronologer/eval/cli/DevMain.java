package org.chronologer.eval.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The developers' commands: evaluations on public corpora and benchmarks. They live in the evaluation module, so the
 * engine and the user's command line carry none of them.
 */
@Command(name = "chronologer-eval", mixinStandardHelpOptions = true, version = "chronologer-eval 0.1.0",
        description = "Evaluations and benchmarks of Chronologer (developer tools).",
        subcommands = {EvalDatingCommand.class, FitDatingCommand.class, EvalWebCommand.class, EvalTempEvalCommand.class, EvalTimelineCommand.class,
            EvalSentencesCommand.class, EvalEventsCommand.class, FitEventsCommand.class, FitDensityCommand.class, BenchCommand.class, BenchCorpusCommand.class, BenchScalingCommand.class, BenchHostileCommand.class,
            CommandLine.HelpCommand.class})
public final class DevMain {

    /** Exit code: bad usage or unreadable input. */
    public static final int EXIT_BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given output and error streams and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new DevMain());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("chronologer-eval: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        });
        return cl.execute(args);
    }
}
