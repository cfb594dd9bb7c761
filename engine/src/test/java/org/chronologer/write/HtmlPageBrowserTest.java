package org.chronologer.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.chronologer.model.Chronology;
import org.chronologer.model.Episode;
import org.chronologer.model.Event;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML page in a real browser: headless Chromium (Debian's {@code chromium}) loads the fixtures' page from a file
 * with the network off, and the test reads what it logged, the DOM after the script ran, and a screenshot. Skipped
 * with a message when no Chromium is installed, except in CI ({@code CI=true}), where {@code .ci/run} installs it and
 * its absence is a failure.
 */
class HtmlPageBrowserTest {

    /** A line Chromium logs for a message of the page's console (errors, uncaught exceptions, warnings, logs). */
    private static final Pattern CONSOLE = Pattern.compile(":CONSOLE\\(\\d+\\)\\]|Uncaught ");

    @TempDir
    static Path dir;

    private static Path chromium;

    @BeforeAll
    static void findChromium() {
        chromium = locate().orElse(null);
        if (chromium == null) {
            String message = "no Chromium found (apt-get install chromium; or set CHROMIUM=/path/to/chrome): the page is not tested in a browser";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + ", and in CI it must be");
            }
            Assumptions.abort(message);
        }
    }

    private static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser", "google-chrome", "chrome"}) {
                candidates.add(Path.of(d, name));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /** What Chromium made of a page: its log on standard error and its standard output. */
    private record Run(String log, String out) {
        List<String> consoleLines() {
            return log.lines().filter(l -> CONSOLE.matcher(l).find()).toList();
        }
    }

    private static Run browse(Path page, String... what) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--hide-scrollbars",
                "--window-size=1400,900", "--virtual-time-budget=3000"));
        cmd.addAll(List.of(what));
        cmd.add(page.toUri().toString());
        Path out = dir.resolve("out-" + System.nanoTime());
        Path err = dir.resolve("err-" + System.nanoTime());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 90 s: " + Files.readString(err));
        }
        return new Run(Files.readString(err, StandardCharsets.UTF_8), Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void theFixturesPageRendersEveryEpisodeAndEventWithoutAConsoleError() throws Exception {
        Chronology c = FixtureChronology.get();
        Path page = dir.resolve("fixtures.html");
        Files.writeString(page, HtmlWriter.page(c, "Chronology of putin-beijing"));
        Run dom = browse(page, "--dump-dom");
        assertThat(dom.consoleLines()).as("console messages").isEmpty();
        assertThat(dom.out()).contains("data-rendered=\"true\"");
        for (Episode e : c.episodes()) {
            assertThat(dom.out()).contains("data-band=\"" + e.id() + "\"").contains("Episode " + e.id());
        }
        for (Event e : c.events()) {
            assertThat(dom.out()).contains("data-event-id=\"" + e.id() + "\"").contains("data-event-row=\"" + e.id() + "\"");
        }
        Path shot = Path.of("target", "fixtures-timeline.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        Run screenshot = browse(page, "--screenshot=" + shot);
        assertThat(screenshot.consoleLines()).isEmpty();
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        // both episodes' colours are drawn in the first screen: their bands and events are in view
        assertThat(pixelsNear(image, 0x1f5fbf)).as("pixels of the first episode's colour").isGreaterThan(200);
        assertThat(pixelsNear(image, 0xc2410c)).as("pixels of the second episode's colour").isGreaterThan(200);
    }

    @Test
    void aScriptErrorOnThePageIsCaught() throws Exception {
        Path broken = dir.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html><body><script>undefinedFunction();</script></body></html>");
        assertThat(browse(broken, "--dump-dom").consoleLines()).isNotEmpty();
    }

    private static int pixelsNear(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 255) - ((rgb >> 16) & 255)) < 40 && Math.abs(((p >> 8) & 255) - ((rgb >> 8) & 255)) < 40
                        && Math.abs((p & 255) - (rgb & 255)) < 40) {
                    n++;
                }
            }
        }
        return n;
    }
}
