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
    @CsvSource(delimiter = '|', textBlock = TenseDetectorTest.MARKERS)
    void readsTheTenseMarkersAsTheWordHeuristicDoes(String sentence, String word, Tense expected) {
        assertThat(tenseOf(sentence, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            She said she may run for the Senate in 2016.                                | 2016 | FUTURE
            He said things will continue to get worse in 2014.                          | 2014 | FUTURE
            Prices could have peaked in 2008, analysts said.                            | 2008 | PAST
            The council cut its budget in 2009.                                         | 2009 | PAST
            Councils cut their budgets in 2009.                                         | 2009 | PRESENT
            The bomb shook the city in 1998.                                            | 1998 | PAST
            Since 1983 it has shed units it didn't expect to grow.                      | 1983 | PAST
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
