package org.chronologer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command takes --format and -o; the format follows the file's extension; usage errors are plain and come before any work. */
class CommandOutputTest {

    @TempDir
    Path dir;

    static final String FIXTURES = Path.of("..", "fixtures", "putin-beijing").toString();
    private static final String ONE = Path.of("..", "fixtures", "putin-beijing", "003_c291ff9d26b115a1.txt").toString();

    @Test
    void theFormatFollowsTheExtensionOfTheOutputFileForEveryCommand() throws Exception {
        ObjectMapper m = new ObjectMapper();
        Path timeline = dir.resolve("t.json");
        assertThat(new CliRun().run("timeline", "-q", "--threads", "1", ONE, "-o", timeline.toString())).isZero();
        assertThat(m.readTree(timeline.toFile()).get("schemaVersion").asInt()).isPositive();
        Path dates = dir.resolve("d.csv");
        CliRun date = new CliRun();
        assertThat(date.run("date", "-q", "--threads", "1", ONE, "--output", dates.toString())).isZero();
        assertThat(date.out.toString()).isEmpty();
        assertThat(Files.readAllLines(dates)).hasSize(2).first().asString().startsWith("article,best,earliest,latest");
        Path checks = dir.resolve("c.jsonl");
        assertThat(new CliRun().run("check", "-q", "--threads", "1", ONE, "-o", checks.toString())).isZero();
        assertThat(m.readTree(Files.readAllLines(checks).get(0)).get("verdict").asText()).isEqualTo("undeclared");
        Path mentions = dir.resolve("m.json");
        assertThat(new CliRun().run("mentions", "-q", "--threads", "1", "--date", "2023-10-17", ONE, "-o", mentions.toString())).isZero();
        JsonNode array = m.readTree(mentions.toFile());
        assertThat(array.isArray()).isTrue();
        assertThat(array.get(0).get("mentions")).isNotEmpty();
        assertThat(Output.leftovers(mentions)).isEmpty();
    }

    @Test
    void timeMlGoesIntoADirectoryOneArticlePerFileAndIsRefusedForSeveralArticlesInOneFile() throws Exception {
        Path tml = Files.createDirectory(dir.resolve("tml"));
        assertThat(new CliRun().run("timeline", "-q", "--threads", "1", "--format", "timeml", FIXTURES, "-o", tml.toString())).isZero();
        try (var files = Files.list(tml)) {
            List<Path> docs = files.sorted().toList();
            assertThat(docs).hasSize(5).allSatisfy(d -> assertThat(d.getFileName().toString()).endsWith(".tml"));
            for (Path d : docs) {
                var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(d.toFile());
                assertThat(xml.getElementsByTagName("DCT").getLength()).isEqualTo(1);
            }
        }
        CliRun one = new CliRun();
        assertThat(one.run("timeline", "-q", "--threads", "1", FIXTURES, "-o", dir.resolve("all.tml").toString())).isEqualTo(2);
        assertThat(one.err.toString()).contains("give -o a directory");
        assertThat(dir.resolve("all.tml")).doesNotExist();
    }

    @Test
    void aFormatThatContradictsTheFileNameOrTheCommandIsRefusedBeforeAnyWork() {
        Path out = dir.resolve("out.json");
        CliRun r = new CliRun();
        assertThat(r.run("timeline", FIXTURES, "--format", "csv", "-o", out.toString())).isEqualTo(2);
        assertThat(r.err.toString()).contains("--format csv does not match -o").contains("out.json").doesNotContain("Usage:");
        assertThat(out).doesNotExist();
        CliRun other = new CliRun();
        assertThat(other.run("date", FIXTURES, "--format", "html")).isEqualTo(2);
        assertThat(other.err.toString()).contains("not one of this command's formats: text, json, jsonl, csv");
        CliRun ext = new CliRun();
        assertThat(ext.run("check", FIXTURES, "-o", dir.resolve("x.html").toString())).isEqualTo(2);
        assertThat(ext.err.toString()).contains("does not write .html files");
    }

    @Test
    void theOutputMayNotBeAnInputNorInAFolderThatIsNotThere() throws Exception {
        Path input = dir.resolve("a.txt");
        Files.writeString(input, "It happened in 2019.");
        CliRun same = new CliRun();
        assertThat(same.run("date", input.toString(), "-o", dir.resolve(".").resolve("a.txt").toString())).isEqualTo(2);
        assertThat(same.err.toString()).contains("is one of the inputs");
        assertThat(Files.readString(input)).isEqualTo("It happened in 2019.");
        CliRun nowhere = new CliRun();
        assertThat(nowhere.run("date", input.toString(), "-o", dir.resolve("no").resolve("such").resolve("x.txt").toString())).isEqualTo(2);
        assertThat(nowhere.err.toString()).contains("no such directory");
    }

    @Test
    void badValuesAndMistypedOptionsGetOnePlainLineAndAHint() {
        CliRun typo = new CliRun();
        assertThat(typo.run("timeline", "--formt", "json", FIXTURES)).isEqualTo(2);
        assertThat(typo.err.toString()).contains("Unknown option: '--formt'").contains("--format").contains("--help")
                .doesNotContain("Usage:");
        assertThat(typo.err.toString().lines().count()).isLessThanOrEqualTo(4);
        CliRun date = new CliRun();
        assertThat(date.run("mentions", "--date", "2023-13-01", FIXTURES)).isEqualTo(2);
        assertThat(date.err.toString()).contains("'2023-13-01' is not a day; write it YYYY-MM-DD").doesNotContain("Exception");
        for (String[] args : new String[][] {{"date", "--block", "0", FIXTURES}, {"mentions", "--threads", "0", FIXTURES},
                {"timeline", "--threads", "-2", FIXTURES}}) {
            CliRun r = new CliRun();
            assertThat(r.run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err.toString()).contains("must be at least 1").doesNotContain("Exception").doesNotContain("Usage:");
        }
    }

    @Test
    void aMissingFileIsReportedOnce() {
        CliRun r = new CliRun();
        assertThat(r.run("date", dir.resolve("nosuch.txt").toString())).isEqualTo(2);
        assertThat(r.err.toString().split("nosuch.txt", -1)).hasSize(2);
    }

    @Test
    void idsAndTextsCannotSendControlCharactersToTheTerminal() throws Exception {
        Path f = dir.resolve("evil.jsonl");
        Files.writeString(f, "{\"id\": \"evil\\u001b[2J\\nforged line\", \"text\": \"The summit opened on 17 October 2023 \\u001b[31min Beijing.\"}\n");
        for (String command : new String[] {"date", "mentions", "timeline"}) {
            CliRun r = new CliRun();
            assertThat(r.run(command, "-q", "--threads", "1", f.toString())).as(command).isZero();
            assertThat(r.out.toString()).as(command).doesNotContain("\u001b").contains("evil\\u001b[2J\\nforged line");
            assertThat(r.err.toString()).doesNotContain("\u001b");
        }
    }

    @Test
    void theHelpListsOnlyTheUsersCommandsAndTheExitCodes() {
        CliRun r = new CliRun();
        assertThat(r.run("--help")).isZero();
        assertThat(r.out.toString()).contains("timeline", "date", "check", "mentions").doesNotContain("eval-", "bench")
                .contains("Exit codes:").contains("3 ").contains("4 ");
    }

    @Test
    void theThreadsHelpNamesTheNumberOfCoresItDefaultsTo() {
        CliRun r = new CliRun();
        assertThat(r.run("timeline", "--help")).isZero();
        assertThat(r.out.toString().replaceAll("\\s+", " "))
                .contains("one per core, here " + org.chronologer.extract.Workers.cores() + ")").doesNotContain("null");
    }
}
