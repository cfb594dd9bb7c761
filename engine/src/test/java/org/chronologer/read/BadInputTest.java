package org.chronologer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile corpus of fixtures/bad-input: every file is read or reported, with its name and a reason. */
class BadInputTest {

    static final Path BAD = Path.of("..", "fixtures", "bad-input");

    @TempDir
    Path dir;


    private static List<Article> readBad(List<InputProblem> problems) {
        return new ArticleReader().readAll(List.of(BAD.toString()), problems);
    }

    @Test
    void everyFileOfTheBadCorpusIsEitherReadOrReportedByName() throws Exception {
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = readBad(problems);
        Set<String> accounted = new HashSet<>();
        articles.forEach(a -> accounted.add(a.source().replaceAll(":\\d+$", "")));
        problems.forEach(p -> accounted.add(p.source().replaceAll(":\\d+$", "")));
        try (Stream<Path> files = Files.list(BAD)) {
            files.forEach(f -> assertThat(accounted).as("what became of %s", f).contains(f.toString()));
        }
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }

    @Test
    void eachKindOfBadFileGetsItsOwnReason() {
        List<InputProblem> problems = new ArrayList<>();
        readBad(problems);
        assertThat(reason(problems, "photo-saved-as-text.txt")).contains("binary file (PNG image)");
        assertThat(reason(problems, "archive-saved-as-json.json")).contains("binary file (zip archive)");
        assertThat(reason(problems, "latin1.txt")).contains("not valid UTF-8");
        assertThat(reason(problems, "empty.txt")).contains("empty");
        assertThat(reason(problems, "blank.txt")).contains("white space");
        assertThat(reason(problems, "german.txt")).contains("not English");
        assertThat(reason(problems, "loop")).contains("symbolic link loop");
        assertThat(reason(problems, "mixed.jsonl:2")).contains("malformed JSON");
        assertThat(reason(problems, "mixed.jsonl:3")).contains("missing \"text\"");
        assertThat(reason(problems, "mixed.jsonl:6")).contains("not a date");
        assertThat(reason(problems, "mixed.jsonl:7")).contains("JSON object");
    }

    @Test
    void goodArticlesAmongTheBadAreReadWhateverTheirEncodingOrFormat() {
        List<Article> articles = readBad(new ArrayList<>());
        Article utf16 = find(articles, "utf16-bom");
        assertThat(utf16.text()).startsWith("The bridge reopened on Friday, March 5, 2021");
        Article crlf = find(articles, "windows-line-endings");
        assertThat(crlf.text()).contains("\r\n");
        Article page = find(articles, "page");
        assertThat(page.title()).contains("Storm closes schools");
        assertThat(page.declared()).contains(LocalDate.of(2022, 1, 14));
        assertThat(page.text()).contains("Schools across the county were closed on Thursday").contains("January 2018 & closed")
                .doesNotContain("trackPageView").doesNotContain("color: red").doesNotContain("<p>");
        assertThat(articles).extracting(Article::id).contains("ok-1", "ok-1~2", "absurd");
        assertThat(find(articles, "absurd").declared()).isEmpty();
    }

    @Test
    void aDuplicateIdAndAnAbsurdDeclaredDateAreWarningsNotLosses() {
        List<InputProblem> problems = new ArrayList<>();
        readBad(problems);
        assertThat(problems).filteredOn(p -> p.kind() == InputProblem.Kind.WARNING).extracting(InputProblem::message)
                .anySatisfy(m -> assertThat(m).contains("duplicate id 'ok-1'").contains("ok-1~2"))
                .anySatisfy(m -> assertThat(m).contains("0003-01-01 is absurd"));
    }

    @Test
    void aFiftyMegabyteArticleIsRefusedByTheSizeLimitWithoutBeingRead() throws Exception {
        Path big = dir.resolve("huge.txt");
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            String line = "The council met on Monday and again on Tuesday. ".repeat(20) + "\n";
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length()) {
                w.write(line);
            }
        }
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(List.of(big.toString()), problems);
        assertThat(articles).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(big.toString());
            assertThat(p.message()).contains("too large").contains("50.0 MB").contains("--max-bytes");
        });
    }

    @Test
    void aFiveMegabyteJsonLineIsRefusedWhileTheLinesAroundItAreRead() throws Exception {
        Path f = dir.resolve("corpus.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write("{\"id\": \"a\", \"text\": \"It rained on Monday.\"}\n");
            w.write("{\"id\": \"big\", \"text\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}\n");
            w.write("{\"id\": \"c\", \"text\": \"It snowed on Friday.\"}\n");
        }
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(List.of(f.toString()), problems);
        assertThat(articles).extracting(Article::id).containsExactly("a", "c");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(f + ":2");
            assertThat(p.message()).contains("line too long");
        });
    }

    @Test
    void anUnreadableFileIsReportedAndTheRestOfItsDirectoryRead() throws Exception {
        Path locked = dir.resolve("locked.txt");
        Files.writeString(locked, "The council met on Monday.");
        Files.writeString(dir.resolve("open.txt"), "The council met on Tuesday.");
        locked.toFile().setReadable(false, false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who can read anything (root)");
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(List.of(dir.toString()), problems);
        assertThat(articles).extracting(Article::id).containsExactly("open");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(locked.toString());
            assertThat(p.message()).contains("cannot read");
        });
    }

    @Test
    void anHtmlPageWithoutMetadataIsDatedByItsFirstTimeElement() throws Exception {
        Path page = dir.resolve("story.htm");
        Files.writeString(page, "<html><body><p>Posted <time datetime=\"2019-07-04T10:00\">July 4</time></p>"
                + "<p>Fireworks lit the harbour on Thursday night.</p></body></html>");
        List<Article> a = new ArticleReader().readAll(List.of(page.toString()), new ArrayList<>());
        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.declared()).contains(LocalDate.of(2019, 7, 4));
            assertThat(x.text()).contains("Fireworks lit the harbour on Thursday night.").doesNotContain("<");
        });
    }

    @Test
    void htmlInAJsonLineIsStrippedAndItsMetadataDatesIt() {
        String line = "{\"id\": \"h\", \"text\": \"<html><head><meta name=\\\"pubdate\\\" content=\\\"2020-02-02\\\"></head>"
                + "<body><p>Voters went to the polls on Sunday.</p></body></html>\"}\n";
        List<Article> a = new ArticleReader(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)))
                .readAll(List.of("-"), new ArrayList<>());
        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("Voters went to the polls on Sunday.");
            assertThat(x.declared()).contains(LocalDate.of(2020, 2, 2));
        });
    }

    private static String reason(List<InputProblem> problems, String name) {
        return problems.stream().filter(p -> p.source().endsWith("/" + name) || p.source().endsWith(name) && name.contains(":"))
                .map(InputProblem::message).findFirst().orElse("(not reported)");
    }

    private static Article find(List<Article> articles, String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
