package org.chronologer.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/**
 * Where a command writes, in which format: standard output, or {@code -o FILE} written to a temporary file beside
 * it and renamed over it only once complete, so that an interrupted run (Ctrl-C, a kill, a crash) leaves the old
 * file as it was and no half-written one. The target is checked before any work starts: its folder must exist and
 * take a new file, and it may not be one of the inputs.
 */
final class Output implements AutoCloseable {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Format format;
    private final Path target;
    private final Path temporary;
    private final PrintWriter writer;
    private final Thread cleanup;
    private boolean committed;

    private Output(Format format, Path target, Path temporary, PrintWriter writer, Thread cleanup) {
        this.format = format;
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
        this.cleanup = cleanup;
    }

    /**
     * The output of a command, checked: the format is {@code --format} if given, else the one {@code -o}'s
     * extension names, else {@code fallback}; a format the command does not write, or a file whose extension names
     * another format, is a usage error, and so is a file that cannot be written or that is one of the inputs.
     *
     * @param spec     the command (for its standard output and its usage errors)
     * @param format   the {@code --format} given, or null
     * @param file     the {@code -o} given, or null for standard output
     * @param allowed  the formats the command writes, its default first
     * @param inputs   the command's inputs, which the output may not overwrite
     */
    static Output open(CommandSpec spec, Format format, Path file, List<Format> allowed, List<String> inputs) {
        Format chosen = choose(spec, format, file, allowed);
        if (file == null) {
            return new Output(chosen, null, null, spec.commandLine().getOut(), null); // fails fast already (see Main)
        }
        Path target = file.toAbsolutePath().normalize();
        for (String in : inputs == null ? List.<String>of() : inputs) {
            if (!in.equals("-") && sameFile(Path.of(in), target)) {
                throw usage(spec, "-o " + file + " is one of the inputs; write the output elsewhere");
            }
        }
        if (Files.isDirectory(target)) {
            if (chosen == Format.timeml && Files.isWritable(target)) {
                return new Output(chosen, target, null, null, null); // one file per article
            }
            throw usage(spec, "-o " + file + " is a directory; give a file name"
                    + (allowed.contains(Format.timeml) ? " (only --format timeml writes one file per article into a directory)" : ""));
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw usage(spec, "-o " + file + ": no such directory: " + (folder == null ? file : folder));
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            throw usage(spec, "-o " + file + ": the file is not writable");
        }
        // the clean-up is in place before the file exists: a SIGINT or SIGTERM at any moment leaves no temporary file
        Path temporary = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
        Thread cleanup = new Thread(() -> deleteQuietly(temporary), "chronologer-output-cleanup");
        try {
            Runtime.getRuntime().addShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            throw new OutputFailed(file.toString(), new IOException("the run is being stopped"));
        }
        try {
            Files.createFile(temporary);
            BufferedWriter w = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
            return new Output(chosen, target, temporary, FailFastWriter.printWriter(w, file.toString()), cleanup);
        } catch (IOException | SecurityException e) {
            deleteQuietly(temporary);
            removeHook(cleanup);
            throw usage(spec, "-o " + file + ": cannot write in " + folder + " (" + e.getMessage() + ")");
        }
    }

    private static Format choose(CommandSpec spec, Format format, Path file, List<Format> allowed) {
        Optional<String> ext = file == null ? Optional.empty() : Format.extensionOf(file);
        if (format != null) {
            if (!allowed.contains(format)) {
                throw usage(spec, "--format " + format + " is not one of this command's formats: " + names(allowed));
            }
            if (ext.isPresent() && Format.isKnownExtension(ext.get()) && !format.extensions().contains(ext.get())) {
                throw usage(spec, "--format " + format + " does not match -o " + file + " (." + ext.get()
                        + " is another format); name the file ." + format.extensions().get(0) + " or drop --format");
            }
            return format;
        }
        if (ext.isPresent() && Format.isKnownExtension(ext.get())) {
            return Format.byExtension(ext.get(), allowed).orElseThrow(() -> usage(spec, "-o " + file + ": this command does not write ."
                    + ext.get() + " files; its formats are " + names(allowed)));
        }
        return allowed.get(0);
    }

    private static String names(List<Format> formats) {
        return String.join(", ", formats.stream().map(Format::name).toList());
    }

    private static boolean sameFile(Path input, Path target) {
        try {
            return Files.exists(input) && Files.exists(target) ? Files.isSameFile(input, target)
                    : input.toAbsolutePath().normalize().equals(target);
        } catch (IOException e) {
            return false;
        }
    }

    private static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** The format chosen. */
    Format format() {
        return format;
    }

    /** Where to print. */
    PrintWriter writer() {
        return writer;
    }

    /** Whether the output goes to a file. */
    boolean toFile() {
        return target != null;
    }

    /** Whether the output is a directory that takes one file per article ({@code --format timeml -o DIR}). */
    boolean isDirectory() {
        return target != null && writer == null;
    }

    /**
     * Writes one article's document into the output directory as {@code ID.EXT} (characters a file name should not
     * hold become '_'), through a temporary file renamed when complete.
     */
    void writeDocument(String id, String extension, String content) {
        String name = id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isEmpty() || name.startsWith(".")) {
            name = "_" + name;
        }
        Path file = target.resolve(name + "." + extension);
        try {
            Path tmp = Files.createTempFile(target, "." + name + ".", ".part");
            try {
                Files.writeString(tmp, content, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new OutputFailed(file.toString(), e);
        }
    }

    /** Finishes the output: flushed, and for a file, renamed over the target. */
    void commit() {
        if (writer == null) {
            committed = true;
            return;
        }
        writer.flush();
        if (temporary != null) {
            writer.close();
            try {
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new OutputFailed(target.toString(), e);
            }
        }
        committed = true;
    }

    /** Drops an output that was not committed (the temporary file goes; the target is left as it was). */
    @Override
    public void close() {
        if (temporary != null) {
            if (!committed) {
                try {
                    writer.close();
                } catch (UncheckedIOException e) {
                    // the output is being dropped anyway
                }
                deleteQuietly(temporary);
            }
            removeHook(cleanup);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: a leftover .part file is harmless
        }
    }

    /** Paths of leftover temporary files of {@code target} (for tests). */
    static List<Path> leftovers(Path target) throws IOException {
        List<Path> out = new ArrayList<>();
        try (var files = Files.list(target.toAbsolutePath().getParent())) {
            files.filter(p -> p.getFileName().toString().startsWith("." + target.getFileName() + ".")).forEach(out::add);
        }
        return out;
    }
}
