package org.chronologer.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chronologer.eval.dating.DatedInputs;
import org.chronologer.read.NormalizedText;
import org.chronologer.tag.TriggerDensity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fit-density DATA...}: the density of temporal trigger words in real news, per region of
 * {@link TriggerDensity#REGION_WORDS} words, and the limit it gives ({@link TriggerDensity#LIMIT} is fitted with it).
 */
@Command(name = "fit-density", mixinStandardHelpOptions = true,
        description = "Measures, in real articles (JSON Lines with a published field, or folders of TimeML files), the most "
                + "temporal trigger words of the " + TriggerDensity.REGION_WORDS + " words around any word of each article, prints "
                + "their distribution and the limit it gives (the maximum times the margin, rounded up), and the articles the "
                + "engine's limit (TriggerDensity.LIMIT) and the fitted one would leave out of tagging.")
public final class FitDensityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DATA", description = "Real articles: .jsonl files or TimeML folders, as PATH or NAME=PATH.")
    List<String> data;

    @Option(names = "--margin", paramLabel = "X", description = "The limit is the densest real region times this (default: ${DEFAULT-VALUE}).")
    double margin = 1.25;

    private record Measured(String id, String source, int words, int densest) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (margin < 1) {
            err.println("fit-density: --margin must be at least 1");
            return DevMain.EXIT_BAD_INPUT;
        }
        List<DatedInputs.Input> inputs = DatedInputs.read(data, false);
        if (inputs.isEmpty()) {
            err.println("fit-density: no article in " + data);
            return DevMain.EXIT_BAD_INPUT;
        }
        List<Measured> full = new ArrayList<>();
        int shorter = 0;
        for (DatedInputs.Input in : inputs) {
            String text = NormalizedText.of(in.article().text()).text();
            int densest = TriggerDensity.densest(text);
            if (densest < 0) {
                shorter++;
            } else {
                full.add(new Measured(in.id(), in.source(), text.split("\\s+").length, densest));
            }
        }
        full.sort(Comparator.comparingInt(Measured::densest).thenComparing(Measured::id));
        int n = full.size();
        out.printf(Locale.ROOT, "%,d articles (%s); %,d of at least %d words, %,d shorter (never cut)%n", inputs.size(),
                String.join(", ", inputs.stream().map(DatedInputs.Input::source).distinct().toList()), n,
                TriggerDensity.REGION_WORDS, shorter);
        if (n == 0) {
            err.println("fit-density: no article of at least " + TriggerDensity.REGION_WORDS + " words");
            return DevMain.EXIT_BAD_INPUT;
        }
        out.printf(Locale.ROOT, "the most trigger words of the %d words around any word of an article:%n", TriggerDensity.REGION_WORDS);
        for (double q : new double[] {0.5, 0.9, 0.99, 0.999}) {
            int v = full.get(Math.min(n - 1, (int) Math.ceil(q * n) - 1)).densest();
            out.printf(Locale.ROOT, "  %-18s %4d (%.0f%%)%n", String.format(Locale.ROOT, "%.1fth percentile", q * 100), v,
                    100.0 * v / TriggerDensity.REGION_WORDS);
        }
        Measured max = full.get(n - 1);
        out.printf(Locale.ROOT, "  %-18s %4d (%.0f%%), in %s (%s)%n", "maximum", max.densest(), 100.0 * max.densest() / TriggerDensity.REGION_WORDS,
                max.id(), max.source());
        List<String> densest = new ArrayList<>();
        for (int i = n - 1; i >= Math.max(0, n - 5); i--) {
            densest.add(full.get(i).densest() + " " + full.get(i).id());
        }
        out.println("  the densest five: " + String.join(", ", densest));
        int fitted = (int) Math.ceil(margin * max.densest());
        out.printf(Locale.ROOT, "fitted limit: %d trigger words in %d (the maximum times %.2f, rounded up); the engine's limit: %d, "
                + "and the densest news it keeps a region going through: %d%n", fitted, TriggerDensity.REGION_WORDS, margin,
                TriggerDensity.LIMIT, TriggerDensity.NEWS_MOST);
        for (int limit : new int[] {fitted, TriggerDensity.LIMIT}) {
            int at = limit;
            List<Measured> over = full.stream().filter(m -> m.densest() > at).toList();
            out.printf(Locale.ROOT, "articles with a region over %d: %d%s%n", limit, over.size(),
                    over.isEmpty() ? "" : " (" + String.join(", ", over.stream().map(Measured::id).toList()) + ")");
        }
        out.flush();
        return 0;
    }
}
