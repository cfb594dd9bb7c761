package org.chronologer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EnglishTest {

    @Test
    void numbersAreReadInDigitsOrSpelledOutUpToAHundred() {
        assertThat(English.number("12")).hasValue(12);
        assertThat(English.number("twelve")).hasValue(12);
        assertThat(English.number("Seventy-Five")).hasValue(75);
        assertThat(English.number("ninety-nine")).hasValue(99);
        assertThat(English.number("hundred")).hasValue(100);
        assertThat(English.number("dozen")).isEmpty();
        assertThat(English.number("99999999999")).isEmpty();
    }

    @Test
    void ordinalsAreReadInDigitsOrSpelledOut() {
        assertThat(English.ordinal("3rd")).hasValue(3);
        assertThat(English.ordinal("third")).hasValue(3);
        assertThat(English.ordinal("twenty-first")).hasValue(21);
        assertThat(English.ordinal("fortieth")).hasValue(40);
        assertThat(English.ordinal("thirds")).isEmpty();
    }

    @Test
    void theAlternationsMatchTheLongestWordWhole() {
        Matcher cardinal = new Matcher(English.CARDINAL_WORDS);
        assertThat(cardinal.find("twenty-five years")).isEqualTo("twenty-five");
        assertThat(cardinal.find("seventy years")).isEqualTo("seventy");
        Matcher ordinal = new Matcher(English.ORDINAL_WORDS);
        assertThat(ordinal.find("the twenty-third summit")).isEqualTo("twenty-third");
    }

    @Test
    void abbreviationsInitialsAndDottedLettersAreAbbreviations() {
        assertThat(English.isAbbreviation("Dec.")).isTrue();
        assertThat(English.isAbbreviation("Gov.")).isTrue();
        assertThat(English.isAbbreviation("U.S.")).isTrue();
        assertThat(English.isAbbreviation("J.")).isTrue();
        assertThat(English.isAbbreviation("talks.")).isFalse();
        assertThat(English.isAbbreviation("I.")).isTrue();
        assertThat(English.isAbbreviation(".")).isFalse();
    }

    /** The first whole-word match of an alternation. */
    private record Matcher(String alternation) {
        String find(String text) {
            java.util.regex.Matcher m = Pattern.compile("\\b(?:" + alternation + ")\\b").matcher(text);
            return m.find() ? m.group() : null;
        }
    }
}
