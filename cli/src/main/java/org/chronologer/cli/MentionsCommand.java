package org.chronologer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
import org.chronologer.write.TimeMlWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chronologer mentions}: every temporal expression with its value, a debugging view. */
@Command(name = "mentions", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists every temporal expression of each article with its span, type, value, interval and tagger.")
public final class MentionsCommand implements Callable<Integer> {

    static final List<Format> FORMATS = List.of(Format.text, Format.json, Format.jsonl, Format.timeml);

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
            description = "Publication date for every article (overrides the articles' own). Without it, an article with no date "
                    + "of its own is dated by inference first.")
    LocalDate date;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, jsonl or timeml (default: the one -o's "
            + "extension names, else text).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (through a temporary file, renamed "
            + "when complete) instead of standard output. With --format timeml, a directory takes one ID.tml per article.")
    Path output;

    /** One article's mentions, ready to print. */
    private record Done(Article article, Optional<LocalDate> published, String dated, List<Mention> mentions, List<String> problems,
                        org.chronologer.read.InputProblem failure) {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<InputProblem> problems = new ArrayList<>();
        int[] counts = new int[2];
        try (Output target = Output.open(spec, format, output, FORMATS, corpus.inputs)) {
            PrintWriter out = target.writer();
            KnowledgeBase kb = corpus.knowledgeBase();
            Progress progress = corpus.progress(err, true);
            if (target.format() == Format.json) {
                out.print("[");
            }
            try (Workers workers = corpus.workers()) {
                ArticleDater dater = new ArticleDater(workers, kb).withArticleTimeout(corpus.articleTimeout);
                // articles are tagged on the workers' threads and printed here, in input order
                workers.<Article, Done>forEachOrdered(sink -> corpus.stream(err, problems, sink), article -> {
                    Optional<LocalDate> published = date != null ? Optional.of(date) : article.declared();
                    try {
                        if (published.isPresent()) {
                            MentionExtractor.Result result = dater.mentions(article, published.get());
                            return new Done(article, published, date != null ? "given" : "declared", result.mentions(), result.problems(), null);
                        }
                        DatedArticle d = dater.dateAlone(article);
                        return new Done(article, Optional.of(d.published().best()), "inferred", d.mentions(), d.problems(), null);
                    } catch (ArticleDater.ArticleFailed f) {
                        // this article's failure is its own: reported, and the others go on
                        return new Done(article, published, "", List.of(), List.of(), f.problem());
                    }
                }, done -> {
                    if (done.failure() != null) {
                        CorpusOptions.failed(err, problems, done.failure());
                        return;
                    }
                    done.problems().forEach(p -> CorpusOptions.warn(err, problems, done.article().source(), p));
                    String id = done.article().id();
                    String text;
                    try {
                        text = switch (target.format()) {
                            case jsonl -> MentionsWriter.jsonLine(id, done.published(), done.dated(), done.mentions()) + System.lineSeparator();
                            case json -> (counts[0] == 0 ? "\n" : ",\n") + MentionsWriter.jsonLine(id, done.published(), done.dated(), done.mentions());
                            case timeml -> TimeMlWriter.document(id, done.article().title(), done.article().text(),
                                    done.published().orElseThrow(), done.mentions());
                            default -> MentionsWriter.table(id, done.published(), done.dated(), done.mentions());
                        };
                    } catch (RuntimeException e) {
                        CorpusOptions.failed(err, problems, CorpusOptions.writeFailure(done.article(), e));
                        return;
                    }
                    if (target.format() == Format.timeml) {
                        if (target.isDirectory()) {
                            target.writeDocument(id, "tml", text);
                        } else if (target.toFile() && counts[0] > 0) {
                            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                                    "TimeML holds one article per file: give -o a directory for more than one article");
                        } else {
                            out.print(text);
                        }
                    } else {
                        out.print(text);
                    }
                    if (out != null) {
                        out.flush(); // a closed pipe or a full disk stops the run here
                    }
                    counts[0]++;
                    if (counts[0] % HeapPeak.CHECKPOINT_ARTICLES == 0) {
                        corpus.checkpoint(); // up to 16 articles per thread are in flight here
                    }
                    progress.written(done.article().text().length());
                });
            }
            if (target.format() == Format.json) {
                out.println(counts[0] == 0 ? "]" : "\n]");
            }
            progress.finish();
            target.commit();
        }
        err.println(corpus.closing(counts[0], problems));
        return CorpusOptions.exitCode(problems);
    }
}
