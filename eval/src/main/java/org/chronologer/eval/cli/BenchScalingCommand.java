package org.chronologer.eval.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.chronologer.eval.bench.ScalingBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chronologer bench-scaling}: how the ordering graph and episode finding scale on synthetic corpora. */
@Command(name = "bench-scaling", mixinStandardHelpOptions = true,
        description = "Times building the ordering graph of n synthetic events, and linking n synthetic articles and "
                + "finding their episodes, for n = MAX/8, MAX/4, MAX/2 and MAX (seeded corpora, fastest of three runs "
                + "after a warm-up), and prints each time per n log2 n and over the previous size's.")
public final class BenchScalingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--max", paramLabel = "N", defaultValue = "100000", description = "The largest corpus size (default: ${DEFAULT-VALUE}).")
    int max;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (max < 16) {
            err.println("bench-scaling: --max must be at least 16, not " + max);
            return DevMain.EXIT_BAD_INPUT;
        }
        ScalingBenchmark.run(spec.commandLine().getOut(), ScalingBenchmark.sizesUpTo(max));
        return 0;
    }
}
