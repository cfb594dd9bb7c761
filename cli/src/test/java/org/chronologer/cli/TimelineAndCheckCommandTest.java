package org.chronologer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineAndCheckCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void timelinePrintsEachEpisodeWithItsArticlesAndOrderedEventsAndWritesTheJson() throws Exception {
        Path json = dir.resolve("chronology.json");
        int code = cli.run("timeline", Path.of("..", "fixtures", "putin-beijing").toString(), "--json", json.toString());
        assertThat(code).isZero();
        String text = cli.out.toString();
        // the October 2023 visit and the May 2024 one, each an episode, their events in order of their days
        assertThat(text).contains("2 episode(s)").contains("Episode E1  2023-").contains("Episode E2  2024-");
        String events = text.substring(text.indexOf("events:"));
        List<String> days = events.lines().map(String::strip).filter(l -> l.matches("\\d{4}-\\d{2}-\\d{2}\\b.*"))
                .map(l -> l.substring(0, 10)).toList();
        assertThat(days).hasSizeGreaterThan(10).isSorted();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("episodes")).hasSize(2);
        assertThat(root.get("articles")).hasSize(5);
    }

    @Test
    void checkSaysWhichDeclaredDatesTheTextContradictsAndExitsOne() throws Exception {
        Path f = dir.resolve("declared.jsonl");
        String forum = Files.readString(Path.of("..", "fixtures", "putin-beijing", "000_30f27379d1b09fd2.txt")).replace("\"", "\\\"").replace("\n", "\\n");
        Files.writeString(f, "{\"id\": \"right\", \"published\": \"2023-10-17\", \"text\": \"" + forum + "\"}\n"
                + "{\"id\": \"wrong\", \"published\": \"1950-05-16\", \"text\": \"" + forum + "\"}\n"
                + "{\"id\": \"vague\", \"published\": \"2024-05-16\", \"text\": \"The weather was fine.\"}\n");
        int code = cli.run("check", "--format", "jsonl", f.toString());
        assertThat(code).isEqualTo(1);
        String[] lines = cli.out.toString().trim().split("\n");
        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(lines[0]).get("verdict").asText()).isEqualTo("consistent");
        assertThat(m.readTree(lines[1]).get("verdict").asText()).isEqualTo("contradicted");
        assertThat(m.readTree(lines[1]).get("implied").get("evidence")).isNotEmpty();
        assertThat(m.readTree(lines[2]).get("verdict").asText()).isEqualTo("undecidable");
    }

    @Test
    void checkExitsZeroWhenNothingIsContradicted() throws Exception {
        Path f = dir.resolve("ok.jsonl");
        Files.writeString(f, "{\"id\": \"x\", \"published\": \"2017-03-27\", \"text\": \"Leaders marked the 60th anniversary of "
                + "the Treaty of Rome on Saturday.\"}\n");
        // the anniversary's lags are loose in the data: not contradicted, whatever else the check makes of it
        assertThat(cli.run("check", f.toString())).isZero();
        assertThat(cli.out.toString()).contains("x").doesNotContain("contradicted");
    }

    @Test
    void timelineAboutANameWritesItsTimelineInTheSemEvalFormat() throws Exception {
        Path f = dir.resolve("two.jsonl");
        Files.writeString(f, "{\"id\": \"a\", \"published\": \"2021-06-03\", \"text\": \"Mira Oduya opened the Corvend library on "
                + "Tuesday. She thanked the donors. The harbour flooded on Monday.\"}\n"
                + "{\"id\": \"b\", \"published\": \"2021-06-10\", \"text\": \"Mira Oduya resigned as mayor on June 8, 2021.\"}\n");
        int code = cli.run("timeline", "--about", "Mira Oduya", "--format", "semeval", "--quiet", f.toString());
        assertThat(code).isZero();
        String[] lines = cli.out.toString().split("\n");
        assertThat(lines[0]).isEqualTo("Mira Oduya");
        assertThat(lines).contains("1\t2021-06-01\ta-0-opened", "1\t2021-06-01\ta-1-thanked", "2\t2021-06-08\tb-0-resigned");
        assertThat(cli.out.toString()).doesNotContain("flooded");
    }

    @Test
    void theSemEvalFormatNeedsAName() throws Exception {
        assertThat(cli.run("timeline", "--format", "semeval", Path.of("..", "fixtures", "putin-beijing").toString())).isEqualTo(2);
        assertThat(cli.err.toString()).contains("--about");
    }
}
