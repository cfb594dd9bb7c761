package org.chronologer.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.chronologer.tag.TaggedSentence;
import org.chronologer.tag.WordTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClauseTenseTest {

    private static WordTagger words;

    @BeforeAll
    static void tagger() {
        words = new WordTagger();
    }

    private static Tense tenseOf(String text, String word) {
        int at = text.indexOf(word);
        for (TaggedSentence s : words.tag(text)) {
            if (s.start() <= at && s.end() > at) {
                return ClauseTense.of(s, text, at, at + word.length());
            }
        }
        throw new AssertionError(word + " is in no sentence of " + text);
    }

    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
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
            """)
    void readsTheTenseMarkersAsTheWordHeuristicDoes(String sentence, String word, Tense expected) {
        assertThat(tenseOf(sentence, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            She said she may run for the Senate in 2016.                                | 2016 | FUTURE
            He said things will continue to get worse in 2014.                          | 2014 | FUTURE
            Prices could have peaked in 2008, analysts said.                            | 2008 | PAST
            The law was passed in 2010 but does not take full effect until 2014.        | 2010 | PAST
            The law was passed in 2010 but does not take full effect until 2014.        | 2014 | PRESENT
            Officials postponed a decision in 2011.                                     | 2011 | PAST
            The vote was postponed until 2015.                                          | 2015 | FUTURE
            The launch is now planned for 2021, the agency said.                        | 2021 | FUTURE
            He hopes to retire in 2030.                                                 | 2030 | FUTURE
            The troops helped stabilize the region in 2009.                             | 2009 | PAST
            The senator, who lost in 2012, said he runs again in 2016.                  | 2012 | PAST
            The senator, who lost in 2012, said he runs again in 2016.                  | 2016 | PRESENT
            He said: "We win the title in 2020."                                        | 2020 | PRESENT
            """)
    void theVerbGroupOfTheClauseDecidesNotTheNearestPastVerbOfTheSentence(String sentence, String word, Tense expected) {
        assertThat(tenseOf(sentence, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Record sales in 2009                   | 2009 | UNKNOWN
            "In 2009"                              | 2009 | UNKNOWN
            """)
    void noVerbInReachTellsNoTense(String sentence, String word, Tense expected) {
        assertThat(tenseOf(sentence, word)).isEqualTo(expected);
    }
}
