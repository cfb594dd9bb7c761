package org.chronologer.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.chronologer.ChronologyBuilder;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Chronology;
import org.chronologer.read.Article;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;
import org.chronologer.read.SyntheticArticles;
import org.chronologer.write.ChronologyWriter;

/**
 * The Spark job against the CLI's path in one run, on the same synthetic articles ({@link SyntheticArticles}, as
 * {@code bench-corpus --synthetic} builds them): {@code timeline --format json} with {@code --threads T}, then the job
 * on {@code local[T]}; prints the articles per second of each, their ratio, and the job's stages with their number of
 * tasks and of records read, marking a stage that read the whole corpus in one task.
 *
 * <pre>BenchSpark --synthetic N [--threads T] [--seed S] [--partitions P] SOURCE...</pre>
 */
public final class BenchSpark {

    private BenchSpark() {
    }

    public static void main(String[] args) throws IOException {
        int n = 2000;
        int threads = 2;
        long seed = 1;
        int partitions = 0;
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--synthetic" -> n = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                default -> {
                    if (args[i].startsWith("--")) {
                        System.err.println("bench-spark: unknown option " + args[i]);
                        System.err.println("usage: BenchSpark --synthetic N [--threads T] [--seed S] [--partitions P] SOURCE...");
                        System.exit(2);
                    }
                    sources.add(args[i]);
                }
            }
        }
        if (sources.isEmpty()) {
            System.err.println("bench-spark: give the folders or files of real articles to build the synthetic ones from");
            System.exit(2);
        }
        List<Article> real = new ArrayList<>();
        new ArticleReader().read(sources, real::add, p -> System.err.println(p));
        Path dir = Files.createTempDirectory("bench-spark");
        Path input = dir.resolve("synthetic.jsonl");
        Files.write(input, SyntheticArticles.jsonLines(real, n, seed), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%d synthetic articles from %d real ones (%s), %,d bytes%n", n, real.size(), sources, Files.size(input));

        // in a method of its own, so that none of the chronology is held while the job runs
        double cli = cliPath(input, dir, threads, n);

        long s0 = System.nanoTime();
        SparkSession spark = SparkSession.builder().master("local[" + threads + "]").appName("bench-spark")
                .config("spark.ui.enabled", "false").getOrCreate();
        double start = (System.nanoTime() - s0) / 1e9;
        int corpus = n;
        // Spark's INFO lines (a few per task) drown the figures
        spark.sparkContext().setLogLevel("WARN");
        try {
            long j0 = System.nanoTime();
            List<String> options = new ArrayList<>(List.of(input.toString(), "--output", dir.resolve("spark").toString(), "--format", "jsonl"));
            if (partitions > 0) {
                options.addAll(List.of("--partitions", Integer.toString(partitions)));
            }
            List<StageLog.Stage> stages = ChronologyJob.run(spark, ChronologyJob.Options.parse(options.toArray(String[]::new)));
            double job = (System.nanoTime() - j0) / 1e9;
            System.out.printf(Locale.ROOT, "Spark job (local[%d], session started in %.1f s): %.1f s, %.2f articles/s%n", threads, start, job, n / job);
            System.out.printf(Locale.ROOT, "ratio Spark / CLI: %.2f%n", cli / job);
            System.out.println(stages.size() + " stage(s) (step, tasks, from submission to completion, time in tasks, records read, Spark's name):");
            stages.forEach(System.out::println);
            // a step's stages can run side by side: its time is from its first stage's submission to its last's completion
            Map<String, double[]> bySteps = new LinkedHashMap<>();
            for (StageLog.Stage s : stages) {
                double[] t = bySteps.computeIfAbsent(s.step(), x -> new double[] {0, Double.MAX_VALUE, 0, 0});
                t[0]++;
                t[1] = Math.min(t[1], s.submitted());
                t[2] = Math.max(t[2], s.completed());
                t[3] += s.taskSeconds();
            }
            System.out.println("by step (stages, from its first stage's submission to its last's completion, seconds in tasks):");
            bySteps.forEach((step, t) -> System.out.printf(Locale.ROOT, "  %-10s %4d stage(s) %7.1f s %7.1f s in tasks%n",
                    step.isEmpty() ? "-" : step, (int) t[0], (t[2] - t[1]) / 1000.0, t[3]));
            List<StageLog.Stage> whole = stages.stream().filter(s -> s.tasks() == 1 && s.records() >= corpus).toList();
            System.out.println(whole.isEmpty() ? "no stage read the whole corpus in one task"
                    : whole.size() + " stage(s) read the whole corpus (" + corpus + " records or more) in one task:");
            whole.forEach(System.out::println);
        } finally {
            spark.stop();
        }
    }

    /** The CLI's path on the input (read, build the chronology, write its JSON); its time in seconds, printed. */
    private static double cliPath(Path input, Path dir, int threads, int n) throws IOException {
        long t0 = System.nanoTime();
        Chronology c;
        try (Workers workers = Workers.of(threads, MentionExtractor::new)) {
            List<Article> articles = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            new ArticleReader().read(List.of(input.toString()), articles::add, problems::add);
            c = new ChronologyBuilder(workers, KnowledgeBase.defaults()).build(articles, problems);
            try (java.io.Writer w = Files.newBufferedWriter(dir.resolve("timeline.json"), StandardCharsets.UTF_8)) {
                ChronologyWriter.write(c, w);
            }
        }
        double cli = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "CLI path (timeline --format json, --threads %d): %.1f s, %.2f articles/s (%d events, %d episodes)%n",
                threads, cli, n / cli, c.events().size(), c.episodes().size());
        return cli;
    }
}
