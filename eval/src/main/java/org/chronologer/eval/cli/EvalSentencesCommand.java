package org.chronologer.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.chronologer.eval.CatDocument;
import org.chronologer.text.Sentences;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval-sentences DIR}: sentence boundaries against the sentences of CAT documents (the SemEval-2015 Task 4
 * corpus marks every token's sentence). The tokens are joined back into running text (punctuation attached, the title
 * and date lines on lines of their own), and each splitter's sentence starts are scored against the gold ones.
 */
@Command(name = "eval-sentences", mixinStandardHelpOptions = true,
        description = "Scores sentence splitting (boundary P/R/F1) against the sentences of the CAT documents under DIR: "
                + "the engine's splitter, the JDK's BreakIterator alone, and the punctuation-and-white-space rule it replaced.")
public final class EvalSentencesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A folder of CAT .xml documents (e.g. Corpus-trial-data_task4).")
    Path dir;

    /** A document as running text with its gold sentence starts. */
    record Running(String text, Set<Integer> starts) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("eval-sentences: not a folder: " + dir);
            return DevMain.EXIT_BAD_INPUT;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        Map<String, Function<String, Set<Integer>>> splitters = new LinkedHashMap<>();
        splitters.put("engine (BreakIterator, lines, abbreviations)", EvalSentencesCommand::engine);
        splitters.put("BreakIterator alone", EvalSentencesCommand::breakIterator);
        splitters.put("punctuation + white space (before)", EvalSentencesCommand::punctuation);
        Map<String, int[]> counts = new LinkedHashMap<>();
        int gold = 0;
        for (Path f : files) {
            Running r = running(CatDocument.read(f));
            gold += r.starts().size();
            for (Map.Entry<String, Function<String, Set<Integer>>> s : splitters.entrySet()) {
                Set<Integer> found = s.getValue().apply(r.text());
                int[] c = counts.computeIfAbsent(s.getKey(), k -> new int[2]);
                c[0] += found.size();
                c[1] += (int) found.stream().filter(r.starts()::contains).count();
            }
        }
        out.printf(Locale.ROOT, "%d documents, %d gold sentence boundaries%n", files.size(), gold);
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            double p = 100.0 * e.getValue()[1] / Math.max(1, e.getValue()[0]);
            double r = 100.0 * e.getValue()[1] / Math.max(1, gold);
            out.printf(Locale.ROOT, "%-48s P %5.1f  R %5.1f  F1 %5.1f%n", e.getKey(), p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
        out.flush();
        return 0;
    }

    /** The tokens joined as running text: punctuation attached, quotes closed on the word before, title and date lines apart. */
    static Running running(CatDocument doc) {
        StringBuilder sb = new StringBuilder();
        Set<Integer> starts = new TreeSet<>();
        int last = -1;
        int quotes = 0;
        boolean openBefore = false;
        for (CatDocument.Token t : doc.tokens()) {
            String w = t.text();
            boolean quote = w.equals("\"");
            boolean closing = quote && quotes % 2 == 1;
            if (quote) {
                quotes++;
            }
            boolean attach = closing || w.matches("[.,;:!?)%\\]]|'s|n't|''|'");
            boolean newSentence = last >= 0 && t.sentence() != last;
            if (newSentence && t.sentence() <= 2) {
                sb.append('\n');
                starts.add(sb.length());
            } else {
                if (sb.length() > 0 && !attach && !openBefore) {
                    sb.append(' ');
                }
                if (newSentence) {
                    starts.add(sb.length());
                }
            }
            openBefore = (quote && !closing) || w.equals("(");
            sb.append(w);
            last = t.sentence();
        }
        return new Running(sb.toString(), starts);
    }

    /** Sentence starts: the first non-space character after each sentence end the engine finds. */
    static Set<Integer> engine(String text) {
        Set<Integer> out = new TreeSet<>();
        for (int at = 0; at < text.length(); ) {
            int end = Sentences.end(text, at);
            int next = end + 1;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < text.length()) {
                out.add(next);
            }
            at = Math.max(next, at + 1);
        }
        return out;
    }

    static Set<Integer> breakIterator(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        Set<Integer> out = new TreeSet<>();
        for (int b = it.next(); b != BreakIterator.DONE && b < text.length(); b = it.next()) {
            out.add(b);
        }
        return out;
    }

    /** The rule the engine used before: a line break, or '.', '!', '?' or ';' before white space. */
    static Set<Integer> punctuation(String text) {
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?' || c == ';') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)))) {
                int j = i + 1;
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < text.length()) {
                    out.add(j);
                }
            }
        }
        return out;
    }
}
