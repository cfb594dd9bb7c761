package org.chronologer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void jsonlGivesTheWindowBestDayConfidenceAndEvidenceWithSpans() throws Exception {
        Path f = dir.resolve("a.txt");
        String text = "The plant, opened in June 2015, closed on Friday, the company said.";
        Files.writeString(f, text);
        assertThat(cli.run("date", "--format", "jsonl", f.toString())).isZero();
        JsonNode line = new ObjectMapper().readTree(cli.out.toString().trim());
        assertThat(line.get("id").asText()).isEqualTo("a");
        JsonNode p = line.get("published");
        LocalDate best = LocalDate.parse(p.get("best").asText());
        assertThat(best).isBetween(LocalDate.parse(p.get("earliest").asText()), LocalDate.parse(p.get("latest").asText()));
        // a date told in the past: the best day is after it (the window, which holds 95% of the probability of one
        // month cue, reaches further)
        assertThat(best).isAfterOrEqualTo(LocalDate.of(2015, 6, 1));
        assertThat(p.get("guess").isBoolean()).isTrue();
        assertThat(LocalDate.parse(p.get("plausible").get("earliest").asText()))
                .isBeforeOrEqualTo(LocalDate.parse(p.get("earliest").asText()));
        assertThat(p.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(p.has("declared")).isFalse();
        JsonNode first = p.get("evidence").get(0);
        assertThat(first.fieldNames()).toIterable().contains("text", "start", "end", "rule", "implies");
        assertThat(p.get("evidence")).anySatisfy(e -> {
            assertThat(e.get("text").asText()).isEqualTo("June 2015");
            assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo("June 2015");
        });
    }

    @Test
    void aUserKnowledgeBaseExtendsTheDefaultOneAndABadOneIsABadUsage() throws Exception {
        Path kb = dir.resolve("kb.json");
        Files.writeString(kb, """
                {"events": [{"id": "harbour-bridge", "name": "Kestrel Harbour Bridge", "aliases": [], "kind": "founding",
                  "dates": ["2011-04-02"], "source": "test"}]}
                """);
        Path f = dir.resolve("b.txt");
        Files.writeString(f, "Crowds gathered to mark the 10th anniversary of the Kestrel Harbour Bridge.");
        assertThat(cli.run("date", "--format", "jsonl", "--knowledge", kb.toString(), f.toString())).isZero();
        JsonNode p = new ObjectMapper().readTree(cli.out.toString().trim()).get("published");
        assertThat(LocalDate.parse(p.get("best").asText()).getYear()).isEqualTo(2021);
        Files.writeString(kb, "{\"events\": [{\"id\": \"x\"}]}");
        assertThat(cli.run("date", "--knowledge", kb.toString(), f.toString())).isEqualTo(2);
        assertThat(cli.err.toString()).contains("--knowledge").contains("kb.json");
    }
}
