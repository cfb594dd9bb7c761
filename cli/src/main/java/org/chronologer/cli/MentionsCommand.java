package org.chronologer.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chronologer.MentionExtractor;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;
import org.chronologer.write.MentionsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chronologer mentions}: every temporal expression with its value, a debugging view. */
@Command(name = "mentions", mixinStandardHelpOptions = true,
        description = "Lists every temporal expression of each article with its span, type, value, interval and tagger.")
public final class MentionsCommand implements Callable<Integer> {

    enum Format { text, jsonl }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = ".txt files, .jsonl/.json files (one article per line), directories, or - for JSON Lines on standard input.")
    List<String> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for every article (overrides the articles' own).")
    LocalDate date;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<InputProblem> problems = new ArrayList<>();
        int[] counts = new int[2];
        try (MentionExtractor extractor = new MentionExtractor()) {
            new ArticleReader().read(inputs, article -> {
                Optional<LocalDate> published = date != null ? Optional.of(date) : article.declared();
                MentionExtractor.Result result = extractor.extract(article.text(), published);
                result.problems().forEach(p -> err.println(article.source() + ": " + p));
                if (format == Format.jsonl) {
                    out.println(MentionsWriter.jsonLine(article.id(), published, result.mentions()));
                } else {
                    out.print(MentionsWriter.table(article.id(), published, result.mentions()));
                }
                out.flush();
                counts[0]++;
            }, problem -> {
                problems.add(problem);
                err.println("error: " + problem);
            });
        }
        counts[1] = problems.size();
        err.printf("%d article(s) processed, %d input error(s)%n", counts[0], counts[1]);
        return problems.isEmpty() ? 0 : Main.EXIT_BAD_INPUT;
    }
}
