package org.chronologer.episode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.chronologer.corpus.ArticleLinks;
import org.chronologer.corpus.CorpusWords;
import org.chronologer.date.DatingModel;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.Episode;
import org.chronologer.model.Event;
import org.chronologer.model.PublicationEstimate;
import org.jgrapht.alg.util.UnionFind;

/**
 * Finds the episodes a corpus mixes: articles are in one episode when they tell the same happening (their link,
 * from shared text, a shared dated sentence or a shared known event, is at least the one from which dating shares
 * their evidence, {@link DatingModel#siblingLink()}, fitted on dated news) and were published close together (their
 * windows, which hold the true days, come within three weeks of each other). Groups are the connected components of
 * those pairs; their number is found, not given.
 *
 * <p>Any kept link is not enough once the dates are hidden: the windows are then years wide and weak links chain a
 * corpus into one episode. In dated news with the dates hidden (left out, {@code eval-dating --cross-validate}),
 * joining from 0.2 put 231 of Wikinews's 293 articles and 291 of Basil's 297 in one episode, 18% of the pairs put
 * together published within three weeks of each other; from the sibling link, 63 and 42, and 31%.
 */
public final class EpisodeFinder {

    /** How far apart two articles' windows may be and still belong to one episode. */
    public static final long MAX_GAP_DAYS = 21;
    /** Words in a label. */
    static final int LABEL_WORDS = 4;

    private EpisodeFinder() {
    }

    /**
     * What episode finding needs of one article: its id, its best publication day, the window that holds its true day
     * (the day itself when the date is declared) and whether the best day is a guess. No text.
     */
    public record Member(String id, LocalDate published, LocalDate earliest, LocalDate latest, boolean guess) {
        public Member {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(earliest, "earliest");
            Objects.requireNonNull(latest, "latest");
            if (earliest.isAfter(latest)) {
                throw new IllegalArgumentException("window " + earliest + ".." + latest + " of " + id + " ends before it begins");
            }
        }

        /** A member whose best day is no guess. */
        public Member(String id, LocalDate published, LocalDate earliest, LocalDate latest) {
            this(id, published, earliest, latest, false);
        }

        /** A member whose day is known. */
        public Member(String id, LocalDate published) {
            this(id, published, published, published);
        }

        /** The member for a dated article. */
        public static Member of(DatedArticle a) {
            return of(a.article().id(), a.published());
        }

        /** The member for an article's publication estimate. */
        public static Member of(String id, PublicationEstimate p) {
            return new Member(id, p.best(), p.earliest(), p.latest(), p.guess());
        }

        /** Days between this member's window and the other's (0 when they overlap). */
        long daysApart(Member o) {
            LocalDate from = earliest.isAfter(o.earliest) ? earliest : o.earliest;
            LocalDate to = latest.isBefore(o.latest) ? latest : o.latest;
            return Math.max(0, ChronoUnit.DAYS.between(to, from));
        }
    }

    /**
     * The episodes of dated articles, their words read from their texts, joined along links of at least the engine's
     * model's {@link DatingModel#siblingLink()} (see {@link #find(List, CorpusWords, ArticleLinks, double)}).
     */
    public static List<Episode> find(List<DatedArticle> articles, ArticleLinks links) {
        return find(articles.stream().map(Member::of).toList(), CorpusWords.of(articles.stream().map(a -> a.article().text()).toList()), links,
                DatingModel.defaults().siblingLink());
    }

    /**
     * The episodes (by first article), with ids "E1", "E2", ... in chronological order. An episode runs from the first
     * to the last best day of its articles, leaving out the best days marked a guess when it has others. The members, their words and
     * the links number the articles alike; {@code sameHappening} is the link from which two articles published close
     * together tell the same happening (the dating model's {@link DatingModel#siblingLink()}). Only linked pairs are
     * visited: the time grows with the links, not with the square of the articles.
     */
    public static List<Episode> find(List<Member> members, CorpusWords words, ArticleLinks links, double sameHappening) {
        int n = members.size();
        if (words.size() != n) {
            throw new IllegalArgumentException(n + " members, " + words.size() + " word lists");
        }
        int[] component = components(members, links, sameHappening);
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(component[i], k -> new ArrayList<>()).add(i);
        }
        List<Episode> out = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            // a best day marked a guess is no date: the episode runs over the others' days when it has others
            List<Integer> dated = group.stream().filter(i -> !members.get(i).guess()).toList();
            List<Integer> days = dated.isEmpty() ? group : dated;
            LocalDate start = days.stream().map(i -> members.get(i).published()).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate end = days.stream().map(i -> members.get(i).published()).max(Comparator.naturalOrder()).orElseThrow();
            out.add(new Episode("", start, end, label(group, words), group.stream().map(i -> members.get(i).id()).toList()));
        }
        out.sort(Comparator.comparing(Episode::start).thenComparing(Episode::end).thenComparing(e -> e.articles().get(0)));
        List<Episode> numbered = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Episode e = out.get(i);
            numbered.add(new Episode("E" + (i + 1), e.start(), e.end(), e.label(), e.articles()));
        }
        return numbered;
    }

    /**
     * Each member's episode as the number of one of its members (the groups of {@link #find}, without their words):
     * the connected components of the links of at least {@code sameHappening} between members whose windows come
     * within {@link #MAX_GAP_DAYS} of each other. The members and the links number the articles alike.
     */
    public static int[] components(List<Member> members, ArticleLinks links, double sameHappening) {
        int n = members.size();
        if (links.size() != n) {
            throw new IllegalArgumentException(n + " members, " + links.size() + " linked articles");
        }
        UnionFind<Integer> components = new UnionFind<>(new TreeSet<>(IntStream.range(0, n).boxed().toList()));
        for (int i = 0; i < n; i++) {
            for (ArticleLinks.Link link : links.of(i)) {
                int j = link.other();
                if (j <= i) {
                    continue;
                }
                // published close together, as far as the dates are known: the windows, not only the best days
                long gap = members.get(i).daysApart(members.get(j));
                if (link.strength() >= sameHappening && gap <= MAX_GAP_DAYS) {
                    components.union(i, j);
                }
            }
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = components.find(i);
        }
        return out;
    }

    /**
     * The words most particular to the episode: in most of its articles and in few others, names first (words
     * written with a capital in the text count double).
     */
    private static String label(List<Integer> group, CorpusWords words) {
        int n = words.size();
        Map<Integer, Integer> inMembers = new HashMap<>();
        Set<Integer> capitalised = new HashSet<>();
        for (int i : group) {
            for (int w : words.content(i)) {
                inMembers.merge(w, 1, Integer::sum);
            }
            for (int w : words.names(i)) {
                capitalised.add(w);
            }
        }
        List<LabelWord> candidates = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : inMembers.entrySet()) {
            candidates.add(new LabelWord(words.word(e.getKey()), e.getValue(), words.documentFrequency(e.getKey()),
                    capitalised.contains(e.getKey())));
        }
        return label(candidates, group.size(), n);
    }

    /**
     * A word of an episode's articles, for its label.
     *
     * @param word              the word
     * @param inMembers         in how many of the episode's articles it is
     * @param documentFrequency in how many of the corpus's articles it is
     * @param name              whether it is written with a capital in one of the episode's articles ({@link CorpusWords#names})
     */
    public record LabelWord(String word, int inMembers, int documentFrequency, boolean name) {
    }

    /**
     * The label of an episode of {@code size} articles in a corpus of {@code n}, from the words of its articles (for a
     * corpus that is not in one place; {@link #find} labels its episodes so).
     */
    public static String label(List<LabelWord> words, int size, int n) {
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (LabelWord e : words) {
            String w = e.word();
            if (w.length() < 4 || w.contains("'") || e.inMembers() < Math.max(1, (size + 1) / 2)) {
                continue;
            }
            int outside = e.documentFrequency() - e.inMembers();
            double specificity = Math.log((n + 1.0) / (outside + 0.5));
            double name = e.name() ? 2 : 1;
            scored.add(Map.entry(w, e.inMembers() * specificity * specificity * name));
        }
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return String.join(" · ", scored.stream().limit(LABEL_WORDS).map(Map.Entry::getKey).toList());
    }

    /** The episode of an event: that of most of its articles (the first such on a tie), if any of them has one. */
    public static Optional<String> episodeOf(Event e, Map<String, String> episodeOfArticle) {
        Map<String, Integer> votes = new HashMap<>();
        String best = null;
        for (String a : e.articles()) {
            String ep = episodeOfArticle.get(a);
            if (ep == null) {
                continue;
            }
            int v = votes.merge(ep, 1, Integer::sum);
            if (best == null || v > votes.get(best)) {
                best = ep;
            }
        }
        return Optional.ofNullable(best);
    }
}
