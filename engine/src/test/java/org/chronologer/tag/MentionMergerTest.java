package org.chronologer.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MentionMergerTest {

    private static TaggedSpan span(int start, int end, TimexType type, String tagger) {
        return new TaggedSpan(start, end, "x".repeat(end - start), type, "", Optional.empty(), tagger, "r");
    }

    @Test
    void theLongestSpanWinsAndEveryTaggerThatFoundAnOverlappingSpanIsRecorded() {
        List<MentionMerger.Merged> merged = MentionMerger.merge(List.of(
                span(10, 20, TimexType.DURATION, HeidelTimeTagger.NAME),
                span(10, 26, TimexType.DATE, PatternTagger.NAME),
                span(40, 47, TimexType.DATE, NattyTagger.NAME),
                span(40, 47, TimexType.DATE, HeidelTimeTagger.NAME)));
        assertThat(merged).hasSize(2);
        assertThat(merged.get(0).span().end()).isEqualTo(26);
        assertThat(merged.get(0).taggers()).containsExactly("chronologer", "heideltime");
        assertThat(merged.get(1).span().tagger()).isEqualTo("heideltime");
        assertThat(merged.get(1).taggers()).containsExactly("heideltime", "natty");
    }

    @Test
    void onEqualLengthADateBeatsADuration() {
        List<MentionMerger.Merged> merged = MentionMerger.merge(List.of(
                span(0, 8, TimexType.DURATION, HeidelTimeTagger.NAME), span(0, 8, TimexType.DATE, NattyTagger.NAME)));
        assertThat(merged).singleElement().satisfies(m -> assertThat(m.span().type()).isEqualTo(TimexType.DATE));
    }
}
