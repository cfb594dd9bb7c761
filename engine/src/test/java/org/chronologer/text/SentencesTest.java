package org.chronologer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    private static String sentenceAt(String text, String word) {
        int at = text.indexOf(word);
        return text.substring(Sentences.start(text, at), Sentences.end(text, at)).strip();
    }

    @Test
    void aFullStopAfterAnAbbreviationOrAnInitialEndsNoSentence() {
        String text = "The bill passed the U.S. Senate on Dec. 5 after Gov. Smith signed it. Then J. Doe spoke.";
        assertThat(sentenceAt(text, "Senate")).isEqualTo("The bill passed the U.S. Senate on Dec. 5 after Gov. Smith signed it");
        assertThat(sentenceAt(text, "Doe")).isEqualTo("Then J. Doe spoke");
    }

    @Test
    void aQuoteClosedAfterTheFullStopBelongsToItsSentence() {
        String text = "\"We will win.\" He left on Monday.";
        assertThat(sentenceAt(text, "win")).isEqualTo("\"We will win.");
        assertThat(sentenceAt(text, "Monday")).isEqualTo("He left on Monday");
    }

    @Test
    void aLineBreakEndsASentenceAndQuestionsEndThemToo() {
        String text = "Putin in Beijing\nOctober 17, 2023\nWill they meet? Officials said so.";
        assertThat(sentenceAt(text, "Beijing")).isEqualTo("Putin in Beijing");
        assertThat(sentenceAt(text, "2023")).isEqualTo("October 17, 2023");
        assertThat(sentenceAt(text, "Will")).isEqualTo("Will they meet?".substring(0, "Will they meet".length()));
        assertThat(sentenceAt(text, "Officials")).isEqualTo("Officials said so");
    }

    @Test
    void offsetsAtTheEdgesOfTheTextAreSafe() {
        String text = "One. Two.";
        assertThat(Sentences.start(text, 0)).isZero();
        assertThat(Sentences.end(text, text.length())).isEqualTo(text.length());
        assertThat(Sentences.start(text, text.length() - 1)).isEqualTo(text.indexOf(".") + 1);
        assertThat(Sentences.start("", 0)).isZero();
        assertThat(Sentences.end("", 0)).isZero();
    }

    @Test
    void noSentenceIsLongerThanTheLimitAndALongRunIsCutAtASpace() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 20_000; i++) {
            sb.append("word").append(i % 97).append(' ');
        }
        String text = sb + "then a full stop. After it, more.";
        int[] ends = Sentences.ends(text);
        int from = 0;
        for (int end : ends) {
            assertThat(end - from).isLessThanOrEqualTo(Sentences.MAX_CHARS);
            from = end + 1;
        }
        assertThat(ends).hasSizeGreaterThanOrEqualTo(20);
        for (int end : ends) {
            assertThat(text.charAt(end)).matches(c -> c == ' ' || c == '.');
        }
        assertThat(sentenceAt(text, "After")).isEqualTo("After it, more");
        // one word longer than the limit is cut at the limit
        String word = "x".repeat(5000);
        assertThat(Sentences.end(word, 0)).isEqualTo(Sentences.MAX_CHARS);
    }
}
