package org.chronologer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryGivesItsTextFilesSortedWithTheFileNameAsId() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Second article on Monday.");
        Files.writeString(dir.resolve("a.txt"), "First article.");
        Files.writeString(dir.resolve("notes.md"), "ignored");
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(List.of(dir.toString()), problems);
        assertThat(articles).extracting(Article::id).containsExactly("a", "b");
        assertThat(articles.get(1).text()).isEqualTo("Second article on Monday.");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("notes.md");
            assertThat(p.kind()).isEqualTo(InputProblem.Kind.SKIPPED);
        });
    }

    @Test
    void jsonLinesCarryIdTitleAndDeclaredDateAndABadLineIsReportedWithItsNumber() throws Exception {
        Path f = dir.resolve("corpus.jsonl");
        Files.writeString(f, """
                {"id": "x1", "text": "It rained on Monday.", "title": "Rain", "published": "2024-05-16"}
                {"id": "x2", "text": broken
                {"id": "x3", "text": "No date here."}
                {"id": "x4", "text": "Bad date.", "published": "yesterday"}
                """);
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(List.of(f.toString()), problems);
        assertThat(articles).extracting(Article::id).containsExactly("x1", "x3");
        assertThat(articles.get(0).title()).contains("Rain");
        assertThat(articles.get(0).declared()).contains(LocalDate.of(2024, 5, 16));
        assertThat(articles.get(1).declared()).isEmpty();
        assertThat(problems).extracting(InputProblem::source).containsExactly(f + ":2", f + ":4");
        assertThat(problems.get(0).message()).contains("malformed JSON");
        assertThat(problems.get(1).message()).contains("not a date");
    }

    @Test
    void aJsonFileMayHoldAnArrayOfArticlesOnePrettyPrintedArticleOrJsonLines() throws Exception {
        Files.writeString(dir.resolve("array.json"), "[{\"id\": \"a1\", \"text\": \"One.\"}, {\"id\": \"a2\"}]");
        Files.writeString(dir.resolve("one.json"), "{\n  \"id\": \"p\",\n  \"text\": \"Pretty.\"\n}\n");
        Files.writeString(dir.resolve("lines.json"), "{\"id\": \"l1\", \"text\": \"A.\"}\n{\"id\": \"l2\", \"text\": \"B.\"}\n");
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(List.of(dir.toString()), problems);
        assertThat(articles).extracting(Article::id).containsExactly("a1", "l1", "l2", "p");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(dir.resolve("array.json") + "[1]");
            assertThat(p.message()).contains("\"text\"");
        });
    }

    @Test
    void standardInputIsReadAsJsonLines() {
        ArticleReader reader = new ArticleReader(new ByteArrayInputStream(
                "{\"id\":\"s\",\"text\":\"On Friday.\"}\n".getBytes(StandardCharsets.UTF_8)));
        List<InputProblem> problems = new ArrayList<>();
        assertThat(reader.readAll(List.of("-"), problems)).extracting(Article::source).containsExactly("-:1");
    }

    @Test
    void missingEmptyAndNonUtf8FilesAreReportedByNameAndTheOthersStillRead() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Fine text.");
        Files.writeString(dir.resolve("empty.txt"), "  \n ");
        Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xFF});
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(List.of(dir.toString(), dir.resolve("nope.txt").toString()), problems);
        assertThat(articles).extracting(Article::id).containsExactly("good");
        assertThat(problems).extracting(InputProblem::toString).containsExactly(
                dir.resolve("empty.txt") + ": skipped: only white space: no text to read",
                dir.resolve("latin1.txt") + ": not valid UTF-8 text (another encoding? convert it to UTF-8)",
                dir.resolve("nope.txt") + ": no such file or directory");
        assertThat(problems).extracting(InputProblem::kind).containsExactly(
                InputProblem.Kind.SKIPPED, InputProblem.Kind.ERROR, InputProblem.Kind.ERROR);
    }

    @Test
    void aLineReadAloneGivesTheArticleAndTheProblemsTheFileReaderGivesDuplicateIdsAside() throws Exception {
        Path f = dir.resolve("mixed.jsonl");
        List<String> lines = List.of(
                "{\"id\": \"ok\", \"text\": \"The minister resigned on Monday after a week of protests in the capital.\"}",
                "{\"id\": \"broken\", \"text\": ",
                "{\"id\": \"fr\", \"text\": \"Le ministre a démissionné lundi après une semaine de manifestations dans la capitale, selon le gouvernement. Les syndicats avaient appelé à la grève depuis le début du mois et des milliers de personnes sont descendues dans les rues de la ville pour protester contre la réforme.\"}",
                "{\"id\": \"old\", \"text\": \"The council met on Tuesday to vote on the budget.\", \"published\": \"1066-10-14\"}",
                "{\"id\": \"blank\", \"text\": \"   \"}",
                "{\"id\": \"long\", \"text\": \"" + "word ".repeat(60) + "\"}",
                "{\"text\": \"no id\"}");
        Files.write(f, lines, StandardCharsets.UTF_8);
        long max = 200;
        List<InputProblem> fileProblems = new ArrayList<>();
        List<Article> fromFile = new ArticleReader(new ByteArrayInputStream(new byte[0]), max).readAll(List.of(f.toString()), fileProblems);
        List<InputProblem> lineProblems = new ArrayList<>();
        List<Article> fromLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ArticleReader.readJsonLine(lines.get(i), f + ":" + (i + 1), max, fromLines::add, lineProblems::add);
        }
        assertThat(fromLines).extracting(Article::id, Article::text, Article::declared)
                .containsExactlyElementsOf(fromFile.stream().map(a -> org.assertj.core.groups.Tuple.tuple(a.id(), a.text(), a.declared())).toList());
        assertThat(lineProblems).isEqualTo(fileProblems);
        // what the lines hold: one article to date with its absurd date dropped, and a problem for each other line
        assertThat(fromLines).extracting(Article::id).containsExactly("ok", "old");
        assertThat(lineProblems).extracting(InputProblem::kind).contains(InputProblem.Kind.SKIPPED, InputProblem.Kind.WARNING,
                InputProblem.Kind.ERROR);
        assertThat(lineProblems).hasSize(6);
    }

    @Test
    void aTextIsTakenForAPageByHowItStartsAndByABodyTagInAnyCase() {
        assertThat(ArticleReader.looksLikeHtml("\n  <!DOCTYPE HTML><title>x</title>")).isTrue();
        assertThat(ArticleReader.looksLikeHtml("<Html lang=en>")).isTrue();
        assertThat(ArticleReader.looksLikeHtml("<meta charset=utf-8><div>a < b</div><BODY>text")).isTrue();
        assertThat(ArticleReader.looksLikeHtml("<p>a paragraph with no body tag</p>")).isFalse();
        assertThat(ArticleReader.looksLikeHtml("News of <body> armour, not a page")).isFalse();
        assertThat(ArticleReader.looksLikeHtml("   ")).isFalse();
    }
}
