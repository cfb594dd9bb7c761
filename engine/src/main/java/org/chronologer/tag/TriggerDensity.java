package org.chronologer.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The parts of a text far denser in temporal trigger words ({@link TriggerWindows#isTrigger}: numbers, month and
 * weekday names, units, clock words) than any news text: a table, a list, generated junk. HeidelTime's cost is the
 * text its windows cover, and in such a part they cover all of it, with an expression at nearly every word, so a page
 * of years or clock times costs it ten to twenty times news text per kilobyte. No news article has such a part (see
 * {@link #LIMIT}), so the taggers are not given it: {@link #regions} finds the parts, {@link #masked} blanks them out of
 * the text the taggers read (offsets unchanged), and the extractor reports each article that has one.
 *
 * <p>Density is counted over every run of {@link #REGION_WORDS} consecutive words (about 2 KB of English): a text
 * shorter than that is never cut (it is cheap whatever it holds), and a short list inside an article is diluted by the
 * prose around it. A word is in a dense region when the 300 words around it are over {@link #NEWS_MOST}, the densest of
 * real news, and the region has a word whose 300 words around it are over {@link #LIMIT}.
 */
public final class TriggerDensity {

    /** The words of a region: about 2 KB of English text, a few paragraphs. */
    public static final int REGION_WORDS = 300;
    /**
     * The most trigger words the {@link #REGION_WORDS} words around a word may hold before the taggers leave it out,
     * fitted on real news with {@code ./chronologer fit-density ../shared/data/dated-news/allsides.jsonl
     * ../shared/data/tbaq}: over the 3,102 articles of at least 300 words of the 3,256 (3,000 AllSides articles, 256
     * TempEval-3 documents), the densest 300 words of an article hold 16 trigger words at the median, 51 at the 99th
     * percentile, 73 at the 99.9th and 106 at most ({@link #NEWS_MOST}; a FiveThirtyEight article of poll figures); the
     * limit is that maximum plus a quarter ({@code --margin 1.25}), rounded up. Measured on the sources it was not
     * fitted on ({@code fit-density} over all of dated-news, tbaq and the SemEval trial: 4,876 articles), 2 of the
     * other 1,620 articles go over it, both 1987 Reuters reports built around tables of figures (densest 176 and 168;
     * the 300 words of prose and figures around one table are blanked with it); fitted on everything, the limit would be
     * 220, above the 140 to 160 of a page of clock times, which would then be tagged at 12 times normal text's cost. A
     * page of clock times, years, weekday or month names, numbers with units or short digit runs holds 160 to 270 (a page
     * of quotes around weekday words, 63: as much as many news articles, and it is read).
     */
    public static final int LIMIT = 133;
    /**
     * The most trigger words of the {@link #REGION_WORDS} words around any word of any real news article (fitted with
     * {@link #LIMIT}): a region, once over the limit, reaches on as long as its words stay denser than any news, so that
     * a text that hovers around the limit (a page of clock times holds 140 to 160) is not cut into many regions with
     * short runs between them that the taggers read after all.
     */
    public static final int NEWS_MOST = 106;

    /**
     * A part of a text over the limit: {@code [start, end)} in the text, from its first trigger word to its last, its
     * words, and the most trigger words of the {@link #REGION_WORDS} words around any of them.
     */
    public record Region(int start, int end, int words, int densest) {
        /** For a report: where it is, and its density against the limit. */
        public String describe() {
            return String.format(Locale.ROOT, "characters %,d to %,d (%,d words; the %d words around one of them hold %d date, time "
                    + "or number words, over the limit of %d)", start, end, words, REGION_WORDS, densest, LIMIT);
        }
    }

    private TriggerDensity() {
    }

    /**
     * The most trigger words of the {@link #REGION_WORDS} words around any word of {@code text} (see {@link Around}), or
     * -1 when it has fewer words.
     */
    public static int densest(String text) {
        Words w = words(text);
        int n = w.count();
        if (n < REGION_WORDS) {
            return -1;
        }
        Around around = new Around(w.trigger(), n);
        int most = -1;
        for (int i = 0; i < n; i++) {
            most = Math.max(most, around.at(i));
        }
        return most;
    }

    /** The parts of {@code text} over {@link #LIMIT}, in order, apart. */
    public static List<Region> regions(String text) {
        return regions(text, LIMIT, NEWS_MOST);
    }

    /**
     * The parts of {@code text} made of words with more than {@code keep} trigger words around them (see {@link Around})
     * of which one has more than {@code limit}.
     */
    static List<Region> regions(String text, int limit, int keep) {
        Words w = words(text);
        int n = w.count();
        if (n < REGION_WORDS) {
            return List.of();
        }
        Around around = new Around(w.trigger(), n);
        // each region as its first and last word and its density; the words' offsets are found once they are all known
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < n; ) {
            if (around.at(i) <= keep) {
                i++;
                continue;
            }
            int from = i;
            int most = 0;
            while (i < n && around.at(i) > keep) {
                most = Math.max(most, around.at(i));
                i++;
            }
            if (most > limit) {
                found.add(trimmed(w.trigger(), from, i - 1, most));
            }
        }
        int[][] spans = TriggerWindows.wordSpans(text, found.stream().mapToInt(r -> r[0]).toArray(), found.stream().mapToInt(r -> r[1]).toArray());
        List<Region> out = new ArrayList<>();
        for (int r = 0; r < found.size(); r++) {
            out.add(new Region(spans[0][r], spans[1][r], found.get(r)[1] - found.get(r)[0] + 1, found.get(r)[2]));
        }
        return out;
    }

    /**
     * For each word, the trigger words of the {@link #REGION_WORDS} words centred on it; where the start or the end of the
     * text cuts those words short (to no fewer than half of them, the text having at least {@link #REGION_WORDS}), the
     * count of those there are, scaled up to {@link #REGION_WORDS}. Centred, so that a dense part ends about where its
     * words stop being dense, not a region's length of prose further on (a window that starts at a word takes the 300
     * words after it into that word's count).
     *
     * <p>Counted word by word as the window slides, not kept for every word: a text of megabytes has hundreds of thousands
     * of words, and the arrays of counts held as much again as its word offsets while its text was read.
     */
    private static final class Around {
        private final BitSet trigger;
        private final int words;
        /** The window {@code [lo, hi)} of the word last asked about, and its trigger words. */
        private int lo;
        private int hi;
        private int count;

        Around(BitSet trigger, int words) {
            this.trigger = trigger;
            this.words = words;
        }

        /** The count of word {@code i}; the words are asked about in order (the same one again is fine). */
        int at(int i) {
            int half = REGION_WORDS / 2;
            int from = Math.max(0, i - half);
            int to = Math.min(words, i + half);
            if (from < lo || to < hi) {
                throw new IllegalArgumentException("word " + i + " asked about after a later one");
            }
            for (; hi < to; hi++) {
                count += trigger.get(hi) ? 1 : 0;
            }
            for (; lo < from; lo++) {
                count -= trigger.get(lo) ? 1 : 0;
            }
            return count * REGION_WORDS / (hi - lo);
        }
    }

    /** The words {@code [from, to]} trimmed to their first and last trigger words, with {@code densest} after them. */
    private static int[] trimmed(BitSet trigger, int from, int to, int densest) {
        return new int[] {trigger.nextSetBit(from), trigger.previousSetBit(to), densest};
    }

    /**
     * {@code text} with each region blanked out: a full stop where it starts (so that no expression runs across it)
     * and line ends for the rest, so that every offset outside the regions stays where it was.
     */
    public static String masked(String text, List<Region> regions) {
        if (regions.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (Region r : regions) {
            Arrays.fill(chars, r.start(), r.end(), '\n');
            chars[r.start()] = '.';
        }
        return new String(chars);
    }

    /**
     * The words of a text as the density reads them: how many there are, and which are trigger words (a bit each; their
     * offsets are not kept, see {@link TriggerWindows#of}).
     */
    private record Words(int count, BitSet trigger) {
    }

    private static Words words(String text) {
        BitSet trigger = new BitSet();
        int n = 0;
        for (Matcher m = TriggerWindows.WORD.matcher(text); m.find(); n++) {
            if (!TriggerWindows.noPart(text, m.start(), m.end()) && TriggerWindows.isTrigger(text.substring(m.start(), m.end()))) {
                trigger.set(n);
            }
        }
        return new Words(n, trigger);
    }
}
