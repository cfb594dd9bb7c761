package org.chronologer.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in a JVM of its own, on the test's class path, as a user's shell would. */
final class ProcessRun {

    private ProcessRun() {
    }

    /** A process builder for {@code chronologer ARGS}, with extra JVM options first. */
    static ProcessBuilder builder(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }

    /** Starts {@code chronologer ARGS}. */
    static Process start(ProcessBuilder b) throws IOException {
        return b.start();
    }
}
