package org.chronologer.eval.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.chronologer.corpus.SameHappening;
import org.chronologer.order.OrderingGraph;

/**
 * Seeded synthetic corpora for measuring how the engine scales: the same size and seed always give the same
 * corpus.
 *
 * <p>Events are intervals at day (70%), month (20%) or year (10%) granularity, spread over about one day per four
 * events. Articles tell stories of one to eight articles each, published within a few days of the story's day
 * over the same kind of span, and come in no story order. An article's text mixes common words (a Zipf law over
 * a fixed vocabulary), its story's words and a few words of its own; some articles retell the story in words of
 * their own, some are long and mostly about something else. Most articles of three stories in five have a dated
 * sentence drawn from their story's, and one story in ten is the anniversary of a known event that its articles
 * date themselves by or name. Words are made-up strings ("zqbac") that no stop list holds.
 */
public final class SyntheticCorpus {

    /** The first day of every synthetic calendar. */
    static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
    /** Common words, shared by every story. */
    static final int COMMON_WORDS = 5000;
    /** Common-word tokens in an article. */
    static final int COMMON_TOKENS = 60;
    /** Words of a story; each of its articles uses most of them, some repeatedly. */
    static final int STORY_WORDS = 12;
    /** Words of its own in an article. */
    static final int OWN_WORDS = 10;

    /** One synthetic article: an id, its best publication day and what linking reads of it. */
    public record Article(String id, LocalDate published, SameHappening.Clues clues) {
        public Article {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(clues, "clues");
        }
    }

    private SyntheticCorpus() {
    }

    /** {@code n} events with seeded intervals at day, month or year granularity. */
    public static List<OrderingGraph.Node> events(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int span = span(n);
        List<OrderingGraph.Node> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(span));
            double g = random.nextDouble();
            LocalDate earliest;
            LocalDate latest;
            if (g < 0.7) {
                earliest = day;
                latest = day;
            } else if (g < 0.9) {
                earliest = day.withDayOfMonth(1);
                latest = day.withDayOfMonth(day.lengthOfMonth());
            } else {
                earliest = day.withDayOfYear(1);
                latest = day.withDayOfYear(day.lengthOfYear());
            }
            out.add(new OrderingGraph.Node("e" + i, earliest, latest));
        }
        return out;
    }

    /** {@code n} articles telling seeded stories. */
    public static List<Article> articles(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int span = span(n);
        // the words no story shares: each story and each article draws its own from a vocabulary that grows with the corpus
        int rareWords = Math.max(10_000, 8 * n);
        double[] zipf = zipfCumulative(COMMON_WORDS);
        int knownEvents = Math.max(20, n / 200);
        List<Article> out = new ArrayList<>(n);
        int story = 0;
        while (out.size() < n) {
            int size = Math.min(n - out.size(), 1 + random.nextInt(8));
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(span));
            int[] storyWords = random.ints(STORY_WORDS, 0, rareWords).toArray();
            int[] sentenceWords = random.ints(6, 0, rareWords).toArray();
            String knownEvent = random.nextDouble() < 0.1 ? "known-" + random.nextInt(knownEvents) : null;
            boolean storyIsDated = random.nextDouble() < 0.6;
            for (int k = 0; k < size; k++) {
                // most articles tell the story in its words; some retell it in their own (only their dated sentence
                // and known event are left); some are long, their own words outweighing the story's
                double kind = random.nextDouble();
                boolean retold = kind < 0.15;
                boolean longer = kind > 0.85;
                StringBuilder text = new StringBuilder();
                for (int t = 0; t < COMMON_TOKENS; t++) {
                    text.append(word(rareWords + common(zipf, random.nextDouble()), false)).append(' ');
                }
                for (int w = 0; w < storyWords.length; w++) {
                    if (!retold && random.nextDouble() < 0.75) {
                        int times = 1 + random.nextInt(3);
                        for (int t = 0; t < times; t++) {
                            text.append(word(storyWords[w], w == 0)).append(' ');
                        }
                    }
                }
                int own = longer ? 4 * OWN_WORDS : OWN_WORDS;
                for (int w = 0; w < own; w++) {
                    String word = word(random.nextInt(rareWords), false);
                    text.append(word).append(' ');
                    if (longer) {
                        text.append(word).append(' ');
                    }
                }
                List<Set<String>> dated = new ArrayList<>();
                if (storyIsDated && (retold || random.nextDouble() < 0.7)) {
                    Set<String> sentence = new HashSet<>();
                    for (int w : sentenceWords) {
                        if (random.nextDouble() < 0.8) {
                            sentence.add(word(w, false));
                        }
                    }
                    sentence.add(word(rareWords + common(zipf, random.nextDouble()), false));
                    dated.add(sentence);
                }
                LocalDate published = day.plusDays(random.nextInt(3));
                LocalDate earliest;
                LocalDate latest;
                double g = random.nextDouble();
                if (g < 0.6) {
                    earliest = published;
                    latest = published;
                } else if (g < 0.85) {
                    earliest = published.minusDays(random.nextInt(8));
                    latest = published.plusDays(random.nextInt(8));
                } else if (g < 0.95) {
                    earliest = published.withDayOfMonth(1);
                    latest = published.withDayOfMonth(published.lengthOfMonth());
                } else {
                    earliest = published.withDayOfYear(1);
                    latest = published.withDayOfYear(published.lengthOfYear());
                }
                Set<String> datedBy = knownEvent != null && random.nextBoolean() ? Set.of(knownEvent) : Set.of();
                Set<String> about = knownEvent != null ? Set.of(knownEvent) : Set.of();
                out.add(new Article("s" + story + "-" + k, published,
                        new SameHappening.Clues(text.toString(), dated, datedBy, about, earliest, latest)));
            }
            story++;
        }
        Collections.shuffle(out, new Random(seed));
        return out;
    }

    /** About four events, or articles, per day. */
    private static int span(int n) {
        return Math.max(365, n / 4);
    }

    private static double[] zipfCumulative(int size) {
        double[] c = new double[size];
        double sum = 0;
        for (int r = 0; r < size; r++) {
            sum += 1.0 / (r + 1);
            c[r] = sum;
        }
        for (int r = 0; r < size; r++) {
            c[r] /= sum;
        }
        return c;
    }

    private static int common(double[] cumulative, double u) {
        int i = Arrays.binarySearch(cumulative, u);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    /** A made-up word for a number: "zq" and the number in letters, capitalised when a name. */
    static String word(int number, boolean name) {
        StringBuilder sb = new StringBuilder();
        int v = number;
        do {
            sb.append((char) ('a' + v % 26));
            v /= 26;
        } while (v > 0);
        String w = "zq" + sb;
        return name ? "Z" + w.substring(1) : w;
    }
}
