package org.chronologer;

import org.chronologer.extract.MentionExtractor;

/** One real extractor (HeidelTime, patterns, Natty) for all tests of a JVM: HeidelTime takes seconds to start. */
public final class SharedExtractor {
    private static MentionExtractor instance;

    private SharedExtractor() {
    }

    public static synchronized MentionExtractor get() {
        if (instance == null) {
            instance = new MentionExtractor();
        }
        return instance;
    }
}
