package org.chronologer.eval.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chronologer.eval.TempEvalScore.Alignment;
import org.chronologer.eval.TempEvalScore.Pair;
import org.chronologer.eval.TempEvalScore.Span;
import org.chronologer.eval.TempEvalScore;
import org.chronologer.eval.TimeMlDocument;
import org.chronologer.ArticleDater;
import org.chronologer.extract.Mention;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.read.Article;
import org.chronologer.tag.HeidelTimeTagger;
import org.chronologer.tag.TaggedSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chronologer eval-tempeval}: TempEval-3 timex extraction and normalisation scores on a folder of
 * TimeML documents, each read with its true document creation time (news mode).
 */
@Command(name = "eval-tempeval", mixinStandardHelpOptions = true,
        description = {"Scores temporal-expression extraction and normalisation the TempEval-3 way (strict and "
                + "relaxed span P/R/F1, value F1, type F1) on the .tml files under DIR, each read with its true "
                + "document creation time.",
                "The .tml files are read, never changed or copied."})
public final class EvalTempEvalCommand implements Callable<Integer> {

    static final String CHRONOLOGER = "chronologer";
    static final String HEIDELTIME = "heideltime (bare)";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder holding TimeML .tml files (searched recursively, read in sorted order).")
    Path dir;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N documents.")
    Integer limit;

    @Option(names = "--bare-heideltime", description = "Also run bare HeidelTime (news mode, true DCT) on the same texts and print both systems side by side.")
    boolean bareHeidelTime;

    @Option(names = "--as-dated", description = "Read each document as the engine reads an article whose date the user "
            + "declared: its expressions found with no date, then resolved against the declared date (its true DCT), "
            + "instead of found with the DCT given to the taggers from the start.")
    boolean asDated;

    @Option(names = "--details", paramLabel = "FILE", description = "Write one tab-separated line per gold timex (and per unmatched system timex) with each system's aligned reading, for error analysis.")
    Path details;

    /** One system under evaluation: its name, its score so far, its scores per sub-folder, its time spent. */
    private static final class Run {
        final String name;
        final TempEvalScore score = new TempEvalScore();
        final Map<String, TempEvalScore> byFolder = new TreeMap<>();
        long nanos;

        Run(String name) {
            this.name = name;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit != null && limit < 1) {
            err.println("eval-tempeval: --limit must be at least 1, not " + limit);
            return DevMain.EXIT_BAD_INPUT;
        }
        if (!Files.isDirectory(dir)) {
            err.println("eval-tempeval: " + dir + (Files.exists(dir) ? " is not a directory" : " does not exist"));
            return DevMain.EXIT_BAD_INPUT;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            err.println("eval-tempeval: cannot list " + dir + ": " + e.getMessage());
            return DevMain.EXIT_BAD_INPUT;
        }
        if (files.isEmpty()) {
            err.println("eval-tempeval: no .tml file under " + dir);
            return DevMain.EXIT_BAD_INPUT;
        }
        if (limit != null && files.size() > limit) {
            files = files.subList(0, limit);
        }

        List<TimeMlDocument> docs = new ArrayList<>(files.size());
        List<String> folders = new ArrayList<>(files.size());
        for (Path f : files) {
            try {
                String name = f.getFileName().toString();
                docs.add(TimeMlDocument.parse(name.substring(0, name.length() - 4), Files.readString(f, StandardCharsets.UTF_8)));
            } catch (MalformedInputException e) {
                err.println("eval-tempeval: " + f + " is not UTF-8");
                return DevMain.EXIT_BAD_INPUT;
            } catch (IOException e) {
                err.println("eval-tempeval: cannot read " + f + ": " + e.getMessage());
                return DevMain.EXIT_BAD_INPUT;
            } catch (IllegalArgumentException e) {
                err.println("eval-tempeval: " + f + ": " + e.getMessage());
                return DevMain.EXIT_BAD_INPUT;
            }
            Path rel = dir.relativize(f);
            folders.add(rel.getNameCount() > 1 ? rel.getName(0).toString() : ".");
        }
        long withoutDct = docs.stream().filter(d -> d.dct().isEmpty()).count();
        if (withoutDct > 0) {
            err.println("eval-tempeval: warning: " + withoutDct + " document(s) have no CREATION_TIME; they are read without a date (narrative mode)");
        }

        Run ours = new Run(CHRONOLOGER);
        Run bare = bareHeidelTime ? new Run(HEIDELTIME) : null;
        List<Run> runs = bare == null ? List.of(ours) : List.of(ours, bare);
        long startup = System.nanoTime();
        BufferedWriter detailsOut = null;
        try (MentionExtractor extractor = new MentionExtractor();
             HeidelTimeTagger heidelTime = bare == null ? null : new HeidelTimeTagger(false)) {
            ArticleDater dater = asDated ? new ArticleDater(extractor, KnowledgeBase.defaults()) : null;
            startup = System.nanoTime() - startup;
            if (details != null) {
                detailsOut = Files.newBufferedWriter(details, StandardCharsets.UTF_8);
                detailsOut.write(detailsHeader(runs));
            }
            for (int i = 0; i < docs.size(); i++) {
                TimeMlDocument doc = docs.get(i);
                List<Span> gold = doc.goldSpans();
                Optional<LocalDate> dct = doc.dct();

                long t0 = System.nanoTime();
                MentionExtractor.Result result = dater == null || dct.isEmpty() ? extractor.extract(doc.text(), dct)
                        : asDated(dater, doc, dct.get());
                ours.nanos += System.nanoTime() - t0;
                result.problems().forEach(p -> err.println(doc.id() + ": " + p));
                List<Span> ourSpans = new ArrayList<>();
                for (Mention m : result.mentions()) {
                    if (m.end() > m.start()) {
                        ourSpans.add(new Span(m.start(), m.end(), m.text(), m.type().name(),
                                m.resolution().value().orElse("")));
                    }
                }
                List<Alignment> alignments = new ArrayList<>();
                alignments.add(score(ours, folders.get(i), gold, ourSpans));

                if (bare != null) {
                    List<Span> bareSpans = new ArrayList<>();
                    long t1 = System.nanoTime();
                    try {
                        for (TaggedSpan s : heidelTime.tag(doc.text(), dct)) {
                            if (s.end() > s.start()) {
                                bareSpans.add(new Span(s.start(), s.end(), s.text(), s.type().name(), s.value()));
                            }
                        }
                    } catch (RuntimeException e) {
                        err.println(doc.id() + ": bare HeidelTime failed: " + e.getMessage());
                    }
                    bare.nanos += System.nanoTime() - t1;
                    alignments.add(score(bare, folders.get(i), gold, bareSpans));
                }
                if (detailsOut != null) {
                    detailsOut.write(detailsLines(doc.id(), gold, alignments));
                }
                if ((i + 1) % 50 == 0) {
                    err.printf(Locale.ROOT, "eval-tempeval: %d/%d documents%n", i + 1, docs.size());
                    err.flush();
                }
            }
        } catch (IOException e) {
            err.println("eval-tempeval: cannot write " + details + ": " + e.getMessage());
            return DevMain.EXIT_BAD_INPUT;
        } finally {
            if (detailsOut != null) {
                try {
                    detailsOut.close();
                } catch (IOException e) {
                    err.println("eval-tempeval: cannot write " + details + ": " + e.getMessage());
                }
            }
        }

        out.printf(Locale.ROOT, "TempEval-3 timex evaluation of %s: %d document(s), true DCT (%s); start-up %.1f s%n",
                dir, docs.size(), asDated ? "declared: read with no date, then resolved against it" : "news mode", startup / 1e9);
        out.println();
        Map<String, TempEvalScore> scores = new LinkedHashMap<>();
        List<String> speed = new ArrayList<>();
        for (Run r : runs) {
            scores.put(r.name, r.score);
            speed.add(String.format(Locale.ROOT, "%.2f", r.nanos == 0 ? 0.0 : docs.size() / (r.nanos / 1e9)));
        }
        Map<String, List<String>> extra = new LinkedHashMap<>();
        extra.put("articles/s", speed);
        out.print(TempEvalScore.table(scores, extra));
        List<String> subFolders = new ArrayList<>(ours.byFolder.keySet());
        if (subFolders.size() > 1) {
            for (String folder : subFolders) {
                out.println();
                out.println(folder + ":");
                Map<String, TempEvalScore> part = new LinkedHashMap<>();
                for (Run r : runs) {
                    part.put(r.name, r.byFolder.get(folder));
                }
                out.print(TempEvalScore.table(part));
            }
        }
        out.println();
        out.println("P/R/F1 in %. Strict: identical spans; relaxed: overlapping spans (one-to-one); value and type F1 = "
                + "attribute accuracy on relaxed matches x relaxed P/R (TempEval-3).");
        out.flush();
        return 0;
    }

    /** The document's mentions as the engine resolves an article with a declared date. */
    private static MentionExtractor.Result asDated(ArticleDater dater, TimeMlDocument doc, LocalDate dct) {
        var dated = dater.dateAlone(Article.of(doc.id(), doc.text()).withDeclared(dct));
        return new MentionExtractor.Result(dated.mentions(), dated.problems());
    }

    private static Alignment score(Run run, String folder, List<Span> gold, List<Span> system) {
        run.byFolder.computeIfAbsent(folder, f -> new TempEvalScore()).add(gold, system);
        return run.score.add(gold, system);
    }

    private static String detailsHeader(List<Run> runs) {
        StringBuilder b = new StringBuilder("doc\tstart\tend\tgold_text\tgold_type\tgold_value");
        for (Run r : runs) {
            String n = r.name.replaceAll("\\W+", "_").replaceAll("_+$", "");
            b.append('\t').append(n).append("_match\t").append(n).append("_text\t").append(n).append("_type\t")
                    .append(n).append("_value");
        }
        return b.append('\n').toString();
    }

    /**
     * One line per gold timex with each system's aligned reading ("strict", "relaxed" or "missed"), then one
     * line per system timex aligned with no gold timex ("spurious"), gold columns empty.
     */
    private static String detailsLines(String id, List<Span> gold, List<Alignment> alignments) {
        StringBuilder b = new StringBuilder();
        for (Span g : gold) {
            b.append(id).append('\t').append(g.start()).append('\t').append(g.end()).append('\t')
                    .append(clean(g.text())).append('\t').append(g.type()).append('\t').append(g.value());
            for (Alignment a : alignments) {
                Span s = null;
                for (Pair p : a.pairs()) {
                    if (p.gold() == g) {
                        s = p.system();
                        break;
                    }
                }
                if (s == null) {
                    b.append("\tmissed\t\t\t");
                } else {
                    b.append('\t').append(s.sameExtent(g) ? "strict" : "relaxed").append('\t')
                            .append(clean(s.text())).append('\t').append(s.type()).append('\t').append(s.value());
                }
            }
            b.append('\n');
        }
        for (int k = 0; k < alignments.size(); k++) {
            for (Span s : alignments.get(k).spurious()) {
                b.append(id).append('\t').append(s.start()).append('\t').append(s.end()).append("\t\t\t");
                for (int m = 0; m < alignments.size(); m++) {
                    if (m == k) {
                        b.append("\tspurious\t").append(clean(s.text())).append('\t').append(s.type()).append('\t')
                                .append(s.value());
                    } else {
                        b.append("\t\t\t\t");
                    }
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
