package org.chronologer.read;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
        this.pages = Objects.requireNonNull(pages, "pages");
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
                readJsonLines(stdin, "-", unique, problems);
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
        List<InputProblem> errors = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isArticleFile(file)) {
                        files.add(file);
                    } else if (attrs.isSymbolicLink()) {
                        // followed links arrive resolved: a link seen as a link is one whose target is missing
                        errors.add(new InputProblem(file.toString(), "a dangling symbolic link (its target "
                                + target(file) + " does not exist)"));
                    } else if (attrs.isOther()) {
                        errors.add(new InputProblem(file.toString(), "not a regular file (a named pipe, socket or device): not read"));
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
        errors.sort(java.util.Comparator.comparing(InputProblem::source));
        errors.forEach(problems);
        notRead.sort(null);
        for (Path f : notRead) {
            problems.accept(InputProblem.skipped(f.toString(), "not an article file (Chronologer reads .txt, .html, .htm, .json and .jsonl)"));
        }
        files.sort(null);
        for (Path f : files) {
            readFile(f, articles, problems);
        }
    }

    private static String target(Path link) {
        try {
            return "'" + Files.readSymbolicLink(link) + "'";
        } catch (IOException | UnsupportedOperationException e) {
            return "";
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
            readJsonLines(file, source, articles, problems);
            return;
        }
        String text;
        String json = null;
        try {
            long size = Files.size(file);
            if (size > maxBytes && !lower.endsWith(".json")) {
                problems.accept(new InputProblem(source, "too large: " + Sizes.describe(size) + ", over the limit of "
                        + Sizes.describe(maxBytes) + " (raise it with --max-bytes)"));
                return;
            }
            if (lower.endsWith(".json")) {
                String content = null;
                if (size <= maxBytes) {
                    byte[] bytes = Files.readAllBytes(file);
                    try {
                        content = TextDecoder.decode(bytes);
                    } catch (IllegalArgumentException e) {
                        if (e.getMessage().contains("binary")) {
                            throw e;
                        }
                        // not valid text: read line by line below, so that the bad bytes cost their own lines
                    }
                }
                json = content;
                text = null;
            } else {
                byte[] bytes = Files.readAllBytes(file);
                if (lower.endsWith(".html") || lower.endsWith(".htm")) {
                    text = TextDecoder.decodePage(bytes);
                } else {
                    text = TextDecoder.decode(bytes);
                }
            }
        } catch (IllegalArgumentException e) {
            problems.accept(new InputProblem(source, e.getMessage()));
            return;
        } catch (IOException e) {
            problems.accept(new InputProblem(source, "cannot read: " + describe(e)));
            return;
        }
        // what receives the articles runs outside the try above: its exceptions are its own, not this file's
        if (lower.endsWith(".json")) {
            if (json == null) {
                // a big .json file, or one that is not valid text, is read as JSON Lines, line by line, with the limit
                // on each line, so that a bad byte costs its own line
                readJsonLines(file, source, articles, problems);
            } else {
                readJsonDocument(file, json, articles, problems);
            }
            return;
        }
        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (lower.endsWith(".html") || lower.endsWith(".htm") || looksLikeHtml(text)) {
            WebPage page;
            try {
                page = readPage(pages, new StringReader(text), Optional.empty());
            } catch (IllegalArgumentException e) {
                problems.accept(new InputProblem(source, e.getMessage()));
                return;
            }
            accept(fromPage(id, page, Optional.empty(), Optional.empty(), source), articles, problems);
            return;
        }
        accept(new Article(id, Optional.empty(), text, Optional.empty(), source), articles, problems);
    }

    /**
     * A web page read, or an {@link IllegalArgumentException} saying why it could not be: a failure of the page reader
     * is this page's, not the run's.
     */
    private static WebPage readPage(WebPageReader pages, Reader html, Optional<String> url) {
        try {
            return pages.read(html, url);
        } catch (org.chronologer.text.TimeBudget.Exceeded e) {
            throw new IllegalArgumentException("the web page " + e.getMessage() + " while it was read (raise it with --article-timeout)", e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new IllegalArgumentException("cannot read the web page (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    /** Whether a text looks like an HTML page. */
    static boolean looksLikeHtml(String text) {
        // read in place: a lower-case copy of a long text would cost its size again
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (text.regionMatches(true, start, "<!doctype html", 0, 14) || text.regionMatches(true, start, "<html", 0, 5)) {
            return true;
        }
        if (!text.startsWith("<", start)) {
            return false;
        }
        for (int at = text.indexOf('<', start); at >= 0; at = text.indexOf('<', at + 1)) {
            if (text.regionMatches(true, at, "<body", 0, 5)) {
                return true;
            }
        }
        return false;
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
                Article article;
                try {
                    article = parse(array.get(i), where, pages);
                } catch (IllegalArgumentException e) {
                    problems.accept(new InputProblem(where, e.getMessage()));
                    continue;
                }
                accept(article, articles, problems);
            }
            return;
        }
        if (trimmed.startsWith("{") && trimmed.indexOf('\n') > 0) {
            Article one = null;
            try {
                one = parse(JSON.readTree(trimmed), source, pages);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // not one object: read it as JSON Lines below
            } catch (IllegalArgumentException e) {
                problems.accept(new InputProblem(source, e.getMessage()));
                return;
            }
            if (one != null) {
                accept(one, articles, problems);
                return;
            }
        }
        readJsonLines(new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), source, articles, problems);
    }

    /** A JSON Lines file, line by line; a file that cannot be opened is one problem. */
    private void readJsonLines(Path file, String source, Consumer<Article> articles, Consumer<InputProblem> problems) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            problems.accept(new InputProblem(source, "cannot read: " + describe(e)));
            return;
        }
        try (InputStream open = in) {
            readJsonLines(open, source, articles, problems);
        } catch (IOException e) {
            // closing failed after everything was read: nothing is lost
        }
    }

    /**
     * JSON Lines from a stream: each line decoded on its own (UTF-8, or UTF-16 after a byte-order mark), so that a bad
     * byte, a malformed line or one over the limit costs that line, named by its number, and nothing else. An error
     * reading the stream stops it there, reported at the line it happened on; exceptions thrown by {@code articles}
     * are not caught.
     */
    private void readJsonLines(InputStream in, String source, Consumer<Article> articles, Consumer<InputProblem> problems) {
        BoundedLines lines = new BoundedLines(in, maxBytes);
        int lineNo = 0;
        while (true) {
            BoundedLines.Line line;
            try {
                line = lines.next();
            } catch (IOException | UncheckedIOException e) {
                problems.accept(new InputProblem(source + ":" + (lineNo + 1), "cannot read: " + describe(e)));
                return;
            }
            if (line == null) {
                return;
            }
            lineNo++;
            String where = source + ":" + lineNo;
            if (line.tooLong()) {
                problems.accept(tooLong(where, line.bytes(), maxBytes));
                continue;
            }
            if (line.problem() != null) {
                problems.accept(new InputProblem(where, line.problem()));
                continue;
            }
            if (line.blank()) {
                continue;
            }
            Article article;
            try {
                JsonNode node = tree(line.reader());
                line = null; // the line's text is not held while its article (a web page, say) is read
                article = parse(node, where, pages);
            } catch (IllegalArgumentException e) {
                problems.accept(new InputProblem(where, e.getMessage()));
                continue;
            }
            accept(article, articles, problems);
        }
    }

    /**
     * One non-blank line of a JSON Lines input as {@link #read} reads it ({@code where} is its source, {@code FILE:LINE}),
     * for callers that split the input themselves (the Spark job): its article, when it has one to date, goes to
     * {@code articles}, and its problems (a line over {@code maxBytes} in UTF-8, malformed JSON, an absurd declared date,
     * a text not in English or with nothing to read, a web page that states no date) to {@code problems}, as {@code read}
     * reports them. The one check left to the caller is the duplicate id, which needs the articles before it.
     */
    public static void readJsonLine(String line, String where, long maxBytes, Consumer<Article> articles, Consumer<InputProblem> problems) {
        readJsonLine(line, where, maxBytes, PAGES, articles, problems);
    }

    /**
     * One line of a UTF-8 JSON Lines file as {@link #read} decodes it, from its bytes without its line end (a caller
     * that splits the input into lines itself, the Spark job, hands them here before {@link #readJsonLine}): its text,
     * or, when it is not valid UTF-8, the problem {@code read} reports for it (with {@code where}, its source).
     *
     * @return the text, or empty with the problem given to {@code problems} (a line over {@code maxBytes} is reported
     *     as too long, whatever its bytes, as {@code read} reports it)
     */
    public static Optional<String> decodeUtf8Line(byte[] bytes, int length, long maxBytes, String where, Consumer<InputProblem> problems) {
        if (length > maxBytes) {
            problems.accept(tooLong(where, length, maxBytes));
            return Optional.empty();
        }
        BoundedLines.Line line = BoundedLines.decode(java.util.Arrays.copyOf(bytes, length), length, StandardCharsets.UTF_8, 1);
        if (line.problem() != null) {
            problems.accept(new InputProblem(where, line.problem()));
            return Optional.empty();
        }
        return Optional.of(line.text());
    }

    private static InputProblem tooLong(String where, long bytes, long maxBytes) {
        return new InputProblem(where, "line too long: " + Sizes.describe(bytes) + ", over the limit of " + Sizes.describe(maxBytes)
                + " (raise it with --max-bytes)");
    }

    /** {@link #readJsonLine(String, String, long, Consumer, Consumer)}, reading a web page with {@code pages}. */
    public static void readJsonLine(String line, String where, long maxBytes, WebPageReader pages, Consumer<Article> articles,
                                    Consumer<InputProblem> problems) {
        Objects.requireNonNull(pages, "pages");
        long bytes = line.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            problems.accept(tooLong(where, bytes, maxBytes));
            return;
        }
        Article article;
        try {
            article = parseLine(line, where, pages);
        } catch (IllegalArgumentException e) {
            problems.accept(new InputProblem(where, e.getMessage()));
            return;
        }
        accept(article, articles, problems);
    }

    /**
     * One line of a JSON Lines input parsed ({@code where} is its source, {@code FILE:LINE}), without the checks
     * {@link #read} makes on whole articles (see {@link #readJsonLine} for a line read as {@code read} reads it).
     *
     * @throws IllegalArgumentException saying what is wrong with the line
     */
    public static Article parseJsonLine(String line, String where) {
        return parseLine(line, where);
    }

    /** Parses one JSON line into an article; throws {@link IllegalArgumentException} saying what is wrong. */
    static Article parseLine(String line, String where) {
        return parseLine(line, where, PAGES);
    }

    private static Article parseLine(String line, String where, WebPageReader pages) {
        return parse(tree(line), where, pages);
    }

    /** The JSON of a line; throws {@link IllegalArgumentException} saying what is wrong. */
    private static JsonNode tree(String line) {
        try {
            return JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * The JSON of a line read from {@code line} (the line's bytes, decoded as they are parsed, rather than its text made
     * whole first); throws {@link IllegalArgumentException} saying what is wrong.
     */
    private static JsonNode tree(Reader line) {
        try {
            return JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory are read without fail
        }
    }

    private static Article parse(JsonNode node, String where, WebPageReader pages) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a line must be a JSON object with \"id\" and \"text\"");
        }
        JsonNode id = node.get("id");
        if (id == null || id.isNull() || id.asText().isBlank()) {
            throw new IllegalArgumentException("missing \"id\"");
        }
        // the text and the page are looked up where they are needed, not held here (see takeText)
        boolean hasText = node.path("text").isTextual();
        boolean hasHtml = node.path("html").isTextual();
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
            if (!p.isTextual()) {
                throw new IllegalArgumentException("\"published\" is not a date: " + p + " (write it \"YYYY-MM-DD\", or a date and time)");
            }
            published = Optional.of(PublishedDate.parse(p.asText()));
        }
        if (hasHtml || looksLikeHtml(node.get("text").asText())) {
            return fromPage(id.asText(), readPage(pages, takeText((ObjectNode) node, hasHtml ? "html" : "text"), url), title, published, where);
        }
        return new Article(id.asText(), title, node.get("text").asText(), published, where);
    }

    /**
     * The text of field {@code name} of {@code node}, taken out of it: a reader on it is then its only holder, and the page
     * reader, which closes it once the page is parsed, lets it go while the page is read (the HTML of a page of megabytes
     * would otherwise be held beside its parsed document and its text).
     */
    private static Reader takeText(ObjectNode node, String name) {
        return new StringReader(node.remove(name).asText());
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return m == null ? kind : kind.isBlank() ? m : kind + " (" + m + ")";
    }
}
