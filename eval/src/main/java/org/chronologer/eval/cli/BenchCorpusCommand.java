package org.chronologer.eval.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chronologer.eval.TimeMlDocument;
import org.chronologer.read.Article;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;
import org.chronologer.read.SyntheticArticles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chronologer bench-corpus}: a JSON Lines corpus of a chosen size for benchmarks, from real dated articles
 * (TimeML .tml files with their creation time, or any input {@code mentions} reads), repeated as they are or
 * rebuilt from their sentences.
 */
@Command(name = "bench-corpus", mixinStandardHelpOptions = true,
        description = "Writes a JSON Lines corpus of N dated articles for benchmarks, from real articles: TimeML .tml files "
                + "(dated by their creation time) or .txt/.jsonl inputs with a published date. The articles are repeated "
                + "(ids get a ~k suffix), or with --synthetic new articles are built from their sentences.")
public final class BenchCorpusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Folders or files of real articles (.tml, .txt, .jsonl).")
    List<String> sources;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "2000", description = "Articles to write (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The JSON Lines file to write.")
    Path output;

    @Option(names = "--synthetic", description = "Build new articles of 8 to 30 sentences drawn from all the sources' sentences "
            + "(each dated like the article its first sentence comes from), instead of repeating the articles.")
    boolean synthetic;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random draws of --synthetic (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Article> real = read(sources, err);
        if (real.isEmpty()) {
            err.println("bench-corpus: no dated article in " + sources);
            return DevMain.EXIT_BAD_INPUT;
        }
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            if (synthetic) {
                for (String line : SyntheticArticles.jsonLines(real, articles, seed)) {
                    w.write(line);
                    w.newLine();
                }
            } else {
                for (int i = 0; i < articles; i++) {
                    ObjectNode n = json.createObjectNode();
                    Article a = real.get(i % real.size());
                    int round = i / real.size();
                    n.put("id", round == 0 ? a.id() : a.id() + "~" + (round + 1));
                    n.put("text", a.text());
                    n.put("published", a.declared().orElseThrow().toString());
                    w.write(json.writeValueAsString(n));
                    w.newLine();
                }
            }
        }
        err.printf("%d article(s) written to %s from %d real article(s)%n", articles, output, real.size());
        return 0;
    }

    /** The dated articles of the sources, in a stable order; undated ones are left out with a warning. */
    static List<Article> read(List<String> sources, PrintWriter err) throws IOException {
        List<Article> out = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String s : sources) {
            Path p = Path.of(s);
            List<Path> tml;
            try (Stream<Path> files = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                tml = files.filter(f -> f.toString().endsWith(".tml")).sorted().toList();
            }
            for (Path f : tml) {
                TimeMlDocument d = TimeMlDocument.parse(f.getFileName().toString(), Files.readString(f));
                d.dct().ifPresent(day -> out.add(Article.of(d.id().replaceFirst("\\.tml$", ""), d.text()).withDeclared(day)));
            }
            if (tml.isEmpty()) {
                others.add(s);
            }
        }
        if (!others.isEmpty()) {
            List<InputProblem> problems = new ArrayList<>();
            new ArticleReader().read(others, a -> {
                if (a.declared().isPresent()) {
                    out.add(a);
                } else {
                    err.println(a.source() + ": skipped: no published date");
                }
            }, problems::add);
            problems.forEach(p -> err.println(p));
        }
        return out;
    }
}
