package org.chronologer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronologer.ArticleDater;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.DatedArticle;
import org.chronologer.read.Article;
import org.chronologer.read.InputProblem;
import org.chronologer.write.DateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chronologer date}: when each article was written, with the evidence. */
@Command(name = "date", mixinStandardHelpOptions = true,
        description = "Infers when each article was written: a window, a best day, a confidence and the evidence. "
                + "Articles of one run are dated together, so articles that tell the same happening share evidence.")
public final class DateCommand implements Callable<Integer> {

    enum Format { text, json, jsonl }

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--block", paramLabel = "N", defaultValue = "1000",
            description = "Date the articles in blocks of N, in input order: articles of one block share evidence, and memory "
                    + "depends on N, not on the size of the corpus (default: ${DEFAULT-VALUE}).")
    int block;

    @Option(names = "--alone", description = "Date each article on its own evidence only (no sharing between articles).")
    boolean alone;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KnowledgeBase kb = corpus.knowledgeBase();
        List<InputProblem> problems = new ArrayList<>();
        Progress progress = corpus.progress(err);
        List<DatedArticle> all = new ArrayList<>();
        int[] count = new int[1];
        try (Workers workers = corpus.workers()) {
            ArticleDater dater = new ArticleDater(workers, kb);
            List<Article> block = new ArrayList<>();
            Runnable dateBlock = () -> {
                List<DatedArticle> dated = alone ? workers.map(block, dater::dateAlone) : dater.dateCorpus(block).articles();
                for (DatedArticle d : dated) {
                    d.problems().forEach(p -> CorpusOptions.warn(err, problems, d.article().source(), p));
                    switch (format) {
                        case json -> all.add(d);
                        case jsonl -> out.println(DateWriter.jsonLine(d));
                        default -> out.print(DateWriter.text(d));
                    }
                    progress.done(d.article().text().length());
                }
                out.flush();
                corpus.checkpoint(); // the block and its dates are still alive here: the most this run holds
                count[0] += block.size();
                block.clear();
            };
            // streamed in blocks: the articles of a block share evidence, and memory depends on the block, not the corpus
            corpus.stream(err, problems, article -> {
                block.add(article);
                if (block.size() >= this.block) {
                    dateBlock.run();
                }
            });
            if (!block.isEmpty()) {
                dateBlock.run();
            }
            if (format == Format.json) {
                out.println(DateWriter.jsonArray(all));
                out.flush();
            }
        }
        err.println(corpus.closing(count[0], problems));
        return CorpusOptions.exitCode(problems);
    }
}
