package org.chronologer.eval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chronologer.ArticleDater;
import org.chronologer.eval.WebPageScore.Answer;
import org.chronologer.eval.WebPageScore.Outcome;
import org.chronologer.eval.WebPageScore;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.read.Article;
import org.chronologer.read.html.DateSource;
import org.chronologer.read.html.DateVote;
import org.chronologer.read.html.PageDate;
import org.chronologer.read.html.PageDecoder;
import org.chronologer.read.html.WebPage;
import org.chronologer.read.html.WebPageReader;
import org.chronologer.tag.HeidelTimeDatePhrases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chronologer-eval eval-web DIR}: the publication day of saved web pages against hand-checked days.
 */
@Command(name = "eval-web", mixinStandardHelpOptions = true,
        description = "Scores the publication day read from saved web pages: DIR/gold.json maps each page's URL to "
                + "{\"file\", \"date\"}, the pages are in DIR/pages/. Every page counts; a page with no answer is wrong. "
                + "Prints day-exact accuracy (all pages, and each half of a fixed split by a hash of the file name), "
                + "which source gave each answer and how often it was right, and each source's own precision.")
public final class EvalWebCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder holding gold.json and pages/.")
    Path dir;

    @Option(names = "--no-text", description = "No text evidence: pages whose markup, address and written days give no day get "
            + "no answer (neither the English dating of the text nor the date phrases of other languages).")
    boolean noText;

    @Option(names = "--no-url", description = "Do not give the reader the URL from gold.json (as htmldate's evaluation does not): "
            + "the page's canonical link or og:url still serve.")
    boolean noUrl;

    @Option(names = "--details", paramLabel = "FILE", description = "One tab-separated line per page: file, half, true day, "
            + "answer, source, right, and every candidate.")
    Path details;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path goldFile = dir.resolve("gold.json");
        if (!Files.isRegularFile(goldFile)) {
            err.println("eval-web: " + goldFile + ": no such file");
            return DevMain.EXIT_BAD_INPUT;
        }
        JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
        List<String> urls = new ArrayList<>();
        gold.fieldNames().forEachRemaining(urls::add);
        urls.sort(null);
        // the date phrases of pages not in English are text evidence too
        WebPageReader reader = noText ? new WebPageReader() : new WebPageReader().withDatePhrases(new HeidelTimeDatePhrases());
        WebPageScore score = new WebPageScore();
        List<Integer> needText = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        long t0 = System.nanoTime();
        for (String url : urls) {
            String file = gold.get(url).get("file").asText();
            LocalDate truth = LocalDate.parse(gold.get(url).get("date").asText());
            Path path = dir.resolve("pages").resolve(file);
            WebPage page;
            try {
                page = reader.read(PageDecoder.decode(Files.readAllBytes(path)).text(), noUrl ? Optional.empty() : Optional.of(url));
            } catch (IOException e) {
                err.println("eval-web: " + path + ": cannot read: " + e.getMessage());
                return DevMain.EXIT_BAD_INPUT;
            }
            rows.add(new Object[] {file, truth, page});
            if (page.published().isEmpty() && !noText) {
                needText.add(rows.size() - 1);
            }
        }
        double readSeconds = (System.nanoTime() - t0) / 1e9;
        Map<Integer, Answer> fromText = new HashMap<>();
        if (!needText.isEmpty()) {
            try (MentionExtractor extractor = new MentionExtractor()) {
                ArticleDater dater = new ArticleDater(extractor, KnowledgeBase.defaults());
                for (int i : needText) {
                    WebPage page = (WebPage) rows.get(i)[2];
                    if (!page.english()) {
                        fromText.put(i, new Answer(Optional.empty(), "none (text not English)"));
                        continue;
                    }
                    // the one call into the engine's dating: the page's main text, dated alone
                    LocalDate best = dater.dateAlone(Article.of((String) rows.get(i)[0], page.text())).published().best();
                    fromText.put(i, new Answer(Optional.of(best), "text (inference)"));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String file = (String) rows.get(i)[0];
            LocalDate truth = (LocalDate) rows.get(i)[1];
            WebPage page = (WebPage) rows.get(i)[2];
            int row = i;
            Answer answer = page.published().map(p -> new Answer(Optional.of(p.day()), p.source().label()))
                    .orElseGet(() -> fromText.getOrDefault(row, new Answer(Optional.empty(), "none")));
            Outcome o = new Outcome(file, WebPageScore.half(file), truth, answer, page,
                    fromText.containsKey(i) ? fromText.get(i).day() : Optional.empty());
            score.add(o);
            StringBuilder cands = new StringBuilder();
            for (PageDate d : page.candidates()) {
                cands.append('\t').append(d);
            }
            lines.add(String.join("\t", file, o.half().name(), truth.toString(), answer.day().map(LocalDate::toString).orElse("-"),
                    answer.source(), o.right() ? "right" : "WRONG", page.language().orElse("?")) + cands);
        }
        out.printf(Locale.ROOT, "Web pages in %s: %d, %s, %s%n", dir, rows.size(), noUrl ? "URL not given" : "URL given",
                noText ? "no text fallback" : "text fallback for pages without a day in their markup or address");
        out.print(score.summary());
        out.println();
        out.print(score.answerTable());
        out.println();
        out.print(score.sourceTable(null));
        out.println();
        out.println("tuning half only:");
        out.print(score.sourceTable(WebPageScore.Half.TUNE));
        out.println();
        List<DateSource> order = score.fittedOrder(WebPageScore.Half.TUNE);
        Map<DateSource, Double> weights = score.fittedWeights(WebPageScore.Half.TUNE);
        out.println("fitted on the tuning half: order by smoothed precision " + order);
        out.print("  weights (log-odds):");
        order.forEach(s -> out.printf(Locale.ROOT, " %s=%.3f", s.name(), weights.get(s)));
        out.println();
        for (Object[] v : new Object[][] {{"reader's default", WebPageReader.DEFAULT_VOTE}, {"fitted order", DateVote.inOrder(order)},
                {"fitted log-odds vote", DateVote.of(weights)}}) {
            DateVote vote = (DateVote) v[1];
            int[] all = score.accuracy(vote, null);
            int[] tune = score.accuracy(vote, WebPageScore.Half.TUNE);
            int[] held = score.accuracy(vote, WebPageScore.Half.HELD_OUT);
            out.printf(Locale.ROOT, "  %-22s all %.3f (%d/%d)  tuning %.3f (%d/%d)  held-out %.3f (%d/%d)%n", v[0],
                    (double) all[0] / all[1], all[0], all[1], (double) tune[0] / tune[1], tune[0], tune[1],
                    (double) held[0] / held[1], held[0], held[1]);
        }
        // the other fold: fitted on the held-out half, measured on the tuning half
        List<DateSource> order2 = score.fittedOrder(WebPageScore.Half.HELD_OUT);
        Map<DateSource, Double> weights2 = score.fittedWeights(WebPageScore.Half.HELD_OUT);
        out.println("fitted on the held-out half instead (second fold): order " + order2);
        for (Object[] v : new Object[][] {{"fitted order", DateVote.inOrder(order2)}, {"fitted log-odds vote", DateVote.of(weights2)}}) {
            int[] tune = score.accuracy((DateVote) v[1], WebPageScore.Half.TUNE);
            int[] held = score.accuracy((DateVote) v[1], WebPageScore.Half.HELD_OUT);
            out.printf(Locale.ROOT, "  %-22s on the tuning half %.3f (%d/%d)  on the held-out half (in-sample) %.3f (%d/%d)%n", v[0],
                    (double) tune[0] / tune[1], tune[0], tune[1], (double) held[0] / held[1], held[0], held[1]);
        }
        out.printf(Locale.ROOT, "%nreading: %.1f pages/s%n", rows.size() / readSeconds);
        if (details != null) {
            Files.write(details, lines);
        }
        return 0;
    }
}
