package org.chronologer.interpret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.chronologer.tag.TaggedSpan;
import org.chronologer.tag.TimexType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** An impossible day of a month ("May 0", "0 June", "June 00", "Feb. 30") is no date, and never an exception. */
class ImpossibleDayTest {

    @ParameterizedTest
    @ValueSource(strings = {"May 0", "0 June", "June 00", "Feb. 30", "April 31", "the 32nd of March"})
    void anImpossibleDayIsUnresolvableWithItsReason(String words) {
        String text = "Shares closed lower on " + words + ", traders said.";
        int at = text.indexOf(words);
        TaggedSpan span = new TaggedSpan(at, at + words.length(), words, TimexType.DATE, "XXXX-XX-XX", Optional.empty(), "heideltime", "");
        for (Optional<LocalDate> published : java.util.List.of(Optional.<LocalDate>empty(), Optional.of(LocalDate.of(2024, 5, 20)))) {
            SymbolicValue v = Interpreter.interpret(span, text, published);
            assertThat(v).isInstanceOf(SymbolicValue.Unresolvable.class);
            assertThat(((SymbolicValue.Unresolvable) v).reason()).startsWith("there is no day");
        }
    }

    @Test
    void aMonthDayShiftRefusesADayNoYearHasAndGivesNothingForOneThisYearLacks() {
        assertThatThrownBy(() -> new Shift.MonthOfYear(Month.MAY, Optional.of(0), Direction.BEFORE, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no day 0");
        Shift feb29 = new Shift.MonthOfYear(Month.FEBRUARY, Optional.of(29), Direction.SAME, 0);
        assertThat(feb29.valueFor(LocalDate.of(2023, 6, 1))).isEmpty();
        assertThat(feb29.valueFor(LocalDate.of(2024, 6, 1))).contains("2024-02-29");
    }
}
