package org.chronologer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chronologer.ChronologyBuilder;
import org.chronologer.ProgressListener;
import org.chronologer.episode.About;
import org.chronologer.extract.Workers;
import org.chronologer.model.Chronology;
import org.chronologer.read.Article;
import org.chronologer.read.InputProblem;
import org.chronologer.write.ChronologyWriter;
import org.chronologer.write.CsvWriter;
import org.chronologer.write.GraphWriter;
import org.chronologer.write.HtmlWriter;
import org.chronologer.write.SemEvalWriter;
import org.chronologer.write.TimeMlWriter;
import org.chronologer.write.TimelineJsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chronologer timeline}: the ordered events of a corpus, per episode. */
@Command(name = "timeline", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Dates the articles, orders everything they tell, and writes the chronology: per episode as text, "
                + "as the chronology JSON, or as a view (CSV of events, TimeML per article, TimelineJS, the ordering graph "
                + "as DOT or GraphML, a self-contained HTML page).")
public final class TimelineCommand implements Callable<Integer> {

    static final List<Format> FORMATS = List.of(Format.text, Format.json, Format.csv, Format.timeml, Format.timelinejs,
            Format.dot, Format.graphml, Format.html, Format.semeval);

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, csv, timeml, timelinejs, dot, graphml, html "
            + "or semeval (with --about) (default: the one -o's extension names, else text).")
    Format format;

    @Option(names = "--about", paramLabel = "NAME", description = "Only the events that concern NAME (a person, a company, a "
            + "product): those whose participants or clause name it. With --format semeval, its timeline in the format of "
            + "SemEval-2015 Task 4.")
    String about;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (through a temporary file, renamed "
            + "when complete) instead of standard output. With --format timeml, a directory takes one ID.tml per article.")
    Path output;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the chronology JSON to FILE.")
    Path json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<InputProblem> problems = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<InputProblem>[] errors = new List[] {problems};
        try (Output out = Output.open(spec, format, output, FORMATS, corpus.inputs);
             Output alsoJson = json == null ? null : Output.open(spec, Format.json, json, List.of(Format.json), corpus.inputs)) {
            Progress progress = corpus.progress(err, false);
            List<Article> articles = corpus.read(err, problems);
            progress.advanced(ProgressListener.Stage.TAGGING, 0, articles.size());
            if (out.format() == Format.timeml && out.toFile() && !out.isDirectory() && articles.size() > 1) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "TimeML holds one article per file: give -o a "
                        + "directory for " + articles.size() + " articles");
            }
            if (out.format() == Format.semeval && about == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format semeval writes the timeline of one "
                        + "participant: give it with --about NAME");
            }
            if (about != null && about.isBlank()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--about needs a name");
            }
            // the texts are kept only for TimeML and SemEval, which read them; otherwise they can go once tagged
            Map<String, Article> texts = out.format() == Format.timeml || out.format() == Format.semeval
                    ? articles.stream().collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a)) : Map.of();
            Chronology chronology;
            try (Workers workers = corpus.workers()) {
                chronology = new ChronologyBuilder(new org.chronologer.ArticleDater(workers, corpus.knowledgeBase())
                        .withArticleTimeout(corpus.articleTimeout)).build(articles, problems, progress);
            }
            articles = null;
            progress.finish();
            if (about != null) {
                chronology = About.of(about).of(chronology);
            }
            write(chronology, texts, out);
            out.commit();
            if (alsoJson != null) {
                writeJson(chronology, alsoJson.writer());
                alsoJson.commit();
            }
            chronology.errors().stream().skip(problems.size()).forEach(p -> CorpusOptions.report(err,
                    (p.kind() == InputProblem.Kind.ERROR ? "error: " : "") + p));
            errors[0] = chronology.errors();
            err.printf("%s; %d episode(s), %d event(s), %d conflict(s)%n", corpus.closing(chronology.articles().size(), chronology.errors()),
                    chronology.episodes().size(), chronology.events().size(), chronology.conflicts().size());
        }
        // the articles that failed are among the chronology's errors, after those of reading
        return CorpusOptions.exitCode(errors[0]);
    }

    /** The chronology JSON, streamed: at tens of thousands of articles it is more than a string holds. */
    private static void writeJson(Chronology c, PrintWriter w) {
        try {
            ChronologyWriter.write(c, w);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void write(Chronology c, Map<String, Article> texts, Output out) {
        PrintWriter w = out.writer();
        switch (out.format()) {
            case json -> writeJson(c, w);
            case csv -> w.print(CsvWriter.events(c));
            case timelinejs -> w.print(TimelineJsWriter.json(c));
            case dot -> w.print(GraphWriter.dot(c));
            case graphml -> w.print(GraphWriter.graphml(c));
            case html -> w.print(HtmlWriter.page(c, "Chronology of " + String.join(", ", corpus.inputs.stream()
                    .map(i -> i.equals("-") ? "standard input" : String.valueOf(Path.of(i).getFileName())).toList())));
            case timeml -> {
                for (Chronology.Entry a : c.articles()) {
                    Article article = texts.get(a.id());
                    String doc = TimeMlWriter.document(a.id(), a.title(), article.text(),
                            a.published().declared().orElse(a.published().best()), a.mentions(), c.events(), c.relations());
                    if (out.isDirectory()) {
                        out.writeDocument(a.id(), "tml", doc);
                    } else {
                        w.print(doc);
                    }
                }
            }
            case semeval -> w.print(SemEvalWriter.timeline(c, About.of(about), texts.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, t -> t.getValue().text()))));
            default -> w.print(ChronologyWriter.text(c));
        }
    }
}
