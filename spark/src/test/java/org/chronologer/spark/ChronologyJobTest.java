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
import org.chronologer.extract.MentionExtractor;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.corpus.ArticleLinks;
import org.chronologer.read.Article;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;
import org.chronologer.write.ChronologyWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on {@code local[2]} against the single-machine engine, on the putin-beijing fixtures written as JSON
 * Lines (plus a line that is not an article). One job run in JSON Lines with 3 partitions and one in Parquet with 2;
 * the single-machine side runs once.
 */
class ChronologyJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static SparkSession spark;
    static Path input;
    /** {@code timeline --format json} of the input, as the CLI builds it. */
    static JsonNode timeline;
    /** The links between the articles as the engine finds them, "i j strength" (articles numbered in input order). */
    static List<String> engineLinks;
    static Map<String, List<JsonNode>> job;

    @BeforeAll
    static void runBoth() throws IOException {
        Path fixtures = fixtures();
        StringBuilder lines = new StringBuilder();
        try (Stream<Path> files = Files.list(fixtures)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                ObjectNode n = JSON.createObjectNode();
                String name = f.getFileName().toString();
                n.put("id", name.substring(0, name.length() - 4));
                n.put("text", Files.readString(f, StandardCharsets.UTF_8));
                lines.append(n).append('\n');
            }
        }
        lines.append("{\"text\": \"no id\"}\n\n");
        input = dir.resolve("articles.jsonl");
        Files.writeString(input, lines, StandardCharsets.UTF_8);

        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        new ArticleReader().read(List.of(input.toString()), articles::add, problems::add);
        try (MentionExtractor extractor = new MentionExtractor()) {
            timeline = JSON.readTree(ChronologyWriter.json(new ChronologyBuilder(extractor, KnowledgeBase.defaults()).build(articles, problems)));
            ArticleLinks links = new ArticleDater(extractor, KnowledgeBase.defaults()).dateCorpus(articles).links();
            engineLinks = new ArrayList<>();
            for (int i = 0; i < links.size(); i++) {
                for (ArticleLinks.Link l : links.of(i)) {
                    if (l.other() > i) {
                        engineLinks.add(i + " " + l.other() + " " + l.strength());
                    }
                }
            }
        }

        spark = SparkSession.builder().master("local[2]").appName("chronologer-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.adaptive.enabled", "false").getOrCreate();
        Path out = dir.resolve("out-jsonl");
        ChronologyJob.run(spark, ChronologyJob.Options.parse(input.toString(), "--output", out.toString(), "--format", "jsonl",
                "--partitions", "3", "--links"));
        job = new LinkedHashMap<>();
        for (String table : ChronologyJob.TABLES) {
            job.put(table, readTable(out.resolve(table)));
        }
        job.put("links", readTable(out.resolve("links")));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
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

    @Test
    void linksEqualTheEnginesToTheLastBit() {
        assertThat(engineLinks).isNotEmpty();
        assertThat(job.get("links")).extracting(l -> l.get("i").asLong() + " " + l.get("j").asLong() + " " + l.get("strength").asDouble())
                .isEqualTo(engineLinks);
    }

    @Test
    void articlesAndEpisodesEqualTimelinesFieldForField() {
        assertThat(job.get(ChronologyJob.ARTICLES)).hasSize(5).isEqualTo(list(timeline.get("articles")));
        assertThat(job.get(ChronologyJob.EPISODES)).isNotEmpty().isEqualTo(list(timeline.get("episodes")));
    }

    @Test
    void mentionsAndErrorsEqualTimelines() {
        assertThat(job.get(ChronologyJob.MENTIONS)).isNotEmpty().isEqualTo(list(timeline.get("mentions")));
        assertThat(job.get(ChronologyJob.ERRORS)).isEqualTo(list(timeline.get("errors")));
        assertThat(job.get(ChronologyJob.ERRORS)).extracting(e -> e.get("source").asText()).contains(input + ":6");
    }

    @Test
    void eventsRelationsAndConflictsAreNotWrittenYet() {
        // not yet distributed: these tables are written empty (timeline's are not), see ChronologyJob
        assertThat(list(timeline.get("events"))).isNotEmpty();
        assertThat(list(timeline.get("relations"))).isNotEmpty();
        assertThat(job.get(ChronologyJob.EVENTS)).isEmpty();
        assertThat(job.get(ChronologyJob.RELATIONS)).isEmpty();
        assertThat(job.get(ChronologyJob.CONFLICTS)).isEmpty();
    }

    @Test
    void parquetWithAnotherNumberOfPartitionsGivesTheSameArticles() {
        Path out = dir.resolve("out-parquet");
        ChronologyJob.run(spark, ChronologyJob.Options.parse(input.toString(), "--output", out.toString(), "--partitions", "2"));
        List<Row> rows = spark.read().parquet(out.resolve(ChronologyJob.ARTICLES).toString()).orderBy("source").collectAsList();
        assertThat(rows).extracting(r -> r.<String>getAs("id") + " " + r.<Row>getAs("published").<String>getAs("best"))
                .isEqualTo(job.get(ChronologyJob.ARTICLES).stream()
                        .map(a -> a.get("id").asText() + " " + a.get("published").get("best").asText()).toList());
        assertThat(spark.read().parquet(out.resolve(ChronologyJob.MENTIONS).toString()).count())
                .isEqualTo(job.get(ChronologyJob.MENTIONS).size());
        // one set of taggers per executor thread, not per partition: 5 partitions ran on local[2]'s threads (the
        // executor's pool may start a third thread when one is not yet back in the pool)
        assertThat(ArticleWork.CREATED.get()).isBetween(1, 4);
    }
}
