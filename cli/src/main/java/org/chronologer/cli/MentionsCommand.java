package org.chronologer.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chronologer.Mention;
import org.chronologer.MentionExtractor;
import org.chronologer.date.DateInference;
import org.chronologer.date.DatedArticle;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.read.InputProblem;
import org.chronologer.write.MentionsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chronologer mentions}: every temporal expression with its value, a debugging view. */
@Command(name = "mentions", mixinStandardHelpOptions = true,
        description = "Lists every temporal expression of each article with its span, type, value, interval and tagger.")
public final class MentionsCommand implements Callable<Integer> {

    enum Format { text, jsonl }

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    CorpusOptions corpus;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for every article (overrides the articles' own). Without it, an article with no date of its own is dated by inference first.")
    LocalDate date;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<InputProblem> problems = new ArrayList<>();
        int[] counts = new int[2];
        KnowledgeBase kb = corpus.knowledgeBase();
        try (MentionExtractor extractor = new MentionExtractor()) {
            DateInference inference = new DateInference(extractor, kb);
            corpus.stream(err, problems, article -> {
                Optional<LocalDate> published = date != null ? Optional.of(date) : article.declared();
                List<Mention> mentions;
                String dated;
                if (published.isPresent()) {
                    MentionExtractor.Result result = extractor.extract(article.text(), published);
                    result.problems().forEach(p -> {
                        problems.add(org.chronologer.read.InputProblem.warning(article.source(), p));
                        err.println(article.source() + ": warning: " + p);
                    });
                    mentions = result.mentions();
                    dated = date != null ? "given" : "declared";
                } else {
                    DatedArticle d = inference.date(article);
                    d.problems().forEach(p -> {
                        problems.add(org.chronologer.read.InputProblem.warning(article.source(), p));
                        err.println(article.source() + ": warning: " + p);
                    });
                    published = Optional.of(d.published().best());
                    mentions = d.mentions();
                    dated = "inferred";
                }
                if (format == Format.jsonl) {
                    out.println(MentionsWriter.jsonLine(article.id(), published, dated, mentions));
                } else {
                    out.print(MentionsWriter.table(article.id(), published, dated, mentions));
                }
                out.flush();
                counts[0]++;
            });
        }
        err.println(CorpusOptions.summary(counts[0], problems));
        return CorpusOptions.exitCode(problems);
    }
}
