package org.chronologer.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.chronologer.ChronologyBuilder;
import org.chronologer.cli.HeapPeak;
import org.chronologer.eval.TextTable;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.read.Article;
import org.chronologer.tag.HeidelTimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chronologer bench}: in one run, on the same articles and in the same JVM, the rate of bare HeidelTime and of
 * Chronologer's stages, with their peak heap and the ratios between them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures, on the same dated articles in one JVM: bare HeidelTime (one instance, news mode, true "
                + "date), Chronologer's mentions with 1 thread and with --threads, and the whole timeline; prints "
                + "articles/s, peak heap and the ratios. Make a corpus with bench-corpus.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Dated articles: TimeML .tml folders, or .jsonl/.txt inputs with a published date.")
    List<String> corpus;

    @Option(names = "--articles", paramLabel = "N", description = "Use the first N articles (default: all).")
    Integer articles;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the parallel runs (default: one per core, here ${DEFAULT-VALUE}).")
    int threads = Workers.cores();

    @Option(names = "--timeline-articles", paramLabel = "N", defaultValue = "1000",
            description = "Articles of the timeline run, the first N (default: ${DEFAULT-VALUE}; 0 skips it).")
    int timelineArticles;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "20", description = "Articles each run processes before it is timed (default: ${DEFAULT-VALUE}).")
    int warmUp;

    /** One measured run. */
    private record Run(String name, int threads, int articles, double seconds, long peakHeap, long liveHeap) {
        double rate() {
            return articles / seconds;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> all = BenchCorpusCommand.read(corpus, err);
        if (articles != null) {
            all = all.subList(0, Math.min(articles, all.size()));
        }
        if (all.isEmpty()) {
            err.println("bench: no dated article in " + corpus + " (bench-corpus writes a dated corpus)");
            return DevMain.EXIT_BAD_INPUT;
        }
        List<Article> set = all;
        long chars = set.stream().mapToLong(a -> a.text().length()).sum();
        out.printf(Locale.ROOT, "%d articles, %.1f KB of text (%.0f characters per article); %d core(s), max heap %d MB, %s %s%n",
                set.size(), chars / 1024.0, chars / (double) set.size(), Workers.cores(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.vm.name"), System.getProperty("java.version"));
        out.flush();
        List<Run> runs = new ArrayList<>();

        HeidelTimeTagger bare = new HeidelTimeTagger(false);
        runs.add(measureOne("bare HeidelTime (news mode, true date)", set, err, a -> bare.tag(a.text(), a.declared())));
        bare.close();

        try (Workers one = Workers.of(1, MentionExtractor::new)) {
            runs.add(measureMentions(set, err, one));
        }
        if (threads > 1) {
            try (Workers many = Workers.of(threads, MentionExtractor::new)) {
                runs.add(measureMentions(set, err, many));
            }
        }
        if (timelineArticles > 0) {
            List<Article> part = set.subList(0, Math.min(timelineArticles, set.size()));
            try (Workers many = Workers.of(threads, MentionExtractor::new)) {
                ChronologyBuilder builder = new ChronologyBuilder(many, KnowledgeBase.defaults());
                builder.build(part.subList(0, Math.min(warmUp, part.size())), List.of());
                HeapPeak.reset();
                long t0 = System.nanoTime();
                builder.build(part, List.of());
                runs.add(new Run("timeline (date, events, graph, episodes)", threads, part.size(), (System.nanoTime() - t0) / 1e9, HeapPeak.peakBytes(), HeapPeak.liveBytes()));
                progress(err, runs.get(runs.size() - 1));
            }
        }

        double base = runs.get(0).rate();
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"run", "threads", "articles", "seconds", "articles/s", "x bare HeidelTime", "peak heap MB", "live heap MB"});
        for (Run r : runs) {
            table.add(new String[] {r.name(), String.valueOf(r.threads()), String.valueOf(r.articles()), String.format(Locale.ROOT, "%.1f", r.seconds()),
                String.format(Locale.ROOT, "%.2f", r.rate()), String.format(Locale.ROOT, "%.2f", r.rate() / base),
                String.valueOf(r.peakHeap() / (1024 * 1024)), String.valueOf(r.liveHeap() / (1024 * 1024))});
        }
        out.print(TextTable.render(table, "  "));
        if (threads > 1) {
            out.printf(Locale.ROOT, "mentions with %d threads: %.2f x its 1-thread rate%n", threads, runs.get(2).rate() / runs.get(1).rate());
        }
        out.println("peak heap: the sum of the heap pools' peaks during the run (garbage included); live heap: the most in use "
                + "right after a collection; both measured after a collection before the run (" + gcNames() + ")");
        out.flush();
        return 0;
    }

    /** One article after the other on this thread. */
    private Run measureOne(String name, List<Article> set, PrintWriter err, Consumer<Article> single) {
        for (Article a : set.subList(0, Math.min(warmUp, set.size()))) {
            single.accept(a);
        }
        HeapPeak.reset();
        long t0 = System.nanoTime();
        for (Article a : set) {
            single.accept(a);
        }
        Run r = new Run(name, 1, set.size(), (System.nanoTime() - t0) / 1e9, HeapPeak.peakBytes(), HeapPeak.liveBytes());
        progress(err, r);
        return r;
    }

    /** Chronologer's mentions of every article (true date given), on the workers, as the mentions command runs them. */
    private Run measureMentions(List<Article> set, PrintWriter err, Workers workers) {
        int threads = workers.threads();
        Function<Article, MentionExtractor.Result> extract = a -> workers.withExtractor(e -> e.extract(a.text(), a.declared()));
        // warm-up: builds every worker's taggers before the clock starts
        workers.map(set.subList(0, Math.min(Math.max(warmUp, 2 * threads), set.size())), extract);
        HeapPeak.reset();
        long t0 = System.nanoTime();
        int[] count = new int[1];
        workers.forEachOrdered(sink -> set.forEach(sink), extract, r -> count[0]++);
        Run r = new Run("mentions", threads, count[0], (System.nanoTime() - t0) / 1e9, HeapPeak.peakBytes(), HeapPeak.liveBytes());
        progress(err, r);
        return r;
    }

    private static void progress(PrintWriter err, Run r) {
        err.printf(Locale.ROOT, "  %s, %d thread(s): %.2f articles/s%n", r.name(), r.threads(), r.rate());
        err.flush();
    }

    private static String gcNames() {
        return String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
    }
}
