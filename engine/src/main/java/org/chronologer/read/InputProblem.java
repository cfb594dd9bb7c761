package org.chronologer.read;

import java.util.Locale;
import java.util.Objects;

/**
 * Something wrong with an input: which file (or file and line) and what, and whether the input was left out
 * ({@link Kind#ERROR}: unreadable; {@link Kind#SKIPPED}: readable but nothing to date, such as an empty or
 * non-English text) or read with a caveat ({@link Kind#WARNING}: a duplicate id renamed, an absurd declared
 * date ignored).
 *
 * @param source  the file, {@code file:line}, or {@code -:line} for standard input
 * @param message what is wrong, in words a user understands
 * @param kind    what became of the input
 */
public record InputProblem(String source, String message, Kind kind) {

    /** What became of the input. */
    public enum Kind { ERROR, SKIPPED, WARNING }

    public InputProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(kind, "kind");
    }

    /** An input that could not be read. */
    public InputProblem(String source, String message) {
        this(source, message, Kind.ERROR);
    }

    /** An input that was read but left out, and why. */
    public static InputProblem skipped(String source, String message) {
        return new InputProblem(source, message, Kind.SKIPPED);
    }

    /** An input that was read with a caveat. */
    public static InputProblem warning(String source, String message) {
        return new InputProblem(source, message, Kind.WARNING);
    }

    @Override
    public String toString() {
        return source + ": " + (kind == Kind.ERROR ? "" : kind.name().toLowerCase(Locale.ROOT) + ": ") + message;
    }
}
