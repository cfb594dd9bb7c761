package org.chronologer.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.chronologer.read.Article;

/** The files the job's tests read: the fixtures, and the tables the job writes as JSON Lines. */
final class JobTestFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JobTestFiles() {
    }

    /** The putin-beijing fixtures' folder, found above the working directory. */
    static Path fixtures() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("fixtures/putin-beijing"))) {
                return p.resolve("fixtures/putin-beijing");
            }
        }
        throw new IllegalStateException("fixtures/putin-beijing not found above " + Path.of("").toAbsolutePath());
    }

    /** The fixtures' articles, undated, named by their files. */
    static List<Article> fixtureArticles() throws IOException {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(fixtures())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                articles.add(new Article(name.substring(0, name.length() - 4), Optional.empty(), Files.readString(f, StandardCharsets.UTF_8),
                        Optional.empty(), f.toString()));
            }
        }
        return articles;
    }

    /** The rows of a table the job wrote as JSON Lines, part by part. */
    static List<JsonNode> readTable(Path table) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        try (Stream<Path> parts = Files.list(table)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    rows.add(JSON.readTree(line));
                }
            }
        }
        return rows;
    }
}
