package org.chronologer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.read.Article;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and knowledge base of the commands that read a whole corpus (a picocli mixin). */
final class CorpusOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-",
            description = ".txt files, .jsonl/.json files (one article per line), directories, or - for JSON Lines on standard input.")
    List<String> inputs;

    @Option(names = "--knowledge", paramLabel = "FILE",
            description = "A knowledge base of dated events (same schema as the default) that extends and overrides the default one.")
    Path knowledge;

    /** The articles read, in order; each problem is printed to {@code err} as it is met and added to {@code problems}. */
    List<Article> read(PrintWriter err, List<InputProblem> problems) {
        List<Article> articles = new ArrayList<>();
        new ArticleReader().read(inputs, articles::add, p -> {
            problems.add(p);
            err.println("error: " + p);
        });
        return articles;
    }

    /** The knowledge base to use. */
    KnowledgeBase knowledgeBase() {
        return Knowledge.load(knowledge);
    }
}
