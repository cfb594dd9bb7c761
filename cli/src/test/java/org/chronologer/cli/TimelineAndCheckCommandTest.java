package org.chronologer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(text).contains("2 episode(s)").contains("Episode E1  2023-10-17").contains("Episode E2  2024-05");
        String events = text.substring(text.indexOf("events:"));
        assertThat(events.indexOf("    2023-10-16")).isPositive().isLessThan(events.indexOf("    2023-10-17"));
        assertThat(events.indexOf("    2023-10-17")).isLessThan(events.indexOf("    2023-10-18"));
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("episodes")).hasSize(2);
        assertThat(root.get("articles")).hasSize(5);
    }

    @Test
    void checkSaysWhichDeclaredDatesTheTextContradictsAndExitsOne() throws Exception {
        Path f = dir.resolve("declared.jsonl");
        String forum = Files.readString(Path.of("..", "fixtures", "putin-beijing", "003_c291ff9d26b115a1.txt")).replace("\"", "\\\"").replace("\n", "\\n");
        Files.writeString(f, "{\"id\": \"right\", \"published\": \"2023-10-17\", \"text\": \"" + forum + "\"}\n"
                + "{\"id\": \"wrong\", \"published\": \"2024-05-16\", \"text\": \"" + forum + "\"}\n"
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
        assertThat(cli.run("check", f.toString())).isZero();
        assertThat(cli.out.toString()).contains("consistent").contains("x");
    }
}
