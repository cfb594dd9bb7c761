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

    /**
     * The temporal expressions of {@code text}, knowing what the taggers run before found: a second-opinion
     * tagger may skip what is already covered. By default the same as {@link #tag(String, Optional)}.
     */
    default List<TaggedSpan> tag(String text, Optional<LocalDate> published, List<TaggedSpan> foundBefore) {
        return tag(text, published);
    }

    @Override
    default void close() {
    }
}
