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

/**
 * Time per kilobyte of each {@link HostileText} family against normal news text of the same size, in one JVM on one
 * thread: each article goes the way a command takes it (a JSON line read by {@link ArticleReader}, then extracted and
 * dated alone by {@link ArticleDater}, under the article time budget). Normal text of each size is measured before and
 * after the families of that size, and the faster of the two is the baseline, so that a busy machine makes the ratios
 * worse, not better.
 */
public final class HostileBenchmark {

    /** One measured article. */
    public record Row(String family, int bytes, double millis, double normalMillis, long allocatedBytes, long peakHeapBytes,
                      String outcome) {
        /** Milliseconds per kilobyte. */
        public double millisPerKb() {
            return millis / (bytes / 1024.0);
        }

        /** This article's time over normal text's of the same size. */
        public double ratio() {
            return millis / normalMillis;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workers workers;
    private final ArticleDater dater;
    private final Duration budget;

    /** A benchmark on one worker with the default knowledge base, each article under {@code budget}. */
    public HostileBenchmark(Duration budget) {
        this.workers = Workers.of(1, MentionExtractor::new);
        this.budget = budget;
        this.dater = new ArticleDater(workers, KnowledgeBase.defaults()).withArticleTimeout(budget);
    }

    /** Measures every family of {@code families} at every size, printing each row to {@code progress} as it comes. */
    public List<Row> run(List<HostileText.Family> families, List<Integer> sizes, PrintWriter progress) {
        measure("warm-up", false, HostileText.normal(8192));
        measure("warm-up", false, HostileText.normal(8192));
        List<Row> rows = new ArrayList<>();
        for (int bytes : sizes) {
            String normal = HostileText.normal(bytes);
            Measure before = measure("normal", false, normal);
            List<Measure> measured = new ArrayList<>();
            for (HostileText.Family f : families) {
                measured.add(measure(f.name(), f.html(), f.text(bytes, 1)));
            }
            Measure after = measure("normal", false, normal);
            double base = Math.min(before.millis, after.millis);
            rows.add(new Row("normal text", bytes, base, base, Math.min(before.allocated, after.allocated),
                    Math.min(before.peak, after.peak), before.outcome));
            for (int i = 0; i < families.size(); i++) {
                Measure m = measured.get(i);
                rows.add(new Row(families.get(i).name(), bytes, m.millis, base, m.allocated, m.peak, m.outcome));
            }
            for (Row r : rows.subList(rows.size() - families.size() - 1, rows.size())) {
                progress.printf(Locale.ROOT, "  %s, %s: %.0f ms, x%.2f normal, %s%n", r.family(), size(r.bytes()), r.millis(), r.ratio(), r.outcome());
            }
            progress.flush();
        }
        workers.close();
        return rows;
    }

    /** The table of rows: per family and size, time, time per KB, ratio to normal text, allocation and peak heap. */
    public static String table(List<Row> rows) {
        List<String[]> t = new ArrayList<>();
        t.add(new String[] {"family", "size", "ms", "ms/KB", "x normal", "allocated MB", "peak heap MB", "outcome"});
        for (Row r : rows) {
            t.add(new String[] {r.family(), size(r.bytes()), String.format(Locale.ROOT, "%.0f", r.millis()),
                String.format(Locale.ROOT, "%.1f", r.millisPerKb()), String.format(Locale.ROOT, "%.2f", r.ratio()),
                String.format(Locale.ROOT, "%.0f", r.allocatedBytes() / 1048576.0),
                String.format(Locale.ROOT, "%.0f", r.peakHeapBytes() / 1048576.0), r.outcome()});
        }
        return TextTable.render(t, "  ");
    }

    private record Measure(double millis, long allocated, long peak, String outcome) {
    }

    private Measure measure(String name, boolean html, String text) {
        Map<String, String> line = new LinkedHashMap<>();
        line.put("id", name);
        line.put(html ? "html" : "text", text);
        byte[] bytes;
        try {
            bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        List<InputProblem> problems = new ArrayList<>();
        HeapPeak.reset();
        long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long allocatedBefore = allocated();
        long t0 = System.nanoTime();
        List<Article> articles = new ArticleReader(new ByteArrayInputStream(bytes), 4L << 20).readAll(List.of("-"), problems);
        ArticleDater.DatedCorpus dated = dater.dateCorpus(articles);
        double millis = (System.nanoTime() - t0) / 1e6;
        long allocatedBytes = allocated() - allocatedBefore;
        long peak = Math.max(0, HeapPeak.peakBytes() - heapBefore);
        problems.addAll(dated.failures());
        String outcome;
        if (!problems.isEmpty()) {
            outcome = problems.get(0).kind().name().toLowerCase(Locale.ROOT) + ": " + problems.get(0).message();
        } else {
            DatedArticle d = dated.articles().get(0);
            outcome = d.mentions().size() + " mentions";
        }
        return new Measure(millis, allocatedBytes, peak, outcome.length() > 90 ? outcome.substring(0, 87) + "..." : outcome);
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
