package org.chronologer.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chronologer.ArticleDater;
import org.chronologer.extract.Mention;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.DatedArticle;
import org.chronologer.read.Article;
import org.chronologer.read.InputProblem;
import org.chronologer.write.MentionsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    /** One article's mentions, ready to print. */
    private record Done(Article article, Optional<LocalDate> published, String dated, List<Mention> mentions, List<String> problems) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<InputProblem> problems = new ArrayList<>();
        int[] counts = new int[2];
        KnowledgeBase kb = corpus.knowledgeBase();
        Progress progress = corpus.progress(err);
        try (Workers workers = corpus.workers()) {
            ArticleDater dater = new ArticleDater(workers, kb);
            // articles are tagged on the workers' threads and printed here, in input order
            workers.<Article, Done>forEachOrdered(sink -> corpus.stream(err, problems, sink), article -> {
                Optional<LocalDate> published = date != null ? Optional.of(date) : article.declared();
                if (published.isPresent()) {
                    Optional<LocalDate> day = published;
                    MentionExtractor.Result result = workers.withExtractor(e -> e.extract(article.text(), day));
                    return new Done(article, published, date != null ? "given" : "declared", result.mentions(), result.problems());
                }
                DatedArticle d = dater.dateAlone(article);
                return new Done(article, Optional.of(d.published().best()), "inferred", d.mentions(), d.problems());
            }, done -> {
                done.problems().forEach(p -> CorpusOptions.warn(err, problems, done.article().source(), p));
                if (format == Format.jsonl) {
                    out.println(MentionsWriter.jsonLine(done.article().id(), done.published(), done.dated(), done.mentions()));
                } else {
                    out.print(MentionsWriter.table(done.article().id(), done.published(), done.dated(), done.mentions()));
                }
                out.flush();
                counts[0]++;
                if (counts[0] % HeapPeak.CHECKPOINT_ARTICLES == 0) {
                    corpus.checkpoint(); // up to 16 articles per thread are in flight here
                }
                progress.done(done.article().text().length());
            });
        }
        err.println(corpus.closing(counts[0], problems));
        return CorpusOptions.exitCode(problems);
    }
}
