package org.chronologer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The commands over fixtures/bad-input: no crash, every file accounted for, errors named, exit code 2. */
class BadInputCommandTest {

    private static final String BAD = Path.of("..", "fixtures", "bad-input").toString();

    @Test
    void timelineListsEveryProblemInTheJsonAndSummarisesTheCounts() throws Exception {
        CliRun cli = new CliRun();
        assertThat(cli.run("timeline", "--format", "json", BAD)).isEqualTo(2);
        JsonNode root = new ObjectMapper().readTree(cli.out.toString());
        JsonNode errors = root.get("errors");
        assertThat(errors).hasSize(14);
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.get("source").asText()).endsWith("mixed.jsonl:2");
            assertThat(e.get("kind").asText()).isEqualTo("error");
        });
        assertThat(root.get("articles")).hasSize(8);
        assertThat(cli.err.toString()).contains("8 article(s) processed, 8 input(s) with errors, 4 skipped, 2 warning(s)");
    }

    @Test
    void dateAndMentionsProcessTheGoodArticlesAndNameTheBadFiles() {
        CliRun date = new CliRun();
        assertThat(date.run("date", "--format", "jsonl", BAD)).isEqualTo(2);
        assertThat(date.out.toString().lines()).hasSize(8);
        assertThat(date.err.toString()).contains("photo-saved-as-text.txt: a binary file (PNG image)");
        CliRun mentions = new CliRun();
        assertThat(mentions.run("mentions", "--format", "jsonl", BAD)).isEqualTo(2);
        assertThat(mentions.out.toString().lines()).hasSize(8);
        assertThat(mentions.err.toString()).contains("german.txt: skipped: not English");
    }

    @Test
    void skippedFilesAloneAreNotErrors() {
        CliRun cli = new CliRun();
        assertThat(cli.run("date", Path.of("..", "fixtures", "bad-input", "blank.txt").toString(),
                Path.of("..", "fixtures", "bad-input", "page.html").toString())).isZero();
        assertThat(cli.err.toString()).contains("1 article(s) processed, 0 input(s) with errors, 1 skipped");
    }
}
