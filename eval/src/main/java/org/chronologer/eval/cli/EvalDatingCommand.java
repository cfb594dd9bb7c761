package org.chronologer.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chronologer.ArticleDater;
import org.chronologer.eval.TimeMlDocument;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.DatedArticle;
import org.chronologer.read.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chronologer eval-dating DIR}: publication-date inference on TimeML articles with their creation time
 * hidden, scored against it.
 */
@Command(name = "eval-dating", mixinStandardHelpOptions = true,
        description = "Scores publication-date inference on the .tml files under DIR with their document creation time "
                + "removed (and any dateline at the top of the text): exact day, within 7 days, right year, window "
                + "containing the true day, and calibration of the confidence.")
public final class EvalDatingCommand implements Callable<Integer> {

    /** A dateline such as "NEW YORK, Oct. 30 (AP) _" or "WASHINGTON --" at the start of a text. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*[A-Z][A-Za-z .,'-]{0,60}?(?:\\([^)]{1,20}\\))?\\s*(?:_|--|-)\\s");
    private static final Pattern DATE_WORDS = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}/\\d{1,2}");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder holding TimeML .tml files (searched recursively, sorted).")
    Path dir;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N documents.")
    Integer limit;

    @Option(names = "--alone", description = "Date each article alone (no corpus sharing).")
    boolean alone;

    @Option(names = "--details", paramLabel = "FILE", description = "Write one tab-separated line per article: id, true date, best, earliest, latest, confidence.")
    Path details;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("eval-dating: " + dir + ": not a directory");
            return DevMain.EXIT_BAD_INPUT;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        if (limit != null) {
            files = files.subList(0, Math.min(limit, files.size()));
        }
        List<Article> articles = new ArrayList<>();
        List<LocalDate> truth = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            TimeMlDocument doc = TimeMlDocument.parse(name.substring(0, name.length() - 4), Files.readString(f));
            if (doc.dct().isEmpty()) {
                err.println("eval-dating: " + f + ": no document creation time, skipped");
                continue;
            }
            articles.add(Article.of(doc.id(), stripDateline(doc.text())));
            truth.add(doc.dct().get());
        }
        if (articles.isEmpty()) {
            err.println("eval-dating: " + dir + ": no .tml files with a creation time");
            return DevMain.EXIT_BAD_INPUT;
        }
        long t0 = System.nanoTime();
        List<DatedArticle> dated;
        try (MentionExtractor extractor = new MentionExtractor()) {
            ArticleDater dater = new ArticleDater(extractor, KnowledgeBase.defaults());
            dated = alone ? articles.stream().map(dater::dateAlone).toList() : dater.dateCorpus(articles).articles();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int n = dated.size();
        int exact = 0;
        int week = 0;
        int year = 0;
        int inside = 0;
        List<Long> widths = new ArrayList<>();
        double[] binLow = {0, 0.2, 0.4, 0.6, 0.8};
        int[] binCount = new int[5];
        int[] binInside = new int[5];
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var p = dated.get(i).published();
            LocalDate t = truth.get(i);
            long off = Math.abs(ChronoUnit.DAYS.between(t, p.best()));
            exact += off == 0 ? 1 : 0;
            week += off <= 7 ? 1 : 0;
            year += p.best().getYear() == t.getYear() ? 1 : 0;
            boolean in = p.contains(t);
            inside += in ? 1 : 0;
            widths.add(p.widthDays());
            int bin = Math.min(4, (int) Math.floor(p.confidence() * 5));
            binCount[bin]++;
            binInside[bin] += in ? 1 : 0;
            lines.add(String.join("\t", articles.get(i).id(), t.toString(), p.best().toString(), p.earliest().toString(),
                    p.latest().toString(), String.valueOf(p.confidence()), String.valueOf(off)));
        }
        widths.sort(Long::compare);
        out.printf(Locale.ROOT, "Publication-date inference on %s: %d article(s), creation time hidden, %s%n", dir, n,
                alone ? "each article alone" : "dated as one corpus");
        out.printf(Locale.ROOT, "best day = true day          %5.1f%%  (%d)%n", 100.0 * exact / n, exact);
        out.printf(Locale.ROOT, "best day within 7 days       %5.1f%%  (%d)%n", 100.0 * week / n, week);
        out.printf(Locale.ROOT, "best day in the right year   %5.1f%%  (%d)%n", 100.0 * year / n, year);
        out.printf(Locale.ROOT, "window contains true day     %5.1f%%  (%d)%n", 100.0 * inside / n, inside);
        out.printf(Locale.ROOT, "window width, median         %d days%n", widths.get(n / 2));
        out.println("calibration (confidence bin: articles, share with the true day in the window):");
        for (int b = 0; b < 5; b++) {
            out.printf(Locale.ROOT, "  %.1f-%.1f  %4d  %s%n", binLow[b], binLow[b] + 0.2, binCount[b],
                    binCount[b] == 0 ? "-" : String.format(Locale.ROOT, "%5.1f%%", 100.0 * binInside[b] / binCount[b]));
        }
        int high = binCount[4];
        out.printf(Locale.ROOT, "confidence >= 0.8: %d article(s), %s with the true day in the window%n", high,
                high == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * binInside[4] / high));
        out.printf(Locale.ROOT, "%.1f articles/s%n", n / seconds);
        if (details != null) {
            Files.write(details, lines);
        }
        return 0;
    }

    /** A date alone at the top of a text, as Wikinews writes it ("October 13 , 2005", "Thursday, June 8, 2010"). */
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s*,?\\s+)?"
            + "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?)"
            + "\\s*,?\\s*\\d{4}[ \\t]*(?:\\r?\\n|$)");

    /**
     * The text without a leading dateline that carries a date ("NEW YORK, Oct. 30 (AP) _ ...") or a date line
     * ("October 13 , 2005" above the text): both give the creation time away.
     */
    static String stripDateline(String text) {
        var m = DATELINE.matcher(text);
        if (m.find() && DATE_WORDS.matcher(m.group()).find()) {
            return " ".repeat(m.end()) + text.substring(m.end());
        }
        var line = DATE_LINE.matcher(text);
        if (line.find()) {
            return " ".repeat(line.end()) + text.substring(line.end());
        }
        return text;
    }
}
