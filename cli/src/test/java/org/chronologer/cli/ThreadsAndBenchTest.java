package org.chronologer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadsAndBenchTest {

    static final String FIXTURES = Path.of("..", "fixtures", "putin-beijing").toString();

    @Test
    void theOutputIsIdenticalWhateverTheThreadCount() {
        for (String command : List.of("mentions", "date")) {
            CliRun one = new CliRun();
            CliRun two = new CliRun();
            assertThat(one.run(command, "--format", "jsonl", "--threads", "1", FIXTURES)).isZero();
            assertThat(two.run(command, "--format", "jsonl", "--threads", "2", FIXTURES)).isZero();
            assertThat(two.out.toString()).as(command).isEqualTo(one.out.toString()).isNotBlank();
        }
        CliRun one = new CliRun();
        CliRun two = new CliRun();
        assertThat(one.run("timeline", "--format", "json", "--threads", "1", FIXTURES)).isZero();
        assertThat(two.run("timeline", "--format", "json", "--threads", "2", FIXTURES)).isZero();
        assertThat(two.out.toString()).isEqualTo(one.out.toString());
    }

    @Test
    void datingInBlocksDatesEveryArticleAndSharesEvidenceOnlyWithinABlock() {
        CliRun whole = new CliRun();
        CliRun blocks = new CliRun();
        assertThat(whole.run("date", "--format", "jsonl", FIXTURES)).isZero();
        assertThat(blocks.run("date", "--format", "jsonl", "--block", "1", FIXTURES)).isZero();
        assertThat(blocks.out.toString().lines()).hasSize(5);
        assertThat(whole.out.toString()).contains("corpus:");
        assertThat(blocks.out.toString()).doesNotContain("corpus:");
    }

    @Test
    void statsCloseTheRunWithItsRateAndTheHeapItKeptAliveAtEachBlock() {
        CliRun r = new CliRun();
        assertThat(r.run("date", "--format", "jsonl", "--stats", "--block", "2", "--threads", "1", FIXTURES)).isZero();
        String closing = r.err.toString().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(closing).contains("5 article(s) processed").contains("articles/s").contains("peak heap")
                .containsPattern("live after a full collection at 3 checkpoint\\(s\\): median \\d+ MB, largest \\d+ MB");
        CliRun plain = new CliRun();
        assertThat(plain.run("date", "--format", "jsonl", "--threads", "1", FIXTURES)).isZero();
        assertThat(plain.err.toString()).doesNotContain("peak heap").doesNotContain("checkpoint");
    }

    @Test
    void aThreadCountBelowOneIsRefused() {
        CliRun r = new CliRun();
        assertThat(r.run("mentions", "--threads", "0", FIXTURES)).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err.toString()).contains("--threads must be at least 1");
    }

    @Test
    void benchCorpusRepeatsOrRebuildsRealArticlesAndBenchPrintsItsTable(@TempDir Path tmp) throws Exception {
        Path source = tmp.resolve("source.jsonl");
        Files.writeString(source, """
                {"id":"a","text":"The council met on Tuesday and approved the budget for 2021. The mayor said the works would start in March.","published":"2020-11-12"}
                {"id":"b","text":"Heavy rain fell over the weekend. Rivers rose on Monday, and the roads reopened two days later.","published":"2020-11-09"}
                """);
        Path repeated = tmp.resolve("repeated.jsonl");
        CliRun make = new CliRun();
        assertThat(make.run("bench-corpus", source.toString(), "--articles", "5", "-o", repeated.toString())).isZero();
        List<String> lines = Files.readAllLines(repeated);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(2)).contains("\"id\":\"a~2\"").contains("\"published\":\"2020-11-12\"");

        Path synthetic = tmp.resolve("synthetic.jsonl");
        assertThat(new CliRun().run("bench-corpus", source.toString(), "--synthetic", "--articles", "3", "-o", synthetic.toString())).isZero();
        assertThat(Files.readAllLines(synthetic)).hasSize(3).allMatch(l -> l.contains("\"published\":\"2020-11-"));

        CliRun bench = new CliRun();
        assertThat(bench.run("bench", repeated.toString(), "--threads", "2", "--warm-up", "1", "--timeline-articles", "3")).isZero();
        String table = bench.out.toString();
        assertThat(table).contains("5 articles").contains("bare HeidelTime").contains("mentions").contains("timeline")
                .contains("x bare HeidelTime").contains("peak heap MB").contains("its 1-thread rate");
        assertThat(table.lines().filter(l -> l.matches("mentions +[12] .*")).count()).isEqualTo(2);
    }
}
