package org.chronologer.eval.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.ArticleDater;
import org.chronologer.cli.HeapPeak;
import org.chronologer.eval.TextTable;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.DatedArticle;
import org.chronologer.read.Article;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;
import org.chronologer.read.html.WebPageReader;

/**
 * Time per kilobyte of each {@link HostileText} family against normal news text of the same size, in one JVM on one
 * thread: each article goes the way a command takes it (a JSON line read by {@link ArticleReader}, then extracted and
 * dated alone by {@link ArticleDater}, under the article time budget). Normal text of each size is measured before and
 * after the families of that size, and the faster of the two is the baseline, so that a busy machine makes the ratios
 * worse, not better.
 */
public final class HostileBenchmark {

    /** One measured article. */
    public record Row(String family, int bytes, double millis, double normalMillis, double cpuMillis, double normalCpuMillis,
                      long allocatedBytes, long peakHeapBytes, long liveHeapBytes, String outcome, int warnings) {
        /** Milliseconds per kilobyte. */
        public double millisPerKb() {
            return millis / (bytes / 1024.0);
        }

        /** This article's time over normal text's of the same size. */
        public double ratio() {
            return millis / normalMillis;
        }

        /** Milliseconds of the thread's CPU time per kilobyte (what other work on a busy machine changes least). */
        public double cpuMillisPerKb() {
            return cpuMillis / (bytes / 1024.0);
        }

        /** This article's CPU time over normal text's of the same size. */
        public double cpuRatio() {
            return cpuMillis / normalCpuMillis;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workers workers;
    private final ArticleDater dater;
    private final Duration budget;
    private final WebPageReader pages;

    /** A benchmark on one worker with the default knowledge base, each article (its reading too) under {@code budget}. */
    public HostileBenchmark(Duration budget) {
        this.workers = Workers.of(1, MentionExtractor::new);
        this.budget = budget;
        this.pages = new WebPageReader().withTimeBudget(budget);
        this.dater = new ArticleDater(workers, KnowledgeBase.defaults()).withArticleTimeout(budget);
    }

    /**
     * Measures every family of {@code families} at every size once, printing each row to {@code progress} as it comes;
     * no run with full collections (the live heap is -1).
     */
    public List<Row> run(List<HostileText.Family> families, List<Integer> sizes, PrintWriter progress) {
        return run(families, sizes, 1, 0, false, progress);
    }

    /**
     * Measures every family of {@code families} at every size, {@code repeat} times each (in rounds: normal text, every
     * family, normal text again), after {@code warmUp} untimed rounds of every family at the smallest size (another
     * text of it), keeping each text's fastest run (a collection or the machine's other work slows a run;
     * nothing makes one faster than the code is), printing each row to {@code progress} as it comes. With
     * {@code liveHeap}, each text is then run once more, untimed, while another thread runs a full collection every
     * {@link #LIVE_SAMPLE_MILLIS} ms, for the most heap its work keeps alive (its result included) above the heap
     * in use before it; else the live heap is -1.
     */
    public List<Row> run(List<HostileText.Family> families, List<Integer> sizes, int repeat, int warmUp, boolean liveHeap,
                         PrintWriter progress) {
        if (repeat < 1 || warmUp < 0) {
            throw new IllegalArgumentException("repeat " + repeat + ", warm-up " + warmUp);
        }
        measure("warm-up", false, HostileText.normal(8192));
        measure("warm-up", false, HostileText.normal(8192));
        // each family's own code (HeidelTime's rules for its words, the page reader) compiled before it is timed
        int smallest = sizes.stream().mapToInt(Integer::intValue).min().orElse(8192);
        for (int round = 0; round < warmUp; round++) {
            for (HostileText.Family f : families) {
                measure("warm-up", f.html(), f.text(smallest, 2));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int bytes : sizes) {
            String normal = HostileText.normal(bytes);
            List<String> texts = families.stream().map(f -> f.text(bytes, 1)).toList();
            Measure before = null;
            Measure after = null;
            List<Measure> measured = new ArrayList<>(java.util.Collections.nCopies(families.size(), (Measure) null));
            // in rounds, so that a slow stretch of the machine does not fall on all of one text's runs
            for (int round = 0; round < repeat; round++) {
                before = faster(before, measure("normal", false, normal));
                for (int i = 0; i < families.size(); i++) {
                    measured.set(i, faster(measured.get(i), measure(families.get(i).name(), families.get(i).html(), texts.get(i))));
                }
                after = faster(after, measure("normal", false, normal));
            }
            long normalLive = liveHeap ? live("normal", false, normal) : -1;
            List<Long> lives = new ArrayList<>();
            for (int i = 0; i < families.size(); i++) {
                lives.add(liveHeap ? live(families.get(i).name(), families.get(i).html(), texts.get(i)) : -1L);
            }
            double base = Math.min(before.millis, after.millis);
            double cpuBase = Math.min(before.cpuMillis, after.cpuMillis);
            rows.add(new Row("normal text", bytes, base, base, cpuBase, cpuBase, Math.min(before.allocated, after.allocated),
                    Math.min(before.peak, after.peak), normalLive, before.outcome, before.warnings));
            for (int i = 0; i < families.size(); i++) {
                Measure m = measured.get(i);
                rows.add(new Row(families.get(i).name(), bytes, m.millis, base, m.cpuMillis, cpuBase, m.allocated, m.peak, lives.get(i), m.outcome, m.warnings));
            }
            for (Row r : rows.subList(rows.size() - families.size() - 1, rows.size())) {
                progress.printf(Locale.ROOT, "  %s, %s: %.0f ms, x%.2f normal; CPU %.0f ms, x%.2f normal; %s%n", r.family(), size(r.bytes()),
                        r.millis(), r.ratio(), r.cpuMillis(), r.cpuRatio(), r.outcome());
            }
            progress.flush();
        }
        workers.close();
        return rows;
    }

    /** The table of rows: per family and size, time, time per KB, ratio to normal text, allocation and peak heap. */
    public static String table(List<Row> rows) {
        List<String[]> t = new ArrayList<>();
        t.add(new String[] {"family", "size", "ms", "ms/KB", "x normal", "CPU ms/KB", "x normal CPU", "allocated MB", "peak heap MB",
            "live heap MB", "live x size", "outcome"});
        for (Row r : rows) {
            t.add(new String[] {r.family(), size(r.bytes()), String.format(Locale.ROOT, "%.0f", r.millis()),
                String.format(Locale.ROOT, "%.1f", r.millisPerKb()), String.format(Locale.ROOT, "%.2f", r.ratio()),
                String.format(Locale.ROOT, "%.1f", r.cpuMillisPerKb()), String.format(Locale.ROOT, "%.2f", r.cpuRatio()),
                String.format(Locale.ROOT, "%.0f", r.allocatedBytes() / 1048576.0),
                String.format(Locale.ROOT, "%.0f", r.peakHeapBytes() / 1048576.0),
                r.liveHeapBytes() < 0 ? "-" : String.format(Locale.ROOT, "%.1f", r.liveHeapBytes() / 1048576.0),
                r.liveHeapBytes() < 0 ? "-" : String.format(Locale.ROOT, "%.1f", r.liveHeapBytes() / (double) r.bytes()), r.outcome()});
        }
        return TextTable.render(t, "  ");
    }

    /** How often the run for the live heap collects the heap, in milliseconds. */
    static final long LIVE_SAMPLE_MILLIS = 20;

    /**
     * The most heap the reading and dating of {@code text} keeps alive, its result included, above the heap in use
     * before it (its JSON line, made before, not counted): the text is read and dated once while another thread runs a full collection every
     * {@link #LIVE_SAMPLE_MILLIS} ms, and once more at the end, each time reading the heap in use right after it.
     */
    private long live(String name, boolean html, String text) {
        byte[] line = line(name, html, text);
        java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        long before = afterCollection();
        java.util.concurrent.atomic.AtomicLong most = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                memory.gc();
                most.accumulateAndGet(afterCollection(), Math::max);
                try {
                    Thread.sleep(LIVE_SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "live-heap");
        sampler.setDaemon(true);
        sampler.start();
        ArticleDater.DatedCorpus result = read(line, new ArrayList<>());
        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        memory.gc();
        most.accumulateAndGet(afterCollection(), Math::max);
        java.lang.ref.Reference.reachabilityFence(result);
        return Math.max(0, most.get() - before);
    }

    /**
     * The heap in use right after the last collection, as the collector counted it (what the running work allocated
     * since is not counted).
     */
    private static long afterCollection() {
        long used = 0;
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    /** {@code text} as the JSON line of an article named {@code name}, in UTF-8. */
    private static byte[] line(String name, boolean html, String text) {
        Map<String, String> line = new LinkedHashMap<>();
        line.put("id", name);
        line.put(html ? "html" : "text", text);
        try {
            return (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a JSON line the way the commands do, and dates its article; problems of reading go to {@code problems}. */
    private ArticleDater.DatedCorpus read(byte[] line, List<InputProblem> problems) {
        List<Article> articles = new ArticleReader(new ByteArrayInputStream(line), 4L << 20, pages).readAll(List.of("-"), problems);
        return dater.dateCorpus(articles);
    }

    private record Measure(double millis, double cpuMillis, long allocated, long peak, String outcome, int warnings) {
    }

    /** Of two runs on the same text, the one of less wall time; {@code b} when {@code a} is null. */
    private static Measure faster(Measure a, Measure b) {
        return a == null || b.millis < a.millis ? b : a;
    }

    /** Where a warning of text too dense to tag says the dense part is. */
    private static final Pattern DENSE_AT = Pattern.compile("too dense .*? at characters ([\\d,]+ to [\\d,]+)");

    private Measure measure(String name, boolean html, String text) {
        byte[] line = line(name, html, text);
        List<InputProblem> problems = new ArrayList<>();
        HeapPeak.reset();
        long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long allocatedBefore = allocated();
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        ArticleDater.DatedCorpus dated = read(line, problems);
        double millis = (System.nanoTime() - t0) / 1e6;
        double cpuMillis = (cpuNanos() - cpu0) / 1e6;
        long allocatedBytes = allocated() - allocatedBefore;
        long peak = Math.max(0, HeapPeak.peakBytes() - heapBefore);
        problems.addAll(dated.failures());
        String outcome;
        int warnings = 0;
        if (!problems.isEmpty()) {
            outcome = problems.get(0).kind().name().toLowerCase(Locale.ROOT) + ": " + problems.get(0).message();
            warnings = (int) problems.stream().filter(p -> p.kind() == InputProblem.Kind.WARNING).count();
        } else {
            DatedArticle d = dated.articles().get(0);
            outcome = d.mentions().size() + " mentions";
            warnings = d.problems().size();
            for (String p : d.problems()) {
                Matcher at = DENSE_AT.matcher(p);
                outcome += at.find() ? "; warned: too dense at " + at.group(1) : "; warning: " + p;
            }
        }
        return new Measure(millis, cpuMillis, allocatedBytes, peak, outcome.length() > 90 ? outcome.substring(0, 87) + "..." : outcome,
                warnings);
    }

    /** The CPU time of this thread (the one article's work runs on), or wall time where the JVM cannot tell it. */
    private static long cpuNanos() {
        java.lang.management.ThreadMXBean t = ManagementFactory.getThreadMXBean();
        return t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static long allocated() {
        java.lang.management.ThreadMXBean t = ManagementFactory.getThreadMXBean();
        if (t instanceof com.sun.management.ThreadMXBean sun) {
            return sun.getCurrentThreadAllocatedBytes();
        }
        return 0;
    }

    /** A size in bytes, as a reader reads it: "4 KB", "1.5 MB". */
    static String size(int bytes) {
        if (bytes >= 1 << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
        }
        return String.format(Locale.ROOT, "%d KB", bytes / 1024);
    }
}
