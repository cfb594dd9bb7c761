package org.chronologer.read;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.chronologer.read.html.PageDate;
import org.chronologer.read.html.WebPage;
import org.chronologer.read.html.WebPageReader;

/**
 * Reads articles from files, directories and standard input, one at a time, so a corpus of any size streams.
 *
 * <ul>
 *   <li>{@code .txt}: one article; its id is the file name without extension.</li>
 *   <li>{@code .html} / {@code .htm}: one web page, in any encoding it declares (or that can be told), read by
 *       {@link WebPageReader}: the article's text without the page around it, and the published day the page
 *       states as the declared date (with where it was read in {@link Article#page()}).</li>
 *   <li>{@code .jsonl} / {@code .json}: one article per line, {@code {"id", "text", "title"?, "published"?}}, or
 *       {@code {"id", "html", "url"?, "title"?, "published"?}} for a saved page; a {@code .json} file may also hold
 *       one article or an array of them.</li>
 *   <li>{@code -}: JSON Lines on standard input.</li>
 *   <li>a directory: its article files, sorted by path, recursively (following links, reporting loops).</li>
 * </ul>
 * Nothing is dropped silently: what cannot be read is an {@link InputProblem.Kind#ERROR}, what is read but has
 * nothing to date (empty, not English) is {@link InputProblem.Kind#SKIPPED}, and what is read with a caveat (a
 * duplicate id, an absurd declared date, a web page whose text is not English and is dated by its markup alone) is a
 * {@link InputProblem.Kind#WARNING}.
 */
public final class ArticleReader {

    /** The default limit on one article's size: news articles are a few kilobytes. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    /** Declared dates outside these years are absurd and ignored. */
    static final int FIRST_PLAUSIBLE_YEAR = 1800;
    static final int LAST_PLAUSIBLE_YEAR = 2200;

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final WebPageReader PAGES = new WebPageReader();
    private final InputStream stdin;
    private final long maxBytes;
    private final WebPageReader pages;

    /** A reader whose {@code -} is {@link System#in}, with the default size limit. */
    public ArticleReader() {
        this(System.in, DEFAULT_MAX_BYTES);
    }

    /** A reader whose {@code -} is {@code stdin}, with the default size limit. */
    public ArticleReader(InputStream stdin) {
        this(stdin, DEFAULT_MAX_BYTES);
    }

    /** A reader whose {@code -} is {@code stdin}, refusing articles larger than {@code maxBytes}. */
    public ArticleReader(InputStream stdin, long maxBytes) {
        this(stdin, maxBytes, PAGES);
    }

    /**
     * A reader whose {@code -} is {@code stdin}, refusing articles larger than {@code maxBytes}, reading web pages with
     * {@code pages} (one that reads the date phrases of pages not in English, say).
     */
    public ArticleReader(InputStream stdin, long maxBytes, WebPageReader pages) {
        this.pages = java.util.Objects.requireNonNull(pages, "pages");
        this.stdin = stdin;
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads every input in order, handing each article and each problem on as soon as it is read. */
    public void read(List<String> inputs, Consumer<Article> articles, Consumer<InputProblem> problems) {
        // only fingerprints of the ids are kept, so that a streamed run's memory does not grow with the corpus
        IdSet seen = new IdSet();
        Consumer<Article> unique = a -> {
            if (seen.add(a.id())) {
                articles.accept(a);
                return;
            }
            int n = 2;
            while (seen.contains(a.id() + "~" + n)) {
                n++;
            }
            String id = a.id() + "~" + n;
            seen.add(id);
            problems.accept(InputProblem.warning(a.source(), "duplicate id '" + a.id() + "' (an earlier article has it), read as '" + id + "'"));
            articles.accept(a.withId(id));
        };
        for (String input : inputs) {
            if (input.equals("-")) {
                readJsonLines(new InputStreamReader(stdin, StandardCharsets.UTF_8), "-", unique, problems);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                readDirectory(path, unique, problems);
            } else if (Files.isRegularFile(path)) {
                readFile(path, unique, problems);
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
        List<Path> files = new ArrayList<>();
        List<Path> notRead = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isArticleFile(file)) {
                        files.add(file);
                    } else {
                        notRead.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.accept(new InputProblem(file.toString(), e instanceof FileSystemLoopException
                            ? "a symbolic link loop, not followed" : "cannot read: " + describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(new InputProblem(dir.toString(), "cannot list the directory: " + describe(e)));
        }
        notRead.sort(null);
        for (Path f : notRead) {
            problems.accept(InputProblem.skipped(f.toString(), "not an article file (Chronologer reads .txt, .html, .htm, .json and .jsonl)"));
        }
        files.sort(null);
        for (Path f : files) {
            readFile(f, articles, problems);
        }
    }

    private static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".html") || n.endsWith(".htm");
    }

    private void readFile(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String source = file.toString();
        if (lower.endsWith(".jsonl")) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                readJsonLines(r, source, articles, problems);
            } catch (IOException | UncheckedIOException e) {
                problems.accept(new InputProblem(source, "cannot read: " + describe(e)));
            }
            return;
        }
        String text;
        try {
            long size = Files.size(file);
            if (size > maxBytes && !lower.endsWith(".json")) {
                problems.accept(new InputProblem(source, String.format(Locale.ROOT,
                        "too large: %.1f MB, over the limit of %.1f MB (raise it with --max-bytes)", size / 1048576.0, maxBytes / 1048576.0)));
                return;
            }
            if (lower.endsWith(".json")) {
                if (size > maxBytes) {
                    // a big .json file is read as JSON Lines, line by line, with the limit on each line
                    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        readJsonLines(r, source, articles, problems);
                    }
                    return;
                }
                readJsonDocument(file, TextDecoder.decode(Files.readAllBytes(file)), articles, problems);
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (lower.endsWith(".html") || lower.endsWith(".htm")) {
                text = TextDecoder.decodePage(bytes);
            } else {
                text = TextDecoder.decode(bytes);
            }
        } catch (IllegalArgumentException e) {
            problems.accept(new InputProblem(source, e.getMessage()));
            return;
        } catch (IOException | UncheckedIOException e) {
            problems.accept(new InputProblem(source, "cannot read: " + describe(e)));
            return;
        }
        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (lower.endsWith(".html") || lower.endsWith(".htm") || looksLikeHtml(text)) {
            accept(fromPage(id, pages.read(text), Optional.empty(), Optional.empty(), source), articles, problems);
            return;
        }
        accept(new Article(id, Optional.empty(), text, Optional.empty(), source), articles, problems);
    }

    /** Whether a text looks like an HTML page. */
    static boolean looksLikeHtml(String text) {
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || (head.startsWith("<") && head.contains("<body"));
    }

    /** The article a web page carries: its text, title and published day, unless the input gave its own. */
    private static Article fromPage(String id, WebPage page, Optional<String> title, Optional<LocalDate> published, String source) {
        return new Article(id, title.or(page::title), page.text(), published.or(() -> page.published().map(PageDate::day)), source,
                Optional.of(page));
    }

    /** Hands an article on, unless it has nothing to date; an absurd declared date is dropped with a warning. */
    private static void accept(Article article, Consumer<Article> articles, Consumer<InputProblem> problems) {
        Article a = article;
        if (a.declared().isPresent()) {
            int y = a.declared().get().getYear();
            if (y < FIRST_PLAUSIBLE_YEAR || y > LAST_PLAUSIBLE_YEAR) {
                problems.accept(InputProblem.warning(a.source(), "declared date " + a.declared().get() + " is absurd (outside "
                        + FIRST_PLAUSIBLE_YEAR + "-" + LAST_PLAUSIBLE_YEAR + "), ignored"));
                a = a.withDeclared(Optional.empty());
            }
        }
        if (a.page().isPresent() && (!a.page().get().english() || a.text().isBlank())) {
            acceptPage(a, a.page().get(), articles, problems);
            return;
        }
        if (a.text().isBlank()) {
            problems.accept(InputProblem.skipped(a.source(), a.text().isEmpty() ? "empty: no text to read" : "only white space: no text to read"));
            return;
        }
        String notEnglish = LanguageCheck.notEnglish(a.text());
        if (notEnglish != null) {
            problems.accept(InputProblem.skipped(a.source(), notEnglish));
            return;
        }
        articles.accept(a);
    }

    /**
     * A web page whose text the dating rules cannot read (not English) or that has none: dated by what the page
     * states (its markup, address, the days its text writes out, and the date phrases of its language when the
     * {@link WebPageReader} reads them), with a warning, and its text left out; skipped when it states no date at all.
     */
    private static void acceptPage(Article a, WebPage page, Consumer<Article> articles, Consumer<InputProblem> problems) {
        String what = a.text().isBlank() ? "a web page without article text"
                : "a web page " + page.language().filter(l -> !l.equals("und")).map(l -> "in '" + l + "'").orElse("not in English");
        String why = a.text().isBlank() ? "" : "; its text is read for its dates only (the dating rules read English)";
        if (a.declared().isEmpty()) {
            problems.accept(InputProblem.skipped(a.source(), what + " whose markup, address and text state no date" + why));
            return;
        }
        LocalDate day = a.declared().get();
        String how = page.published().filter(d -> d.day().equals(day)).map(d -> "its " + d.source().label() + " (" + d.where() + ")")
                .orElse("the date given with it");
        problems.accept(InputProblem.warning(a.source(), what + ": dated " + day + " by " + how + why));
        articles.accept(new Article(a.id(), a.title(), "", a.declared(), a.source(), a.page()));
    }

    /** A {@code .json} file: an array of articles, one article object, or JSON Lines. */
    private void readJsonDocument(Path file, String content, Consumer<Article> articles, Consumer<InputProblem> problems) {
        String source = file.toString();
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
                    accept(parse(array.get(i), where, pages), articles, problems);
                } catch (IllegalArgumentException e) {
                    problems.accept(new InputProblem(where, e.getMessage()));
                }
            }
            return;
        }
        if (trimmed.startsWith("{") && trimmed.indexOf('\n') > 0) {
            try {
                JsonNode one = JSON.readTree(trimmed);
                accept(parse(one, source, pages), articles, problems);
                return;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // not one object: read it as JSON Lines below
            } catch (IllegalArgumentException e) {
                problems.accept(new InputProblem(source, e.getMessage()));
                return;
            }
        }
        readJsonLines(new StringReader(content), source, articles, problems);
    }

    private void readJsonLines(Reader in, String source, Consumer<Article> articles, Consumer<InputProblem> problems) {
        BoundedLines lines = new BoundedLines(in instanceof BufferedReader b ? b : new BufferedReader(in), maxBytes);
        int lineNo = 0;
        try {
            BoundedLines.Line line;
            while ((line = lines.next()) != null) {
                lineNo++;
                String where = source + ":" + lineNo;
                if (line.tooLong()) {
                    problems.accept(new InputProblem(where, String.format(Locale.ROOT, "line too long: over the limit of %.1f MB "
                            + "(raise it with --max-bytes)", maxBytes / 1048576.0)));
                    continue;
                }
                if (line.text().isBlank()) {
                    continue;
                }
                try {
                    accept(parseLine(line.text(), where, pages), articles, problems);
                } catch (IllegalArgumentException e) {
                    problems.accept(new InputProblem(where, e.getMessage()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.accept(new InputProblem(source + ":" + (lineNo + 1), "cannot read: " + describe(e)));
        }
    }

    /** Parses one JSON line into an article; throws {@link IllegalArgumentException} saying what is wrong. */
    static Article parseLine(String line, String where) {
        return parseLine(line, where, PAGES);
    }

    private static Article parseLine(String line, String where, WebPageReader pages) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
        }
        return parse(node, where, pages);
    }

    private static Article parse(JsonNode node, String where, WebPageReader pages) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a line must be a JSON object with \"id\" and \"text\"");
        }
        JsonNode id = node.get("id");
        JsonNode text = node.get("text");
        JsonNode html = node.get("html");
        if (id == null || id.isNull() || id.asText().isBlank()) {
            throw new IllegalArgumentException("missing \"id\"");
        }
        boolean hasText = text != null && text.isTextual();
        boolean hasHtml = html != null && html.isTextual();
        if (!hasText && !hasHtml) {
            throw new IllegalArgumentException("missing \"text\" (a string) or \"html\" (a saved page, as a string)");
        }
        if (hasText && hasHtml) {
            throw new IllegalArgumentException("both \"text\" and \"html\": give one");
        }
        JsonNode urlNode = node.get("url");
        if (urlNode != null && !urlNode.isNull() && !urlNode.isTextual()) {
            throw new IllegalArgumentException("\"url\" is not a string");
        }
        Optional<String> url = Optional.ofNullable(urlNode).filter(JsonNode::isTextual).map(JsonNode::asText).filter(u -> !u.isBlank());
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
        String body = hasHtml ? html.asText() : text.asText();
        if (hasHtml || looksLikeHtml(body)) {
            return fromPage(id.asText(), pages.read(body, url), title, published, where);
        }
        return new Article(id.asText(), title, body, published, where);
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return m == null ? kind : kind.isBlank() ? m : kind + " (" + m + ")";
    }
}
