package org.chronologer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventScoreTest {

    @Test
    void eachGoldEventMatchesTheFirstSystemEventThatOverlapsIt() {
        List<EventScore.Span> gold = EventScore.spans(new EventScore.Span(0, 5, "OCCURRENCE"), new EventScore.Span(6, 10, "STATE"));
        List<EventScore.Span> system = EventScore.spans(new EventScore.Span(0, 3, "OCCURRENCE"), new EventScore.Span(0, 5, "OCCURRENCE"),
                new EventScore.Span(6, 10, "OCCURRENCE"), new EventScore.Span(11, 14, "STATE"));
        assertThat(EventScore.match(gold, system)).containsExactly(0, -1, 1, -1);
        EventScore s = new EventScore();
        s.add(gold, system);
        assertThat(s.counts()).isEqualTo("gold 2, system 4, strict 1, relaxed 2, right class 1");
    }
}
