package org.chronologer.read.html;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the date phrases of a page's text in the page's own language, for pages not in English whose markup,
 * address and written days give no day: a temporal tagger's first whole day in the text. The reader calls it
 * through this interface; the tagging stage provides it (HeidelTime's rules for German, French, ...).
 *
 * <p>Implementations are thread-safe, as {@link WebPageReader} is.
 */
@FunctionalInterface
public interface DatePhrases {

    /** Reads nothing: pages not in English are dated by their markup, address and written days only. */
    DatePhrases NONE = (text, language, reference) -> Optional.empty();

    /**
     * The first whole day the text's date phrases give, as a {@link DateSource#TEXT_PHRASE} published day.
     *
     * @param text      the article's text
     * @param language  its language, an ISO 639-1 code ({@code de}, {@code fr})
     * @param reference the day the page is known to have existed (a web archive saved it then): relative phrases
     *                  ("am Dienstag", "gestern") are read against it, and no later day is given
     * @return the day, or empty when the language is not read or no phrase gives a whole day
     */
    Optional<PageDate> firstDay(String text, String language, Optional<LocalDate> reference);
}
