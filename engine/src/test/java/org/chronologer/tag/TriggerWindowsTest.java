package org.chronologer.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TriggerWindowsTest {

    @Test
    void triggersComeFromHeidelTimesOwnPatternsAndDigits() {
        assertThat(List.of("Tuesday", "months", "weekend", "yesterday", "Christmas", "winter", "1998", "mid-1990s", "Sept.", "May"))
                .allMatch(TriggerWindows::isTrigger);
        assertThat(List.of("the", "minister", "said", "may", "march", "Paris", "talks")).noneMatch(TriggerWindows::isTrigger);
    }

    @Test
    void keepsOnlyWindowsAroundTriggersAndMapsTheirOffsetsBack() {
        String text = "The minister spoke to reporters in the capital about the harbour project and its critics. "
                + "Work on the harbour began two and a half years ago, officials said. "
                + "Nobody in the room asked about the budget or the contractors, and the meeting ended quietly.";
        TriggerWindows w = TriggerWindows.of(text);
        assertThat(w.windows()).isEqualTo(1);
        assertThat(w.text()).contains("two and a half years ago").doesNotContain("minister").doesNotContain("contractors");
        int at = w.text().indexOf("two and a half years ago");
        int[] original = w.toOriginal(at, at + "two and a half years ago".length());
        assertThat(text.substring(original[0], original[1])).isEqualTo("two and a half years ago");
    }

    @Test
    void aWindowNeverCrossesASentenceEndAndASpanAcrossTwoWindowsMapsToNothing() {
        String text = "Prices rose in May. Analysts expect weaker demand after the election, and the central bank agrees. "
                + "The vote is on Tuesday.";
        TriggerWindows w = TriggerWindows.of(text);
        assertThat(w.windows()).isGreaterThanOrEqualTo(2);
        assertThat(w.text()).doesNotContain("Analysts expect");
        assertThat(w.toOriginal(0, w.text().length())).isNull();
    }

    @Test
    void heidelTimeOnTheWindowsFindsWhatItFindsOnTheWholeText() {
        String text = "The committee, which has met in private since its members were appointed by the governor, said "
                + "on Tuesday that the report would be published on March 3, 2021. It had been due in the autumn of 2020, "
                + "and the delay, the chairman said, was caused by the lawyers who read it three weeks ago.";
        Optional<LocalDate> published = Optional.of(LocalDate.of(2021, 2, 10));
        HeidelTimeTagger windows = new HeidelTimeTagger(true);
        List<TaggedSpan> whole = new HeidelTimeTagger(false).tag(text, published);
        List<TaggedSpan> fromWindows = windows.tag(text, published);
        assertThat(fromWindows).extracting(s -> text.substring(s.start(), s.end()) + "=" + s.value())
                .containsExactlyElementsOf(whole.stream().map(s -> text.substring(s.start(), s.end()) + "=" + s.value()).toList());
        assertThat(whole).hasSizeGreaterThanOrEqualTo(4);
    }
}
