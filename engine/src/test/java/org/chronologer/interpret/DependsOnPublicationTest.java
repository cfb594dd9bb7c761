package org.chronologer.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.chronologer.tag.TaggedSpan;
import org.chronologer.tag.TimexType;
import org.junit.jupiter.api.Test;

/** Which readings made with no publication date are read again once the article has one. */
class DependsOnPublicationTest {

    private static SymbolicValue read(String text, String value, String rule) {
        String sentence = "Profits rose in " + text + ".";
        int start = sentence.indexOf(text);
        TaggedSpan span = new TaggedSpan(start, start + text.length(), text, TimexType.DATE, value, Optional.empty(), "heideltime", rule);
        return Interpreter.interpret(span, sentence, Optional.empty());
    }

    private static boolean depends(String text, String value, String rule) {
        return Interpreter.dependsOnPublication(text, rule, read(text, value, rule));
    }

    @Test
    void aValueTheTaggerLeftOpenOrComputedFromAnEarlierMentionDependsOnTheDate() {
        // no date: HeidelTime leaves the year open
        assertThat(depends("the fiscal period", "XXXX-Q3", "date_r5a-relative")).isTrue();
        // narrative reading: the year of an earlier mention, which the publication day replaces in news
        assertThat(depends("the fiscal period", "1988-Q3", "date_r5a-relative")).isTrue();
        // a tagger's span with no value may get one from a tagger that reads dates relative to the day
        assertThat(depends("the fiscal period", "", "natty-relative")).isTrue();
    }

    @Test
    void aValueWrittenInTheTextOrFromAnAbsoluteRuleDoesNot() {
        assertThat(depends("the third quarter of 1988", "1988-Q3", "date_r5a-relative")).isFalse();
        assertThat(depends("March 3, 1988", "1988-03-03", "date_r1a")).isFalse();
        assertThat(Interpreter.dependsOnPublication("a year", "duration_r1", new SymbolicValue.Absolute("P1Y", Optional.empty()))).isFalse();
        // with the date given, a relative value is read against it: nothing is left to read again
        String sentence = "Profits rose in the third quarter.";
        TaggedSpan span = new TaggedSpan(16, 33, "the third quarter", TimexType.DATE, "2001-Q3", Optional.empty(), "heideltime",
                "date_r5a-relative");
        SymbolicValue withDate = Interpreter.interpret(span, sentence, Optional.of(LocalDate.of(2001, 9, 30)));
        assertThat(Interpreter.dependsOnPublication(span.text(), span.rule(), withDate)).isFalse();
    }
}
