package org.chronologer.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chronologer.date.rule.Support;
import org.chronologer.model.Evidence;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.model.RuleId;
import org.junit.jupiter.api.Test;

class DateSolverTest {

    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2030, 12, 31);

    private static Evidence bound(String name, double weight, Evidence.DaySupport s) {
        return new Evidence(name, 0, name.length(), RuleId.of("test"), name, weight, s);
    }

    @Test
    void boundsNarrowTheWindowAndTheBestDayLiesInside() {
        PublicationEstimate p = DateSolver.solve(List.of(
                bound("after", 1, Support.onOrAfter(LocalDate.of(2020, 3, 1))),
                bound("before", 1, Support.onOrBefore(LocalDate.of(2020, 3, 31)))), FIRST, LAST, Optional.empty());
        assertThat(p.earliest()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(p.latest()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(p.contains(p.best())).isTrue();
        assertThat(p.conflicts()).isEmpty();
    }

    @Test
    void whenEvidenceConflictsTheStrongestWinsAndTheLoserIsReported() {
        Evidence weak = bound("weak: after 2025", 1, Support.onOrAfter(LocalDate.of(2025, 1, 1)));
        Evidence strong = bound("strong: before 2020", 2, Support.onOrBefore(LocalDate.of(2019, 12, 31)));
        PublicationEstimate p = DateSolver.solve(List.of(weak, strong), FIRST, LAST, Optional.empty());
        assertThat(p.best()).isBefore(LocalDate.of(2020, 1, 1));
        assertThat(p.latest()).isBefore(LocalDate.of(2020, 1, 1));
        assertThat(p.conflicts()).containsExactly(weak);
        assertThat(p.evidence()).containsExactly(strong);
    }

    @Test
    void equalConflictingEvidenceWidensTheWindowOverBothSides() {
        PublicationEstimate p = DateSolver.solve(List.of(
                bound("early", 1, Support.near(LocalDate.of(2010, 6, 1), 10, 11)),
                bound("late", 1, Support.near(LocalDate.of(2020, 6, 1), 10, 11))), FIRST, LAST, Optional.empty());
        assertThat(p.earliest()).isBeforeOrEqualTo(LocalDate.of(2010, 6, 1));
        assertThat(p.latest()).isAfterOrEqualTo(LocalDate.of(2020, 6, 1));
    }

    @Test
    void withoutEvidenceTheWindowIsEverythingAndSaysSo() {
        PublicationEstimate p = DateSolver.solve(List.of(), FIRST, LAST, Optional.empty());
        assertThat(p.earliest()).isEqualTo(FIRST);
        assertThat(p.latest()).isEqualTo(LAST);
        assertThat(p.evidence()).isEmpty();
    }

    @Test
    void confidenceIsTheCalibratedChanceThatTheWindowHoldsTheDayAndGrowsWithItsWidth() {
        assertThat(DateSolver.confidence(3)).isLessThan(DateSolver.confidence(300));
        assertThat(DateSolver.confidence(300)).isLessThan(DateSolver.confidence(30000));
        assertThat(DateSolver.confidence(73000)).isGreaterThan(0.9);
    }
}
