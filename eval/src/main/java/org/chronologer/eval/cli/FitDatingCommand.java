package org.chronologer.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chronologer.date.DatingFit;
import org.chronologer.date.DatingModel;
import org.chronologer.eval.dating.DatingSamples;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fit-dating DATA... -o FILE}: fits the dating model on dated articles and writes it. */
@Command(name = "fit-dating", mixinStandardHelpOptions = true,
        description = "Fits the publication-date model on dated articles (JSON Lines with a published field, or folders of "
                + "TimeML files dated by their creation time; NAME=PATH names a source) and writes it as JSON: the same data "
                + "always gives the same bytes. The engine's own model is engine/src/main/resources/org/chronologer/date/model.json.")
public final class FitDatingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DATA", description = "Dated articles: .jsonl files or TimeML folders, as PATH or NAME=PATH.")
    List<String> data;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path output;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep the articles' evidence here, so a second fit or evaluation skips tagging.")
    Path cache;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that tag the articles (default: one per core).")
    int threads = Workers.cores();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KnowledgeBase kb = KnowledgeBase.defaults();
        Optional<List<DatingFit.Sample>> read = DatingSamples.ofData("fit-dating", data, kb, threads, Optional.ofNullable(cache), err);
        if (read.isEmpty()) {
            return DevMain.EXIT_BAD_INPUT;
        }
        List<DatingFit.Sample> samples = read.get();
        long t0 = System.nanoTime();
        DatingModel model = DatingFit.fit(samples, kb);
        Files.writeString(output, model.write(), StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "fitted on %d articles (%s) in %.0f s: %d kinds, temperature %.2f, window %.3f, plausible %s, "
                        + "sharing from link %.2f at weight %.2f, %d words of an era at weight %.2f; written to %s%n", samples.size(),
                String.join(", ", model.fittedOn().stream().map(s -> s.name() + " " + s.articles()).toList()),
                (System.nanoTime() - t0) / 1e9, model.kinds().size(), model.temperature(), model.windowMass(), model.checkMass(),
                model.siblingLink(), model.siblingWeight(), model.eraWords().years().size(), model.eraWords().weight(), output);
        for (DatingModel.Kind k : model.kindsByCount()) {
            out.printf(Locale.ROOT, "  %-34s %6d  %s%n", k.name(), k.count(), model.implies(new org.chronologer.model.Cue(k.name(),
                    placeholder(k))).orElse(""));
        }
        out.flush();
        return 0;
    }

    /** An anchor of the kind's own sort, for its summary. */
    private static org.chronologer.model.Anchor placeholder(DatingModel.Kind k) {
        String n = k.name();
        if (n.startsWith("weekday:") || n.startsWith("weekend:")) {
            return new org.chronologer.model.Anchor.Weekly(DayOfWeek.MONDAY);
        }
        if (n.startsWith("month") || n.startsWith("part-of-year")) {
            return new org.chronologer.model.Anchor.Yearly(Month.JANUARY, 1);
        }
        return org.chronologer.model.Anchor.Span.of(LocalDate.of(2000, 1, 1));
    }
}
