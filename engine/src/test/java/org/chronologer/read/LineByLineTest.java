package org.chronologer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines are decoded line by line: a bad byte costs its own line, named by its number, and nothing else; standard
 * input obeys the same rules as files; UTF-16 with a byte-order mark and CR-only line ends are read; limits count
 * bytes; {@code published} is read one way everywhere.
 */
class LineByLineTest {

    @TempDir
    Path dir;

    private static byte[] line(int i) {
        return ("{\"id\": \"a" + i + "\", \"text\": \"The council met on Monday " + i + " times.\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** {@code n} JSON lines joined by {@code end}; the line numbered {@code bad} (from 1) holds an invalid UTF-8 byte. */
    private static byte[] corpus(int n, int bad, String end) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 1; i <= n; i++) {
            byte[] l = line(i);
            if (i == bad) {
                l[l.length - 12] = (byte) 0xE9; // a Latin-1 é where UTF-8 wants a lead byte and continuation
            }
            out.writeBytes(l);
            out.writeBytes(end.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private List<Article> read(byte[] bytes, List<InputProblem> problems) throws Exception {
        Path f = dir.resolve("corpus.jsonl");
        Files.write(f, bytes);
        return new ArticleReader().readAll(List.of(f.toString()), problems);
    }

    @Test
    void aBadByteOnLine2500Of5000CostsThatLineAloneAndIsBlamedOnIt() throws Exception {
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = read(corpus(5000, 2500, "\n"), problems);
        assertThat(articles).hasSize(4999);
        assertThat(articles.get(2498).id()).isEqualTo("a2499");
        assertThat(articles.get(2499).id()).isEqualTo("a2501");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("corpus.jsonl:2500");
            assertThat(p.message()).contains("not valid UTF-8").contains("0xE9");
        });
    }

    @Test
    void aBadByteOnTheSecondOfThreeLinesLeavesTheFirstAndTheThird() throws Exception {
        List<InputProblem> problems = new ArrayList<>();
        assertThat(read(corpus(3, 2, "\n"), problems)).extracting(Article::id).containsExactly("a1", "a3");
        assertThat(problems).extracting(InputProblem::source).singleElement().satisfies(s -> assertThat(s).endsWith(":2"));
    }

    @Test
    void standardInputObeysTheSameRulesAsFiles() {
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader(new ByteArrayInputStream(corpus(3, 2, "\n"))).readAll(List.of("-"), problems);
        assertThat(articles).extracting(Article::id).containsExactly("a1", "a3");
        assertThat(articles).allSatisfy(a -> assertThat(a.text()).doesNotContain("\uFFFD"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("-:2");
            assertThat(p.message()).contains("not valid UTF-8");
        });
    }

    @Test
    void crOnlyAndCrLfLineEndsSeparateLinesAndAByteOrderMarkIsRead() throws Exception {
        for (String end : List.of("\r", "\r\n")) {
            List<InputProblem> problems = new ArrayList<>();
            assertThat(read(corpus(4, 0, end), problems)).extracting(Article::id).containsExactly("a1", "a2", "a3", "a4");
            assertThat(problems).isEmpty();
        }
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.writeBytes(corpus(2, 0, "\n"));
        List<InputProblem> problems = new ArrayList<>();
        assertThat(read(withBom.toByteArray(), problems)).extracting(Article::id).containsExactly("a1", "a2");
        assertThat(problems).isEmpty();
    }

    @Test
    void utf16WithAByteOrderMarkIsReadInEitherByteOrder() throws Exception {
        String text = "\uFEFF" + new String(corpus(3, 0, "\r\n"), StandardCharsets.UTF_8) + "{\"id\": \"é\", \"text\": \"Café on Monday.\"}\n";
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            List<InputProblem> problems = new ArrayList<>();
            List<Article> articles = read(text.getBytes(cs), problems);
            assertThat(articles).extracting(Article::id).containsExactly("a1", "a2", "a3", "é");
            assertThat(articles.get(3).text()).isEqualTo("Café on Monday.");
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void theSizeLimitCountsBytesAndSaysSoInAReadableUnit() throws Exception {
        // a line of CJK text: a million characters, three bytes each
        String cjk = "{\"id\": \"big\", \"text\": \"" + "\u65E5".repeat(1_000_000) + "\"}\n";
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = read((cjk + new String(line(2), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8), problems);
        assertThat(articles).extracting(Article::id).containsExactly("a2");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith(":1");
            assertThat(p.message()).contains("line too long: 2.9 MB, over the limit of 2.0 MB");
        });
        List<InputProblem> small = new ArrayList<>();
        new ArticleReader(new ByteArrayInputStream(corpus(1, 0, "\n")), 10).readAll(List.of("-"), small);
        assertThat(small).singleElement().satisfies(p -> assertThat(p.message()).contains("bytes, over the limit of 10 bytes"));
        Path txt = dir.resolve("short.txt");
        Files.writeString(txt, "It rained on Monday in the capital.");
        List<InputProblem> file = new ArrayList<>();
        new ArticleReader(System.in, 10).readAll(List.of(txt.toString()), file);
        assertThat(file).singleElement().satisfies(p -> assertThat(p.message()).contains("too large: 35 bytes, over the limit of 10 bytes"));
    }

    @Test
    void publishedIsADayOrAnIsoDateAndTimeEverywhereAndNothingElse() {
        assertThat(PublishedDate.parse("2024-01-01")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(PublishedDate.parse(" 2024-01-01 ")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(PublishedDate.parse("2024-01-01T23:30:00Z")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(PublishedDate.parse("2024-01-01T23:30:00+05:00")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(PublishedDate.parse("2024-01-01T23:30")).isEqualTo(LocalDate.of(2024, 1, 1));
        for (String bad : List.of("2024-01-01garbage", "2024-01-01T", "1/1/2024", "2024-13-01", "", "2024-01-01 10:00")) {
            assertThatThrownBy(() -> PublishedDate.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"published\" is not a date");
        }
        String lines = "{\"id\": \"a\", \"text\": \"It rained.\", \"published\": \"2024-01-01garbage\"}\n"
                + "{\"id\": \"b\", \"text\": \"It rained.\", \"published\": \" 2024-01-01\"}\n"
                + "{\"id\": \"c\", \"text\": \"It rained.\", \"published\": 20240101}\n";
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8))).readAll(List.of("-"), problems);
        assertThat(articles).extracting(Article::id).containsExactly("b");
        assertThat(problems).extracting(InputProblem::source).containsExactly("-:1", "-:3");
    }

    @Test
    void aNulCharacterReferenceInAPageIsNoNulInItsText() {
        String line = "{\"id\": \"h\", \"html\": \"<html><body><p>Voters went&#0; to the polls on Sunday&#x0;.</p></body></html>\"}\n";
        List<InputProblem> problems = new ArrayList<>();
        List<Article> a = new ArticleReader(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8))).readAll(List.of("-"), problems);
        assertThat(problems).isEmpty();
        assertThat(a).singleElement().satisfies(x -> assertThat(x.text()).doesNotContain("\u0000").contains("to the polls on Sunday"));
    }

    @Test
    void anExceptionOfWhatReceivesTheArticlesIsNotReportedAsTheFilesOwn() throws Exception {
        Path f = dir.resolve("ok.jsonl");
        Files.write(f, corpus(2, 0, "\n"));
        List<InputProblem> problems = new ArrayList<>();
        assertThatThrownBy(() -> new ArticleReader().read(List.of(f.toString()), a -> {
            throw new UncheckedIOException(new java.io.IOException("No space left on device"));
        }, problems::add)).isInstanceOf(UncheckedIOException.class);
        assertThat(problems).isEmpty();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aDanglingLinkAndANamedPipeInADirectoryAreErrors() throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("in"));
        Files.writeString(corpus.resolve("ok.txt"), "The council met on Monday in the capital, officials said.");
        Files.createSymbolicLink(corpus.resolve("gone.txt"), corpus.resolve("nowhere.txt"));
        Process mkfifo = new ProcessBuilder("mkfifo", corpus.resolve("pipe.jsonl").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(List.of(corpus.toString()), problems);
        assertThat(articles).extracting(Article::id).containsExactly("ok");
        assertThat(problems).allSatisfy(p -> assertThat(p.kind()).isEqualTo(InputProblem.Kind.ERROR)).hasSize(2);
        assertThat(problems.get(0).source()).endsWith("gone.txt");
        assertThat(problems.get(0).message()).contains("dangling symbolic link").contains("nowhere.txt");
        assertThat(problems.get(1).source()).endsWith("pipe.jsonl");
        assertThat(problems.get(1).message()).contains("named pipe");
    }
}
