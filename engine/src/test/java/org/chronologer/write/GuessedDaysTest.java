package org.chronologer.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.Direction;
import org.chronologer.interpret.Shift;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.interpret.Tense;
import org.chronologer.model.Chronology;
import org.chronologer.model.Event;
import org.chronologer.model.EventMention;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.model.When;
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
        Set<String> guessed = SemEvalWriter.guessedDays(c);
        assertThat(guessed).containsExactly("guessed@3");
        // an event is a guess when its dating mention is, in its own article or in the one that dates it elsewhere
        assertThat(SemEvalWriter.datedOnAGuess(event(Event.Anchor.dated("guessed", 3)), guessed)).isTrue();
        assertThat(SemEvalWriter.datedOnAGuess(event(Event.Anchor.elsewhere("guessed", OptionalInt.of(3))), guessed)).isTrue();
        assertThat(SemEvalWriter.datedOnAGuess(event(Event.Anchor.dated("guessed", 40)), guessed)).isFalse();
        assertThat(SemEvalWriter.datedOnAGuess(event(Event.Anchor.dated("sure", 3)), guessed)).isFalse();
        assertThat(SemEvalWriter.datedOnAGuess(event(Event.Anchor.dated("declared", 3)), guessed)).isFalse();
    }

    private static Event event(Event.Anchor anchor) {
        EventMention word = new EventMention(0, 4, "held", "hold", EventMention.Pos.VERB, EventMention.EventClass.OCCURRENCE,
                EventMention.Tense.PAST, EventMention.Aspect.NONE, EventMention.Polarity.POS, Optional.empty(), 0, 0, 40, List.of());
        return new Event("e1", "held talks", "They held talks.", word, Optional.of(When.ofDay(LocalDate.of(2007, 1, 9))), anchor,
                List.of(), List.of(new Event.Source("other", 0, 4, "held", OptionalInt.empty())));
    }
}
