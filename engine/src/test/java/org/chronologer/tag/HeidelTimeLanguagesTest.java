package org.chronologer.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chronologer.read.html.DateSource;
import org.chronologer.read.html.PageDate;
import org.junit.jupiter.api.Test;

/** HeidelTime's rules for languages other than English, and the date phrases of pages in them. */
class HeidelTimeLanguagesTest {

    private static final String ENGLISH = "The committee said on Tuesday that the report would be published on March 3, 2021. "
            + "It had been due in the autumn of 2020, and the delay was caused by the lawyers who read it three weeks ago.";

    private static List<String> spans(TemporalTagger t, String text, Optional<LocalDate> published) {
        return t.tag(text, published).stream().map(s -> s.start() + ":" + s.end() + ":" + s.type() + ":" + s.value() + ":" + s.rule())
                .toList();
    }

    @Test
    void germanRulesReadGermanDatesWithoutAPartOfSpeechTagger() {
        HeidelTimeTagger german = HeidelTimeTagger.forLanguage("de").orElseThrow();
        List<TaggedSpan> found = german.tag("Das Gericht verwarf am Dienstag einen Antrag; der Prozess hatte am 6. April 2011 begonnen.",
                Optional.of(LocalDate.of(2012, 2, 16)));
        assertThat(found).extracting(TaggedSpan::text, TaggedSpan::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Dienstag", "2012-02-14"), org.assertj.core.groups.Tuple.tuple("6. April 2011", "2011-04-06"));
        assertThat(HeidelTimeTagger.reads("fr")).isTrue();
        assertThat(HeidelTimeTagger.forLanguage("sv")).isEmpty();
    }

    @Test
    void englishTagsTheSameWhenAnotherLanguagesTaggerWasBuiltBesideIt() {
        Optional<LocalDate> published = Optional.of(LocalDate.of(2021, 2, 10));
        List<String> before = spans(new HeidelTimeTagger(), ENGLISH, published);
        HeidelTimeTagger.forLanguage("de").orElseThrow().tag("Am Dienstag, dem 9. Februar 2021, tagte der Ausschuss.", published);
        assertThat(spans(new HeidelTimeTagger(), ENGLISH, published)).isEqualTo(before).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aPagesDatePhrasesAreReadAsNewsOfTheDayItWasArchivedAndNeverAfterIt() {
        HeidelTimeDatePhrases phrases = new HeidelTimeDatePhrases();
        String text = "Das Verfassungsgericht in Rom verwarf am Dienstag einen Antrag der Abgeordnetenkammer. Die nächste Anhörung "
                + "ist am Freitag.";
        Optional<PageDate> d = phrases.firstDay(text, "de", Optional.of(LocalDate.of(2012, 2, 16)));
        assertThat(d).map(PageDate::day).contains(LocalDate.of(2012, 2, 14));
        assertThat(d).map(PageDate::source).contains(DateSource.TEXT_PHRASE);
        assertThat(d).map(PageDate::raw).contains("Dienstag");
        // without a reference day, a weekday is no whole day, a written date is
        assertThat(phrases.firstDay(text, "de", Optional.empty())).isEmpty();
        assertThat(phrases.firstDay("Der Steinkauz ist seit dem 4. Januar 2021 der Vogel des Jahres.", "de", Optional.empty()))
                .map(PageDate::day).contains(LocalDate.of(2021, 1, 4));
        assertThat(phrases.firstDay("Le conseil s'est réuni le 4 janvier 2021.", "fr", Optional.empty()))
                .map(PageDate::day).contains(LocalDate.of(2021, 1, 4));
        assertThat(phrases.firstDay(ENGLISH, "en", Optional.empty())).isEmpty();
        assertThat(phrases.firstDay("Rådet möttes den 4 januari 2021.", "sv", Optional.empty())).isEmpty();
    }
}
