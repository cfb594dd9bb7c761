package org.chronologer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.chronologer.resolve.Granularity;
import org.chronologer.resolve.Resolution;
import org.junit.jupiter.api.Test;

class WhenAndNodeRefTest {

    @Test
    void aResolutionGivesItsValueIntervalGranularityAndModifier() {
        When w = When.of(Resolution.of("2023-10", Optional.of("EARLY"))).orElseThrow();
        assertThat(w.value()).isEqualTo("2023-10");
        assertThat(w.granularity()).isEqualTo(Granularity.MONTH);
        assertThat(w.mod()).contains("EARLY");
        assertThat(w.earliest()).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(w.latest()).isBefore(LocalDate.of(2023, 10, 31));
        assertThat(w.isOneDay()).isFalse();
    }

    @Test
    void durationsAndUnresolvedValuesNameNoTime() {
        assertThat(When.of(Resolution.of("P2D", Optional.empty()))).isEmpty();
        assertThat(When.of(Resolution.unresolved("no anchor"))).isEmpty();
    }

    @Test
    void aValueAndIntervalGetTheValuesGranularity() {
        assertThat(When.of("2023-W41-WE", LocalDate.of(2023, 10, 14), LocalDate.of(2023, 10, 15)).granularity())
                .isEqualTo(Granularity.WEEKEND);
        assertThat(When.of("195", LocalDate.of(1950, 1, 1), LocalDate.of(1959, 12, 31)).granularity()).isEqualTo(Granularity.DECADE);
        assertThatThrownBy(() -> When.of("2023", LocalDate.of(2023, 2, 1), LocalDate.of(2023, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nodeKeysRoundTripAndKeepEventsApartFromPublications() {
        assertThat(NodeRef.parse("article:004")).isEqualTo(NodeRef.publication("004"));
        assertThat(NodeRef.parse("e3")).isEqualTo(NodeRef.event("e3"));
        assertThat(NodeRef.publication("e3").key()).isNotEqualTo(NodeRef.event("e3").key());
        assertThat(NodeRef.parse(NodeRef.publication("x:y").key())).isEqualTo(NodeRef.publication("x:y"));
        assertThat(new Relation("e1", "article:a", Relation.Type.BEFORE).to().kind()).isEqualTo(NodeRef.Kind.PUBLICATION);
    }
}
