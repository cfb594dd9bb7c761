package org.chronologer.eval.bench;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.chronologer.corpus.ArticleLinks;
import org.chronologer.corpus.CorpusWords;
import org.chronologer.corpus.SameHappening;
import org.chronologer.date.DatingModel;
import org.chronologer.episode.EpisodeFinder;
import org.chronologer.model.Episode;
import org.chronologer.order.OrderingGraph;

/**
 * How the ordering graph and episode finding scale, measured on {@link SyntheticCorpus} corpora of growing
 * size: for each size, the fastest of several runs after a warm-up, per stage, with the time per
 * n·log2(n) and the ratio to the previous size (about 2.1 when the size doubles and the time grows as n log n,
 * 4 when it grows as n²).
 *
 * <p>The two stages: building the {@link OrderingGraph} of {@code n} events; finding the links between
 * {@code n} articles ({@link SameHappening#links(List)}), reading their words ({@link CorpusWords}) and
 * clustering them into episodes ({@link EpisodeFinder}).
 */
public final class ScalingBenchmark {

    /** Runs per size and stage, at least; the fastest counts. */
    static final int RUNS = 3;
    /** Fast stages run again until they have taken this long in all (or run {@link #MAX_RUNS} times). */
    static final long MIN_TOTAL_MILLIS = 1000;
    /** The most runs per size and stage. */
    static final int MAX_RUNS = 20;
    /** How long each stage runs, untimed, at the smallest size before any measurement. */
    static final long WARM_UP_MILLIS = 2000;
    /** The seed of every synthetic corpus. */
    static final long SEED = 42;

    private ScalingBenchmark() {
    }

    /** One measurement: the size, the fastest time in milliseconds, and what the stage produced. */
    record Row(int n, double millis, String produced) {
    }

    /** Four sizes, each twice the one before, up to {@code max}: max/8, max/4, max/2, max. */
    public static int[] sizesUpTo(int max) {
        if (max < 16) {
            throw new IllegalArgumentException("the largest size must be at least 16: " + max);
        }
        return new int[] {max / 8, max / 4, max / 2, max};
    }

    /** Measures both stages at each size (ascending) and prints the table to {@code out}, row by row. */
    public static void run(PrintStream out, int... sizes) {
        run(line -> {
            out.println(line);
            out.flush();
        }, sizes);
    }

    /** Measures both stages at each size (ascending) and prints the table to {@code out}, row by row. */
    public static void run(PrintWriter out, int... sizes) {
        run(line -> {
            out.println(line);
            out.flush();
        }, sizes);
    }

    private static void run(Consumer<String> out, int... sizes) {
        if (sizes.length == 0) {
            throw new IllegalArgumentException("no sizes");
        }
        int[] sorted = sizes.clone();
        Arrays.sort(sorted);
        if (sorted[0] < 2) {
            throw new IllegalArgumentException("sizes must be at least 2: " + sorted[0]);
        }
        warmUp(graph(sorted[0]));
        warmUp(episodes(sorted[0]));
        out.accept(String.format(Locale.ROOT, "Scaling on synthetic corpora (seed %d; fastest of %d to %d runs after a warm-up)",
                SEED, RUNS, MAX_RUNS));
        out.accept(String.format(Locale.ROOT, "Java %s, %s, max heap %,d MB, %d processor(s)", Runtime.version(),
                String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList()),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors()));
        table(out, "ordering graph of n events", "relations", sorted, ScalingBenchmark::graph);
        table(out, "links and episodes of n articles", "linked pairs / episodes", sorted, ScalingBenchmark::episodes);
        out.accept("");
        out.accept("ns/(n log2 n): the time over n log2 n, in nanoseconds (flat when the time grows as n log n).");
        out.accept("x prev: the time over the previous size's (about 2.1 for n log n when n doubles, 4 for n^2).");
    }

    /** Measures one stage at each size and prints its rows as they come. */
    private static void table(Consumer<String> out, String title, String producedHeader, int[] sizes, IntFunction<Supplier<String>> stage) {
        out.accept("");
        out.accept(title);
        out.accept(String.format(Locale.ROOT, "%9s %10s %15s %7s  %s", "n", "ms", "ns/(n log2 n)", "x prev", producedHeader));
        Row previous = null;
        for (int n : sizes) {
            Row r = measure(n, stage.apply(n));
            double perNLogN = r.millis() * 1e6 / (r.n() * (Math.log(r.n()) / Math.log(2)));
            String ratio = previous == null ? "-" : String.format(Locale.ROOT, "%.2f", r.millis() / previous.millis());
            out.accept(String.format(Locale.ROOT, "%,9d %10.1f %15.1f %7s  %s", r.n(), r.millis(), perNLogN, ratio, r.produced()));
            previous = r;
        }
    }

    /** Builds the ordering graph of {@code n} synthetic events; tells its number of relations. */
    private static Supplier<String> graph(int n) {
        List<OrderingGraph.Node> events = SyntheticCorpus.events(n, SEED);
        return () -> String.valueOf(OrderingGraph.of(events).relations().size());
    }

    /** Links {@code n} synthetic articles and finds their episodes; tells the linked pairs and the episodes. */
    private static Supplier<String> episodes(int n) {
        List<SyntheticCorpus.Article> articles = SyntheticCorpus.articles(n, SEED);
        List<SameHappening.Clues> clues = articles.stream().map(SyntheticCorpus.Article::clues).toList();
        List<String> texts = clues.stream().map(SameHappening.Clues::text).toList();
        List<EpisodeFinder.Member> members = articles.stream().map(a -> new EpisodeFinder.Member(a.id(), a.published())).toList();
        return () -> {
            ArticleLinks links = SameHappening.links(clues);
            List<Episode> episodes = EpisodeFinder.find(members, CorpusWords.of(texts), links, DatingModel.defaults().siblingLink());
            return links.pairs() + " / " + episodes.size();
        };
    }

    /** Runs the stage, untimed, for {@link #WARM_UP_MILLIS} (and at least {@link #RUNS} times). */
    private static void warmUp(Supplier<String> stage) {
        long start = System.nanoTime();
        for (int k = 0; k < RUNS || System.nanoTime() - start < WARM_UP_MILLIS * 1_000_000L; k++) {
            stage.get();
        }
    }

    /** The fastest of at least {@link #RUNS} runs, more for a fast stage (see {@link #MIN_TOTAL_MILLIS}). */
    private static Row measure(int n, Supplier<String> stage) {
        double best = Double.MAX_VALUE;
        double total = 0;
        String produced = "";
        for (int k = 0; k < RUNS || (total < MIN_TOTAL_MILLIS && k < MAX_RUNS); k++) {
            long t0 = System.nanoTime();
            produced = stage.get();
            double millis = (System.nanoTime() - t0) / 1e6;
            best = Math.min(best, millis);
            total += millis;
        }
        return new Row(n, best, produced);
    }
}
