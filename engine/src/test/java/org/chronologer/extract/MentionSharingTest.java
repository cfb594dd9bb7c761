package org.chronologer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronologer.tag.TaggedSpan;
import org.chronologer.tag.TemporalTagger;
import org.chronologer.tag.TimexType;
import org.junit.jupiter.api.Test;

/** The mentions of one text keep equal values once: a long text names the same few dates many times over. */
class MentionSharingTest {

    /** A tagger that finds every "Monday", each with a rule name of its own making. */
    private static final class Mondays implements TemporalTagger {
        @Override
        public String name() {
            return "mondays";
        }

        @Override
        public List<TaggedSpan> tag(String text, Optional<LocalDate> published) {
            List<TaggedSpan> out = new ArrayList<>();
            for (int i = text.indexOf("Monday"); i >= 0; i = text.indexOf("Monday", i + 1)) {
                out.add(new TaggedSpan(i, i + 6, text.substring(i, i + 6), TimexType.DATE, "", Optional.empty(), name(),
                        new StringBuilder("weekday").append("-rule").toString()));
            }
            return out;
        }
    }

    @Test
    void equalMentionsOfOneTextShareTheirTextRuleTaggersReadingAndResolution() {
        List<Mention> m = new MentionExtractor(List.of(new Mondays()))
                .extract("The council met on Monday. It will vote next week, it said on Monday.", Optional.of(LocalDate.of(2023, 10, 17)))
                .mentions();
        assertThat(m).hasSize(2);
        Mention a = m.get(0);
        Mention b = m.get(1);
        assertThat(b.start()).isGreaterThan(a.start());
        assertThat(b.text()).isSameAs(a.text());
        assertThat(b.rule()).isSameAs(a.rule()).isEqualTo("weekday-rule");
        assertThat(b.taggers()).isSameAs(a.taggers()).containsExactly("mondays");
        assertThat(b.symbolic()).isSameAs(a.symbolic());
        assertThat(b.resolution()).isSameAs(a.resolution());
        assertThat(a.resolution().value()).contains("2023-10-16");
    }
}
