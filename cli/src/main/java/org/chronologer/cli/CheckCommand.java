package org.chronologer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chronologer.ArticleDater;
import org.chronologer.extract.Workers;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.read.Article;
import org.chronologer.read.InputProblem;
import org.chronologer.write.DateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chronologer check}: do the declared dates agree with what the texts imply? */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compares each article's declared date (the \"published\" field of JSON input) with what its text "
                + "implies: consistent, contradicted (with the evidence) or undecidable. Exit code 1 when any is contradicted.")
public final class CheckCommand implements Callable<Integer> {

    enum Format { text, jsonl }

    /** A window wider than this says too little to contradict anything. */
    static final long UNDECIDABLE_WIDTH_DAYS = 5 * 366;

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<InputProblem> problems = new ArrayList<>();
        List<Article> all = corpus.read(err, problems);
        long withDeclared = all.stream().filter(a -> a.declared().isPresent()).count();
        int contradicted = 0;
        int consistent = 0;
        int undecidable = 0;
        try (Workers workers = corpus.workers()) {
            ArticleDater dater = new ArticleDater(workers, corpus.knowledgeBase());
            // the text speaks alone: declared dates are left out of the evidence, and out of the corpus sharing
            List<Article> undeclared = all.stream().map(a -> new Article(a.id(), a.title(), a.text(), Optional.empty(), a.source())).toList();
            List<DatedArticle> dated = dater.dateCorpus(undeclared).articles();
            for (int i = 0; i < all.size(); i++) {
                Article a = all.get(i);
                PublicationEstimate p = dated.get(i).published();
                String verdict;
                if (a.declared().isEmpty()) {
                    verdict = "undeclared";
                } else if (p.widthDays() > UNDECIDABLE_WIDTH_DAYS) {
                    verdict = "undecidable";
                    undecidable++;
                } else if (p.contains(a.declared().get())) {
                    verdict = "consistent";
                    consistent++;
                } else {
                    verdict = "contradicted";
                    contradicted++;
                }
                if (format == Format.jsonl) {
                    ObjectNode n = new ObjectMapper().createObjectNode();
                    n.put("id", a.id());
                    n.put("declared", a.declared().map(Object::toString).orElse(null));
                    n.put("verdict", verdict);
                    n.set("implied", DateWriter.publishedNode(p));
                    out.println(n.toString());
                } else {
                    out.printf(Locale.ROOT, "%-12s %s  declared %s, text implies %s .. %s (best %s)%n", verdict, a.id(),
                            a.declared().map(Object::toString).orElse("-"), p.earliest(), p.latest(), p.best());
                    if (verdict.equals("contradicted")) {
                        p.evidence().stream().limit(4).forEach(e -> out.println("               + " + e.implies()));
                    }
                }
            }
        }
        out.flush();
        err.printf("%d consistent, %d contradicted, %d undecidable, %d without a declared date; %s%n",
                consistent, contradicted, undecidable, all.size() - withDeclared, corpus.closing(all.size(), problems));
        if (CorpusOptions.exitCode(problems) != 0) {
            return CorpusOptions.exitCode(problems);
        }
        return contradicted > 0 ? 1 : 0;
    }
}
