package org.chronologer.date.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.knowledge.KnownEvent;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.read.Article;
import org.chronologer.read.NormalizedText;
import org.junit.jupiter.api.Test;

/** Time elapsed since a named event, against a base of one invented event (so the default base may change). */
class ElapsedRuleTest {

    private static final LocalDate START = LocalDate.of(2031, 3, 10);
    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(new KnownEvent("great-flood", "Great Flood", List.of(),
            "crisis-start", List.of(START.toString()), Optional.empty(), Optional.empty(), Optional.empty(), "Great Flood")));

    private static List<Evidence> elapsed(String text) {
        return new ElapsedRule().collect(new ArticleFacts(Article.of("t", text), NormalizedText.of(text), List.of(), KB));
    }

    private static Cue cue(String kind, String earliest, String latest) {
        return new Cue(kind, new Anchor.Span(LocalDate.parse(earliest), LocalDate.parse(latest)));
    }

    @Test
    void anAmountOfTimeIntoAnEventPointsAtTheDayThatLongAfterItBegan() {
        assertThat(elapsed("Two months into the Great Flood, the shelters are full.")).singleElement().satisfies(e -> {
            assertThat(e.rule().name()).isEqualTo("elapsed");
            assertThat(e.text()).isEqualTo("Two months into the Great Flood");
            assertThat(e.start()).isZero();
            assertThat(e.about()).contains("great-flood");
            assertThat(e.cue()).isEqualTo(cue("elapsed:after:months", "2031-05-10", "2031-05-10"));
            assertThat(e.says()).contains("2031-05-10");
        });
        // news told in the past tense is still the writer's now
        assertThat(elapsed("Three months into the Great Flood, restaurants reopened their terraces on Monday.")).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(cue("elapsed:after:months", "2031-06-10", "2031-06-10")));
        assertThat(elapsed("It has been six weeks since the Great Flood, and roads are still closed.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.text()).isEqualTo("six weeks since the Great Flood");
                    assertThat(e.cue()).isEqualTo(cue("elapsed:after:weeks", "2031-04-21", "2031-04-21"));
                });
    }

    @Test
    void theNthUnitOfAnEventIsThatStretchOfTime() {
        assertThat(elapsed("The Great Flood enters its third week, officials said.")).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("Great Flood enters its third week");
            assertThat(e.cue()).isEqualTo(cue("elapsed:within:weeks", "2031-03-24", "2031-03-30"));
        });
        assertThat(elapsed("On day 100 of the Great Flood, aid finally arrived.")).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(cue("elapsed:within:days", "2031-06-17", "2031-06-17")));
        assertThat(elapsed("Families are in the second year of the Great Flood.")).singleElement()
                .satisfies(e -> assertThat(e.cue()).isEqualTo(cue("elapsed:within:years", "2032-03-10", "2033-03-09")));
    }

    @Test
    void aTimeOfTheStoryAndAnAnniversaryAreNotReadAsElapsedTime() {
        assertThat(elapsed("Two years after the Great Flood, he moved to Paris and opened a bakery.")).isEmpty();
        assertThat(elapsed("Ten years since the Great Flood, the town has been rebuilt.")).isEmpty();
        assertThat(elapsed("The Great Flood was the worst in memory.")).isEmpty();
    }
}
