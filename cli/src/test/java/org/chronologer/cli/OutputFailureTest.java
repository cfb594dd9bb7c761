package org.chronologer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A full disk, a reader that goes away, an interrupted run, no memory left: each ends the run promptly and says so plainly. */
class OutputFailureTest {

    @TempDir
    Path dir;

    private static final String ONE = Path.of("..", "fixtures", "putin-beijing", "003_c291ff9d26b115a1.txt").toString();

    /** A corpus of {@code n} short articles in JSON Lines. */
    private static String corpus(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("{\"id\": \"a").append(i).append("\", \"text\": \"The talks opened on Tuesday, ").append(i % 28 + 1)
                    .append(" March 2019, and ended two days later in Geneva, officials said.\"}\n");
        }
        return b.toString();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFullDiskEndsTheRunWithAMessageAndExitThree() throws Exception {
        Process p = ProcessRun.builder(List.of(), "date", "--format", "jsonl", "--threads", "1", ONE)
                .redirectOutput(new File("/dev/full")).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(Main.EXIT_OUTPUT_FAILED);
        assertThat(err).contains("cannot write standard output").contains("No space left on device").doesNotContain("\tat ");
    }

    @Test
    void aClosedPipeEndsTheRunQuietlyWithExitThree() throws Exception {
        Path f = dir.resolve("many.jsonl");
        Files.writeString(f, corpus(400));
        Process p = ProcessRun.builder(List.of(), "mentions", "--format", "jsonl", "--date", "2019-03-20", "--threads", "1", f.toString())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).contains("\"id\":\"a0\"");
        out.close(); // | head -1
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the run ends once its reader is gone").isTrue();
        assertThat(p.exitValue()).isEqualTo(Main.EXIT_OUTPUT_FAILED);
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("article(s) processed");
    }

    @Test
    void aClosedPipeStopsTheDatingAndTheReadingRightAway() throws Exception {
        byte[] input = corpus(600).getBytes(StandardCharsets.UTF_8);
        long[] consumed = new long[1];
        InputStream counting = new FilterInputStream(new ByteArrayInputStream(input)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                consumed[0] += Math.max(n, 0);
                return n;
            }
        };
        Writer closedAfterOneLine = new Writer() {
            private final StringWriter lines = new StringWriter();

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                if (lines.toString().contains("\n")) {
                    throw new IOException("Broken pipe");
                }
                lines.write(buf, off, len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        InputStream stdin = System.in;
        StringWriter err = new StringWriter();
        int code;
        try {
            System.setIn(counting);
            code = Main.run(closedAfterOneLine, err, "date", "--format", "jsonl", "--block", "2", "--threads", "1", "-q", "-");
        } finally {
            System.setIn(stdin);
        }
        assertThat(code).isEqualTo(Main.EXIT_OUTPUT_FAILED);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("article(s) processed");
        assertThat(consumed[0]).as("bytes read of %d before stopping", input.length).isLessThan(input.length / 4);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void anInterruptedRunLeavesThePreviousFileAndNoTemporaryOne() throws Exception {
        Path target = dir.resolve("fixtures.html");
        Files.writeString(target, "previous");
        Process p = ProcessRun.builder(List.of(), "timeline", "--threads", "1", "-q", Path.of("..", "fixtures", "putin-beijing").toString(),
                "-o", target.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Output.leftovers(target).isEmpty() && p.isAlive() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("still working when interrupted").isTrue();
        p.destroy(); // SIGTERM, as kill and a closing terminal send
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String now = Files.readString(target);
        assertThat(now.equals("previous") || now.strip().endsWith("</html>")).as("the previous file or a complete one").isTrue();
        assertThat(Output.leftovers(target)).isEmpty();
    }

    @Test
    void runningOutOfMemoryExitsFourWithWhatToDo() throws Exception {
        Process p = ProcessRun.builder(List.of("-Xmx24m"), "timeline", "--threads", "2", "-q",
                Path.of("..", "fixtures", "putin-beijing").toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isEqualTo(Main.EXIT_INTERNAL);
        assertThat(err).contains("out of memory").contains("--threads").contains("-Xmx").doesNotContain("\tat ");
    }
}
