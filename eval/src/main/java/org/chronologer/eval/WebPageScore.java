package org.chronologer.eval;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.chronologer.read.html.DateSource;
import org.chronologer.read.html.DateVote;
import org.chronologer.read.html.PageDate;
import org.chronologer.read.html.WebPage;

/**
 * Day-exact scoring of web-page dating against hand-checked publication days: every page counts, and a page with
 * no answer is wrong. Keeps, for each source, how often it gave the answer and how often that was right, and how
 * often the source had a published day at all and how often that day was right (the figures the reader's
 * {@link org.chronologer.read.html.WebPageReader#ORDER} is fitted on).
 */
public final class WebPageScore {

    /** Which half of the set a page is in: {@code TUNE} (fitted on) or {@code HELD_OUT}, by a hash of its file name. */
    public enum Half { TUNE, HELD_OUT }

    /** Where an answer came from: a page source, the text's inference, or none. */
    public record Answer(Optional<LocalDate> day, String source) {
    }

    /** One page's outcome; {@code textDay} is the day the text gave when the markup gave none. */
    public record Outcome(String file, Half half, LocalDate truth, Answer answer, WebPage page, Optional<LocalDate> textDay) {
        public boolean right() {
            return answer.day().map(truth::equals).orElse(false);
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    private Map<DateSource, int[]> counts(Half half) {
        Map<DateSource, int[]> by = new EnumMap<>(DateSource.class);
        for (Outcome o : outcomes) {
            if (half != null && o.half() != half) {
                continue;
            }
            for (DateSource s : DateSource.values()) {
                Optional<PageDate> first = o.page().candidates().stream()
                        .filter(d -> d.source() == s && d.role() == PageDate.Role.PUBLISHED).findFirst();
                if (first.isPresent()) {
                    int[] c = by.computeIfAbsent(s, k -> new int[2]);
                    c[0]++;
                    c[1] += first.get().day().equals(o.truth()) ? 1 : 0;
                }
            }
        }
        return by;
    }

    /** The half a file is in: the parity of the CRC-32 of its name. */
    public static Half half(String file) {
        CRC32 crc = new CRC32();
        crc.update(file.getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() & 1) == 0 ? Half.TUNE : Half.HELD_OUT;
    }

    /** Records one page. */
    public void add(Outcome o) {
        outcomes.add(o);
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Right answers over pages, for one half or (null) all. */
    public int[] accuracy(Half half) {
        int n = 0;
        int right = 0;
        for (Outcome o : outcomes) {
            if (half == null || o.half() == half) {
                n++;
                right += o.right() ? 1 : 0;
            }
        }
        return new int[] {right, n};
    }

    /** Right answers over pages of a half (null: all) when the published day is chosen by {@code vote}. */
    public int[] accuracy(DateVote vote, Half half) {
        int n = 0;
        int right = 0;
        for (Outcome o : outcomes) {
            if (half != null && o.half() != half) {
                continue;
            }
            n++;
            Optional<LocalDate> day = vote.choose(o.page().candidates(), PageDate.Role.PUBLISHED)
                    .or(() -> vote.choose(o.page().candidates(), PageDate.Role.MODIFIED)).map(PageDate::day).or(o::textDay);
            right += day.map(o.truth()::equals).orElse(false) ? 1 : 0;
        }
        return new int[] {right, n};
    }

    /** Each source's smoothed precision on a half: (right + 1) / (pages + 2), over the pages where it offers a day. */
    public Map<DateSource, Double> smoothedPrecision(Half half) {
        Map<DateSource, int[]> by = counts(half);
        Map<DateSource, Double> out = new EnumMap<>(DateSource.class);
        for (DateSource s : DateSource.values()) {
            int[] c = by.getOrDefault(s, new int[2]);
            out.put(s, (c[1] + 1.0) / (c[0] + 2.0));
        }
        return out;
    }

    /** The sources by decreasing smoothed precision on the half (more pages first on a tie). */
    public List<DateSource> fittedOrder(Half half) {
        Map<DateSource, Double> p = smoothedPrecision(half);
        Map<DateSource, int[]> by = counts(half);
        List<DateSource> order = new ArrayList<>(List.of(DateSource.values()));
        order.sort(Comparator.comparingDouble((DateSource s) -> -p.get(s))
                .thenComparingInt(s -> -by.getOrDefault(s, new int[2])[0]).thenComparing(Enum::ordinal));
        return order;
    }

    /** Each source's weight as the log-odds of its smoothed precision on the half. */
    public Map<DateSource, Double> fittedWeights(Half half) {
        Map<DateSource, Double> out = new EnumMap<>(DateSource.class);
        smoothedPrecision(half).forEach((s, p) -> out.put(s, Math.log(p / (1 - p))));
        return out;
    }

    /** The accuracy line: all pages, then each half. */
    public String summary() {
        int[] all = accuracy(null);
        int[] tune = accuracy(Half.TUNE);
        int[] held = accuracy(Half.HELD_OUT);
        return String.format(Locale.ROOT, "day-exact accuracy: all %s, tuning half %s (in-sample), held-out half %s%n",
                ratio(all), ratio(tune), ratio(held));
    }

    private static String ratio(int[] r) {
        return String.format(Locale.ROOT, "%.3f (%d/%d)", r[1] == 0 ? 0 : (double) r[0] / r[1], r[0], r[1]);
    }

    /** Which source gave the answer, how often, and how often it was right (all pages). */
    public String answerTable() {
        Map<String, int[]> by = new TreeMap<>();
        for (Outcome o : outcomes) {
            int[] c = by.computeIfAbsent(o.answer().source(), k -> new int[2]);
            c[0]++;
            c[1] += o.right() ? 1 : 0;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"answer from", "pages", "right", "precision"});
        by.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0])).forEach(e -> rows.add(new String[] {
            e.getKey(), String.valueOf(e.getValue()[0]), String.valueOf(e.getValue()[1]),
            String.format(Locale.ROOT, "%.3f", (double) e.getValue()[1] / e.getValue()[0])}));
        return TextTable.render(rows, "  ");
    }

    /**
     * For each source: on how many pages of the half (null: all) it has a published day, and how often its first
     * such day (the one the reader would take from it) is the true day.
     */
    public String sourceTable(Half half) {
        Map<DateSource, int[]> by = counts(half);
        long pages = outcomes.stream().filter(o -> half == null || o.half() == half).count();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"source has a published day", "pages", "right", "precision", "coverage"});
        for (Map.Entry<DateSource, int[]> e : by.entrySet()) {
            rows.add(new String[] {e.getKey().label(), String.valueOf(e.getValue()[0]), String.valueOf(e.getValue()[1]),
                String.format(Locale.ROOT, "%.3f", (double) e.getValue()[1] / e.getValue()[0]),
                String.format(Locale.ROOT, "%.3f", (double) e.getValue()[0] / pages)});
        }
        return TextTable.render(rows, "  ");
    }
}
