package org.chronologer.eval.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The developers' commands: evaluations on public corpora and benchmarks. They live in the evaluation module, so the
 * engine and the user's command line carry none of them.
 */
@Command(name = "chronologer-eval", mixinStandardHelpOptions = true, version = "chronologer-eval 0.1.0",
        description = "Evaluations and benchmarks of Chronologer (developer tools).",
        subcommands = {EvalDatingCommand.class, FitDatingCommand.class, EvalWebCommand.class, EvalTempEvalCommand.class, EvalTimelineCommand.class, EvalAnchoringCommand.class,
            EvalSentencesCommand.class, EvalEventsCommand.class, FitEventsCommand.class, FitDensityCommand.class, BenchCommand.class, BenchCorpusCommand.class, BenchScalingCommand.class, BenchHostileCommand.class,
            CommandLine.HelpCommand.class})
public final class DevMain {

    /** Exit code: bad usage or unreadable input. */
    public static final int EXIT_BAD_INPUT = 2;

    public static void main(String[] args) {
        // as the user's command line does: our output goes to the file descriptors, and the taggers' own messages
        // (HeidelTime's "wrong format" for a holiday it cannot compute, UIMA's logging) are silenced
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        org.chronologer.cli.Main.silenceLibraries();
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
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
