package org.chronologer.tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds temporal expressions in a text.
 *
 * <p>Implementations are heavy and not thread-safe: make one per worker thread, once, and reuse it.
 */
public interface TemporalTagger extends AutoCloseable {

    /** A short name recorded on every span it finds ("heideltime", "natty", ...). */
    String name();

    /**
     * The temporal expressions of {@code text}, in text order.
     *
     * @param text      normalised text
     * @param published the publication date, when known; taggers that need one to resolve relative
     *                  expressions leave them underspecified without it
     */
    List<TaggedSpan> tag(String text, Optional<LocalDate> published);

    @Override
    default void close() {
    }
}
