package org.chronologer.date.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void aWordIsFoundAsWrittenAndNotInsideALongerRunOfLetters() {
        assertThat(Countries.containsWord("The Russian envoy left.", "Russian")).isTrue();
        // "Russia" runs on into "Russian"; "French" into "Frenchman"
        assertThat(Countries.containsWord("The Russian envoy left.", "Russia")).isFalse();
        assertThat(Countries.containsWord("A Frenchman spoke.", "French")).isFalse();
        // case as written; punctuation, digits and the text's ends are not letters
        assertThat(Countries.containsWord("the russian envoy", "Russian")).isFalse();
        assertThat(Countries.containsWord("Russia", "Russia")).isTrue();
        assertThat(Countries.containsWord("(Russia's)", "Russia")).isTrue();
        assertThat(Countries.containsWord("U.S.-led talks", "U.S.")).isTrue();
        // a letter outside ASCII is a letter too
        assertThat(Countries.containsWord("Chinaé", "China")).isFalse();
        // a hit inside a longer word does not hide a later one that stands alone
        assertThat(Countries.containsWord("Chinatown and China", "China")).isTrue();
        assertThat(Countries.containsWord("anything", "")).isFalse();
    }

    @Test
    void aCountryIsCountedByAllItsWordsEachMatchOnce() {
        String text = "Russia and the Kremlin said Russian troops, not Russias, stayed. Russia";
        assertThat(Countries.occurrences(text, "Russia")).isEqualTo(4);
        assertThat(Countries.occurrences(text, "China")).isZero();
        // a country with no words listed is named by its name
        assertThat(Countries.occurrences("Chile, Chilean, Chile.", "Chile")).isEqualTo(2);
    }

    @Test
    void wordsInAreThoseTheTextHolds() {
        assertThat(Countries.wordsIn("Macron met the Chinese premier.", List.of("Macron", "Chinese", "China", "Merkel")))
                .containsExactlyInAnyOrder("Macron", "Chinese");
    }
}
