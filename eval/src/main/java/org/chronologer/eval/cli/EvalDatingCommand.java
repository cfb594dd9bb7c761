package org.chronologer.eval.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.chronologer.date.DatingFit;
import org.chronologer.date.DatingModel;
import org.chronologer.eval.dating.DatingSamples;
import org.chronologer.eval.dating.DatingScore;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval-dating DATA...}: publication-date inference on dated articles with their dates hidden, one row per source;
 * with {@code --cross-validate}, the model is fitted on every source but one and scored on the one left out, for each
 * source in turn, beside the in-sample figures.
 */
@Command(name = "eval-dating", mixinStandardHelpOptions = true,
        description = "Scores publication-date inference on dated articles (JSON Lines with a published field, hidden from the "
                + "engine, or folders of TimeML files with their creation time and datelines removed; NAME=PATH names a source; "
                + "articles with an outlet are split into 5 folds by outlet), each source dated as one corpus: best day exact, "
                + "within 7 days, right year; window holds the true day, median width; expected calibration error of the "
                + "confidence; share of guesses; check's false alarms on the true dates and its catches of dates shifted by "
                + "7 days, 30 days, 1 year, 3 years.")
public final class EvalDatingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DATA", description = "Dated articles: .jsonl files or TimeML folders, as PATH or NAME=PATH.")
    List<String> data;

    @Option(names = "--cross-validate", description = "Fit on all sources but one and score the one left out, for each source; "
            + "also print the in-sample figures (fitted on all).")
    boolean crossValidate;

    @Option(names = "--model", paramLabel = "FILE", description = "Score this model (a fit-dating output) instead of the engine's.")
    Path model;

    @Option(names = "--alone", description = "Date each article alone (no sharing between articles of a source).")
    boolean alone;

    @Option(names = "--no-era-words", description = "Fit without the words of an era (to measure what they add).")
    boolean noEraWords;

    @Option(names = "--episode-link", paramLabel = "LINK", description = "Find the episodes along links of at least LINK instead of "
            + "the model's sibling link (to measure another threshold).")
    Double episodeLink;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep the articles' evidence here, so a second run skips tagging.")
    Path cache;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that tag the articles (default: one per core).")
    int threads = Workers.cores();

    @Option(names = "--details", paramLabel = "FILE", description = "Write one tab-separated line per article: source, id, true day, "
            + "best, earliest, latest, confidence, guess, plausible range, days off.")
    Path details;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KnowledgeBase kb = KnowledgeBase.defaults();
        Optional<List<DatingFit.Sample>> read = DatingSamples.ofData("eval-dating", data, kb, threads, Optional.ofNullable(cache), err);
        if (read.isEmpty()) {
            return DevMain.EXIT_BAD_INPUT;
        }
        List<DatingFit.Sample> samples = read.get();
        Set<String> sources = new LinkedHashSet<>();
        samples.forEach(s -> sources.add(s.source()));
        Map<String, List<DatingScore.Outcome>> shown = new LinkedHashMap<>();
        if (crossValidate) {
            Map<String, List<DatingScore.Outcome>> leftOut = new LinkedHashMap<>();
            for (String source : sources) {
                List<DatingFit.Sample> train = samples.stream().filter(s -> !s.source().equals(source)).toList();
                List<DatingFit.Sample> test = samples.stream().filter(s -> s.source().equals(source)).toList();
                DatingModel fitted = DatingFit.fit(train, kb, !noEraWords);
                leftOut.put(source, DatingScore.date(test, fitted, kb, alone, link(fitted)));
                err.printf(Locale.ROOT, "eval-dating: %s scored, fitted on the %d other articles%n", source, train.size());
                err.flush();
            }
            DatingModel all = DatingFit.fit(samples, kb, !noEraWords);
            List<DatingScore.Outcome> inSample = DatingScore.date(samples, all, kb, alone, link(all));
            out.println("Left out: each source scored with a model fitted on all the others.");
            table(out, leftOut);
            out.println();
            out.println("In sample: one model fitted on all sources (the figures a fit flatters).");
            table(out, bySource(inSample));
            leftOut.values().forEach(l -> shown.computeIfAbsent("left-out", k -> new ArrayList<>()).addAll(l));
        } else {
            DatingModel m = model == null ? DatingModel.defaults() : read(model);
            List<DatingScore.Outcome> outcomes = DatingScore.date(samples, m, kb, alone, link(m));
            out.println("The " + (model == null ? "engine's model" : "model " + model) + ", fitted on "
                    + String.join(", ", m.fittedOn().stream().map(s -> s.name() + " (" + s.articles() + ")").toList()) + ".");
            table(out, bySource(outcomes));
            shown.put("scored", outcomes);
        }
        out.println();
        out.println("What the texts write out (whatever the model): articles with a date (year, month or day; any tense; not a birth "
                + "date, copyright year or election's name) within their own year; whose latest date told is; with any date:");
        out.printf(Locale.ROOT, "%-22s %8s %9s %12s %9s%n", "source", "articles", "own year", "latest own", "any date");
        for (String source : sources) {
            toldRow(out, source, DatingScore.told(samples.stream().filter(s -> s.source().equals(source)).toList()));
        }
        toldRow(out, "all", DatingScore.told(samples));
        out.flush();
        if (details != null) {
            List<String> lines = new ArrayList<>();
            for (List<DatingScore.Outcome> list : shown.values()) {
                for (DatingScore.Outcome o : list) {
                    var p = o.estimate();
                    lines.add(String.join("\t", o.source(), o.id(), o.truth().toString(), p.best().toString(), p.earliest().toString(),
                            p.latest().toString(), String.valueOf(p.confidence()), String.valueOf(p.guess()),
                            p.plausibleEarliest() + ".." + p.plausibleLatest(),
                            String.valueOf(Math.abs(ChronoUnit.DAYS.between(o.truth(), p.best())))));
                }
            }
            Files.write(details, lines);
        }
        return 0;
    }

    /** The link from which articles join an episode: the option's, else the model's sibling link. */
    private double link(DatingModel m) {
        return episodeLink != null ? episodeLink : m.siblingLink();
    }

    private static DatingModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return DatingModel.read(in);
        }
    }

    private static Map<String, List<DatingScore.Outcome>> bySource(List<DatingScore.Outcome> outcomes) {
        Map<String, List<DatingScore.Outcome>> out = new LinkedHashMap<>();
        outcomes.forEach(o -> out.computeIfAbsent(o.source(), k -> new ArrayList<>()).add(o));
        return out;
    }

    private static void table(PrintWriter out, Map<String, List<DatingScore.Outcome>> bySource) {
        out.printf(Locale.ROOT, "%-22s %8s %7s %7s %7s %8s %9s %6s %7s %8s %7s %7s %7s %7s%n", "source", "articles", "exact", "<=7d",
                "year", "window", "median w", "ECE", "guess", "false al", "c 7d", "c 30d", "c 1y", "c 3y");
        List<DatingScore.Outcome> all = new ArrayList<>();
        bySource.forEach((source, list) -> {
            row(out, source, DatingScore.figures(list));
            all.addAll(list);
        });
        row(out, "all", DatingScore.figures(all));
        out.println();
        out.println("Episodes, dates hidden against dates given (pairs of articles in one episode; within 3 weeks: of those, published "
                + "within three weeks of each other; recovered: of the pairs the true days put in one episode, those in one with the dates hidden):");
        out.printf(Locale.ROOT, "%-22s %8s %9s %12s %11s %10s %8s%n", "source", "articles", "pairs", "within 3 wk", "given pairs",
                "recovered", "largest");
        bySource.forEach((source, list) -> episodeRow(out, source, DatingScore.episodes(list)));
        episodeRow(out, "all", DatingScore.episodes(all));
    }

    private static void toldRow(PrintWriter out, String name, DatingScore.Told t) {
        out.printf(Locale.ROOT, "%-22s %8d %8.1f%% %11.1f%% %8.1f%%%n", name, t.articles(), 100 * t.ownYear(), 100 * t.latestOwnYear(),
                100 * t.anyDate());
    }

    private static void episodeRow(PrintWriter out, String name, DatingScore.EpisodeFigures f) {
        out.printf(Locale.ROOT, "%-22s %8d %9d %11.1f%% %11d %9.1f%% %8d%n", name, f.articles(), f.pairs(),
                f.pairs() == 0 ? 0.0 : 100.0 * f.close() / f.pairs(), f.givenPairs(),
                f.givenPairs() == 0 ? 0.0 : 100.0 * f.recovered() / f.givenPairs(), f.largest());
    }

    private static void row(PrintWriter out, String name, DatingScore.Figures f) {
        out.printf(Locale.ROOT, "%-22s %8d %6.1f%% %6.1f%% %6.1f%% %7.1f%% %9d %6.3f %6.1f%% %7.1f%% %6.1f%% %6.1f%% %6.1f%% %6.1f%%%n",
                name, f.articles(), 100 * f.exact(), 100 * f.week(), 100 * f.year(), 100 * f.window(), f.medianWidth(), f.ece(),
                100 * f.guesses(), 100 * f.falseAlarms(), 100 * f.caught()[0], 100 * f.caught()[1], 100 * f.caught()[2],
                100 * f.caught()[3]);
    }
}
