package org.chronologer.tag;

/** A tagger failed on a text, or could not start. */
public class TaggerException extends RuntimeException {
    public TaggerException(String message) {
        super(message);
    }

    public TaggerException(String message, Throwable cause) {
        super(message, cause);
    }
}
