package org.chronologer.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Natty, for real, on candidate spans only. */
class NattyTaggerTest {

    private final NattyTagger natty = new NattyTagger();

    @Test
    void readsColloquialPhrasesAgainstThePublicationDate() {
        List<TaggedSpan> spans = natty.tag("The strike began the day before yesterday at 3 p.m. in the port.",
                Optional.of(LocalDate.of(2024, 3, 6)));
        assertThat(spans).extracting(TaggedSpan::text).contains("the day before yesterday", "3 p.m.");
        assertThat(spans).filteredOn(s -> s.text().equals("the day before yesterday"))
                .singleElement().satisfies(s -> assertThat(s.value()).isEqualTo("2024-03-04"));
    }

    @Test
    void neverReadsNamesOrModalVerbsAsDates() {
        List<TaggedSpan> spans = natty.tag("Zhai Jun said you may also like the march. 1. A list item.",
                Optional.of(LocalDate.of(2024, 3, 6)));
        assertThat(spans).isEmpty();
    }

    @Test
    void withoutAPublicationDateARelativeReadingKeepsItsSpanButNoValue() {
        List<TaggedSpan> spans = natty.tag("It happened three days ago.", Optional.empty());
        assertThat(spans).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("three days ago");
            assertThat(s.value()).isEmpty();
        });
    }
}
