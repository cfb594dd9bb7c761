package org.chronologer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The output formats of the commands, each with the file extensions that name it. */
enum Format {
    text("txt"),
    json("json"),
    jsonl("jsonl", "ndjson"),
    csv("csv"),
    timeml("tml", "xml"),
    timelinejs("json"),
    dot("dot", "gv"),
    graphml("graphml"),
    html("html", "htm"),
    semeval("tsv");

    private final List<String> extensions;

    Format(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The extensions of files in this format, the usual one first. */
    List<String> extensions() {
        return extensions;
    }

    /** The extension of a file name, lower-cased, if it has one. */
    static Optional<String> extensionOf(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot > 0 && dot < s.length() - 1 ? Optional.of(s.substring(dot + 1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The first of {@code allowed} whose extensions hold {@code extension}. */
    static Optional<Format> byExtension(String extension, List<Format> allowed) {
        return allowed.stream().filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /** Whether any format at all uses this extension (so that a file named so says which format it wants). */
    static boolean isKnownExtension(String extension) {
        for (Format f : values()) {
            if (f.extensions.contains(extension)) {
                return true;
            }
        }
        return false;
    }
}
