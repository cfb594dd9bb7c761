package org.chronologer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronologer.ArticleDater;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.DatedArticle;
import org.chronologer.read.Article;
import org.chronologer.read.InputProblem;
import org.chronologer.write.CsvWriter;
import org.chronologer.write.DateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code chronologer date}: when each article was written, with the evidence. */
@Command(name = "date", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Infers when each article was written: a window, a best day, a confidence and the evidence. "
                + "Articles of one run are dated together, so articles that tell the same happening share evidence.")
public final class DateCommand implements Callable<Integer> {

    static final List<Format> FORMATS = List.of(Format.text, Format.json, Format.jsonl, Format.csv);

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, jsonl or csv (default: the one -o's extension "
            + "names, else text).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (through a temporary file, renamed "
            + "when complete) instead of standard output.")
    Path output;

    int block = 1000;

    @Option(names = "--block", paramLabel = "N", defaultValue = "1000",
            description = "Date the articles in blocks of N, in input order: articles of one block share evidence, and memory "
                    + "depends on N, not on the size of the corpus (default: ${DEFAULT-VALUE}).")
    void block(int n) {
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--block must be at least 1, not " + n);
        }
        block = n;
    }

    @Option(names = "--alone", description = "Date each article on its own evidence only (no sharing between articles).")
    boolean alone;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<InputProblem> problems = new ArrayList<>();
        int[] count = new int[1];
        try (Output target = Output.open(spec, format, output, FORMATS, corpus.inputs)) {
            PrintWriter out = target.writer();
            KnowledgeBase kb = corpus.knowledgeBase();
            Progress progress = corpus.progress(err, true, problems);
            List<DatedArticle> all = new ArrayList<>();
            if (target.format() == Format.csv) {
                out.print(CsvWriter.datesHeader());
            }
            try (Workers workers = corpus.workers()) {
                ArticleDater dater = new ArticleDater(workers, kb).withArticleTimeout(corpus.articleTimeout).withProgress(progress);
                List<Article> pending = new ArrayList<>();
                Runnable dateBlock = () -> {
                    // an article that fails is left out and reported (through the progress listener); the others go on
                    List<DatedArticle> dated = alone ? dater.dateEach(pending).articles() : dater.dateCorpus(pending).articles();
                    for (DatedArticle d : dated) {
                        d.problems().forEach(p -> CorpusOptions.warn(err, problems, d.article().source(), p));
                        String written;
                        try {
                            written = switch (target.format()) {
                                case json -> "";
                                case jsonl -> DateWriter.jsonLine(d) + System.lineSeparator();
                                case csv -> CsvWriter.dateRow(d);
                                default -> DateWriter.text(d);
                            };
                        } catch (RuntimeException e) {
                            CorpusOptions.failed(err, problems, CorpusOptions.writeFailure(d.article(), e));
                            continue;
                        }
                        if (target.format() == Format.json) {
                            all.add(d);
                        }
                        out.print(written);
                        out.flush(); // a closed pipe or a full disk stops the run here, not a block later
                        progress.written(d.article().text().length());
                        count[0]++;
                    }
                    corpus.checkpoint(); // the block and its dates are still alive here: the most this run holds
                    pending.clear();
                };
                // streamed in blocks: the articles of a block share evidence, and memory depends on the block, not the corpus
                corpus.stream(err, problems, article -> {
                    pending.add(article);
                    if (pending.size() >= block) {
                        dateBlock.run();
                    }
                });
                if (!pending.isEmpty()) {
                    dateBlock.run();
                }
                if (target.format() == Format.json) {
                    out.println(DateWriter.jsonArray(all));
                }
            }
            progress.finish();
            target.commit();
        }
        err.println(corpus.closing(count[0], problems));
        return CorpusOptions.exitCode(problems);
    }
}
