package org.chronologer.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.chronologer.ChronologyBuilder;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.read.Article;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;
import org.chronologer.read.SyntheticArticles;
import org.chronologer.write.ChronologyWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job reads Parquet with the fields of a JSON line and writes Parquet: 40 articles of 2 to 4 sentences drawn from
 * the fixtures' ({@link SyntheticArticles}), on {@code local[2]} with 2 partitions, give the articles (ids, best days,
 * episodes), mentions and events {@code timeline} gives.
 */
class ChronologyJobParquetTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void parquetInAndOutWithTwoPartitionsGivesTheArticlesTimelineGives() throws IOException {
        Path jsonl = dir.resolve("small.jsonl");
        Files.writeString(jsonl, String.join("\n", SyntheticArticles.jsonLines(JobTestFiles.fixtureArticles(), 40, 7, 2, 4)) + "\n", StandardCharsets.UTF_8);
        JsonNode timeline;
        try (Workers workers = Workers.of(2, MentionExtractor::new)) {
            List<InputProblem> problems = new ArrayList<>();
            List<Article> articles = new ArticleReader().readAll(List.of(jsonl.toString()), problems);
            timeline = JSON.readTree(ChronologyWriter.json(new ChronologyBuilder(workers, KnowledgeBase.defaults()).build(articles, problems)));
        }
        SparkSession spark = SparkSession.builder().master("local[2]").appName("chronologer-parquet-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.adaptive.enabled", "false").getOrCreate();
        try {
            Path parquetInput = dir.resolve("articles.parquet");
            spark.read().json(jsonl.toString()).write().parquet(parquetInput.toString());
            Path out = dir.resolve("out");
            ChronologyJob.run(spark, ChronologyJob.Options.parse(parquetInput.toString(), "--output", out.toString(), "--partitions", "2"));
            List<Row> rows = spark.read().parquet(out.resolve(ChronologyJob.ARTICLES).toString()).orderBy("id").collectAsList();
            List<String> expected = new ArrayList<>();
            timeline.get("articles").forEach(a -> expected.add(a.get("id").asText() + " " + a.get("published").get("best").asText() + " "
                    + a.get("episode").asText()));
            assertThat(rows).extracting(r -> r.<String>getAs("id") + " " + r.<Row>getAs("published").<String>getAs("best")
                    + " " + r.<String>getAs("episode")).hasSize(40).isEqualTo(expected.stream().sorted().toList());
            assertThat(spark.read().parquet(out.resolve(ChronologyJob.MENTIONS).toString()).count()).isEqualTo(timeline.get("mentions").size());
            assertThat(spark.read().parquet(out.resolve(ChronologyJob.EVENTS).toString()).count()).isEqualTo(timeline.get("events").size());
        } finally {
            spark.stop();
        }
    }
}
