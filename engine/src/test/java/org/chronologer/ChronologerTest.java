package org.chronologer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chronologer.model.Chronology;
import org.chronologer.model.DateCheck;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.model.TemporalExpression;
import org.chronologer.read.Article;
import org.chronologer.resolve.Granularity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library's entry point: typed results, one engine shared across threads, progress by stage. */
class ChronologerTest {

    private static Chronologer engine;

    @BeforeAll
    static void start() {
        engine = Chronologer.builder().threads(2).build();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static String fixture(String name) throws Exception {
        return Files.readString(Path.of("..", "fixtures", "putin-beijing", name));
    }

    @Test
    void mentionsAreTypedWithTheirGranularityAndKeepTheTimexValue() {
        List<TemporalExpression> m = engine.mentions("The talks were held on Tuesday and in the 1990s, for three days.",
                LocalDate.of(2023, 10, 19));
        TemporalExpression tuesday = m.stream().filter(x -> x.text().equals("Tuesday")).findFirst().orElseThrow();
        assertThat(tuesday.value()).contains("2023-10-17");
        assertThat(tuesday.when().orElseThrow().granularity()).isEqualTo(Granularity.DAY);
        assertThat(tuesday.when().orElseThrow().earliest()).isEqualTo(LocalDate.of(2023, 10, 17));
        TemporalExpression nineties = m.stream().filter(x -> x.text().contains("1990s")).findFirst().orElseThrow();
        assertThat(nineties.when().orElseThrow().granularity()).isEqualTo(Granularity.DECADE);
        assertThat(m).anySatisfy(x -> {
            assertThat(x.value()).contains("P3D");
            assertThat(x.when()).isEmpty();
        });
    }

    @Test
    void aTextIsDatedAndADeclaredDateCheckedAgainstIt() throws Exception {
        String forum = fixture("000_30f27379d1b09fd2.txt");
        PublicationEstimate p = engine.date(forum);
        assertThat(p.contains(LocalDate.of(2023, 10, 17))).isTrue();
        // the true day is not contradicted; a day decades before the leaders it names held office is
        assertThat(engine.check(forum, LocalDate.of(2023, 10, 17)).verdict()).isNotEqualTo(DateCheck.Verdict.CONTRADICTED);
        DateCheck wrong = engine.check(forum, LocalDate.of(1950, 5, 16));
        assertThat(wrong.verdict()).isEqualTo(DateCheck.Verdict.CONTRADICTED);
        assertThat(wrong.implied().evidence()).isNotEmpty();
    }

    @Test
    void aTimelineNeedsOnlyTheArticlesAndReportsItsStages() throws Exception {
        List<Article> articles = new ArrayList<>();
        try (var files = Files.list(Path.of("..", "fixtures", "putin-beijing"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Article.of(f.getFileName().toString().replace(".txt", ""), Files.readString(f)));
            }
        }
        List<ProgressListener.Stage> seen = Collections.synchronizedList(new ArrayList<>());
        Chronology c = engine.timeline(articles, (stage, done, total) -> {
            if (done == total) {
                seen.add(stage);
            }
        });
        assertThat(c.episodes()).hasSize(2);
        assertThat(c.events()).isNotEmpty();
        assertThat(c.errors()).isEmpty();
        assertThat(seen).containsExactly(ProgressListener.Stage.values());
    }

    @Test
    void oneEngineServesSeveralThreadsAtOnceWithTheSameResults() throws Exception {
        String text = "Leaders marked the 60th anniversary of the Treaty of Rome on Saturday.";
        PublicationEstimate alone = engine.date(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PublicationEstimate>> all = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                all.add(pool.submit(() -> engine.date(text)));
            }
            for (Future<PublicationEstimate> f : all) {
                assertThat(f.get().best()).isEqualTo(alone.best());
                assertThat(f.get().earliest()).isEqualTo(alone.earliest());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertThatThrownBy(() -> Chronologer.builder().threads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Chronologer.builder().knowledge(Path.of("no-such-knowledge.json")))
                .hasMessageContaining("no-such-knowledge.json");
    }
}
