package org.chronologer.eval.dating;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.chronologer.date.Dating;
import org.chronologer.date.DatingFit;
import org.chronologer.date.DatingModel;
import org.chronologer.date.LinkClues;
import org.chronologer.date.Reading;
import org.chronologer.date.rule.EvidenceRules;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;

/**
 * What the dating model is fitted and scored on: each dated article's own evidence and words for linking, read once
 * (tagging takes minutes) and kept in a cache folder when one is given. The cache is keyed by the inputs' names and
 * sizes and by a fingerprint of the engine's classes that read the evidence, so a change to a rule or a tagger reads
 * the articles anew.
 */
public final class DatingSamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DatingSamples() {
    }

    /**
     * The samples of the dated articles of {@code data} (files, folders, {@code name=folder}), read on {@code threads}
     * threads through the cache folder when one is given; empty, with a line on {@code err} naming the command and the
     * data, when they hold no dated article.
     */
    public static Optional<List<DatingFit.Sample>> ofData(String command, List<String> data, KnowledgeBase knowledge, int threads,
                                                          Optional<Path> cache, PrintWriter err) throws IOException {
        List<DatedInputs.Input> inputs = DatedInputs.read(data, true);
        if (inputs.isEmpty()) {
            err.println(command + ": no dated article in " + data);
            return Optional.empty();
        }
        return Optional.of(of(inputs, knowledge, threads, cache, err));
    }

    /** The samples of the inputs, read on {@code threads} threads, through the cache folder when one is given. */
    public static List<DatingFit.Sample> of(List<DatedInputs.Input> inputs, KnowledgeBase knowledge, int threads, Optional<Path> cache,
                                            PrintWriter err) throws IOException {
        Optional<Path> file = cache.map(dir -> dir.resolve("samples-" + key(inputs) + ".jsonl.gz"));
        if (file.isPresent() && Files.isRegularFile(file.get())) {
            List<DatingFit.Sample> read = read(file.get());
            if (read.size() == inputs.size()) {
                err.println("dating samples: " + read.size() + " read from the cache " + file.get());
                return read;
            }
        }
        Dating dating = new Dating(knowledge, EvidenceRules.defaults(), DatingModel.untrained());
        long t0 = System.nanoTime();
        List<DatingFit.Sample> samples;
        try (Workers workers = Workers.of(threads, MentionExtractor::new)) {
            int[] done = new int[1];
            List<DatingFit.Sample> read = workers.map(inputs, in -> {
                Reading r;
                try {
                    r = dating.read(workers.withExtractor(e -> e.extract(in.article(), Optional.empty())));
                } catch (RuntimeException e) {
                    synchronized (done) {
                        err.println("dating samples: " + in.article().source() + " (" + in.id() + "): left out: " + e);
                    }
                    return null;
                }
                synchronized (done) {
                    if (++done[0] % 250 == 0) {
                        err.printf("dating samples: %d of %d read (%.0f s)%n", done[0], inputs.size(), (System.nanoTime() - t0) / 1e9);
                        err.flush();
                    }
                }
                return new DatingFit.Sample(in.id(), in.source(), in.truth(), r.evidence(), LinkClues.words(r));
            });
            samples = read.stream().filter(Objects::nonNull).toList();
        }
        err.printf("dating samples: %d read in %.0f s%n", samples.size(), (System.nanoTime() - t0) / 1e9);
        if (file.isPresent()) {
            Files.createDirectories(file.get().getParent());
            write(samples, file.get());
        }
        return samples;
    }

    /** A key for the inputs (ids, sources, true days, texts) and the engine's evidence-reading classes. */
    private static String key(List<DatedInputs.Input> inputs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (DatedInputs.Input in : inputs) {
                md.update((in.id() + "\t" + in.source() + "\t" + in.truth() + "\t" + in.article().text().hashCode() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            md.update(engineFingerprint().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The packages whose code decides what evidence an article gives (a change to them reads the articles anew). */
    private static final List<String> EVIDENCE_CODE = List.of("org/chronologer/read/", "org/chronologer/text/", "org/chronologer/tag/",
            "org/chronologer/interpret/", "org/chronologer/resolve/", "org/chronologer/extract/", "org/chronologer/knowledge/",
            "org/chronologer/date/rule/", "org/chronologer/date/LinkClues", "org/chronologer/model/", "org/chronologer/corpus/");

    /** A hash of the engine's classes and resources that read the evidence, from its jar or class folder. */
    private static String engineFingerprint() {
        try {
            Path p = Path.of(Dating.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(p)) {
                try (var walk = Files.walk(p)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        String name = p.relativize(f).toString().replace('\\', '/');
                        if (EVIDENCE_CODE.stream().anyMatch(name::startsWith)) {
                            md.update(name.getBytes(StandardCharsets.UTF_8));
                            md.update(Files.readAllBytes(f));
                        }
                    }
                }
            } else {
                try (var jar = new ZipFile(p.toFile())) {
                    List<? extends ZipEntry> entries = jar.stream()
                            .filter(e -> !e.isDirectory() && EVIDENCE_CODE.stream().anyMatch(e.getName()::startsWith))
                            .sorted(Comparator.comparing(ZipEntry::getName)).toList();
                    for (var e : entries) {
                        md.update(e.getName().getBytes(StandardCharsets.UTF_8));
                        try (var in = jar.getInputStream(e)) {
                            md.update(in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void write(List<DatingFit.Sample> samples, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp)),
                StandardCharsets.UTF_8))) {
            for (DatingFit.Sample s : samples) {
                w.write(JSON.writeValueAsString(node(s)));
                w.newLine();
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<DatingFit.Sample> read(Path file) throws IOException {
        List<DatingFit.Sample> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.add(sample(JSON.readTree(line)));
            }
        }
        return out;
    }

    private static ObjectNode node(DatingFit.Sample s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", s.id());
        n.put("source", s.source());
        n.put("truth", s.truth().toString());
        ArrayNode ev = n.putArray("evidence");
        for (Evidence e : s.evidence()) {
            ObjectNode x = ev.addObject();
            x.put("text", e.text());
            x.put("start", e.start());
            x.put("end", e.end());
            x.put("rule", e.rule().name());
            x.put("shareable", e.rule().shareable());
            x.put("kind", e.cue().kind());
            x.set("anchor", anchor(e.cue().anchor()));
            x.put("says", e.says());
            e.about().ifPresent(a -> x.put("about", a));
        }
        ObjectNode w = n.putObject("words");
        w.put("text", s.words().text());
        ArrayNode ds = w.putArray("datedSentences");
        s.words().datedSentences().forEach(set -> {
            ArrayNode a = ds.addArray();
            set.forEach(a::add);
        });
        ArrayNode by = w.putArray("datedBy");
        s.words().datedBy().forEach(by::add);
        ArrayNode about = w.putArray("about");
        s.words().about().forEach(about::add);
        return n;
    }

    private static ObjectNode anchor(Anchor a) {
        ObjectNode n = JSON.createObjectNode();
        if (a instanceof Anchor.Span s) {
            n.put("span", s.earliest() + "/" + s.latest());
        } else if (a instanceof Anchor.Spans ss) {
            ArrayNode parts = n.putArray("spans");
            ss.parts().forEach(s -> parts.add(s.earliest() + "/" + s.latest()));
        } else if (a instanceof Anchor.Weekly w) {
            n.put("weekly", w.day().name());
        } else if (a instanceof Anchor.Yearly y) {
            n.put("yearly", y.month().name());
            n.put("day", y.dayOfMonth());
        }
        return n;
    }

    private static DatingFit.Sample sample(JsonNode n) {
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode x : n.get("evidence")) {
            RuleId rule = x.get("shareable").asBoolean() ? RuleId.of(x.get("rule").asText()) : RuleId.ownOnly(x.get("rule").asText());
            Evidence e = Evidence.of(x.get("text").asText(), x.get("start").asInt(), x.get("end").asInt(), rule,
                    new Cue(x.get("kind").asText(), anchor(x.get("anchor"))), x.get("says").asText());
            evidence.add(x.hasNonNull("about") ? e.withAbout(x.get("about").asText()) : e);
        }
        JsonNode w = n.get("words");
        List<Set<String>> dated = new ArrayList<>();
        for (JsonNode s : w.get("datedSentences")) {
            Set<String> set = new LinkedHashSet<>();
            s.forEach(v -> set.add(v.asText()));
            dated.add(set);
        }
        Set<String> by = new LinkedHashSet<>();
        w.get("datedBy").forEach(v -> by.add(v.asText()));
        Set<String> about = new LinkedHashSet<>();
        w.get("about").forEach(v -> about.add(v.asText()));
        return new DatingFit.Sample(n.get("id").asText(), n.get("source").asText(), LocalDate.parse(n.get("truth").asText()), evidence,
                new LinkClues.Words(w.get("text").asText(), dated, by, about));
    }

    private static Anchor anchor(JsonNode n) {
        if (n.has("span")) {
            return span(n.get("span").asText());
        }
        if (n.has("spans")) {
            List<Anchor.Span> parts = new ArrayList<>();
            n.get("spans").forEach(s -> parts.add(span(s.asText())));
            return new Anchor.Spans(parts);
        }
        if (n.has("weekly")) {
            return new Anchor.Weekly(DayOfWeek.valueOf(n.get("weekly").asText()));
        }
        return new Anchor.Yearly(Month.valueOf(n.get("yearly").asText()), n.get("day").asInt());
    }

    private static Anchor.Span span(String s) {
        int slash = s.indexOf('/');
        return new Anchor.Span(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
    }
}
