package org.chronologer.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.chronologer.text.Sentences;

/**
 * {@link TriggerWindows} and {@link TriggerDensity} read a text's words twice instead of holding every word's offsets:
 * their windows and dense regions are those of the version that held the offsets in two arrays, kept here as it was.
 */
class TriggerWordsReadTwiceTest {

    @Property(tries = 300)
    void theWindowsAreThoseOfTheWordOffsetsHeldInArrays(@ForAll("texts") String text) {
        List<int[]> expected = windowsHeld(text);
        TriggerWindows w = TriggerWindows.of(text);
        StringBuilder compact = new StringBuilder();
        int triggers = 0;
        for (int[] window : expected) {
            if (compact.length() > 0) {
                compact.append(TriggerWindows.SEPARATOR);
            }
            int at = compact.length();
            compact.append(text, window[0], window[1]);
            assertThat(w.toOriginal(at, compact.length())).containsExactly(window[0], window[1]);
            triggers += window[2];
        }
        assertThat(w.text()).isEqualTo(compact.toString());
        assertThat(w.windows()).isEqualTo(expected.size());
        assertThat(w.triggerWords()).isEqualTo(triggers);
        assertThat(w.parts().stream().mapToInt(TriggerWindows::triggerWords).sum()).isEqualTo(triggers);
    }

    @Property(tries = 300)
    void theDenseRegionsAreThoseOfTheWordOffsetsHeldInArrays(@ForAll("texts") String text) {
        // the real limits are rarely crossed by random text: lower ones make regions of every shape
        for (int[] limits : new int[][] {{TriggerDensity.LIMIT, TriggerDensity.NEWS_MOST}, {60, 40}, {30, 10}}) {
            assertThat(TriggerDensity.regions(text, limits[0], limits[1])).containsExactlyElementsOf(regionsHeld(text, limits[0], limits[1]));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of("the", "council", "said", "that", "it", "would", "vote", "Paris", "talks")),
                net.jqwik.api.Tuple.of(4, Arbitraries.of("Monday", "May", "March", "years", "ago", "2021", "mid-1990s", "week's", "3:30")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(".", ". ", "!", "\n\n", ",", "\"", "Dr.", "U.S.")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("x".repeat(45), "1234567890", "20200315", "’s", "-")));
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "  ", "\n", "");
        return Arbitraries.integers().between(0, 1200).flatMap(n -> word.list().ofSize(n).flatMap(words -> gap.list().ofSize(n).map(gaps -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(words.get(i)).append(gaps.get(i));
            }
            return sb.toString();
        })));
    }

    /** The word offsets of the text in two arrays, as the windows and the density once held them. */
    private static int[][] spansHeld(String text) {
        List<int[]> spans = new ArrayList<>();
        for (Matcher m = TriggerWindows.WORD.matcher(text); m.find(); ) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return new int[][] {spans.stream().mapToInt(s -> s[0]).toArray(), spans.stream().mapToInt(s -> s[1]).toArray()};
    }

    /** The windows as {start, end, trigger words}, found as {@link TriggerWindows#of} found them from the held offsets. */
    private static List<int[]> windowsHeld(String original) {
        int[][] spans = spansHeld(original);
        int[] starts = spans[0];
        int[] ends = spans[1];
        int n = starts.length;
        boolean[] noPart = new boolean[n];
        for (int i = 0; i < n; i++) {
            noPart[i] = TriggerWindows.noPart(original, starts[i], ends[i]);
        }
        boolean[] sentenceEndAfter = new boolean[n];
        for (int i = 0; i + 1 < n; i++) {
            sentenceEndAfter[i] = Sentences.endsBetween(original, ends[i] - 1, starts[i + 1]) || noPart[i] || noPart[i + 1];
        }
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (noPart[i] || !TriggerWindows.isTrigger(original.substring(starts[i], ends[i]))) {
                continue;
            }
            int from = i;
            while (from > 0 && i - from < TriggerWindows.WORDS_BEFORE && !sentenceEndAfter[from - 1]) {
                from--;
            }
            int to = i;
            while (to + 1 < n && to - i < TriggerWindows.WORDS_AFTER && !sentenceEndAfter[to]) {
                to++;
            }
            if (!windows.isEmpty()) {
                int[] last = windows.get(windows.size() - 1);
                boolean sameSentence = true;
                for (int k = last[1]; k < from && sameSentence; k++) {
                    sameSentence = !sentenceEndAfter[k];
                }
                if (from - last[1] <= TriggerWindows.JOIN_GAP_WORDS + 1 && sameSentence) {
                    if (to - last[0] < TriggerWindows.MAX_WINDOW_WORDS) {
                        last[1] = Math.max(last[1], to);
                        last[2]++;
                        continue;
                    }
                    from = Math.max(from, last[1] + 1 - TriggerWindows.CUT_OVERLAP_WORDS);
                }
            }
            windows.add(new int[] {from, to, 1});
        }
        return windows.stream().map(w -> new int[] {starts[w[0]], ends[w[1]], w[2]}).toList();
    }

    /** The dense regions, found as {@link TriggerDensity#regions} found them from the held offsets and a count per word. */
    private static List<TriggerDensity.Region> regionsHeld(String text, int limit, int keep) {
        int[][] spans = spansHeld(text);
        int n = spans[0].length;
        if (n < TriggerDensity.REGION_WORDS) {
            return List.of();
        }
        boolean[] trigger = new boolean[n];
        for (int i = 0; i < n; i++) {
            trigger[i] = !TriggerWindows.noPart(text, spans[0][i], spans[1][i]) && TriggerWindows.isTrigger(text.substring(spans[0][i], spans[1][i]));
        }
        int[] around = new int[n];
        int half = TriggerDensity.REGION_WORDS / 2;
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - half);
            int to = Math.min(n, i + half);
            int count = 0;
            for (int k = from; k < to; k++) {
                count += trigger[k] ? 1 : 0;
            }
            around[i] = count * TriggerDensity.REGION_WORDS / (to - from);
        }
        List<TriggerDensity.Region> out = new ArrayList<>();
        for (int i = 0; i < n; ) {
            if (around[i] <= keep) {
                i++;
                continue;
            }
            int from = i;
            int most = 0;
            while (i < n && around[i] > keep) {
                most = Math.max(most, around[i]);
                i++;
            }
            if (most > limit) {
                int first = from;
                int last = i - 1;
                while (!trigger[first]) {
                    first++;
                }
                while (!trigger[last]) {
                    last--;
                }
                out.add(new TriggerDensity.Region(spans[0][first], spans[1][last], last - first + 1, most));
            }
        }
        return out;
    }
}
