package org.chronologer.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @Test
    void benchCorpusRepeatsOrRebuildsRealArticlesAndBenchPrintsItsTable(@TempDir Path tmp) throws Exception {
        Path source = tmp.resolve("source.jsonl");
        Files.writeString(source, """
                {"id":"a","text":"The council met on Tuesday and approved the budget for 2021. The mayor said the works would start in March.","published":"2020-11-12"}
                {"id":"b","text":"Heavy rain fell over the weekend. Rivers rose on Monday, and the roads reopened two days later.","published":"2020-11-09"}
                """);
        Path repeated = tmp.resolve("repeated.jsonl");
        DevRun make = new DevRun();
        assertThat(make.run("bench-corpus", source.toString(), "--articles", "5", "-o", repeated.toString())).isZero();
        List<String> lines = Files.readAllLines(repeated);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(2)).contains("\"id\":\"a~2\"").contains("\"published\":\"2020-11-12\"");

        Path synthetic = tmp.resolve("synthetic.jsonl");
        assertThat(new DevRun().run("bench-corpus", source.toString(), "--synthetic", "--articles", "3", "-o", synthetic.toString())).isZero();
        assertThat(Files.readAllLines(synthetic)).hasSize(3).allMatch(l -> l.contains("\"published\":\"2020-11-"));

        DevRun bench = new DevRun();
        assertThat(bench.run("bench", repeated.toString(), "--threads", "2", "--warm-up", "1", "--timeline-articles", "3")).isZero();
        String table = bench.out.toString();
        assertThat(table).contains("5 articles").contains("bare HeidelTime").contains("mentions").contains("timeline")
                .contains("x bare HeidelTime").contains("peak heap MB").contains("its 1-thread rate");
        assertThat(table.lines().filter(l -> l.matches("mentions +[12] .*")).count()).isEqualTo(2);
    }
}
