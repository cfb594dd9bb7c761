package org.chronologer.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.chronologer.eval.TimeMlDocument;
import org.chronologer.event.EventDetector;
import org.chronologer.event.EventLexicon;
import org.chronologer.event.EventTagger;
import org.chronologer.event.TaggedSentence;
import org.chronologer.model.EventMention.EventClass;
import org.chronologer.model.EventMention.Pos;
import org.chronologer.read.NormalizedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fit-events}: fits the event lexicon on the gold EVENTs of TimeML files: for every verb, noun and adjective
 * (by lemma), how often it was an event and its most frequent class; for every ending of three to five letters,
 * how often words with it were events. Only counts are written, no text.
 */
@Command(name = "fit-events", mixinStandardHelpOptions = true,
        description = "Fits the event lexicon on the gold EVENTs of the .tml files under DIR (or its folders named by --part).")
public final class FitEventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder of TimeML files (searched recursively).")
    Path dir;

    @Option(names = "--part", paramLabel = "FOLDER", description = "Fit only on this top folder of DIR (repeatable), e.g. TimeBank.")
    List<String> parts;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the lexicon (TSV).")
    Path output;

    @Option(names = "--min-count", defaultValue = "2", description = "Keep words seen at least this often, or at least once as an event (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, List<TimeMlDocument>> byFolder;
        try {
            byFolder = EvalEventsCommand.read(dir);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            err.println("fit-events: " + e.getMessage());
            return DevMain.EXIT_BAD_INPUT;
        }
        List<TimeMlDocument> docs = new ArrayList<>();
        byFolder.forEach((k, v) -> {
            if (parts == null || parts.contains(k)) {
                docs.addAll(v);
            }
        });
        if (docs.isEmpty()) {
            err.println("fit-events: no document to fit on under " + dir + (parts == null ? "" : " in " + parts));
            return DevMain.EXIT_BAD_INPUT;
        }
        EventTagger tagger = new EventTagger(EventLexicon.empty());
        Map<String, int[]> words = new TreeMap<>(); // key -> [events, total, class counts...]
        Map<String, int[]> endings = new TreeMap<>();
        int n = EventClass.values().length;
        for (TimeMlDocument d : docs) {
            NormalizedText text = NormalizedText.of(d.text());
            List<TimeMlDocument.EventTag> gold = d.events();
            for (TaggedSentence s : tagger.sentences(text)) {
                for (TaggedSentence.Word w : s.words()) {
                    Pos pos = EventDetector.pos(w);
                    if (pos == Pos.OTHER || w.pos().equals("AUX")) {
                        continue;
                    }
                    int start = text.toOriginal(w.start());
                    int end = text.toOriginalEnd(w.end());
                    TimeMlDocument.EventTag hit = null;
                    for (TimeMlDocument.EventTag g : gold) {
                        if (g.start() < end && start < g.end()) {
                            hit = g;
                            break;
                        }
                    }
                    int[] c = words.computeIfAbsent(EventLexicon.key(pos, w.lemma()), k -> new int[2 + n]);
                    c[1]++;
                    if (hit != null) {
                        c[0]++;
                        try {
                            c[2 + EventClass.valueOf(hit.eventClass()).ordinal()]++;
                        } catch (IllegalArgumentException unknownClass) {
                            // a class outside TimeML's seven: counted as an event, not as a class
                        }
                    }
                    for (int k = 3; k <= 5; k++) {
                        if (w.lemma().length() > k + 2) {
                            int[] e = endings.computeIfAbsent(EventLexicon.key(pos, "-" + w.lemma().substring(w.lemma().length() - k)),
                                    x -> new int[2 + n]);
                            e[1]++;
                            if (hit != null) {
                                e[0]++;
                            }
                        }
                    }
                }
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("# Event lexicon fitted by fit-events on ").append(docs.size()).append(" TimeML document(s)")
                .append(parts == null ? "" : " (" + String.join(", ", parts) + ")").append(".\n")
                .append("# word class, lemma (or -ending), occurrences as an event, occurrences, most frequent class\n");
        int kept = 0;
        for (Map<String, int[]> m : List.of(words, endings)) {
            for (Map.Entry<String, int[]> e : m.entrySet()) {
                int[] c = e.getValue();
                boolean ending = e.getKey().contains("\t-");
                if (ending ? c[1] < 5 : c[1] < minCount && c[0] == 0) {
                    continue;
                }
                int best = 0;
                for (int k = 1; k < n; k++) {
                    if (c[2 + k] > c[2 + best]) {
                        best = k;
                    }
                }
                b.append(e.getKey()).append('\t').append(c[0]).append('\t').append(c[1]).append('\t').append(EventClass.values()[best]).append('\n');
                kept++;
            }
        }
        try {
            Files.writeString(output, b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("fit-events: cannot write " + output + ": " + e.getMessage());
            return DevMain.EXIT_BAD_INPUT;
        }
        out.println("fit-events: " + kept + " entries from " + docs.size() + " document(s) written to " + output);
        return 0;
    }
}
