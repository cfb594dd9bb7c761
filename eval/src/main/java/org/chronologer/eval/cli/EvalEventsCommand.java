package org.chronologer.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chronologer.eval.EventScore;
import org.chronologer.eval.TextTable;
import org.chronologer.eval.TimeMlDocument;
import org.chronologer.event.EventLexicon;
import org.chronologer.event.EventTagger;
import org.chronologer.model.EventMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval-events}: the engine's event mentions scored against the gold EVENTs of TimeML files the TempEval-3
 * way (strict and relaxed span P/R/F1, class accuracy), per top folder (TimeBank, AQUAINT) and over all.
 */
@Command(name = "eval-events", mixinStandardHelpOptions = true,
        description = "Scores event extraction on the gold EVENTs of the .tml files under DIR (TempEval-3 measures), per top folder and over all.")
public final class EvalEventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder of TimeML files (searched recursively).")
    Path dir;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Use this event lexicon instead of the engine's (see fit-events).")
    Path lexicon;

    @Option(names = "--no-lexicon", description = "Decide by word class and the engine's word lists alone (no fitted lexicon).")
    boolean noLexicon;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, List<TimeMlDocument>> byFolder;
        try {
            byFolder = read(dir);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            err.println("eval-events: " + e.getMessage());
            return DevMain.EXIT_BAD_INPUT;
        }
        if (byFolder.isEmpty()) {
            err.println("eval-events: no .tml file under " + dir);
            return DevMain.EXIT_BAD_INPUT;
        }
        EventLexicon lex;
        try {
            lex = noLexicon ? EventLexicon.empty() : lexicon == null ? EventLexicon.engine() : readLexicon(lexicon);
        } catch (IOException e) {
            err.println("eval-events: cannot read " + lexicon + ": " + e.getMessage());
            return DevMain.EXIT_BAD_INPUT;
        }
        EventTagger tagger = new EventTagger(lex);
        EventScore all = new EventScore();
        List<String[]> rows = new ArrayList<>();
        rows.add(EventScore.header());
        long t0 = System.nanoTime();
        int docs = 0;
        for (Map.Entry<String, List<TimeMlDocument>> f : byFolder.entrySet()) {
            EventScore part = new EventScore();
            for (TimeMlDocument d : f.getValue()) {
                List<EventScore.Span> gold = d.events().stream().map(e -> new EventScore.Span(e.start(), e.end(), e.eventClass())).toList();
                List<EventScore.Span> system = new ArrayList<>();
                for (EventMention m : tagger.events(d.text())) {
                    system.add(new EventScore.Span(m.start(), m.end(), m.eventClass().name()));
                }
                part.add(gold, system);
                all.add(gold, system);
                docs++;
            }
            rows.add(part.row(f.getKey()));
        }
        rows.add(all.row("ALL"));
        out.printf(Locale.ROOT, "Event extraction (TempEval-3 measures) on %s: %d document(s), lexicon: %s, %.1f s%n", dir, docs,
                noLexicon ? "none" : lexicon == null ? "engine" : lexicon.toString(), (System.nanoTime() - t0) / 1e9);
        out.print(TextTable.render(rows, "  "));
        out.println(all.counts());
        return 0;
    }

    static EventLexicon readLexicon(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return EventLexicon.read(r);
        }
    }

    /** The TimeML documents under {@code dir}, by top folder ("." for files directly in it), sorted. */
    static Map<String, List<TimeMlDocument>> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + (Files.exists(dir) ? " is not a directory" : " does not exist"));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tml")).filter(Files::isRegularFile)
                    .sorted().toList();
        }
        Map<String, List<TimeMlDocument>> out = new TreeMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            TimeMlDocument d = TimeMlDocument.parse(name.substring(0, name.length() - 4), Files.readString(f, StandardCharsets.UTF_8));
            Path rel = dir.relativize(f);
            out.computeIfAbsent(rel.getNameCount() > 1 ? rel.getName(0).toString() : ".", k -> new ArrayList<>()).add(d);
        }
        return out;
    }
}
