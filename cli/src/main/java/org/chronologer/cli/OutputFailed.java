package org.chronologer.cli;

import java.io.IOException;

/**
 * The output could not be written (a full disk, a closed pipe): the run stops. Not an {@code UncheckedIOException}, so
 * that no reader or worker mistakes it for a problem of its own input and carries on.
 */
final class OutputFailed extends RuntimeException {

    private final String where;

    OutputFailed(String where, IOException cause) {
        super(where + ": " + cause.getMessage(), cause);
        this.where = where;
    }

    @Override
    public synchronized IOException getCause() {
        return (IOException) super.getCause();
    }

    /** Whether the reader went away ({@code | head -1}): not worth a message. */
    boolean isClosedPipe() {
        String m = getCause().getMessage();
        return m != null && (m.contains("Broken pipe") || m.contains("Stream closed") || m.contains("pipe is being closed"));
    }

    /** What a user reads. */
    String describe() {
        return "cannot write " + where + ": " + getCause().getMessage();
    }
}
