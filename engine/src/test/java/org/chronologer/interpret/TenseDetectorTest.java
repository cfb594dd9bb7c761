package org.chronologer.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseDetectorTest {

    /** Sentences, a word of each and the tense its clause gives it: read alike by the word heuristic and by {@link ClauseTense}. */
    static final String MARKERS = """
            Putin arrived in Beijing on Tuesday.                               | Tuesday   | PAST
            He is scheduled to hold talks with Xi on Wednesday.                | Wednesday | FUTURE
            The leaders will sign the accord on Friday.                        | Friday    | FUTURE
            On Friday the leaders signed the accord.                           | Friday    | PAST
            The company plans to list its shares in March.                     | March     | FUTURE
            The central bank is expected to cut rates on Thursday.             | Thursday  | FUTURE
            The museum is open on Sunday.                                      | Sunday    | PRESENT
            It rained on Monday. The minister will travel on Friday.           | Monday    | PAST
            It rained on Monday. The minister will travel on Friday.           | Friday    | FUTURE
            Kim had met Moon in April.                                         | April     | PAST
            The firm said it expects profit in the year to June to fall.       | June      | FUTURE
            The bank forecasts a loss for 1991.                                | 1991      | FUTURE
            He said the firm wouldn't be profitable until 1994.                | 1994      | FUTURE
            He said the company foresees growth throughout the 1990s.          | 1990s     | FUTURE
            The new tariff takes effect Nov. 13.                               | Nov. 13   | FUTURE
            The tariff took effect Nov. 13.                                    | Nov. 13   | PAST
            """;

    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = MARKERS)
    void theNearestTenseMarkerOfTheSentenceDecides(String sentence, String word, Tense expected) {
        int at = sentence.indexOf(word);
        assertThat(TenseDetector.tenseAt(sentence, at, at + word.length())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Since 1983 it has shed units it didn't expect to grow.             | 1983      | UNKNOWN
            """)
    void noMarkerBeforeAndAPerfectAfterTellsNoTense(String sentence, String word, Tense expected) {
        int at = sentence.indexOf(word);
        assertThat(TenseDetector.tenseAt(sentence, at, at + word.length())).isEqualTo(expected);
    }
}
