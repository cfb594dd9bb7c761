package org.chronologer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.read.Article;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;
import org.chronologer.read.html.WebPageReader;
import org.chronologer.tag.HeidelTimeDatePhrases;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The inputs and knowledge base of the commands that read a whole corpus (a picocli mixin). */
final class CorpusOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-",
            description = ".txt files, .jsonl/.json files (one article per line), directories, or - for JSON Lines on standard input.")
    List<String> inputs;

    @Option(names = "--knowledge", paramLabel = "FILE",
            description = "A knowledge base of dated events (same schema as the default) that extends and overrides the default one.")
    Path knowledge;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "Refuse (and report) any article larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--article-timeout", paramLabel = "TIME", defaultValue = "2m", converter = TimeConverter.class,
            description = "The most time one article may take (e.g. 90s, 5m; default: ${DEFAULT-VALUE}). An article over it is "
                    + "reported as an error, its partial results dropped, and the run goes on.")
    java.time.Duration articleTimeout;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    int threads = Workers.cores();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads, each with its own taggers (default: one per core, here ${sys:chronologer.cores}). The output does not depend on it.")
    void threads(int n) {
        if (n < 1) {
            throw new ParameterException(command.commandLine(), "--threads must be at least 1, not " + n);
        }
        threads = n;
    }

    @Option(names = {"-q", "--quiet"}, description = "No progress line on standard error (it is shown only when standard error is a terminal).")
    boolean quiet;

    @Option(names = "--stats", description = "Close the run with its rate (articles/s) and peak heap on standard error. "
            + "It also runs a full collection every 250 articles (every block of date) to measure the heap the run keeps alive.")
    boolean stats;

    private final long startedNanos = System.nanoTime();

    {
        HeapPeak.liveBytes(); // starts listening to the collector from the start of the run
    }
    private Progress progress;

    /** The worker threads the command runs its taggers on. */
    Workers workers() {
        return Workers.of(threads, MentionExtractor::new);
    }

    /**
     * The progress line of this run, shown only when standard error is a terminal and not with --quiet.
     *
     * @param streamed whether the command writes article by article (date, mentions) rather than all at the end
     */
    Progress progress(PrintWriter err, boolean streamed) {
        if (progress == null) {
            progress = new Progress(err, !quiet && Progress.stderrIsTerminal(), streamed ? inputBytes() : 0, streamed);
        }
        return progress;
    }

    /**
     * The progress line of this run, which also reports each article that failed (an exception in one of its stages, or
     * over --article-timeout): printed to {@code err} and added to {@code problems}.
     */
    Progress progress(PrintWriter err, boolean streamed, List<InputProblem> problems) {
        Progress p = progress(err, streamed);
        p.onFailure(f -> failed(err, problems, f));
        return p;
    }

    /** The failure of an article whose result could not be turned into output (a writer's exception). */
    static InputProblem writeFailure(org.chronologer.read.Article article, RuntimeException e) {
        return new InputProblem(article.source(), "article '" + article.id() + "' failed (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ") while writing; left out");
    }

    /** Reports an article that failed: printed to {@code err} as an error and added to {@code problems}. */
    static void failed(PrintWriter err, List<InputProblem> problems, InputProblem failure) {
        synchronized (problems) {
            problems.add(failure);
        }
        report(err, "error: " + failure);
    }

    /** The size of the input files, or 0 when it is not known (standard input). */
    private long inputBytes() {
        long total = 0;
        for (String in : inputs) {
            if (in.equals("-")) {
                return 0;
            }
            try (Stream<Path> files = Files.walk(Path.of(in))) {
                total += files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
        return total;
    }

    /** Reports a warning about one article: printed to {@code err} and added to {@code problems}. */
    static void warn(PrintWriter err, List<InputProblem> problems, String source, String message) {
        problems.add(InputProblem.warning(source, message));
        report(err, source + ": warning: " + message);
    }

    /** Prints one line on standard error, control characters escaped, above the progress line. */
    static void report(PrintWriter err, String line) {
        synchronized (err) {
            if (Progress.lineShown()) {
                err.print("\r\033[K"); // a terminal: clear the progress line, which the next refresh prints again
            }
            err.println(TextSafe.line(line));
            err.flush();
        }
    }

    /** Under --stats, measures the heap the run keeps alive at this point (a full collection; see {@link HeapPeak#checkpoint}). */
    void checkpoint() {
        if (stats) {
            checkpoints.add(HeapPeak.checkpoint());
        }
    }

    /** The heap in use at this run's checkpoints. */
    private final List<Long> checkpoints = new ArrayList<>();

    /** The closing line, with the rate and peak heap under --stats. */
    String closing(int processed, List<InputProblem> problems) {
        if (progress != null) {
            progress.finish();
        }
        String line = summary(processed, problems);
        if (stats) {
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            line += String.format(Locale.ROOT, "; %.1f s, %.1f articles/s, peak heap %d MB (after any collection: %d MB), %d thread(s)",
                    seconds, processed / seconds, HeapPeak.peakBytes() / (1024 * 1024), HeapPeak.liveBytes() / (1024 * 1024), threads)
                    + HeapPeak.describe(checkpoints);
        }
        return line;
    }

    /** The articles read, in order; each problem is printed to {@code err} as it is met and added to {@code problems}. */
    List<Article> read(PrintWriter err, List<InputProblem> problems) {
        List<Article> articles = new ArrayList<>();
        stream(err, problems, articles::add);
        return articles;
    }

    /** Hands each article on as it is read; each problem is printed to {@code err} and added to {@code problems}. */
    void stream(PrintWriter err, List<InputProblem> problems, Consumer<Article> articles) {
        // web pages not in English: the date phrases of their language are read when nothing else gives a day
        WebPageReader pages = HeidelTimeDatePhrases.pageReader(articleTimeout);
        new ArticleReader(System.in, maxBytes, pages).read(inputs, articles, p -> {
            problems.add(p);
            report(err, (p.kind() == InputProblem.Kind.ERROR ? "error: " : "") + p);
        });
    }

    /** The line that closes a run: how many articles were processed, and what became of the others. */
    static String summary(int processed, List<InputProblem> problems) {
        long errors = problems.stream().filter(p -> p.kind() == InputProblem.Kind.ERROR).count();
        long skipped = problems.stream().filter(p -> p.kind() == InputProblem.Kind.SKIPPED).count();
        long warnings = problems.stream().filter(p -> p.kind() == InputProblem.Kind.WARNING).count();
        return processed + " article(s) processed, " + errors + " input(s) with errors, " + skipped + " skipped, "
                + warnings + " warning(s)";
    }

    /** The exit code for the problems met: 2 when any input could not be read, else 0. */
    static int exitCode(List<InputProblem> problems) {
        return problems.stream().anyMatch(p -> p.kind() == InputProblem.Kind.ERROR) ? Main.EXIT_BAD_INPUT : 0;
    }

    /** The knowledge base to use. */
    KnowledgeBase knowledgeBase() {
        return Knowledge.load(knowledge);
    }
}
