package org.chronologer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadsTest {

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
}
