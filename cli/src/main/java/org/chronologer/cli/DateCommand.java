package org.chronologer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronologer.MentionExtractor;
import org.chronologer.date.DateInference;
import org.chronologer.date.DatedArticle;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.read.Article;
import org.chronologer.read.InputProblem;
import org.chronologer.write.DateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--alone", description = "Date each article on its own evidence only (no sharing between articles).")
    boolean alone;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KnowledgeBase kb = corpus.knowledgeBase();
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = corpus.read(err, problems);
        try (MentionExtractor extractor = new MentionExtractor()) {
            DateInference inference = new DateInference(extractor, kb);
            List<DatedArticle> dated = alone ? articles.stream().map(inference::date).toList() : inference.dateCorpus(articles);
            dated.forEach(d -> d.problems().forEach(p -> {
                problems.add(org.chronologer.read.InputProblem.warning(d.article().source(), p));
                err.println(d.article().source() + ": warning: " + p);
            }));
            switch (format) {
                case json -> out.println(DateWriter.jsonArray(dated));
                case jsonl -> dated.forEach(d -> out.println(DateWriter.jsonLine(d)));
                default -> dated.forEach(d -> out.print(DateWriter.text(d)));
            }
            out.flush();
            err.println(CorpusOptions.summary(dated.size(), problems));
        }
        return CorpusOptions.exitCode(problems);
    }
}
