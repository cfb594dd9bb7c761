package org.chronologer.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chronologer.eval.bench.HostileBenchmark;
import org.chronologer.eval.bench.HostileText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chronologer bench-hostile}: time per KB of hostile texts against normal text of the same size. */
@Command(name = "bench-hostile", mixinStandardHelpOptions = true,
        description = "Times each family of hostile text (digit runs, clock tokens, years, weekday names, unbalanced quotes, "
                + "long words, zero-width characters, web pages full of <time> or unclosed comments, ...) against normal news "
                + "text of the same size, one article at a time on one thread, the way the commands read and date it, and "
                + "prints ms per KB and the ratio to normal text.")
public final class BenchHostileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", paramLabel = "KB", split = ",", defaultValue = "4,16,64",
            description = "Article sizes in KB (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--normal", paramLabel = "DIR", defaultValue = "fixtures/putin-beijing",
            description = "Normal news articles (.txt), repeated to each size (default: ${DEFAULT-VALUE}).")
    Path normal;

    @Option(names = "--family", paramLabel = "NAME", description = "Only these families (default: all); repeatable.")
    List<String> families;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "The time budget of each article, in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
            description = "Rounds of runs (normal text, each family, normal text), each text's fastest run kept (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "2",
            description = "Untimed rounds of every family at the smallest size first, so that no family is timed while its code "
                    + "is still being compiled (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--no-live-heap",
            description = "Skip the run of each text, untimed, with a full collection every 20 ms, for the most heap its work "
                    + "keeps alive (the live heap column).")
    boolean noLiveHeap;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> texts = new ArrayList<>();
        if (!Files.isDirectory(normal)) {
            err.println("bench-hostile: no directory " + normal + " of normal articles (--normal)");
            return DevMain.EXIT_BAD_INPUT;
        }
        try (Stream<Path> files = Files.list(normal)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        if (texts.isEmpty() || sizes.stream().anyMatch(s -> s < 1) || timeoutSeconds < 1 || repeat < 1 || warmUp < 0) {
            err.println("bench-hostile: give normal .txt articles, sizes of at least 1 KB, a positive --article-timeout and --repeat, and --warm-up of 0 or more");
            return DevMain.EXIT_BAD_INPUT;
        }
        HostileText.useNormal(texts);
        List<HostileText.Family> chosen = families == null ? HostileText.families()
                : families.stream().map(HostileText::family).toList();
        out.printf(Locale.ROOT, "%d families x %s KB, 1 thread, article time budget %d s, %d warm-up round(s), fastest of %d run(s) each; %s %s%n",
                chosen.size(), sizes, timeoutSeconds, warmUp, repeat, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        out.flush();
        List<HostileBenchmark.Row> rows = new HostileBenchmark(Duration.ofSeconds(timeoutSeconds))
                .run(chosen, sizes.stream().map(kb -> kb * 1024).toList(), repeat, warmUp, !noLiveHeap, err);
        out.print(HostileBenchmark.table(rows));
        double worst = rows.stream().filter(r -> !r.family().equals("normal text")).mapToDouble(HostileBenchmark.Row::ratio).max().orElse(0);
        double worstCpu = rows.stream().filter(r -> !r.family().equals("normal text")).mapToDouble(HostileBenchmark.Row::cpuRatio).max().orElse(0);
        out.printf(Locale.ROOT, "worst: x%.2f normal text's time per KB (x%.2f its CPU time); CPU: the CPU time of the thread that reads "
                + "and dates the article (other work on the machine changes it least); allocated: bytes allocated on the thread; peak "
                + "heap: the heap pools' peak above the heap in use before the article (garbage included); live heap: the most heap "
                + "in use right after a full collection (one every 20 ms, in a run of its own) above the heap before the article; "
                + "live x size: that over the article's size%n", worst, worstCpu);
        out.flush();
        return 0;
    }
}
