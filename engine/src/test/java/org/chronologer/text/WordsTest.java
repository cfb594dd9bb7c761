package org.chronologer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void contentWordsAreLowerCaseWithoutPossessivesStopWordsOrShortWords() {
        assertThat(Words.distinct("Putin's high-speed train left the U.S. embassy in 2019 at 5 a.m.; it was late."))
                .containsExactly("putin", "high", "speed", "train", "left", "u.s", "embassy", "a.m", "late");
    }

    @Test
    void eachWordKeepsItsOffsetsAndWhetherTheTextCapitalisesIt() {
        String text = "Floods hit Lowmoor.";
        Words.Word lowmoor = Words.of(text).get(2);
        assertThat(lowmoor.word()).isEqualTo("lowmoor");
        assertThat(text.substring(lowmoor.start(), lowmoor.end())).isEqualTo("Lowmoor");
        assertThat(lowmoor.capitalised()).isTrue();
        assertThat(Words.of(text).get(1).capitalised()).isFalse();
    }
}
