package org.chronologer.date.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chronologer.date.rule.ArticleFacts;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.knowledge.KnownEvent;
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

    @Test
    void anAmountOfTimeIntoAnEventDatesTheArticleThatLongAfterItBegan() {
        Evidence e = elapsed("Two months into the Great Flood, the shelters are full.").get(0);
        assertThat(e.label()).isEqualTo("elapsed");
        assertThat(e.text()).isEqualTo("Two months into the Great Flood");
        assertThat(e.implies()).contains("around 2031-05-10");
        assertThat(e.support().at(LocalDate.of(2031, 5, 10))).isEqualTo(1);
        assertThat(e.support().at(LocalDate.of(2031, 3, 20))).isZero();
        assertThat(e.support().at(LocalDate.of(2032, 5, 10))).isZero();
        // news told in the past tense is still the writer's now
        Evidence news = elapsed("Three months into the Great Flood, restaurants reopened their terraces on Monday.").get(0);
        assertThat(news.support().at(LocalDate.of(2031, 6, 10))).isEqualTo(1);
        Evidence since = elapsed("It has been six weeks since the Great Flood, and roads are still closed.").get(0);
        assertThat(since.support().at(LocalDate.of(2031, 4, 21))).isEqualTo(1);
        assertThat(since.support().at(LocalDate.of(2031, 6, 1))).isZero();
    }

    @Test
    void theNthUnitOfAnEventIsThatStretchOfTime() {
        Evidence week = elapsed("The Great Flood enters its third week, officials said.").get(0);
        assertThat(week.implies()).contains("between 2031-03-24 and 2031-03-30");
        assertThat(week.support().at(LocalDate.of(2031, 3, 27))).isEqualTo(1);
        assertThat(week.support().at(LocalDate.of(2031, 4, 20))).isZero();
        Evidence day = elapsed("On day 100 of the Great Flood, aid finally arrived.").get(0);
        assertThat(day.implies()).contains("2031-06-17");
        assertThat(day.support().at(LocalDate.of(2031, 6, 17))).isEqualTo(1);
        assertThat(day.support().at(LocalDate.of(2031, 6, 25))).isZero();
        Evidence year = elapsed("Families are in the second year of the Great Flood.").get(0);
        assertThat(year.support().at(LocalDate.of(2032, 9, 1))).isEqualTo(1);
        assertThat(year.support().at(LocalDate.of(2031, 5, 1))).isZero();
    }

    @Test
    void aTimeOfTheStoryAndAnAnniversaryAreNotReadAsElapsedTime() {
        assertThat(elapsed("Two years after the Great Flood, he moved to Paris and opened a bakery.")).isEmpty();
        assertThat(elapsed("Ten years since the Great Flood, the town has been rebuilt.")).isEmpty();
        assertThat(elapsed("The Great Flood was the worst in memory.")).isEmpty();
    }
}
