package org.chronologer.tag;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chronologer.read.html.DatePhrases;
import org.chronologer.read.html.DateSource;
import org.chronologer.read.html.PageDate;
import org.chronologer.read.html.WebPageReader;

/**
 * The date phrases of a page not in English, read by HeidelTime's rules for its language (German, French, Spanish,
 * Italian, Dutch, Portuguese; see {@link HeidelTimeTagger#forLanguage}): the first phrase of the article's head that
 * gives a whole day. Against a reference day (when a web archive saved the page) HeidelTime reads the text as news
 * of that day, so "am Dienstag" is the Tuesday before it and "gestern" the day before; without one it reads it as a
 * narrative, where only days written out in full, or completed by a year told before them, are whole days.
 *
 * <p>Thread-safe: each thread builds its own tagger per language, the first time it meets a page in that language.
 */
public final class HeidelTimeDatePhrases implements DatePhrases {

    /** How much of the article is read: its head, where the day it was written is told. */
    static final int HEAD_CHARS = 5000;
    private static final Pattern WHOLE_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The earliest day a page can be from (as the reader's own). */
    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    /**
     * The web page reader the commands read pages with: the date phrases of pages not in English read by this, and
     * {@code budget} the most time one page's reading may take.
     */
    public static WebPageReader pageReader(java.time.Duration budget) {
        return new WebPageReader().withDatePhrases(new HeidelTimeDatePhrases()).withTimeBudget(budget);
    }

    private final ThreadLocal<Map<String, Optional<HeidelTimeTagger>>> taggers = ThreadLocal.withInitial(HashMap::new);

    @Override
    public Optional<PageDate> firstDay(String text, String language, Optional<LocalDate> reference) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(reference, "reference");
        if (language.equals("en") || !HeidelTimeTagger.reads(language) || text.isBlank()) {
            return Optional.empty();
        }
        Optional<HeidelTimeTagger> tagger = taggers.get().computeIfAbsent(language, HeidelTimeTagger::forLanguage);
        if (tagger.isEmpty()) {
            return Optional.empty();
        }
        String head = head(text);
        for (TaggedSpan s : tagger.get().tag(head, reference)) {
            if (s.type() != TimexType.DATE || !WHOLE_DAY.matcher(s.value()).matches()) {
                continue;
            }
            LocalDate day;
            try {
                day = LocalDate.parse(s.value());
            } catch (DateTimeException e) {
                continue;
            }
            if (day.isBefore(EARLIEST) || reference.map(day::isAfter).orElse(false)) {
                continue;
            }
            String where = "HeidelTime (" + language + ") in the article's text"
                    + reference.map(r -> ", read as news of " + r + " (the day a web archive saved the page)").orElse("");
            return Optional.of(new PageDate(day, PageDate.Role.PUBLISHED, DateSource.TEXT_PHRASE, where, s.text(), true));
        }
        return Optional.empty();
    }

    /** The text's first {@link #HEAD_CHARS} characters, cut at a paragraph's end when there is one. */
    static String head(String text) {
        if (text.length() <= HEAD_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf("\n\n", HEAD_CHARS);
        return text.substring(0, cut > 0 ? cut : HEAD_CHARS);
    }
}
