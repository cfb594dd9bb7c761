package org.chronologer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Chronology;
import org.chronologer.read.Article;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;
import org.chronologer.write.ChronologyWriter;
import org.junit.jupiter.api.Test;

/** The whole flow on the fixture corpus: episodes, events, and the JSON's shape and determinism. */
class ChronologyTest {

    private static String json() {
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(List.of(Path.of("..", "fixtures", "putin-beijing").toString()), problems);
        Chronology c = new ChronologyBuilder(SharedExtractor.get(), KnowledgeBase.defaults()).build(articles, problems);
        return ChronologyWriter.json(c);
    }

    @Test
    void theFixtureCorpusHasTwoEpisodesWithTheRightArticlesAndItsEventsInOrder() throws Exception {
        JsonNode root = new ObjectMapper().readTree(json());
        assertThat(root.fieldNames()).toIterable()
                .containsExactly("schemaVersion", "articles", "episodes", "events", "mentions", "relations", "conflicts", "errors");
        JsonNode episodes = root.get("episodes");
        assertThat(episodes).hasSize(2);
        assertThat(episodes.get(0).get("articles")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
                "000_30f27379d1b09fd2", "001_1bda00b5ae37ebb1", "002_df33746b23206ae2", "003_c291ff9d26b115a1");
        assertThat(episodes.get(1).get("articles")).extracting(JsonNode::asText).containsExactly("004_41a3ba1b02c85ae1");
        assertThat(episodes.get(0).fieldNames()).toIterable().containsExactly("id", "start", "end", "label", "articles");
        JsonNode events = root.get("events");
        String previous = "0000-00-00";
        for (JsonNode e : events) {
            if (!e.get("when").isNull()) {
                String earliest = e.get("when").get("earliest").asText();
                assertThat(earliest).isGreaterThanOrEqualTo(previous);
                previous = earliest;
            }
        }
        // the arrival in the first episode is one event told by several articles, dated 17 October 2023
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("lemma").asText()).isEqualTo("arrive");
            assertThat(e.get("when").isNull()).isFalse();
            assertThat(e.get("episode").asText()).isEqualTo(episodes.get(0).get("id").asText());
            assertThat(e.get("when").get("value").asText()).isEqualTo("2023-10-17");
            assertThat(e.get("articles")).hasSizeGreaterThanOrEqualTo(3);
        });
        // the talks of Wednesday 18 October, told as scheduled
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("lemma").asText()).isEqualTo("talk");
            assertThat(e.get("when").isNull()).isFalse();
            assertThat(e.get("when").get("value").asText()).isEqualTo("2023-10-18");
        });
        // every event says how it was placed
        assertThat(events).allSatisfy(e -> assertThat(e.get("anchor").get("kind").asText())
                .isIn("dated", "publication", "relative", "elsewhere", "none"));
        assertThat(root.get("articles").get(0).fieldNames()).toIterable()
                .containsExactly("id", "title", "source", "published", "episode");
        assertThat(root.get("relations")).isNotEmpty();
        // the folder's SOURCE.md is not an article: reported as skipped, nothing else
        assertThat(root.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("source").asText()).endsWith("SOURCE.md");
            assertThat(e.get("kind").asText()).isEqualTo("skipped");
        });
    }

    @Test
    void theSameInputGivesByteIdenticalJson() {
        assertThat(json()).isEqualTo(json());
    }
}
