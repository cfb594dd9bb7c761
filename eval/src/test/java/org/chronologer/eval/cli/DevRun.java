package org.chronologer.eval.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the developers' command line in-process and keeps what it printed. */
final class DevRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return DevMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
