package org.chronologer.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chronologer.read.NormalizedText;
import org.chronologer.tag.TriggerDensity;
import org.junit.jupiter.api.Test;

/**
 * The small version of {@code bench-hostile} that CI runs (in the step of the slow hostile-input tests): every family
 * at 8 KB and 32 KB, sizes of several HeidelTime parts each (a 4 KB text of a dense family is one full part and a
 * small one, which made it cheaper per KB than any larger text). Times are the CPU time of the thread that does the
 * work, which other work on a busy machine changes least. Its bounds are generous, so that a busy machine does not
 * fail it, but a return of super-linear work does: from 8 to 32 KB, work that grows with the square of the size
 * quadruples its CPU time and its allocation per KB, and the test allows neither to grow by more than 2.5 times; no
 * family may cost more than 20 times normal text's CPU time per KB (the costliest, quotes around weekday words, costs 5 to 8
 * times, see the README), and a family whose text is denser in temporal words than any news ({@link TriggerDensity})
 * must be warned about and cost less than 3 times normal text (it costs a twentieth to a half of it: the taggers do
 * not read it).
 */
class HostileBenchmarkTest {

    @Test
    void everyFamilyIsReadAndDatedInTimeThatGrowsNoFasterThanItsSize() throws Exception {
        List<String> normal = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "fixtures", "putin-beijing"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                normal.add(Files.readString(f));
            }
        }
        HostileText.useNormal(normal);
        StringWriter progress = new StringWriter();
        List<HostileBenchmark.Row> rows = new HostileBenchmark(Duration.ofMinutes(2))
                .run(HostileText.families(), List.of(8192, 32768), new PrintWriter(progress));
        String table = HostileBenchmark.table(rows);
        Map<String, List<HostileBenchmark.Row>> byFamily = rows.stream()
                .collect(Collectors.groupingBy(HostileBenchmark.Row::family, Collectors.toList()));
        assertThat(byFamily).hasSize(HostileText.families().size() + 1);
        int dense = 0;
        for (List<HostileBenchmark.Row> family : byFamily.values()) {
            HostileBenchmark.Row small = family.get(0);
            HostileBenchmark.Row large = family.get(1);
            assertThat(large.outcome()).as(table).doesNotStartWith("error");
            assertThat(large.cpuMillisPerKb()).as("%s: CPU time per KB at 32 KB against 8 KB%n%s", large.family(), table)
                    .isLessThanOrEqualTo(2.5 * small.cpuMillisPerKb() + 20);
            assertThat(large.allocatedBytes() / 32.0).as("%s: bytes allocated per KB at 32 KB against 8 KB%n%s", large.family(), table)
                    .isLessThanOrEqualTo(2.5 * small.allocatedBytes() / 8.0 + (1 << 20));
            assertThat(large.cpuRatio()).as("%s: CPU time per KB against normal text%n%s", large.family(), table).isLessThan(20);
            // a text denser in temporal words than any news is warned about and not tagged: it costs no more than news
            HostileText.Family f = large.family().equals("normal text") ? null : HostileText.family(large.family());
            if (f != null && !f.html() && !TriggerDensity.regions(NormalizedText.of(f.text(32768, 1)).text()).isEmpty()) {
                dense++;
                assertThat(large.warnings()).as("%s: warned about its dense text%n%s", large.family(), table).isPositive();
                assertThat(large.cpuRatio()).as("%s: CPU time per KB of a dense text against normal text%n%s", large.family(), table)
                        .isLessThan(3);
            }
        }
        assertThat(dense).as("families over the density limit").isPositive();
    }

    @Test
    void everyFamilyGivesTheSameTextForTheSameSizeAndSeedAndKeepsToItsSize() {
        HostileText.useNormal(List.of("The council met on Monday. It voted on the harbour plan in March 2019."));
        for (HostileText.Family f : HostileText.families()) {
            String a = f.text(3000, 5);
            assertThat(a).isEqualTo(f.text(3000, 5));
            assertThat(a.getBytes(StandardCharsets.UTF_8).length).as(f.name()).isBetween(2000, 3000);
        }
        Function<String, Integer> count = s -> s.split(" ").length;
        assertThat(count.apply(HostileText.family("years").text(2000, 1))).isGreaterThan(300);
    }
}
