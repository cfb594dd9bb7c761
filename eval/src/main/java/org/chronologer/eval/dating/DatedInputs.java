package org.chronologer.eval.dating;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chronologer.eval.TimeMlDocument;
import org.chronologer.read.Article;

/**
 * Dated articles for fitting and scoring publication-date inference, their dates hidden from the engine: JSON Lines
 * files with a {@code published} field (the dated-news corpora), or folders of TimeML files dated by their creation
 * time (TempEval-3, the SemEval trial). Each article belongs to a source: the file's or folder's name, or the name
 * given as {@code NAME=PATH}; articles with an {@code outlet} are split into {@value #OUTLET_FOLDS} sources by outlet
 * when asked, so that no outlet is in two folds.
 */
public final class DatedInputs {

    /** How many folds the articles with outlets are split into. */
    public static final int OUTLET_FOLDS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DatedInputs() {
    }

    /** One dated article: its id, its source, its true day, and the article with no declared date. */
    public record Input(String id, String source, LocalDate truth, Article article) {
    }

    /**
     * The articles of the given paths ({@code PATH} or {@code NAME=PATH}), in order; {@code foldOutlets} splits the
     * articles of a file that carries outlets into folds ({@code NAME-1} to {@code NAME-5}).
     */
    public static List<Input> read(List<String> specs, boolean foldOutlets) throws IOException {
        List<Input> out = new ArrayList<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            Path path = Path.of(eq > 0 ? spec.substring(eq + 1) : spec);
            String name = eq > 0 ? spec.substring(0, eq) : path.getFileName().toString().replaceFirst("\\.jsonl$", "");
            if (Files.isDirectory(path)) {
                out.addAll(timeMl(path, name));
            } else {
                out.addAll(jsonLines(path, name, foldOutlets));
            }
        }
        return out;
    }

    private static List<Input> jsonLines(Path file, String name, boolean foldOutlets) throws IOException {
        List<Input> out = new ArrayList<>();
        List<String> outlets = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j = JSON.readTree(line);
                if (!j.hasNonNull("text") || !j.hasNonNull("published")) {
                    throw new IOException(file + ":" + n + ": an article needs a text and a published date");
                }
                String id = j.hasNonNull("id") ? j.get("id").asText() : name + ":" + n;
                Article a = new Article(id, Optional.ofNullable(j.get("title")).map(JsonNode::asText), j.get("text").asText(),
                        Optional.empty(), file + ":" + n);
                out.add(new Input(id, name, LocalDate.parse(j.get("published").asText().substring(0, 10)), a));
                outlets.add(j.hasNonNull("outlet") ? j.get("outlet").asText() : "");
            }
        }
        if (foldOutlets && outlets.stream().anyMatch(o -> !o.isEmpty())) {
            Map<String, Integer> fold = folds(outlets);
            List<Input> folded = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                Input in = out.get(i);
                folded.add(new Input(in.id(), name + "-" + (fold.get(outlets.get(i)) + 1), in.truth(), in.article()));
            }
            return folded;
        }
        return out;
    }

    /** Outlets into folds of about equal size: the largest outlet first, each to the smallest fold so far. */
    static Map<String, Integer> folds(List<String> outlets) {
        Map<String, Integer> size = new TreeMap<>();
        outlets.forEach(o -> size.merge(o, 1, Integer::sum));
        List<String> order = size.keySet().stream()
                .sorted(Comparator.comparing((String o) -> -size.get(o)).thenComparing(o -> o)).toList();
        int[] load = new int[OUTLET_FOLDS];
        Map<String, Integer> out = new TreeMap<>();
        for (String o : order) {
            int k = 0;
            for (int f = 1; f < OUTLET_FOLDS; f++) {
                if (load[f] < load[k]) {
                    k = f;
                }
            }
            out.put(o, k);
            load[k] += size.get(o);
        }
        return out;
    }

    private static List<Input> timeMl(Path dir, String name) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        List<Input> out = new ArrayList<>();
        for (Path f : files) {
            String file = f.getFileName().toString();
            TimeMlDocument doc = TimeMlDocument.parse(file.substring(0, file.length() - 4), Files.readString(f));
            if (doc.dct().isEmpty()) {
                continue;
            }
            out.add(new Input(doc.id(), name, doc.dct().get(), Article.of(doc.id(), stripDateline(doc.text())).withSource(f.toString())));
        }
        return out;
    }

    /** A dateline such as "NEW YORK, Oct. 30 (AP) _" or "WASHINGTON --" at the start of a text. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*[A-Z][A-Za-z .,'-]{0,60}?(?:\\([^)]{1,20}\\))?\\s*(?:_|--|-)\\s");
    private static final Pattern DATE_WORDS = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}/\\d{1,2}");
    /** A date alone at the top of a text, as Wikinews writes it ("October 13 , 2005", "Thursday, June 8, 2010"). */
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s*,?\\s+)?"
            + "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?)"
            + "\\s*,?\\s*\\d{4}[ \\t]*(?:\\r?\\n|$)?");

    /**
     * The text without a leading dateline that carries a date ("NEW YORK, Oct. 30 (AP) _ ...") or a date line
     * ("October 13 , 2005" above the text, or run into the first sentence as the Wikinews TimeML texts have it): both
     * give the creation time away.
     */
    public static String stripDateline(String text) {
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
