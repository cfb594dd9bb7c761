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
import org.apache.spark.sql.Row;
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
import org.chronologer.write.ChronologyWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on {@code local[2]} against {@code timeline --format json} as the CLI builds it, table by table, field
 * for field: on the putin-beijing fixtures written as JSON Lines (plus a line that is not an article and a blank one),
 * and on 200 articles of 2 to 4 sentences drawn from the fixtures' ({@link SyntheticArticles}, undated, so that they are dated
 * by their evidence and their siblings'); each with another number of partitions. One session for the class.
 */
class ChronologyJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Articles of the generated corpus. */
    private static final int GENERATED = 200;

    @TempDir
    static Path dir;

    static SparkSession spark;
    static Path fixturesInput;
    static Path generatedInput;
    static JsonNode fixturesTimeline;
    static JsonNode generatedTimeline;
    static Map<String, List<JsonNode>> fixturesJob;
    static Map<String, List<JsonNode>> generatedJob;

    @BeforeAll
    static void runBoth() throws IOException {
        StringBuilder lines = new StringBuilder();
        try (Stream<Path> files = Files.list(fixtures())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                ObjectNode n = JSON.createObjectNode();
                String name = f.getFileName().toString();
                n.put("id", name.substring(0, name.length() - 4));
                n.put("text", Files.readString(f, StandardCharsets.UTF_8));
                lines.append(n).append('\n');
            }
        }
        lines.append("{\"text\": \"no id\"}\n\n");
        fixturesInput = dir.resolve("articles.jsonl");
        Files.writeString(fixturesInput, lines, StandardCharsets.UTF_8);
        generatedInput = dir.resolve("generated.jsonl");
        Files.write(generatedInput, SyntheticArticles.jsonLines(read(fixturesInput).articles(), GENERATED, 7, 2, 4), StandardCharsets.UTF_8);

        try (Workers workers = Workers.of(2, MentionExtractor::new)) {
            fixturesTimeline = timeline(workers, fixturesInput);
            generatedTimeline = timeline(workers, generatedInput);
        }

        spark = SparkSession.builder().master("local[2]").appName("chronologer-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.adaptive.enabled", "false").getOrCreate();
        fixturesJob = job(fixturesInput, "fixtures", "3");
        generatedJob = job(generatedInput, "generated", "5");
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
        new ArticleReader().read(List.of(file.toString()), articles::add, problems::add);
        return new Input(articles, problems);
    }

    private static JsonNode timeline(Workers workers, Path file) throws IOException {
        Input in = read(file);
        return JSON.readTree(ChronologyWriter.json(new ChronologyBuilder(workers, KnowledgeBase.defaults()).build(in.articles(), in.problems())));
    }

    private static Map<String, List<JsonNode>> job(Path input, String name, String partitions) throws IOException {
        Path out = dir.resolve("out-" + name);
        ChronologyJob.run(spark, ChronologyJob.Options.parse(input.toString(), "--output", out.toString(), "--format", "jsonl",
                "--partitions", partitions));
        Map<String, List<JsonNode>> tables = new LinkedHashMap<>();
        for (String table : ChronologyJob.TABLES) {
            tables.put(table, readTable(out.resolve(table)));
        }
        return tables;
    }

    private static Path fixtures() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("fixtures/putin-beijing"))) {
                return p.resolve("fixtures/putin-beijing");
            }
        }
        throw new IllegalStateException("fixtures/putin-beijing not found above " + Path.of("").toAbsolutePath());
    }

    private static List<JsonNode> readTable(Path table) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        try (Stream<Path> parts = Files.list(table)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    rows.add(JSON.readTree(line));
                }
            }
        }
        return rows;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static void assertEveryTableEqual(Map<String, List<JsonNode>> job, JsonNode timeline) {
        for (String table : ChronologyJob.TABLES) {
            assertThat(job.get(table)).as(table).isEqualTo(list(timeline.get(table)));
        }
    }

    @Test
    void everyTableOfTheFixturesEqualsTimelinesFieldForField() {
        assertEveryTableEqual(fixturesJob, fixturesTimeline);
        assertThat(fixturesJob.get(ChronologyJob.ARTICLES)).hasSize(5);
        for (String table : List.of(ChronologyJob.EPISODES, ChronologyJob.EVENTS, ChronologyJob.MENTIONS, ChronologyJob.RELATIONS)) {
            assertThat(fixturesJob.get(table)).as(table).isNotEmpty();
        }
        assertThat(fixturesJob.get(ChronologyJob.ERRORS)).extracting(e -> e.get("source").asText()).contains(fixturesInput + ":6");
    }

    @Test
    void everyTableOfAGeneratedCorpusEqualsTimelinesFieldForField() {
        assertEveryTableEqual(generatedJob, generatedTimeline);
        assertThat(generatedJob.get(ChronologyJob.ARTICLES)).hasSize(GENERATED);
        // the articles were linked and shared evidence: several articles per episode, evidence told by siblings
        assertThat(generatedJob.get(ChronologyJob.EPISODES).size()).isLessThan(GENERATED);
        assertThat(generatedJob.get(ChronologyJob.ARTICLES).toString()).contains("tells the same happening");
    }

    @Test
    void parquetInAndOutWithAnotherNumberOfPartitionsGivesTheSameArticles() {
        Path parquetInput = dir.resolve("articles.parquet");
        spark.read().json(fixturesInput.toString()).filter("id is not null").write().parquet(parquetInput.toString());
        Path out = dir.resolve("out-parquet");
        ChronologyJob.run(spark, ChronologyJob.Options.parse(parquetInput.toString(), "--output", out.toString(), "--partitions", "2"));
        List<Row> rows = spark.read().parquet(out.resolve(ChronologyJob.ARTICLES).toString()).orderBy("id").collectAsList();
        assertThat(rows).extracting(r -> r.<String>getAs("id") + " " + r.<Row>getAs("published").<String>getAs("best")
                        + " " + r.<String>getAs("episode"))
                .isEqualTo(fixturesJob.get(ChronologyJob.ARTICLES).stream()
                        .map(a -> a.get("id").asText() + " " + a.get("published").get("best").asText() + " " + a.get("episode").asText())
                        .sorted().toList());
        for (String table : List.of(ChronologyJob.MENTIONS, ChronologyJob.EVENTS, ChronologyJob.RELATIONS)) {
            assertThat(spark.read().parquet(out.resolve(table).toString()).count()).as(table).isEqualTo(fixturesJob.get(table).size());
        }
        // one set of taggers per executor thread, not per partition (the executor's pool may start a third thread
        // when one is not yet back in the pool)
        assertThat(ArticleWork.CREATED.get()).isBetween(1, 4);
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
