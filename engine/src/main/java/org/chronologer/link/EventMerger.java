package org.chronologer.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.chronologer.corpus.CorpusSimilarity;
import org.chronologer.model.Conflict;
import org.chronologer.model.Event;
import org.chronologer.model.Event.Anchor;
import org.chronologer.model.EventMention;
import org.chronologer.model.NodeRef;
import org.chronologer.model.Relation;
import org.chronologer.model.When;

/**
 * Merges the same happening told by several articles into one event, gives the events their ids in chronological
 * order, and carries the relations the articles told over to those ids.
 *
 * <p>Two tellings are the same happening when, in different articles, they name it with the same word or a
 * synonym ({@link Synonyms}), their clauses share a participant (a name), and their times are compatible: their
 * intervals overlap; or one is dated and the other, told in the past without a date, was published within
 * {@link #RECENT_DAYS} days after it; or neither is dated and they were published within {@link #SAME_NEWS_DAYS}
 * days of each other. Candidates come from an index on (word group, participant), sorted by time: each telling is
 * compared with the next {@link #WINDOW} of its postings only, never with all others. Tellings that name no one
 * merge only on identical intervals with clauses that share enough words. An event that nothing places (no time,
 * no anchor, no relation to another event or a publication) is left out of the chronology.
 */
public final class EventMerger {

    /** How many following postings a telling is compared with. */
    static final int WINDOW = 8;
    /** An undated past telling is taken to be at most this many days before its article. */
    static final int RECENT_DAYS = 7;
    /** Two undated tellings of the same happening are published within this many days of each other. */
    static final int SAME_NEWS_DAYS = 3;
    /** Word overlap (Jaccard) from which two clauses without names tell the same event. */
    static final double SAME_EVENT = 0.25;
    /** Content words two such clauses must share. */
    static final int MIN_SHARED = 2;
    /** Word overlap from which two clauses at disjoint times are reported as a conflict. */
    static final double CONFLICTING = 0.6;

    /**
     * The merged events (chronological, ids e1, e2, ...), where each sits in the chronology (one place an event, in the
     * same order), their relations and the conflicts found.
     */
    public record Result(List<Event> events, List<Place> places, List<Relation> relations, List<Conflict> conflicts) {
        public Result {
            events = List.copyOf(events);
            places = List.copyOf(places);
            relations = List.copyOf(relations);
            conflicts = List.copyOf(conflicts);
            if (places.size() != events.size()) {
                throw new IllegalArgumentException(events.size() + " events, " + places.size() + " places");
            }
        }

        /**
         * The same events numbered anew: the event at index i becomes e{numbers[i]}, in its id, in the anchors placed
         * relative to it and in the relations (the events of several merges numbered in one sequence).
         */
        public Result renumbered(int[] numbers) {
            if (numbers.length != events.size()) {
                throw new IllegalArgumentException(events.size() + " events, " + numbers.length + " numbers");
            }
            Map<String, String> ids = new HashMap<>();
            for (int i = 0; i < numbers.length; i++) {
                ids.put(events.get(i).id(), "e" + numbers[i]);
            }
            List<Event> out = new ArrayList<>(events.size());
            for (Event e : events) {
                Event withId = e.withId(ids.get(e.id()));
                if (withId.anchor().kind() == Anchor.Kind.RELATIVE) {
                    withId = withId.withWhen(withId.when(), Anchor.relative(ids.get(withId.anchor().target())));
                }
                out.add(withId);
            }
            List<Relation> rel = new ArrayList<>(relations.size());
            for (Relation r : relations) {
                rel.add(new Relation(renamed(r.from(), ids), renamed(r.to(), ids), r.type()));
            }
            return new Result(out, places, rel, conflicts);
        }

        private static NodeRef renamed(NodeRef n, Map<String, String> ids) {
            return n.kind() == NodeRef.Kind.EVENT ? NodeRef.event(ids.get(n.id())) : n;
        }
    }

    /**
     * Where an event sits in the chronology: a day, then before (0), at (1) or after (2) what is on that day, then the
     * latest day it may be (the longer first); ties go by the article and the offset of its first telling.
     */
    public record Place(LocalDate day, int rank, LocalDate latest, String article, int start) implements Comparable<Place> {
        @Override
        public int compareTo(Place o) {
            // as Key orders them (day, rank, the longer first), without a Key a comparison: sorting places is a hot path
            int c = day.compareTo(o.day);
            if (c == 0) {
                c = Integer.compare(rank, o.rank);
            }
            if (c == 0) {
                c = o.latest.compareTo(latest);
            }
            if (c != 0) {
                return c;
            }
            c = compareCodePoints(article, o.article);
            return c != 0 ? c : Integer.compare(start, o.start);
        }

        /** Strings by their code points (as a sort of their UTF-8 bytes orders them, Spark's, unlike String.compareTo). */
        private static int compareCodePoints(String a, String b) {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                int x = a.codePointAt(i);
                int y = b.codePointAt(j);
                if (x != y) {
                    return Integer.compare(x, y);
                }
                i += Character.charCount(x);
                j += Character.charCount(y);
            }
            return Boolean.compare(i < a.length(), j < b.length());
        }
    }

    private EventMerger() {
    }

    /**
     * Merges the tellings of every article (each article's {@link EventAnchorer.Told}, in article order).
     *
     * @param told        what anchoring drew from each article
     * @param publication each article's publication day (declared, else inferred best day)
     */
    public static Result merge(List<EventAnchorer.Told> told, Map<String, LocalDate> publication) {
        List<Event> tellings = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        for (EventAnchorer.Told t : told) {
            tellings.addAll(t.tellings());
            relations.addAll(t.relations());
        }
        int n = tellings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // per cluster root: the days its tellings leave possible (the intersection of the dated ones' intervals and
        // of each undated one's recent past), so that chains of pairwise matches never join incompatible tellings
        LocalDate[][] span = new LocalDate[n][];
        for (int i = 0; i < n; i++) {
            span[i] = possibleDays(tellings.get(i), publication);
        }
        List<Conflict> conflicts = new ArrayList<>();
        // postings: (word group, participant) -> tellings, sorted by time
        Map<String, List<Integer>> postings = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Event e = tellings.get(i);
            String group = Synonyms.group(e.mention().lemma());
            Set<String> names = names(e);
            if (names.isEmpty()) {
                postings.computeIfAbsent(group + "|", k -> new ArrayList<>()).add(i);
            }
            for (String name : names) {
                postings.computeIfAbsent(group + "|" + name, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> reported = new HashSet<>();
        for (Map.Entry<String, List<Integer>> p : postings.entrySet()) {
            List<Integer> list = p.getValue();
            boolean named = !p.getKey().endsWith("|");
            list.sort(Comparator.comparing((Integer i) -> timeKey(tellings.get(i), publication)).thenComparingInt(i -> i));
            for (int x = 0; x < list.size(); x++) {
                for (int y = x + 1; y < list.size() && y <= x + WINDOW; y++) {
                    Event a = tellings.get(list.get(x));
                    Event b = tellings.get(list.get(y));
                    if (a.sources().get(0).article().equals(b.sources().get(0).article()) || a.mention().polarity() != b.mention().polarity()
                            || ahead(a, publication) != ahead(b, publication)) {
                        continue;
                    }
                    if ((named ? compatible(a, b, publication) : sameClause(a, b))
                            && clustersAgree(parent, span, list.get(x), list.get(y))) {
                        union(parent, span, list.get(x), list.get(y));
                    } else if (named && a.when().isPresent() && b.when().isPresent() && !a.when().get().overlaps(b.when().get())
                            && a.sources().get(0).dating().isPresent() && b.sources().get(0).dating().isPresent()
                            && CorpusSimilarity.jaccard(CorpusSimilarity.contentWords(a.text()), CorpusSimilarity.contentWords(b.text())) >= CONFLICTING
                            && reported.add((long) Math.min(list.get(x), list.get(y)) * n + Math.max(list.get(x), list.get(y)))) {
                        conflicts.add(new Conflict("the same event told at incompatible times: \"" + a.text() + "\" ("
                                + a.when().get().value() + ") and \"" + b.text() + "\" (" + b.when().get().value() + ")",
                                List.of(describe(a), describe(b))));
                    }
                }
            }
        }
        // clusters in corpus order; the first telling gives the text, the best placed one the time
        Map<Integer, List<Integer>> clusters = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        Map<String, String> localToCluster = new HashMap<>();
        List<Event> merged = new ArrayList<>();
        for (List<Integer> members : clusters.values()) {
            Event first = tellings.get(members.get(0));
            Event e = first;
            for (int k = 1; k < members.size(); k++) {
                e = e.mergedWith(tellings.get(members.get(k)));
            }
            if (first.anchor().kind() != Anchor.Kind.DATED) {
                for (int k = 1; k < members.size(); k++) {
                    Event other = tellings.get(members.get(k));
                    if (other.anchor().kind() == Anchor.Kind.DATED) {
                        e = e.withWhen(other.when(), Anchor.elsewhere(other.sources().get(0).article(), other.anchor().mention()));
                        break;
                    }
                }
            }
            for (int k : members) {
                localToCluster.put(tellings.get(k).id(), first.id());
            }
            merged.add(e);
        }
        // what nothing places (no time, no anchor, no relation) is no part of a chronology
        Set<String> related = new HashSet<>();
        for (Relation r : relations) {
            for (NodeRef end : List.of(r.from(), r.to())) {
                if (end.kind() == NodeRef.Kind.EVENT && localToCluster.containsKey(end.id())) {
                    related.add(localToCluster.get(end.id()));
                }
            }
        }
        merged.removeIf(e -> e.when().isEmpty() && e.anchor().kind() == Anchor.Kind.NONE && !related.contains(e.id()));
        // chronological order: dated by interval; others where their relations put them
        Map<String, Key> keys = keys(merged, relations, localToCluster, publication);
        merged.sort(Comparator.comparing((Event e) -> place(e, keys)));
        Map<String, String> ids = new HashMap<>();
        List<Event> out = new ArrayList<>(merged.size());
        for (int i = 0; i < merged.size(); i++) {
            ids.put(merged.get(i).id(), "e" + (i + 1));
        }
        for (Event e : merged) {
            Event withId = e.withId(ids.get(e.id()));
            if (withId.anchor().kind() == Anchor.Kind.RELATIVE) {
                String target = ids.get(localToCluster.getOrDefault(withId.anchor().target(), withId.anchor().target()));
                // an event is not placed relative to itself (two tellings of one relation merged into one event)
                withId = withId.withWhen(withId.when(), target == null || target.equals(withId.id()) ? Anchor.none() : Anchor.relative(target));
            }
            out.add(withId);
        }
        LinkedHashSet<Relation> mapped = new LinkedHashSet<>();
        for (Relation r : relations) {
            NodeRef from = node(r.from(), localToCluster, ids);
            NodeRef to = node(r.to(), localToCluster, ids);
            if (from != null && to != null && !from.equals(to)) {
                mapped.add(new Relation(from, to, r.type()));
            }
        }
        return new Result(out, merged.stream().map(e -> place(e, keys)).toList(), List.copyOf(mapped), conflicts);
    }

    private static Place place(Event e, Map<String, Key> keys) {
        Key k = keys.get(e.id());
        return new Place(k.day(), k.rank(), k.latest(), e.sources().get(0).article(), e.sources().get(0).start());
    }

    private static NodeRef node(NodeRef local, Map<String, String> localToCluster, Map<String, String> ids) {
        if (local.kind() == NodeRef.Kind.PUBLICATION) {
            return local;
        }
        String id = ids.get(localToCluster.get(local.id()));
        return id == null ? null : NodeRef.event(id);
    }

    /** Where an event sits in the chronology: a day, then before (0), at (1) or after (2) what is on that day. */
    record Key(LocalDate day, int rank, LocalDate latest) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = day.compareTo(o.day);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(rank, o.rank);
            return c != 0 ? c : o.latest.compareTo(latest);
        }
    }

    private static Map<String, Key> keys(List<Event> events, List<Relation> relations, Map<String, String> localToCluster,
                                         Map<String, LocalDate> publication) {
        Map<String, Key> keys = new HashMap<>();
        Map<String, Relation> relativeOf = new HashMap<>();
        for (Relation r : relations) {
            if (r.from().kind() == NodeRef.Kind.EVENT && r.to().kind() == NodeRef.Kind.EVENT) {
                relativeOf.putIfAbsent(localToCluster.get(r.to().id()), r);
                relativeOf.putIfAbsent(localToCluster.get(r.from().id()), r);
            }
        }
        List<Event> relative = new ArrayList<>();
        for (Event e : events) {
            LocalDate pub = publication.getOrDefault(e.sources().get(0).article(), LocalDate.of(2000, 1, 1));
            if (e.when().isPresent()) {
                keys.put(e.id(), new Key(e.when().get().earliest(), 1, e.when().get().latest()));
            } else if (e.anchor().kind() == Anchor.Kind.RELATIVE) {
                relative.add(e);
            } else if (e.anchor().kind() == Anchor.Kind.PUBLICATION) {
                boolean after = e.mention().tense() == EventMention.Tense.FUTURE || e.mention().modality().isPresent();
                keys.put(e.id(), new Key(pub, after ? 2 : 0, pub));
            } else {
                keys.put(e.id(), new Key(pub, 1, pub));
            }
        }
        for (Event e : relative) {
            Relation r = relativeOf.get(e.id());
            Key k = null;
            if (r != null) {
                String from = localToCluster.get(r.from().id());
                String other = from.equals(e.id()) ? localToCluster.get(r.to().id()) : from;
                Key ok = keys.get(other);
                if (ok != null) {
                    boolean after = !from.equals(e.id());
                    k = new Key(ok.day(), after ? ok.rank() : Math.max(0, ok.rank() - 1), ok.latest());
                }
            }
            LocalDate pub = publication.getOrDefault(e.sources().get(0).article(), LocalDate.of(2000, 1, 1));
            keys.put(e.id(), k != null ? k : new Key(pub, 0, pub));
        }
        return keys;
    }

    /** The day a telling sorts by in the index: its first day, else its article's publication day. */
    private static LocalDate timeKey(Event e, Map<String, LocalDate> publication) {
        return e.earliest().orElseGet(() -> publication.getOrDefault(e.sources().get(0).article(), LocalDate.of(2000, 1, 1)));
    }

    /** Whether two tellings with a shared word group and participant can be the same happening. */
    static boolean compatible(Event a, Event b, Map<String, LocalDate> publication) {
        LocalDate pa = publication.get(a.sources().get(0).article());
        LocalDate pb = publication.get(b.sources().get(0).article());
        if (a.when().isPresent() && b.when().isPresent()) {
            return a.when().get().overlaps(b.when().get());
        }
        if (a.when().isEmpty() && b.when().isEmpty()) {
            return pa != null && pb != null && Math.abs(ChronoUnit.DAYS.between(pa, pb)) <= SAME_NEWS_DAYS
                    && a.anchor().kind() == b.anchor().kind();
        }
        Event dated = a.when().isPresent() ? a : b;
        Event undated = dated == a ? b : a;
        LocalDate pub = dated == a ? pb : pa;
        if (pub == null) {
            return false;
        }
        When w = dated.when().get();
        if (toCome(undated)) {
            // told as to come (planned, future, the purpose of a journey): the dated telling is in the days after
            return !w.latest().isBefore(pub) && !w.earliest().isAfter(pub.plusDays(RECENT_DAYS));
        }
        if (undated.anchor().kind() != Anchor.Kind.PUBLICATION) {
            return false;
        }
        return !w.earliest().isAfter(pub) && !w.latest().isBefore(pub.minusDays(RECENT_DAYS));
    }

    /** Whether a telling is ahead of its article: told as to come, or dated after its publication day. */
    private static boolean ahead(Event e, Map<String, LocalDate> publication) {
        LocalDate pub = publication.get(e.sources().get(0).article());
        return toCome(e) || pub != null && e.when().isPresent() && e.when().get().earliest().isAfter(pub);
    }

    /** Whether a telling is told as to come: in the future, planned, or the purpose of a journey. */
    private static boolean toCome(Event e) {
        return e.mention().tense() == EventMention.Tense.FUTURE || e.mention().modality().isPresent();
    }

    private static boolean sameClause(Event a, Event b) {
        if (a.when().isEmpty() || !a.when().equals(b.when())) {
            return false;
        }
        Set<String> wa = CorpusSimilarity.contentWords(a.text());
        Set<String> wb = CorpusSimilarity.contentWords(b.text());
        return CorpusSimilarity.shared(wa, wb) >= MIN_SHARED && CorpusSimilarity.jaccard(wa, wb) >= SAME_EVENT;
    }

    /** The participants as index keys: the last word of each name, lower case (surnames, place names). */
    static Set<String> names(Event e) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : e.participants()) {
            String[] w = p.split("[\\s.]+");
            String last = w[w.length - 1].replaceAll("'s$", "").toLowerCase(Locale.ROOT);
            if (last.length() >= 3) {
                out.add(last);
            }
        }
        return out;
    }

    private static String describe(Event e) {
        Event.Source s = e.sources().get(0);
        return "article " + s.article() + " at " + s.start() + ": '" + s.mention() + "' = " + e.when().map(When::value).orElse("?");
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The days a telling leaves possible: its interval; for an undated one, the days around its article's publication. */
    private static LocalDate[] possibleDays(Event e, Map<String, LocalDate> publication) {
        if (e.when().isPresent()) {
            return new LocalDate[] {e.when().get().earliest(), e.when().get().latest()};
        }
        LocalDate pub = publication.getOrDefault(e.sources().get(0).article(), LocalDate.of(2000, 1, 1));
        boolean after = toCome(e);
        return after ? new LocalDate[] {pub, pub.plusDays(RECENT_DAYS)} : new LocalDate[] {pub.minusDays(RECENT_DAYS), pub};
    }

    private static boolean clustersAgree(int[] parent, LocalDate[][] span, int a, int b) {
        LocalDate[] x = span[find(parent, a)];
        LocalDate[] y = span[find(parent, b)];
        return !x[1].isBefore(y[0]) && !y[1].isBefore(x[0]);
    }

    private static void union(int[] parent, LocalDate[][] span, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            LocalDate[] x = span[ra];
            LocalDate[] y = span[rb];
            LocalDate[] both = {x[0].isAfter(y[0]) ? x[0] : y[0], x[1].isBefore(y[1]) ? x[1] : y[1]};
            span[ra] = both;
            span[rb] = both;
            // the root is the earlier telling, so a cluster's root is its first telling in corpus order
            if (ra < rb) {
                parent[rb] = ra;
            } else {
                parent[ra] = rb;
            }
        }
    }
}
