package org.chronologer.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.chronologer.ChronologyBuilder;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.read.Article;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;
import org.chronologer.read.SyntheticArticles;
import org.chronologer.tag.TaggedSpan;
import org.chronologer.tag.TemporalTagger;
import org.chronologer.tag.TimexType;
import org.chronologer.write.ChronologyWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article that fails while its corpus dates it (after its evidence was shared along its links) is reported, and the
 * others are linked and dated again without it: the job's tables still equal {@code timeline}'s, and no article tells
 * the failed one's evidence. The failure is injected with a tagger that fails on cue while an article's mentions are
 * resolved ({@link ArticleWork#extractors}; our patterns stand in for HeidelTime and Natty, which this needs not).
 */
class ChronologyJobFailureTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FAIL_RESOLVING = "Resolvefail";

    @TempDir
    Path dir;

    private final Supplier<MentionExtractor> before = ArticleWork.extractors;

    @AfterEach
    void restore() {
        ArticleWork.extractors = before;
    }

    /** Our patterns, and a tagger that marks the cue as needing a publication date, then fails once the article is dated. */
    private static MentionExtractor saboteur(boolean fail) {
        TemporalTagger cue = new TemporalTagger() {
            @Override
            public String name() {
                return "cue";
            }

            @Override
            public List<TaggedSpan> tag(String text, Optional<LocalDate> published) {
                int at = text.indexOf(FAIL_RESOLVING);
                if (at < 0) {
                    return List.of();
                }
                if (published.isPresent()) {
                    if (fail) {
                        // an error, which the extractor does not take for one tagger's trouble with one text
                        throw new ExceptionInInitializerError("injected: failed while resolving");
                    }
                    return List.of();
                }
                return List.of(new TaggedSpan(at, at + FAIL_RESOLVING.length(), FAIL_RESOLVING, TimexType.DATE, "XXXX-XX-XX",
                        Optional.empty(), "cue", "cue-relative"));
            }
        };
        return new MentionExtractor(List.of(MentionExtractor.ownPatterns(), cue));
    }

    @Test
    void theOthersAreDatedAgainWithoutTheEvidenceOfAnArticleThatFailedWhileItsCorpusDatedIt() throws IOException {
        List<Article> fixtures = JobTestFiles.fixtureArticles();
        List<String> lines = new ArrayList<>(SyntheticArticles.jsonLines(fixtures, 40, 11, 3, 5));
        // the failing article tells what the first generated one tells, word for word: they are linked, and share evidence
        JsonNode twin = JSON.readTree(lines.get(0));
        lines.add(JSON.createObjectNode().put("id", "bad").put("text", twin.get("text").asText() + " " + FAIL_RESOLVING + " said.")
                .toString());
        Path input = dir.resolve("articles.jsonl");
        Files.writeString(input, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

        // when it does not fail, the bad article's evidence reaches its twin
        assertThat(timeline(input, false).get("articles").toString()).contains("article bad tells the same happening");

        JsonNode timeline = timeline(input, true);
        assertThat(timeline.get("errors").toString()).contains("article 'bad' failed (ExceptionInInitializerError: injected");
        assertThat(timeline.get("articles").toString()).doesNotContain("article bad ");

        ArticleWork.extractors = () -> saboteur(true);
        SparkSession spark = SparkSession.builder().master("local[2]").appName("chronologer-failure-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.adaptive.enabled", "false").getOrCreate();
        try {
            Path out = dir.resolve("out");
            ChronologyJob.run(spark, ChronologyJob.Options.parse(input.toString(), "--output", out.toString(), "--format", "jsonl",
                    "--partitions", "3"));
            for (String table : ChronologyJob.TABLES) {
                List<JsonNode> expected = new ArrayList<>();
                timeline.get(table).forEach(expected::add);
                assertThat(JobTestFiles.readTable(out.resolve(table))).as(table).isEqualTo(expected);
            }
        } finally {
            spark.stop();
        }
    }

    private static JsonNode timeline(Path input, boolean fail) throws IOException {
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(List.of(input.toString()), problems);
        try (Workers workers = Workers.of(2, () -> saboteur(fail))) {
            return JSON.readTree(ChronologyWriter.json(new ChronologyBuilder(workers, KnowledgeBase.defaults()).build(articles, problems)));
        }
    }
}
