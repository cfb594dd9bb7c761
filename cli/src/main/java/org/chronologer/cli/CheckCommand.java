package org.chronologer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chronologer.Chronologer;
import org.chronologer.ProgressListener;
import org.chronologer.model.DateCheck;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.read.Article;
import org.chronologer.read.InputProblem;
import org.chronologer.write.DateWriter;
import org.chronologer.write.TextEscape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chronologer check}: do the declared dates agree with what the texts imply? */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compares each article's declared date (the \"published\" field of JSON input) with what its text "
                + "implies: consistent, contradicted (with the evidence) or undecidable. Exit code 1 when any is contradicted.")
public final class CheckCommand implements Callable<Integer> {

    static final List<Format> FORMATS = List.of(Format.text, Format.json, Format.jsonl);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or jsonl (default: the one -o's extension "
            + "names, else text).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (through a temporary file, renamed "
            + "when complete) instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<InputProblem> problems = new ArrayList<>();
        int[] verdicts = new int[DateCheck.Verdict.values().length];
        int read;
        try (Output target = Output.open(spec, format, output, FORMATS, corpus.inputs)) {
            PrintWriter out = target.writer();
            Progress progress = corpus.progress(err, false, problems);
            List<Article> all = corpus.read(err, problems);
            read = all.size();
            progress.advanced(ProgressListener.Stage.TAGGING, 0, read);
            List<DateCheck> checks;
            try (Chronologer engine = Chronologer.builder().threads(corpus.threads).knowledge(corpus.knowledgeBase())
                    .articleTimeout(corpus.articleTimeout).build()) {
                checks = engine.check(all, progress);
            }
            progress.finish();
            ArrayNode array = JSON.createArrayNode();
            for (DateCheck c : checks) {
                verdicts[c.verdict().ordinal()]++;
                switch (target.format()) {
                    case json -> array.add(node(c));
                    case jsonl -> out.println(node(c).toString());
                    default -> text(out, c);
                }
            }
            if (target.format() == Format.json) {
                out.println(array.toPrettyString());
            }
            target.commit();
        }
        err.printf("%d consistent, %d contradicted, %d undecidable, %d without a declared date; %s%n",
                verdicts[DateCheck.Verdict.CONSISTENT.ordinal()], verdicts[DateCheck.Verdict.CONTRADICTED.ordinal()],
                verdicts[DateCheck.Verdict.UNDECIDABLE.ordinal()], verdicts[DateCheck.Verdict.UNDECLARED.ordinal()],
                corpus.closing(read, problems));
        if (CorpusOptions.exitCode(problems) != 0) {
            return CorpusOptions.exitCode(problems);
        }
        return verdicts[DateCheck.Verdict.CONTRADICTED.ordinal()] > 0 ? Main.EXIT_CONTRADICTED : 0;
    }

    private static ObjectNode node(DateCheck c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", c.article());
        n.put("declared", c.declared().map(Object::toString).orElse(null));
        n.put("verdict", c.verdict().name().toLowerCase(Locale.ROOT));
        n.set("implied", DateWriter.publishedNode(c.implied()));
        return n;
    }

    private static void text(PrintWriter out, DateCheck c) {
        PublicationEstimate p = c.implied();
        out.printf(Locale.ROOT, "%-12s %s  declared %s, text implies %s .. %s (best %s)%n", c.verdict().name().toLowerCase(Locale.ROOT),
                TextEscape.escape(c.article()), c.declared().map(Object::toString).orElse("-"), p.earliest(), p.latest(), p.best());
        if (c.verdict() == DateCheck.Verdict.CONTRADICTED) {
            p.evidence().stream().limit(4).forEach(e -> out.println("               + " + TextEscape.escape(e.implies())));
        }
    }
}
