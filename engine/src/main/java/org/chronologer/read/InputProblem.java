package org.chronologer.read;

import java.util.Objects;

/**
 * An input that could not be read as an article: which file (or file and line) and what is wrong.
 *
 * @param source  the file, {@code file:line}, or {@code -:line} for standard input
 * @param message what is wrong, in words a user understands
 */
public record InputProblem(String source, String message) {
    public InputProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return source + ": " + message;
    }
}
