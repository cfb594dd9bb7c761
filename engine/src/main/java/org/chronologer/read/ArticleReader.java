package org.chronologer.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from files, directories and standard input, one at a time, so a corpus of any size streams.
 *
 * <ul>
 *   <li>{@code .txt}: one article; its id is the file name without extension.</li>
 *   <li>{@code .jsonl} / {@code .json}: one article per line, {@code {"id", "text", "title"?, "published"?}}.</li>
 *   <li>{@code -}: JSON Lines on standard input.</li>
 *   <li>a directory: its {@code .txt}, {@code .json} and {@code .jsonl} files, sorted by path, recursively.</li>
 * </ul>
 * Whatever cannot be read is reported as an {@link InputProblem} and the rest goes on.
 */
public final class ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final InputStream stdin;

    /** A reader whose {@code -} is {@link System#in}. */
    public ArticleReader() {
        this(System.in);
    }

    /** A reader whose {@code -} is {@code stdin}. */
    public ArticleReader(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Reads every input in order, handing each article and each problem on as soon as it is read. */
    public void read(List<String> inputs, Consumer<Article> articles, Consumer<InputProblem> problems) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readJsonLines(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), "-", articles, problems);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                readDirectory(path, articles, problems);
            } else if (Files.isRegularFile(path)) {
                readFile(path, articles, problems);
            } else {
                problems.accept(new InputProblem(input, Files.exists(path) ? "not a regular file or directory" : "no such file or directory"));
            }
        }
    }

    /** Reads every article of the inputs into a list (for small corpora and tests). */
    public List<Article> readAll(List<String> inputs, List<InputProblem> problems) {
        List<Article> out = new ArrayList<>();
        read(inputs, out::add, problems::add);
        return out;
    }

    private void readDirectory(Path dir, Consumer<Article> articles, Consumer<InputProblem> problems) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.accept(new InputProblem(dir.toString(), "cannot list the directory: " + e.getMessage()));
            return;
        }
        for (Path f : files) {
            readFile(f, articles, problems);
        }
    }

    private static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".json") || n.endsWith(".jsonl");
    }

    private void readFile(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String source = file.toString();
        if (lower.endsWith(".json")) {
            readJsonDocument(file, articles, problems);
            return;
        }
        if (lower.endsWith(".jsonl")) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                readJsonLines(r, source, articles, problems);
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.accept(new InputProblem(source, "cannot read: " + e.getMessage()));
            }
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.accept(new InputProblem(source, "cannot read: " + e.getMessage()));
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.accept(new InputProblem(source, "not valid UTF-8 text"));
            return;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.accept(new InputProblem(source, "empty: no text to read"));
            return;
        }
        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        articles.accept(new Article(id, Optional.empty(), text, Optional.empty(), source));
    }

    /** A {@code .json} file: an array of articles, one article object, or JSON Lines. */
    private void readJsonDocument(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) {
        String source = file.toString();
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.accept(new InputProblem(source, "cannot read: " + e.getMessage()));
            return;
        }
        String trimmed = content.strip();
        if (trimmed.startsWith("[")) {
            JsonNode array;
            try {
                array = JSON.readTree(trimmed);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                problems.accept(new InputProblem(source, "malformed JSON: " + e.getOriginalMessage()));
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                String where = source + "[" + i + "]";
                try {
                    articles.accept(parseLine(array.get(i).toString(), where));
                } catch (IllegalArgumentException e) {
                    problems.accept(new InputProblem(where, e.getMessage()));
                }
            }
            return;
        }
        if (trimmed.startsWith("{") && trimmed.indexOf('\n') > 0) {
            try {
                JsonNode one = JSON.readTree(trimmed);
                articles.accept(parseLine(one.toString(), source));
                return;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // not one object: read it as JSON Lines below
            } catch (IllegalArgumentException e) {
                problems.accept(new InputProblem(source, e.getMessage()));
                return;
            }
        }
        readJsonLines(new BufferedReader(new java.io.StringReader(content)), source, articles, problems);
    }

    private void readJsonLines(BufferedReader r, String source, Consumer<Article> articles, Consumer<InputProblem> problems) {
        int lineNo = 0;
        String line;
        try {
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String where = source + ":" + lineNo;
                try {
                    articles.accept(parseLine(line, where));
                } catch (IllegalArgumentException e) {
                    problems.accept(new InputProblem(where, e.getMessage()));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.accept(new InputProblem(source + ":" + (lineNo + 1), "cannot read: " + e.getMessage()));
        }
    }

    /** Parses one JSON line into an article; throws {@link IllegalArgumentException} saying what is wrong. */
    static Article parseLine(String line, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a line must be a JSON object with \"id\" and \"text\"");
        }
        JsonNode id = node.get("id");
        JsonNode text = node.get("text");
        if (id == null || id.isNull() || id.asText().isBlank()) {
            throw new IllegalArgumentException("missing \"id\"");
        }
        if (text == null || !text.isTextual()) {
            throw new IllegalArgumentException("missing \"text\" (a string)");
        }
        Optional<String> title = Optional.ofNullable(node.get("title")).filter(JsonNode::isTextual).map(JsonNode::asText);
        Optional<LocalDate> published = Optional.empty();
        JsonNode p = node.get("published");
        if (p != null && !p.isNull()) {
            String v = p.asText();
            try {
                published = Optional.of(LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"published\" is not a date (YYYY-MM-DD): " + v);
            }
        }
        return new Article(id.asText(), title, text.asText(), published, where);
    }
}
