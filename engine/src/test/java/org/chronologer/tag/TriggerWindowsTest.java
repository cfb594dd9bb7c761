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

    @Test
    void aLongRunOfTriggersIsCutIntoShortOverlappingWindowsAndLongWordsAreLeftOut() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append(1900 + i % 120).append(i % 5 == 0 ? " and " : " ");
        }
        String text = sb + "x".repeat(500) + " 1999 " + "7".repeat(300) + " 123456789 in March 2020 20200315.";
        TriggerWindows w = TriggerWindows.of(text);
        for (String window : w.text().split(java.util.regex.Pattern.quote(TriggerWindows.SEPARATOR))) {
            assertThat(window.split(" ")).hasSizeLessThanOrEqualTo(TriggerWindows.MAX_WINDOW_WORDS + TriggerWindows.WORDS_AFTER);
            assertThat(window).doesNotContain("xxxxxxxx").doesNotContain("77777777").doesNotContain("123456789");
        }
        assertThat(w.text()).contains("1999").contains("in March 2020 20200315");
        // the overlap of cut windows costs little: the compact text is not much longer than the run
        assertThat(w.text().length()).isLessThan(text.length() * 3 / 2);
        List<TriggerWindows> parts = w.parts();
        assertThat(parts).hasSizeGreaterThan(1);
        for (TriggerWindows part : parts) {
            assertThat(part.text().length()).isLessThanOrEqualTo(TriggerWindows.MAX_PART_CHARS);
            int at = part.text().indexOf("19");
            int[] original = part.toOriginal(at, at + 4);
            assertThat(text.substring(original[0], original[1])).isEqualTo(part.text().substring(at, at + 4));
        }
        assertThat(String.join("", parts.stream().map(TriggerWindows::text).toList()).replace(TriggerWindows.SEPARATOR, ""))
                .isEqualTo(w.text().replace(TriggerWindows.SEPARATOR, ""));
    }

    @Test
    void aTextDenseWithTriggersIsCutIntoPartsOfAFewHundredTriggers() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append(new String[] {"Monday", "Friday", "May"}[i % 3]).append(i % 4 == 0 ? " said " : " ");
        }
        TriggerWindows w = TriggerWindows.of(sb.toString());
        List<TriggerWindows> parts = w.parts();
        assertThat(parts.stream().mapToInt(TriggerWindows::triggerWords).sum()).isEqualTo(w.triggerWords());
        for (TriggerWindows part : parts) {
            assertThat(part.triggerWords()).isLessThanOrEqualTo(TriggerWindows.MAX_PART_TRIGGERS);
            // cut by the triggers before the characters
            assertThat(part.text().length()).isLessThan(TriggerWindows.MAX_PART_CHARS * 3 / 4);
        }
        assertThat(String.join("", parts.stream().map(TriggerWindows::text).toList()).replace(TriggerWindows.SEPARATOR, ""))
                .isEqualTo(w.text().replace(TriggerWindows.SEPARATOR, ""));
    }

    @Test
    void aShortTextIsOnePart() {
        TriggerWindows w = TriggerWindows.of("Talks began on Monday and ended on March 3, 2021.");
        assertThat(w.parts()).containsExactly(w);
    }
}
