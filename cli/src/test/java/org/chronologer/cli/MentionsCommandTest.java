package org.chronologer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MentionsCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void jsonlGivesOneLinePerArticleWithResolvedMentionsAndTheirIntervals() throws Exception {
        Path corpus = dir.resolve("c.jsonl");
        Files.writeString(corpus, """
                {"id": "a", "text": "Putin arrived in Beijing on Tuesday. Talks follow on Wednesday.", "published": "2023-10-17"}
                {"id": "b", "text": "The ministers met on Monday."}
                """);
        int code = cli.run("mentions", "--format", "jsonl", corpus.toString());
        assertThat(code).isZero();
        String[] lines = cli.out.toString().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode a = new ObjectMapper().readTree(lines[0]);
        assertThat(a.get("id").asText()).isEqualTo("a");
        assertThat(a.get("published").asText()).isEqualTo("2023-10-17");
        JsonNode tuesday = a.get("mentions").get(0);
        assertThat(tuesday.get("text").asText()).isEqualTo("Tuesday");
        assertThat(tuesday.get("start").asInt()).isEqualTo(28);
        assertThat(tuesday.get("value").asText()).isEqualTo("2023-10-17");
        assertThat(tuesday.get("earliest").asText()).isEqualTo("2023-10-17");
        assertThat(tuesday.get("latest").asText()).isEqualTo("2023-10-17");
        assertThat(tuesday.get("tagger").asText()).isEqualTo("heideltime");
        assertThat(a.get("mentions").get(1).get("value").asText()).isEqualTo("2023-10-18");
        assertThat(a.get("dated").asText()).isEqualTo("declared");
        JsonNode b = new ObjectMapper().readTree(lines[1]);
        // no date anywhere: the article is dated by inference first, and its mentions resolve against that day
        assertThat(b.get("dated").asText()).isEqualTo("inferred");
        LocalDate inferred = LocalDate.parse(b.get("published").asText());
        JsonNode monday = b.get("mentions").get(0);
        assertThat(LocalDate.parse(monday.get("value").asText()).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(LocalDate.parse(monday.get("value").asText())).isBeforeOrEqualTo(inferred);
    }

    @Test
    void theDateOptionDatesEveryArticleAndTheTextTableShowsIt() throws Exception {
        Path f = dir.resolve("one.txt");
        Files.writeString(f, "Trade reached an all-time high last year.");
        assertThat(cli.run("mentions", "--date", "2024-05-16", f.toString())).isZero();
        assertThat(cli.out.toString()).contains("== one  (published 2024-05-16 given, 1 mention)").contains("2023").contains("\"last year\"");
    }

    @Test
    void unreadableInputIsNamedAndExitsTwoWhileTheOtherArticlesAreProcessed() throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "It happened in 2019.");
        int code = cli.run("mentions", "--format", "jsonl", good.toString(), dir.resolve("missing.txt").toString());
        assertThat(code).isEqualTo(2);
        assertThat(cli.out.toString()).contains("\"id\":\"good\"");
        assertThat(cli.err.toString()).contains("missing.txt: no such file or directory").contains("1 article(s) processed, 1 input(s) with errors");
    }

    @Test
    void aBadDateIsABadUsage() {
        assertThat(cli.run("mentions", "--date", "17/10/2023", "x.txt")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("--date");
    }
}
