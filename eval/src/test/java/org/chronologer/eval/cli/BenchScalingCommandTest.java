package org.chronologer.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchScalingCommandTest {

    private final DevRun cli = new DevRun();

    @Test
    void printsATableRowPerSizeAndStageWithTheTimePerNLogNAndTheRatioToThePreviousSize() {
        assertThat(cli.run("bench-scaling", "--max", "2000")).isZero();
        List<String> lines = Arrays.asList(cli.out.toString().split("\n"));
        assertThat(lines).contains("ordering graph of n events", "links and episodes of n articles");
        assertThat(lines).filteredOn(l -> l.contains("ns/(n log2 n)") && l.contains("x prev")).hasSize(2);
        for (String size : List.of("250", "500", "1,000", "2,000")) {
            // one row per stage: n, ms, ns/(n log2 n), x prev ("-" for the first size), what it produced
            assertThat(lines).filteredOn(l -> l.trim().startsWith(size + " ")).hasSize(2)
                    .allSatisfy(l -> assertThat(l.trim().split("\\s+")[3]).matches(size.equals("250") ? "-" : "\\d+\\.\\d\\d"));
        }
    }

    @Test
    void aTooSmallMaximumIsBadInput() {
        assertThat(cli.run("bench-scaling", "--max", "3")).isEqualTo(DevMain.EXIT_BAD_INPUT);
        assertThat(cli.err.toString()).contains("at least 16");
    }
}
