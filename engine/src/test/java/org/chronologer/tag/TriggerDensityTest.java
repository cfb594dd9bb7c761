package org.chronologer.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TriggerDensityTest {

    /** {@code n} words of generated prose with no trigger word: letters without vowels, five to eight of them. */
    static String prose(int n, SplittableRandom r) {
        String letters = "bcdfghjklmnpqrstvwxz";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int len = 5 + r.nextInt(4);
            for (int k = 0; k < len; k++) {
                sb.append(letters.charAt(r.nextInt(letters.length())));
            }
            sb.append(i % 17 == 16 ? ". " : " ");
        }
        return sb.toString();
    }

    /** {@code n} years, every word a trigger (a word with a digit always is one). */
    static String years(int n, SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(1900 + r.nextInt(130)).append(' ');
        }
        return sb.toString();
    }

    @Test
    void proseWithADateNowAndThenHasNoDenseRegionAndIsLeftAsItIs() {
        SplittableRandom r = new SplittableRandom(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append(prose(15, r)).append("in ").append(1990 + r.nextInt(30)).append(". ");
        }
        String text = sb.toString();
        assertThat(TriggerDensity.densest(text)).isBetween(1, TriggerDensity.LIMIT);
        assertThat(TriggerDensity.regions(text)).isEmpty();
        assertThat(TriggerDensity.masked(text, List.of())).isSameAs(text);
    }

    @Test
    void aDenseBlockInsideProseIsFoundFromItsFirstTriggerToItsLastAndBlankedOut() {
        SplittableRandom r = new SplittableRandom(11);
        String before = prose(2000, r);
        String block = years(1000, r).trim();
        String text = before + block + " " + prose(2000, r);
        List<TriggerDensity.Region> regions = TriggerDensity.regions(text);
        assertThat(regions).hasSize(1);
        TriggerDensity.Region region = regions.get(0);
        assertThat(region.start()).isEqualTo(before.length());
        assertThat(region.end()).isEqualTo(before.length() + block.length());
        assertThat(region.words()).isEqualTo(1000);
        assertThat(region.densest()).isEqualTo(TriggerDensity.REGION_WORDS);
        assertThat(region.describe()).contains("over the limit of " + TriggerDensity.LIMIT);

        String masked = TriggerDensity.masked(text, regions);
        assertThat(masked).hasSameSizeAs(text);
        assertThat(masked.substring(0, region.start())).isEqualTo(text.substring(0, region.start()));
        assertThat(masked.substring(region.end())).isEqualTo(text.substring(region.end()));
        assertThat(masked.substring(region.start(), region.end())).doesNotContainPattern("\\p{L}|\\p{N}");
        // HeidelTime reads nothing of the block: no window is left in the blanked text
        assertThat(TriggerWindows.of(masked).windows()).isZero();
        assertThat(TriggerWindows.of(text).text().length()).isGreaterThan(block.length());
    }

    @Test
    void aTextShorterThanARegionIsNeverCutHoweverDense() {
        String text = years(TriggerDensity.REGION_WORDS - 1, new SplittableRandom(3));
        assertThat(TriggerDensity.densest(text)).isEqualTo(-1);
        assertThat(TriggerDensity.regions(text)).isEmpty();
    }

    /** 900 words, {@code k} years in every 300 spread evenly among prose words. */
    static String evenly(int k, SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < 3 * TriggerDensity.REGION_WORDS; j++) {
            boolean year = (j + 1) * k / TriggerDensity.REGION_WORDS > j * k / TriggerDensity.REGION_WORDS;
            sb.append(year ? years(1, r) : prose(1, r));
        }
        return sb.toString();
    }

    @Test
    void theLimitSeparatesATextJustOverItFromOneJustUnder() {
        SplittableRandom r = new SplittableRandom(5);
        String over = evenly(TriggerDensity.LIMIT + 1, r);
        assertThat(TriggerDensity.densest(over)).isGreaterThan(TriggerDensity.LIMIT);
        assertThat(TriggerDensity.regions(over)).hasSize(1);
        // the words around any word of an even text hold k, give or take the rounding where the text's ends cut them short
        String under = evenly(TriggerDensity.LIMIT - 2, r);
        assertThat(TriggerDensity.densest(under)).isBetween(TriggerDensity.LIMIT - 2, TriggerDensity.LIMIT);
        assertThat(TriggerDensity.regions(under)).isEmpty();
    }

    /** {@code n} words, two years in every five: 120 trigger words in any 300, between the densest news and the limit. */
    static String twoInFive(int n, SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i += 5) {
            sb.append(years(2, r)).append(prose(3, r));
        }
        return sb.toString();
    }

    @Test
    void aRegionOverTheLimitReachesOnWhileTheTextStaysDenserThanAnyNews() {
        SplittableRandom r = new SplittableRandom(13);
        assertThat(TriggerDensity.NEWS_MOST).isLessThan(120).isLessThan(TriggerDensity.LIMIT);
        String before = prose(1000, r);
        String hot = years(600, r);
        String warm = twoInFive(1500, r).trim();
        String text = before + hot + warm + " " + prose(1000, r);
        List<TriggerDensity.Region> regions = TriggerDensity.regions(text);
        assertThat(regions).hasSize(1);
        assertThat(regions.get(0).start()).isEqualTo(before.length());
        // it reaches through the warm text, up to where the prose after it thins the words around a word below NEWS_MOST
        int warmStart = before.length() + hot.length();
        assertThat(regions.get(0).end()).isBetween(warmStart + warm.length() * 3 / 4, warmStart + warm.length());

        // the same warm text alone is never over the limit, and read whole
        String warmOnly = before + warm + " " + prose(1000, r);
        assertThat(TriggerDensity.densest(warmOnly)).isBetween(TriggerDensity.NEWS_MOST + 1, TriggerDensity.LIMIT);
        assertThat(TriggerDensity.regions(warmOnly)).isEmpty();
    }
}
