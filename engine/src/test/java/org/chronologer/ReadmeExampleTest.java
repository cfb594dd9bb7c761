package org.chronologer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's library example compiles against the engine as it is, and builds the fixtures' timeline. */
class ReadmeExampleTest {

    @TempDir
    Path dir;

    @Test
    void theLibraryExampleOfTheReadmeCompilesAndPrintsTheFixturesEvents() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Library use"));
        Matcher code = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertThat(code.find()).as("a java block in the Library use section").isTrue();
        String source = code.group(1);
        Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
        assertThat(name.find()).isTrue();
        Path file = dir.resolve(name.group(1) + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int result = javac.run(null, messages, messages, "-d", dir.toString(), "-cp", System.getProperty("java.class.path"),
                file.toString());
        assertThat(result).as(messages.toString(StandardCharsets.UTF_8)).isZero();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass(name.group(1)).getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {Path.of("..", "fixtures", "putin-beijing").toString()});
        } finally {
            System.setOut(stdout);
        }
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        // the events in order, each with its first day or "-" when nothing places it: the October 2023 visit's among them
        assertThat(lines).allSatisfy(l -> assertThat(l).matches("(\\d{4}-\\d{2}-\\d{2}|-)  .*"));
        List<String> days = lines.stream().filter(l -> !l.startsWith("-")).map(l -> l.substring(0, 10)).toList();
        assertThat(days).hasSizeGreaterThan(10).isSorted().anySatisfy(d -> assertThat(d).startsWith("2023-"));
        assertThat(source.lines().filter(l -> !l.isBlank() && !l.startsWith("import") && !l.trim().equals("}")).count())
                .as("ten lines, braces and imports aside").isLessThanOrEqualTo(10);
    }
}
