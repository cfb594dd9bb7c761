package org.chronologer.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.chronologer.ArticleDater;
import org.chronologer.ChronologyBuilder;
import org.chronologer.date.Reading;
import org.chronologer.event.EventTaggers;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.link.EventAnchorer;
import org.chronologer.model.DatedArticle;
import org.chronologer.read.Article;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;
import org.chronologer.read.SyntheticArticles;
import org.chronologer.tag.HeidelTimeDatePhrases;
import org.chronologer.write.ChronologyWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on {@code local[2]} against {@code timeline --format json} as the CLI builds it, table by table, field
 * for field: on the putin-beijing fixtures written as JSON Lines (plus a line that is not an article and a blank one),
 * and on 200 articles of 2 to 4 sentences drawn from the fixtures' ({@link SyntheticArticles}, undated, so that they are dated
 * by their evidence and their siblings'), with a page a web archive saved. One session for the class. The Parquet input and
 * output are {@link ChronologyJobParquetTest}'s, a failure while dating {@link ChronologyJobFailureTest}'s.
 */
class ChronologyJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Articles of the generated corpus. */
    private static final int GENERATED = 200;

    @TempDir
    static Path dir;

    static SparkSession spark;
    static Path fixturesInput;
    static Path input;
    static JsonNode timeline;
    static Map<String, List<JsonNode>> job;
    /** Sets of taggers made in this JVM before this class's session started (another test class may have made some). */
    static int createdBefore;

    @BeforeAll
    static void runBoth() throws IOException {
        StringBuilder lines = new StringBuilder();
        try (Stream<Path> files = Files.list(JobTestFiles.fixtures())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                ObjectNode n = JSON.createObjectNode();
                String name = f.getFileName().toString();
                n.put("id", name.substring(0, name.length() - 4));
                n.put("text", Files.readString(f, StandardCharsets.UTF_8));
                lines.append(n).append('\n');
            }
        }
        fixturesInput = dir.resolve("fixtures.jsonl");
        Files.writeString(fixturesInput, lines, StandardCharsets.UTF_8);
        lines.append("{\"text\": \"no id\"}\n\n");
        // the reader's checks on whole articles: an id an earlier article has, a text not in English, an absurd date
        String firstId = JSON.readTree(Files.readAllLines(fixturesInput).get(0)).get("id").asText();
        lines.append(JSON.createObjectNode().put("id", firstId).put("text", "The talks ended on Thursday, officials said. "
                + "Both sides agreed to meet again next month.")).append('\n');
        lines.append(JSON.createObjectNode().put("id", "fr").put("text", "Les deux dirigeants se sont rencontrés mardi à Pékin pour des "
                + "entretiens sur le commerce et la sécurité, a indiqué le gouvernement. Ils doivent se revoir le mois prochain dans la "
                + "capitale de la Russie, selon les deux délégations.")).append('\n');
        lines.append(JSON.createObjectNode().put("id", "old").put("text", "The council met on Tuesday to vote on the budget.")
                .put("published", "1066-10-14")).append('\n');
        // a page not in English saved by a web archive: dated by a phrase of its text ("am Dienstag") that HeidelTime's
        // German rules read as news of the day it was saved
        lines.append(JSON.createObjectNode().put("id", "de-page").put("url", "https://web.archive.org/web/20120216093000/http://www.example.de/rom/")
                .put("html", "<!DOCTYPE html><html lang=\"de\"><head><title>Rom</title></head><body><article><h1>Antrag verworfen</h1>"
                + "<p>Das Verfassungsgericht in Rom verwarf am Dienstag einen Antrag der Abgeordnetenkammer, und die Richter sagten, dass "
                + "die Kammer ihre Gründe nicht dargelegt habe. Die nächste Anhörung ist am Freitag.</p></article></body></html>")).append('\n');
        for (String line : SyntheticArticles.jsonLines(read(fixturesInput).articles(), GENERATED, 7, 2, 4)) {
            lines.append(line).append('\n');
        }
        input = dir.resolve("articles.jsonl");
        Files.writeString(input, lines, StandardCharsets.UTF_8);
        // a last line that is not valid UTF-8 (a Latin-1 "é"), which the reader reports by its byte, with a CR LF end
        byte[] latin1 = "{\"id\": \"latin1\", \"text\": \"The caf\u00e9 reopened on Monday after the floods.\"}\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(input, latin1, java.nio.file.StandardOpenOption.APPEND);

        try (Workers workers = Workers.of(2, MentionExtractor::new)) {
            Input in = read(input);
            ChronologyBuilder builder = new ChronologyBuilder(workers, KnowledgeBase.defaults());
            timeline = JSON.readTree(ChronologyWriter.json(builder.build(in.articles(), in.problems())));
        }
        createdBefore = ArticleWork.CREATED.get();
        spark = SparkSession.builder().master("local[2]").appName("chronologer-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.adaptive.enabled", "false").getOrCreate();
        Path out = dir.resolve("out");
        ChronologyJob.run(spark, ChronologyJob.Options.parse(input.toString(), "--output", out.toString(), "--format", "jsonl",
                "--partitions", "5"));
        job = new LinkedHashMap<>();
        for (String table : ChronologyJob.TABLES) {
            job.put(table, JobTestFiles.readTable(out.resolve(table)));
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private record Input(List<Article> articles, List<InputProblem> problems) {
    }

    private static Input read(Path file) {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        // web pages read as the commands read them
        new ArticleReader(System.in, ArticleReader.DEFAULT_MAX_BYTES, HeidelTimeDatePhrases.pageReader(ArticleDater.DEFAULT_ARTICLE_TIMEOUT))
                .read(List.of(file.toString()), articles::add, problems::add);
        return new Input(articles, problems);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    @Test
    void everyTableEqualsTimelinesFieldForField() {
        for (String table : ChronologyJob.TABLES) {
            assertThat(job.get(table)).as(table).isEqualTo(list(timeline.get(table)));
        }
        assertThat(job.get(ChronologyJob.ARTICLES)).hasSize(5 + 3 + GENERATED);
        for (String table : List.of(ChronologyJob.EPISODES, ChronologyJob.EVENTS, ChronologyJob.MENTIONS, ChronologyJob.RELATIONS)) {
            assertThat(job.get(table)).as(table).isNotEmpty();
        }
        assertThat(job.get(ChronologyJob.ERRORS)).extracting(e -> e.get("source").asText()).contains(input + ":6");
        // the duplicate id renamed, the text not in English skipped, the absurd date dropped: each told, as the reader tells it
        assertThat(job.get(ChronologyJob.ERRORS)).extracting(e -> e.get("source").asText() + " " + e.get("kind").asText())
                .contains(input + ":8 warning", input + ":9 skipped", input + ":10 warning", input + ":11 warning");
        assertThat(job.get(ChronologyJob.ERRORS).toString()).contains("a web page in 'de': dated 2012-02-14 by its date phrase in text");
        assertThat(job.get(ChronologyJob.ERRORS).toString()).contains("not valid UTF-8 text: byte 0xE9");
        assertThat(job.get(ChronologyJob.ARTICLES)).extracting(a -> a.get("id").asText()).contains("old", "de-page").doesNotContain("fr")
                .anySatisfy(id -> assertThat(id).endsWith("~2"));
        // the articles were linked and shared evidence: several articles per episode, evidence told by siblings
        assertThat(job.get(ChronologyJob.EPISODES).size()).isLessThan(GENERATED);
        assertThat(job.get(ChronologyJob.ARTICLES).toString()).contains("tells the same happening");
    }

    @Test
    void oneSetOfTaggersPerExecutorThreadNotOnePerPartition() {
        // 10 per-article tasks (5 partitions, two passes) ran on local[2]'s executor threads (its pool lets a thread
        // idle for a minute go, and starts another later)
        assertThat(ArticleWork.CREATED.get() - createdBefore).isBetween(1, 6);
    }

    @Test
    void whatAnArticleTellsTravelsAsTextAndComesBackEqual() {
        Input in = read(fixturesInput);
        try (MentionExtractor extractor = new MentionExtractor()) {
            ArticleDater dater = new ArticleDater(extractor, KnowledgeBase.defaults());
            for (Article a : in.articles().subList(0, 2)) {
                Reading r = dater.reading(a);
                assertThat(Codec.decode(Codec.encode(r.evidence()), ArticleWork.EVIDENCE)).isNotEmpty().isEqualTo(r.evidence());
                assertThat(Codec.decode(Codec.encode(r.mentions()), ArticleWork.MENTIONS)).isNotEmpty().isEqualTo(r.mentions());
                DatedArticle dated = dater.dated(r, r.evidence());
                EventAnchorer.Told told = EventAnchorer.anchor(dated, new EventTaggers(1).with(t -> t.events(a.text())));
                ArticleWork.Told row = new ArticleWork.Told(a.id(), dated.published().best(), told, Map.of(3, "x#t1"));
                assertThat(told.tellings()).isNotEmpty();
                assertThat(Codec.decode(Codec.encode(row), ArticleWork.TOLD_ROW)).isEqualTo(row);
            }
        }
    }
}
