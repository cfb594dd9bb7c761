package org.chronologer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A writer that stops the run when its output cannot be written: every {@link IOException} of the writer below
 * (and the error flag of a {@link PrintWriter} below, which swallows them) becomes an {@link OutputFailed}, which a
 * {@link PrintWriter} on top does not swallow. So a full disk or a reader that went away ends the run at the next
 * write or flush instead of letting it work on for nothing.
 */
final class FailFastWriter extends Writer {

    private final Writer out;
    private final String where;

    /**
     * @param out   the writer below
     * @param where what it writes to, for the message ("standard output", a file name)
     */
    FailFastWriter(Writer out, String where) {
        this.out = out;
        this.where = where;
    }

    /** A print writer over {@code out} that fails fast. */
    static PrintWriter printWriter(Writer out, String where) {
        return new PrintWriter(new FailFastWriter(out, where), false);
    }

    @Override
    public void write(char[] buf, int off, int len) {
        try {
            out.write(buf, off, len);
        } catch (IOException e) {
            throw new OutputFailed(where, e);
        }
        check();
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new OutputFailed(where, e);
        }
        check();
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new OutputFailed(where, e);
        }
    }

    private void check() {
        if (out instanceof PrintWriter p && p.checkError()) {
            throw new OutputFailed(where, new IOException("write failed"));
        }
    }
}
