package org.chronologer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chronologer.knowledge.KnowledgeBase;

/** Loads the knowledge base a command was given; a bad file is an error naming it (exit 2). */
final class Knowledge {
    private Knowledge() {
    }

    static KnowledgeBase load(Path file) {
        if (file == null) {
            return KnowledgeBase.defaults();
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--knowledge: no such file: " + file);
        }
        try {
            return KnowledgeBase.defaultsWith(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("--knowledge: " + e.getMessage());
        }
    }
}
