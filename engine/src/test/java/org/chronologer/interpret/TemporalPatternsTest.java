package org.chronologer.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.tag.TaggedSpan;
import org.chronologer.tag.TimexType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Each of our temporal patterns, with its examples: the phrase in a sentence and what it is read as. */
class TemporalPatternsTest {

    /** An example: a sentence, the phrase in it, and the reading expected (as {@link SymbolicValue#describe()}). */
    record Example(String sentence, String phrase, String reading) {
    }

    static final Map<String, List<Example>> EXAMPLES = Map.ofEntries(
            Map.entry("anchored-offset", List.of(
                    new Example("Five years later, the plant closed.", "Five years later", "anchor YEAR+5"),
                    new Example("He had left two days earlier.", "two days earlier", "anchor DAY-2"))),
            Map.entry("same-unit", List.of(
                    new Example("The talks ended the same year.", "the same year", "anchor YEAR+0"),
                    new Example("The deal was signed that day.", "that day", "anchor DAY+0"),
                    new Example("Prices rose the following month.", "the following month", "anchor MONTH+1"))),
            Map.entry("unit-before-after", List.of(
                    new Example("The ceasefire took hold in May 2004. The rebels had withdrawn the day before.", "the day before", "anchor DAY-1"),
                    new Example("Elections were held in 2012 and again the year after, when turnout fell.", "the year after", "anchor YEAR+1"))),
            Map.entry("that-time", List.of(
                    new Example("At that time the two men signed a pact.", "that time", "anchor same"))),
            Map.entry("day-word", List.of(
                    new Example("The minister resigned yesterday.", "yesterday", "publication days -1"),
                    new Example("They will meet the day after tomorrow.", "the day after tomorrow", "publication days 2"))),
            Map.entry("weekday", List.of(
                    new Example("The delegation arrived on Tuesday.", "Tuesday", "publication weekday TUESDAY ON_OR_BEFORE"),
                    new Example("He will visit on Wednesday morning.", "Wednesday morning", "publication weekday WEDNESDAY ON_OR_AFTER TMO"),
                    new Example("The fire started last Friday.", "last Friday", "publication weekday FRIDAY BEFORE"))),
            Map.entry("ago", List.of(
                    new Example("The bridge fell three days ago.", "three days ago", "publication units DAY-3"),
                    new Example("It happened a few years ago.", "a few years ago", "publication PAST_REF"))),
            Map.entry("part-of-year", List.of(
                    new Example("Trade surged in the first half of this year.", "the first half of this year", "publication units YEAR+0 H1"),
                    new Example("Sales fell in the last quarter of last year.", "the last quarter of last year", "publication units YEAR-1 Q4"))),
            Map.entry("this-unit", List.of(
                    new Example("Profits rose last year.", "last year", "publication units YEAR-1"),
                    new Example("They will meet early next month.", "early next month", "publication units MONTH+1 START"))),
            Map.entry("unit-edge", List.of(
                    new Example("Before the end of the year, it will open.", "the end of the year", "publication units YEAR+0 END"))),
            Map.entry("weekend", List.of(
                    new Example("They met at the weekend.", "the weekend", "publication weekend ON_OR_BEFORE"))),
            Map.entry("month-name", List.of(
                    new Example("The two men last met in March.", "March", "publication month MARCH ON_OR_BEFORE"),
                    new Example("The vote was held on Oct. 5.", "Oct. 5", "publication month OCTOBER 5 ON_OR_BEFORE"))),
            Map.entry("day-month", List.of(
                    new Example("He was born on 5 October.", "5 October", "publication month OCTOBER 5 ON_OR_BEFORE"))),
            Map.entry("season", List.of(
                    new Example("The floods came last summer.", "last summer", "publication season SU BEFORE"))));

    private static TemporalPattern.Span span(Example e) {
        int at = e.sentence().indexOf(e.phrase());
        TaggedSpan s = new TaggedSpan(at, at + e.phrase().length(), e.phrase(), TimexType.DATE, "", Optional.empty(), "test", "test");
        return new TemporalPattern.Span(s, e.sentence(), e.phrase().toLowerCase().replaceAll("\\s+", " ").trim(), null);
    }

    @TestFactory
    Stream<DynamicTest> eachPatternReadsItsExamplesAndIsTheFirstToReadThem() {
        return TemporalPatterns.ALL.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            assertThat(EXAMPLES).as("examples of " + p.name()).containsKey(p.name());
            for (Example e : EXAMPLES.get(p.name())) {
                assertThat(p.readIn(span(e))).as(e.phrase()).map(SymbolicValue::describe).contains(e.reading());
                TemporalPattern first = TemporalPatterns.ALL.stream().filter(q -> q.readIn(span(e)).isPresent()).findFirst().orElseThrow();
                assertThat(first.name()).as("first pattern to read '" + e.phrase() + "'").isEqualTo(p.name());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachPatternWeFindIsFoundInItsExamplesWithItsNameAsTheRule() {
        return TemporalPatterns.found().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            for (Example e : EXAMPLES.get(p.name())) {
                List<TaggedSpan> found = MentionExtractor.ownPatterns().tag(e.sentence(), Optional.empty());
                assertThat(found).as(e.sentence()).anySatisfy(s -> {
                    assertThat(s.text()).isEqualTo(e.phrase());
                    assertThat(s.rule()).isEqualTo(p.name());
                });
            }
        }));
    }

    @Test
    void examplesNameOnlyPatternsThatExist() {
        assertThat(TemporalPatterns.ALL.stream().map(TemporalPattern::name)).containsExactlyInAnyOrderElementsOf(EXAMPLES.keySet());
    }

    @Test
    void aUnitBeforeSomethingNamedIsNotTheUnitBeforeTheAnchor() {
        assertThat(MentionExtractor.ownPatterns().tag("They met the day before the vote.", Optional.empty())).isEmpty();
        assertThat(MentionExtractor.ownPatterns().tag("They met the day before yesterday.", Optional.empty())).isEmpty();
    }

    @Test
    void aMonthWordWithoutItsCapitalIsNoMonth() {
        Example protest = new Example("They marched this march.", "march", "");
        assertThat(TemporalPatterns.ALL.stream().filter(p -> p.readIn(span(protest)).isPresent())).isEmpty();
    }
}
