package org.chronologer.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.Direction;
import org.chronologer.interpret.Shift;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.interpret.Tense;
import org.chronologer.model.Chronology;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.resolve.Resolution;
import org.chronologer.tag.TimexType;
import org.junit.jupiter.api.Test;

/** Which mentions give a day no better than their article's guessed publication day. */
class GuessedDaysTest {

    private static Mention mention(int start, String text, SymbolicValue value) {
        return new Mention(start, start + text.length(), text, TimexType.DATE, value, Tense.PAST, Resolution.of("2007-01-09",
                Optional.empty()), Set.of("heideltime"), "rule");
    }

    private static PublicationEstimate estimate(double confidence, Optional<LocalDate> declared) {
        LocalDate day = LocalDate.of(2007, 1, 10);
        return new PublicationEstimate(day, day.minusDays(400), day.plusDays(400), confidence, declared, day.minusDays(900),
                day.plusDays(900), List.of(), List.of());
    }

    @Test
    void aDayCountedFromAGuessedPublicationDayIsAGuessAndOneWrittenOutOrCountedFromAKnownDayIsNot() {
        SymbolicValue tuesday = new SymbolicValue.PublicationRelative(new Shift.Weekday(DayOfWeek.TUESDAY, Direction.ON_OR_BEFORE),
                Optional.empty());
        SymbolicValue written = new SymbolicValue.Absolute("2007-01-09", Optional.empty());
        List<Mention> mentions = List.of(mention(3, "Tuesday", tuesday), mention(40, "January 9, 2007", written));
        Chronology c = new Chronology(List.of(
                new Chronology.Entry("guessed", Optional.empty(), "s", estimate(0.02, Optional.empty()), mentions),
                new Chronology.Entry("sure", Optional.empty(), "s", estimate(0.8, Optional.empty()), mentions),
                new Chronology.Entry("declared", Optional.empty(), "s", estimate(0.02, Optional.of(LocalDate.of(2007, 1, 10))), mentions)),
                List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of());
        assertThat(EvalTimelineCommand.guessedDays(c)).containsExactly("guessed@3");
    }
}
