package org.chronologer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronologer.read.html.DatePhrases;
import org.chronologer.read.html.DateSource;
import org.chronologer.read.html.PageDate;
import org.chronologer.read.html.WebPageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web pages as inputs: any encoding, any language, in files or in JSON Lines. */
class WebPageInputTest {

    private static final String GERMAN = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"ISO-8859-1\">"
            + "<meta property=\"article:published_time\" content=\"2022-01-21T09:00:00+01:00\"><title>Hühner</title></head>"
            + "<body><article><h1>Das Zweinutzungshuhn</h1><p>Der Verband hat am Freitag in München über die Zukunft der Hühnerhaltung "
            + "beraten, und die Mitglieder sagten, dass sie mehr Tiere auf den Höfen halten wollen, als es bisher üblich war.</p>"
            + "</article></body></html>";

    @Test
    void aGermanPageInLatin1IsDatedByItsMarkupWithAWarningNotSkipped(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("huhn.html");
        Files.write(page, GERMAN.getBytes(Charset.forName("ISO-8859-1")));
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(List.of(page.toString()), problems);
        assertThat(articles).hasSize(1);
        Article a = articles.get(0);
        assertThat(a.declared()).contains(LocalDate.of(2022, 1, 21));
        assertThat(a.title()).contains("Hühner");
        assertThat(a.text()).isEmpty();
        assertThat(a.page()).isPresent();
        assertThat(a.page().get().language()).contains("de");
        assertThat(a.page().get().published().get().source()).isEqualTo(DateSource.OPEN_GRAPH);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(InputProblem.Kind.WARNING);
            assertThat(p.message()).contains("in 'de'").contains("2022-01-21").contains("OpenGraph");
        });
    }

    @Test
    void aPageInAnotherLanguageWithoutAnyDateIsSkippedWithTheReason(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("ohne.html");
        Files.writeString(page, GERMAN.replace("<meta property=\"article:published_time\" content=\"2022-01-21T09:00:00+01:00\">", ""));
        List<InputProblem> problems = new ArrayList<>();
        assertThat(new ArticleReader().readAll(List.of(page.toString()), problems)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(InputProblem.Kind.SKIPPED);
            assertThat(p.source()).endsWith("ohne.html");
            assertThat(p.message()).contains("state no date");
        });
    }

    @Test
    void aPageInAnotherLanguageIsDatedByItsDatePhrasesWhenTheReaderReadsThem(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("ohne.html");
        Files.writeString(page, GERMAN.replace("<meta property=\"article:published_time\" content=\"2022-01-21T09:00:00+01:00\">", ""));
        DatePhrases friday = (text, language, reference) -> text.contains("am Freitag")
                ? Optional.of(new PageDate(LocalDate.of(2022, 1, 21), PageDate.Role.PUBLISHED, DateSource.TEXT_PHRASE, "test", "am Freitag", true))
                : Optional.empty();
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader(System.in, ArticleReader.DEFAULT_MAX_BYTES, new WebPageReader().withDatePhrases(friday))
                .readAll(List.of(page.toString()), problems);
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.declared()).contains(LocalDate.of(2022, 1, 21)));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(InputProblem.Kind.WARNING);
            assertThat(p.message()).contains("in 'de'").contains("date phrase in text").contains("read for its dates only");
        });
    }

    @Test
    void aJsonLineMayCarryASavedPageAndItsAddress() {
        String html = "<html><body><article><h1>Budget</h1><p>The council voted on the new budget after a long debate, and the mayor "
                + "said the city would hire more teachers and repair the bridge before the winter.</p></article></body></html>";
        String line = "{\"id\": \"b\", \"url\": \"https://example.org/2024/05/16/budget/\", \"html\": " + quote(html) + "}\n";
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)))
                .readAll(List.of("-"), problems);
        assertThat(problems).isEmpty();
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.declared()).contains(LocalDate.of(2024, 5, 16));
            assertThat(a.page().get().published().get().source()).isEqualTo(DateSource.URL);
            assertThat(a.text()).startsWith("Budget").contains("The council voted");
        });
    }

    @Test
    void aJsonLineWithBothTextAndHtmlOrNeitherIsAnErrorNamingTheLine() {
        String lines = "{\"id\": \"x\", \"text\": \"a\", \"html\": \"<p>b</p>\"}\n{\"id\": \"y\", \"url\": \"https://e.org/\"}\n";
        List<InputProblem> problems = new ArrayList<>();
        new ArticleReader(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8))).readAll(List.of("-"), problems);
        assertThat(problems).extracting(InputProblem::source).containsExactly("-:1", "-:2");
        assertThat(problems.get(0).message()).contains("both");
        assertThat(problems.get(1).message()).contains("\"html\"");
    }

    @Test
    void aGivenPublishedDateWinsOverThePagesOwn() {
        String line = "{\"id\": \"g\", \"published\": \"2024-05-20\", \"url\": \"https://example.org/2024/05/16/budget/\", "
                + "\"html\": \"<html><body><p>The council voted on the new budget after a long debate, and the mayor said it was "
                + "good news for the city and its schools and its people.</p></body></html>\"}";
        Article a = ArticleReader.parseLine(line, "-:1");
        assertThat(a.declared()).contains(LocalDate.of(2024, 5, 20));
        assertThat(a.page().get().published().get().day()).isEqualTo(LocalDate.of(2024, 5, 16));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
