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
import org.chronologer.event.EventDetector;
import org.chronologer.event.EventLexicon;
import org.chronologer.event.EventTagger;
import org.chronologer.tag.TaggedSentence;
import org.chronologer.model.EventMention;
import org.chronologer.model.EventMention.Pos;
import org.chronologer.read.NormalizedText;
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

    @Option(names = "--noun-threshold", paramLabel = "RATE", description = "The rate from which a noun is an event (default: the engine's; exact with a lexicon of every noun, fit-events --all).")
    Double nounThreshold;

    @Option(names = "--fit-threshold", description = "Choose the noun threshold on each part's other parts (grid 0.40, 0.45, ..., 0.95) and score the part with it (held out); use with a lexicon of every noun (fit-events --all).")
    boolean fitThreshold;

    @Option(names = "--details", paramLabel = "FILE", description = "Write every system and gold event (TSV: part, document, TP/FP/FN, word, part of speech, lemma, lexicon rate, gold and system class, words before and after, sentence).")
    Path details;

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
        if (nounThreshold != null) {
            try {
                lex = lex.withNounThreshold(nounThreshold);
            } catch (IllegalArgumentException e) {
                err.println("eval-events: --noun-threshold: " + e.getMessage());
                return DevMain.EXIT_BAD_INPUT;
            }
        }
        if (fitThreshold) {
            fitThreshold(out, byFolder, lex);
            return 0;
        }
        EventTagger tagger = new EventTagger(lex);
        PrintWriter detailsOut;
        try {
            detailsOut = details == null ? null : new PrintWriter(Files.newBufferedWriter(details, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("eval-events: cannot write " + details + ": " + e.getMessage());
            return DevMain.EXIT_BAD_INPUT;
        }
        if (detailsOut != null) {
            detailsOut.println("part\tdocument\tkind\tword\tpos\tlemma\trate\tgold\tsystem\tbefore\tafter\tsentence");
        }
        EventScore all = new EventScore();
        List<String[]> rows = new ArrayList<>();
        rows.add(EventScore.header());
        long t0 = System.nanoTime();
        int docs = 0;
        // tense over the relaxed matches whose gold event has a MAKEINSTANCE tense: [right, scored] per part, then all
        Map<String, int[]> tenses = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<TimeMlDocument>> f : byFolder.entrySet()) {
            EventScore part = new EventScore();
            int[] tense = tenses.computeIfAbsent(f.getKey(), k -> new int[2]);
            for (TimeMlDocument d : f.getValue()) {
                List<EventScore.Span> gold = d.events().stream().map(e -> new EventScore.Span(e.start(), e.end(), e.eventClass())).toList();
                List<EventScore.Span> system = new ArrayList<>();
                List<EventMention> found = tagger.events(d.text());
                for (EventMention m : found) {
                    system.add(new EventScore.Span(m.start(), m.end(), m.eventClass().name()));
                }
                int[] match = EventScore.match(gold, system);
                for (int i = 0; i < match.length; i++) {
                    String goldTense = match[i] >= 0 ? d.events().get(match[i]).tense() : "";
                    if (!goldTense.isEmpty()) {
                        tense[1]++;
                        tense[0] += goldTense.equals(found.get(i).tense().name()) ? 1 : 0;
                    }
                }
                part.add(gold, system);
                if (detailsOut != null) {
                    writeDetails(detailsOut, f.getKey(), d, gold, system, tagger, lex);
                }
                all.add(gold, system);
                docs++;
            }
            rows.add(part.row(f.getKey()));
        }
        rows.add(all.row("ALL"));
        int[] allTenses = new int[2];
        tenses.values().forEach(t -> { allTenses[0] += t[0]; allTenses[1] += t[1]; });
        tenses.put("ALL", allTenses);
        if (detailsOut != null) {
            detailsOut.close();
            if (detailsOut.checkError()) {
                err.println("eval-events: cannot write " + details);
                return DevMain.EXIT_BAD_INPUT;
            }
        }
        out.printf(Locale.ROOT, "Event extraction (TempEval-3 measures) on %s: %d document(s), lexicon: %s, noun threshold %.2f, %.1f s%n", dir,
                docs, noLexicon ? "none" : lexicon == null ? "engine" : lexicon.toString(), lex.nounThreshold(), (System.nanoTime() - t0) / 1e9);
        out.print(TextTable.render(rows, "  "));
        out.println(all.counts());
        StringBuilder t = new StringBuilder("tense accuracy over the relaxed matches whose gold event has a MAKEINSTANCE tense:");
        tenses.forEach((part, c) -> t.append(String.format(Locale.ROOT, " %s %.2f%% (%d)", part, c[1] == 0 ? 0.0 : 100.0 * c[0] / c[1], c[1])));
        out.println(t);
        return 0;
    }

    /** The noun thresholds {@code --fit-threshold} chooses among. */
    static final double[] GRID = {0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90, 0.95};

    /** A document's gold events and the system's at each threshold of the grid. */
    private record Tagged(String part, List<EventScore.Span> gold, List<List<EventScore.Span>> system) {
        List<EventScore.Span> at(double threshold) {
            for (int k = 0; k < GRID.length; k++) {
                if (GRID[k] == threshold) {
                    return system.get(k);
                }
            }
            throw new IllegalArgumentException("not in the grid: " + threshold);
        }
    }

    /**
     * For each part, the noun threshold of the grid with the best relaxed F1 on the other parts (the lowest among
     * equals), and the part scored with it: held out. The part's own best threshold is printed beside it, in sample.
     */
    private void fitThreshold(PrintWriter out, Map<String, List<TimeMlDocument>> byFolder, EventLexicon lex) {
        List<EventLexicon> lexicons = new ArrayList<>();
        for (double t : GRID) {
            lexicons.add(lex.withNounThreshold(t));
        }
        EventTagger tagger = new EventTagger(lex);
        List<Tagged> docs = new ArrayList<>();
        for (Map.Entry<String, List<TimeMlDocument>> f : byFolder.entrySet()) {
            for (TimeMlDocument d : f.getValue()) {
                List<EventScore.Span> gold = d.events().stream().map(e -> new EventScore.Span(e.start(), e.end(), e.eventClass())).toList();
                List<List<EventScore.Span>> system = new ArrayList<>();
                for (List<EventMention> found : tagger.events(d.text(), lexicons)) {
                    system.add(found.stream().map(m -> new EventScore.Span(m.start(), m.end(), m.eventClass().name())).toList());
                }
                docs.add(new Tagged(f.getKey(), gold, system));
            }
        }
        List<String[]> rows = new ArrayList<>();
        String[] h = EventScore.header();
        String[] head = new String[h.length + 2];
        head[0] = h[0];
        head[1] = "threshold";
        head[2] = "own best";
        System.arraycopy(h, 1, head, 3, h.length - 1);
        rows.add(head);
        for (String part : byFolder.keySet()) {
            double chosen = best(docs, d -> !d.part().equals(part));
            double own = best(docs, d -> d.part().equals(part));
            EventScore held = score(docs, d -> d.part().equals(part), chosen);
            String[] r = held.row(part);
            String[] row = new String[r.length + 2];
            row[0] = r[0];
            row[1] = String.format(Locale.ROOT, "%.2f", chosen);
            row[2] = String.format(Locale.ROOT, "%.2f", own);
            System.arraycopy(r, 1, row, 3, r.length - 1);
            rows.add(row);
        }
        out.printf(Locale.ROOT, "Noun threshold chosen on the other parts (grid %s), each part scored with it (held out); own best: the part's own choice (in sample)%n",
                java.util.Arrays.toString(GRID));
        out.print(TextTable.render(rows, "  "));
        List<String[]> all = new ArrayList<>();
        all.add(EventScore.header());
        for (double t : GRID) {
            all.add(score(docs, d -> true, t).row(String.format(Locale.ROOT, "ALL @ %.2f", t)));
        }
        out.println("All parts at each threshold (in sample):");
        out.print(TextTable.render(all, "  "));
        out.flush();
    }

    private static double best(List<Tagged> docs, java.util.function.Predicate<Tagged> on) {
        double best = GRID[0];
        double bestF1 = -1;
        for (double t : GRID) {
            double f1 = score(docs, on, t).relaxedF1();
            if (f1 > bestF1 + 1e-12) {
                bestF1 = f1;
                best = t;
            }
        }
        return best;
    }

    private static EventScore score(List<Tagged> docs, java.util.function.Predicate<Tagged> on, double threshold) {
        EventScore s = new EventScore();
        for (Tagged d : docs) {
            if (on.test(d)) {
                s.add(d.gold(), d.at(threshold));
            }
        }
        return s;
    }

    /** One line per true positive, false positive and false negative of a document, with the word's tags and context. */
    private static void writeDetails(PrintWriter out, String part, TimeMlDocument d, List<EventScore.Span> gold,
            List<EventScore.Span> system, EventTagger tagger, EventLexicon lex) {
        NormalizedText n = NormalizedText.of(d.text());
        List<TaggedSentence> sentences = tagger.sentences(n);
        int[] match = EventScore.match(gold, system);
        boolean[] found = new boolean[gold.size()];
        for (int i = 0; i < system.size(); i++) {
            EventScore.Span s = system.get(i);
            if (match[i] >= 0) {
                found[match[i]] = true;
            }
            line(out, part, d, match[i] >= 0 ? "TP" : "FP", s, match[i] >= 0 ? gold.get(match[i]).eventClass() : "", s.eventClass(),
                    n, sentences, lex);
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!found[g]) {
                line(out, part, d, "FN", gold.get(g), gold.get(g).eventClass(), "", n, sentences, lex);
            }
        }
    }

    private static void line(PrintWriter out, String part, TimeMlDocument d, String kind, EventScore.Span span, String goldClass,
            String systemClass, NormalizedText n, List<TaggedSentence> sentences, EventLexicon lex) {
        for (TaggedSentence s : sentences) {
            List<TaggedSentence.Word> w = s.words();
            for (int i = 0; i < w.size(); i++) {
                int start = n.toOriginal(w.get(i).start());
                int end = n.toOriginalEnd(w.get(i).end());
                if (start < span.end() && span.start() < end) {
                    TaggedSentence.Word x = w.get(i);
                    Pos pos = EventDetector.pos(x);
                    StringBuilder before = new StringBuilder();
                    for (int j = Math.max(0, i - 4); j < i; j++) {
                        before.append(before.isEmpty() ? "" : " ").append(x(w.get(j)));
                    }
                    StringBuilder after = new StringBuilder();
                    for (int j = i + 1; j < Math.min(w.size(), i + 4); j++) {
                        after.append(after.isEmpty() ? "" : " ").append(x(w.get(j)));
                    }
                    String sentence = n.original().substring(n.toOriginal(s.start()), start) + "[" + n.original().substring(start, end) + "]"
                            + n.original().substring(end, n.toOriginalEnd(s.end()));
                    out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%s\t%.3f\t%s\t%s\t%s\t%s\t%s%n", part, d.id(), kind, tab(x.text()), x.pos(),
                            tab(x.lemma()), lex.rate(pos, x.lemma()), goldClass, systemClass, before, after, tab(sentence));
                    return;
                }
            }
        }
        out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t-\t-\t0\t%s\t%s\t\t\t%n", part, d.id(), kind,
                tab(d.text().substring(span.start(), span.end())), goldClass, systemClass);
    }

    private static String x(TaggedSentence.Word w) {
        return tab(w.text()) + "/" + w.pos();
    }

    private static String tab(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
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
