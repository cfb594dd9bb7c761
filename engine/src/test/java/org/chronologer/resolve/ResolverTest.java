package org.chronologer.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.chronologer.interpret.Direction;
import org.chronologer.interpret.Shift;
import org.chronologer.interpret.SymbolicValue.Absolute;
import org.chronologer.interpret.SymbolicValue.AnchorRelative;
import org.chronologer.interpret.SymbolicValue.PublicationRelative;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.interpret.Unit;
import org.junit.jupiter.api.Test;

class ResolverTest {

    private static final LocalDate TUESDAY = LocalDate.of(2023, 10, 17);

    private static SymbolicValue weekday(DayOfWeek d, Direction dir) {
        return new PublicationRelative(new Shift.Weekday(d, dir), Optional.empty());
    }

    @Test
    void weekdayInPastTenseIsTheDayOnOrBeforePublicationAndInFutureTenseOnOrAfter() {
        assertThat(resolve(weekday(DayOfWeek.TUESDAY, Direction.ON_OR_BEFORE))).isEqualTo("2023-10-17");
        assertThat(resolve(weekday(DayOfWeek.MONDAY, Direction.ON_OR_BEFORE))).isEqualTo("2023-10-16");
        assertThat(resolve(weekday(DayOfWeek.WEDNESDAY, Direction.ON_OR_BEFORE))).isEqualTo("2023-10-11");
        assertThat(resolve(weekday(DayOfWeek.WEDNESDAY, Direction.ON_OR_AFTER))).isEqualTo("2023-10-18");
        assertThat(resolve(weekday(DayOfWeek.TUESDAY, Direction.BEFORE))).isEqualTo("2023-10-10");
        assertThat(resolve(weekday(DayOfWeek.SATURDAY, Direction.NEAREST))).isEqualTo("2023-10-14");
    }

    @Test
    void monthNamesChooseTheYearByDirection() {
        assertThat(resolve(month(Month.MARCH, Direction.ON_OR_BEFORE))).isEqualTo("2023-03");
        // a past-tense month just after the publication month is more likely a loose tense than last year's
        assertThat(resolve(month(Month.NOVEMBER, Direction.ON_OR_BEFORE))).isEqualTo("2023-11");
        assertThat(Resolver.resolve(month(Month.NOVEMBER, Direction.ON_OR_BEFORE), Optional.of(LocalDate.of(2024, 3, 6)),
                Optional.empty()).value()).contains("2023-11");
        assertThat(resolve(month(Month.MAY, Direction.NEAREST))).isEqualTo("2023-05");
        assertThat(resolve(month(Month.MARCH, Direction.ON_OR_AFTER))).isEqualTo("2024-03");
        assertThat(resolve(month(Month.OCTOBER, Direction.BEFORE))).isEqualTo("2022-10");
        assertThat(resolve(month(Month.OCTOBER, Direction.ON_OR_BEFORE))).isEqualTo("2023-10");
    }

    @Test
    void publicationRelativeValuesStayUnresolvedWithoutADate() {
        Resolution r = Resolver.resolve(weekday(DayOfWeek.MONDAY, Direction.ON_OR_BEFORE), Optional.empty(), Optional.empty());
        assertThat(r.isResolved()).isFalse();
        assertThat(r.unresolved()).hasValueSatisfying(reason -> assertThat(reason).contains("publication date"));
    }

    @Test
    void anchoredValuesFollowTheNearestEarlierDatedMentionNotThePublicationDate() {
        List<SymbolicValue> text = List.of(
                new Absolute("2013", Optional.empty()),
                new AnchorRelative(Optional.of(Unit.YEAR), 5, Optional.empty()),
                new Absolute("2022-02", Optional.empty()),
                new AnchorRelative(Optional.empty(), 0, Optional.empty()),
                new AnchorRelative(Optional.of(Unit.MONTH), 1, Optional.empty()));
        List<Resolution> r = Resolver.resolveAll(text, Optional.of(TUESDAY));
        assertThat(r).extracting(x -> x.value().orElse("?")).containsExactly("2013", "2018", "2022-02", "2022-02", "2022-03");
    }

    @Test
    void anAnchoredValueWithNothingBeforeItIsUnresolvedAndSaysWhy() {
        List<Resolution> r = Resolver.resolveAll(List.of(new AnchorRelative(Optional.of(Unit.YEAR), 0, Optional.empty())),
                Optional.of(TUESDAY));
        assertThat(r.get(0).unresolved()).hasValueSatisfying(reason -> assertThat(reason).contains("earlier date"));
    }

    @Test
    void aDurationIsNeverAnAnchor() {
        List<Resolution> r = Resolver.resolveAll(List.of(new Absolute("2019", Optional.empty()),
                new Absolute("P2D", Optional.empty()), new AnchorRelative(Optional.of(Unit.YEAR), 0, Optional.empty())),
                Optional.empty());
        assertThat(r.get(2).value()).contains("2019");
    }

    @Test
    void equalResolutionsOfOneTextAreOneObject() {
        // "on Monday ... in 2019 ... that same year ... on Monday"
        List<Resolution> r = Resolver.resolveAll(List.of(weekday(DayOfWeek.MONDAY, Direction.ON_OR_BEFORE),
                new Absolute("2019", Optional.empty()), new AnchorRelative(Optional.of(Unit.YEAR), 0, Optional.empty()),
                weekday(DayOfWeek.MONDAY, Direction.ON_OR_BEFORE)), Optional.of(TUESDAY));
        assertThat(r).extracting(x -> x.value().orElse("?")).containsExactly("2023-10-16", "2019", "2019", "2023-10-16");
        assertThat(r.get(3)).isSameAs(r.get(0));
        assertThat(r.get(2)).isSameAs(r.get(1));
    }

    private static SymbolicValue month(Month m, Direction d) {
        return new PublicationRelative(new Shift.MonthOfYear(m, Optional.empty(), d, 0), Optional.empty());
    }

    private static String resolve(SymbolicValue v) {
        return Resolver.resolve(v, Optional.of(TUESDAY), Optional.empty()).value().orElseThrow();
    }
}
