package org.chronologer.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chronologer.episode.About;
import org.chronologer.model.Chronology;
import org.chronologer.model.Event;
import org.chronologer.read.Article;
import org.junit.jupiter.api.Test;

/** A participant's timeline in the SemEval-2015 Task 4 format, read back against the chronology and the texts. */
class SemEvalWriterTest {

    @Test
    void anAnchorIsTheDayOfAValueElseTheValue() {
        assertThat(SemEvalWriter.anchor("2010-06-07")).isEqualTo("2010-06-07");
        assertThat(SemEvalWriter.anchor("2010-06-07T14:30")).isEqualTo("2010-06-07");
        assertThat(SemEvalWriter.anchor("2010-06")).isEqualTo("2010-06");
        assertThat(SemEvalWriter.anchor("2010-W23")).isEqualTo("2010-W23");
    }

    @Test
    void sentencesAreCountedFromZero() {
        String text = "The mayor opened the bridge. Dr. Lee spoke after her.\nCrowds cheered.";
        assertThat(SemEvalWriter.sentence(text, text.indexOf("opened"))).isZero();
        assertThat(SemEvalWriter.sentence(text, text.indexOf("spoke"))).isEqualTo(1);
        assertThat(SemEvalWriter.sentence(text, text.indexOf("cheered"))).isEqualTo(2);
    }

    @Test
    void eachLineNamesAWordOfItsArticleInTimeOrderWithSharedOrdinalsForSharedTimes() {
        Chronology c = FixtureChronology.get();
        Map<String, String> texts = FixtureChronology.articles().stream().collect(Collectors.toMap(Article::id, Article::text));
        About putin = About.of("Putin");
        String[] lines = SemEvalWriter.timeline(c, putin, texts).split("\n");
        assertThat(lines[0]).isEqualTo("Putin");
        // what it should hold: a line per telling of the events that concern Putin and have a time of their own
        var guessed = SemEvalWriter.guessedDays(c);
        List<Event> expected = c.events().stream()
                .filter(e -> putin.concerns(e) && e.when().isPresent() && e.anchor().kind() != Event.Anchor.Kind.PUBLICATION
                        && !SemEvalWriter.datedOnAGuess(e, guessed)).toList();
        assertThat(expected).isNotEmpty();
        assertThat(lines).hasSize(1 + (int) expected.stream().flatMap(e -> e.sources().stream())
                .map(s -> s.article() + "-" + SemEvalWriter.sentence(texts.get(s.article()), s.start()) + "-" + s.mention().replaceAll("\\s+", "_"))
                .distinct().count());
        int previousOrdinal = 0;
        String previousAnchor = "";
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t");
            assertThat(f).hasSize(3);
            int ordinal = Integer.parseInt(f[0]);
            assertThat(ordinal).isPositive().isBetween(previousOrdinal, previousOrdinal + 1);
            if (ordinal == previousOrdinal) {
                assertThat(f[1]).isEqualTo(previousAnchor); // the same ordinal is the same time
            }
            previousOrdinal = ordinal;
            previousAnchor = f[1];
            // ARTICLE-SENTENCE-WORD: the word is in that sentence of that article
            String article = texts.keySet().stream().filter(a -> f[2].startsWith(a + "-")).findFirst().orElseThrow();
            String[] rest = f[2].substring(article.length() + 1).split("-", 2);
            int sentence = Integer.parseInt(rest[0]);
            String word = rest[1].replace('_', ' ');
            String text = texts.get(article);
            boolean found = false;
            for (int at = text.indexOf(word); at >= 0 && !found; at = text.indexOf(word, at + 1)) {
                found = SemEvalWriter.sentence(text, at) == sentence;
            }
            assertThat(found).as(lines[i]).isTrue();
        }
    }
}
