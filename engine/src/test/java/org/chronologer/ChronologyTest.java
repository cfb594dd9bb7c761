package org.chronologer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.chronologer.text.PageFurniture;
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

    private static String built;
    private static String declared;

    /**
     * The fixture chronology's JSON with each article's true day declared (from the gold file): the events' merging and
     * order on their own, whatever day dating would infer.
     */
    private static synchronized String declared() throws Exception {
        if (declared == null) {
            Path folder = Path.of("..", "fixtures", "putin-beijing");
            Map<String, LocalDate> days = new TreeMap<>();
            for (JsonNode g : new ObjectMapper().readTree(folder.resolveSibling("putin-beijing.gold.json").toFile()).get("articles")) {
                days.put(g.get("file").asText(), LocalDate.parse(g.get("best").asText()));
            }
            List<InputProblem> problems = new ArrayList<>();
            List<Article> articles = new ArticleReader().readAll(List.of(folder.toString()), problems).stream()
                    .map(a -> a.withDeclared(days.get(a.id() + ".txt"))).toList();
            declared = ChronologyWriter.json(new ChronologyBuilder(SharedExtractor.get(), KnowledgeBase.defaults()).build(articles, problems));
        }
        return declared;
    }

    /** The fixture chronology's JSON, built once for the tests that only read it. */
    private static synchronized String built() {
        if (built == null) {
            built = json();
        }
        return built;
    }

    @Test
    void theFixtureCorpusHasTwoEpisodesWithTheRightArticlesAndItsEventsInOrder() throws Exception {
        JsonNode root = new ObjectMapper().readTree(built());
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
        // the arrival in the first episode
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("lemma").asText()).isEqualTo("arrive");
            assertThat(e.get("when").isNull()).isFalse();
            assertThat(e.get("episode").asText()).isEqualTo(episodes.get(0).get("id").asText());
            // told on the day each article was written: a day the fitted model infers in 2023, not the true one to the day
            assertThat(e.get("when").get("value").asText()).startsWith("2023-");
        });
        // the talks of Wednesday 18 October, told as scheduled: on a Wednesday after the day inferred for the article
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("lemma").asText()).isEqualTo("talk");
            assertThat(e.get("when").isNull()).isFalse();
            assertThat(e.get("when").get("granularity").asText()).isEqualTo("day");
            LocalDate day = LocalDate.parse(e.get("when").get("earliest").asText());
            assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(day.getYear()).isEqualTo(2023);
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

    private static JsonNode event(JsonNode events, String lemma, String value) {
        for (JsonNode e : events) {
            if (e.get("lemma").asText().equals(lemma) && !e.get("when").isNull() && e.get("when").get("value").asText().equals(value)) {
                return e;
            }
        }
        throw new AssertionError("no event '" + lemma + "' of " + value);
    }

    private static int index(JsonNode events, JsonNode e) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == e) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void eachEpisodeListsItsArrivalBeforeItsTalksOrVisitEachToldOnce() throws Exception {
        JsonNode root = new ObjectMapper().readTree(declared());
        JsonNode events = root.get("events");
        String first = root.get("episodes").get(0).get("id").asText();
        String second = root.get("episodes").get(1).get("id").asText();
        // October 2023: the arrival, then the talks with Xi, each one event merged across the articles that tell it
        JsonNode arrival = event(events, "arrive", "2023-10-17");
        JsonNode talks = event(events, "talk", "2023-10-18");
        assertThat(talks.get("episode").asText()).isEqualTo(first);
        assertThat(talks.get("articles")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(index(events, arrival)).isLessThan(index(events, talks));
        assertThat(events).filteredOn(e -> e.get("lemma").asText().equals("talk") && !e.get("when").isNull()
                && e.get("when").get("value").asText().equals("2023-10-18")).hasSize(1);
        // May 2024: the landing, then the state visit it is for, in the second episode
        JsonNode landing = event(events, "land", "2024-05-16");
        assertThat(landing.get("episode").asText()).isEqualTo(second);
        String landingId = landing.get("id").asText();
        assertThat(root.get("relations")).anySatisfy(r -> {
            assertThat(r.get("from").get("id").asText()).isEqualTo(landingId);
            assertThat(r.get("type").asText()).isEqualTo("BEFORE");
            JsonNode visit = events.get(index(events, byId(events, r.get("to").get("id").asText())));
            assertThat(visit.get("lemma").asText()).isEqualTo("visit");
            assertThat(visit.get("episode").asText()).isEqualTo(second);
        });
    }

    private static JsonNode byId(JsonNode events, String id) {
        for (JsonNode e : events) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no event " + id);
    }

    @Test
    void noEventIsToldOnAFurnitureLine() throws Exception {
        List<Article> articles = new ArticleReader().readAll(List.of(Path.of("..", "fixtures", "putin-beijing").toString()), new ArrayList<>());
        Map<String, List<int[]>> furniture = articles.stream().collect(Collectors.toMap(Article::id, a -> PageFurniture.spans(a.text())));
        // the corpus has furniture (a "You may also like" heading, a photo credit with its caption), so this can fail
        assertThat(furniture.values().stream().mapToInt(List::size).sum()).isGreaterThanOrEqualTo(3);
        JsonNode root = new ObjectMapper().readTree(built());
        for (JsonNode e : root.get("events")) {
            for (JsonNode s : e.get("sources")) {
                int start = s.get("start").asInt();
                assertThat(furniture.get(s.get("article").asText()))
                        .as("%s at %d (%s)", s.get("text").asText(), start, s.get("article").asText())
                        .noneMatch(f -> f[0] <= start && start < f[1]);
            }
        }
    }

    @Test
    void theSameInputGivesByteIdenticalJson() {
        assertThat(json()).isEqualTo(built());
    }
}
