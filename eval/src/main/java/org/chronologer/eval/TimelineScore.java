package org.chronologer.eval;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jgrapht.alg.util.UnionFind;

/**
 * Scores of SemEval-2015 Task 4 "TimeLine: Cross-Document Event Ordering" timelines: temporal awareness
 * (UzZaman and Allen 2011, as in TempEval-3) of a system timeline against a gold one, micro-averaged over
 * timelines.
 *
 * <p>What is implemented, step by step, following the official scorer ({@code evaluation_all.py},
 * {@code evaluation_timeline.py}, {@code temporal_evaluation.py} and {@code relation_to_timegraph.py} of the task's
 * evaluation tool, "ordering and time anchors" mode, the default):
 * <ol>
 *   <li><b>Timeline file.</b> First line: the target entity. Then one line per event (or group of coreferent
 *       events): {@code ordinal TAB time-anchor TAB event [TAB event]...}, each event written
 *       {@code docid-sentence-extent} ({@code 16844-2-unveiled}). Lines are sorted by "natural" order of the
 *       whole line (runs of digits compared as numbers, numbers before text), as the scorer does; lines with
 *       ordinal 0 and lines with fewer than three fields are ignored.</li>
 *   <li><b>Graph.</b> Every event of every kept line becomes a node; each distinct time-anchor string becomes
 *       one TIMEX node (so all events anchored to {@code XXXX-XX-XX} share a node, as in the scorer; anchors are
 *       not ordered among themselves). Relations, in this order: each event SIMULTANEOUS with its anchor; then,
 *       along the flattened event sequence, each event BEFORE the next if the next one's ordinal is higher, else
 *       SIMULTANEOUS with it (so coreferent events of a line are SIMULTANEOUS). A system event is the same node
 *       as a gold event when their strings are equal (the k-th system occurrence of a string is the k-th gold
 *       occurrence); equal anchor strings are the same TIMEX node.</li>
 *   <li><b>Reduction and closure</b> (the TempEval-3 timegraph). Identical triples are kept once. Relations are
 *       added in order: a relation between two nodes already in the graph is <i>redundant</i> if the graph
 *       already entails it, a <i>violation</i> if the graph entails the opposite (A BEFORE B against A
 *       SIMULTANEOUS B or B BEFORE A, and conversely), and added otherwise; a relation with a new node is always
 *       added. The reduced graph is the added relations plus the violations (the scorer counts violations in
 *       the reduced graph; they are not added to the graph used for the closure). The closure is exact here:
 *       SIMULTANEOUS classes (union-find) and BEFORE reachability between classes, which for intervals related
 *       only by BEFORE and SIMULTANEOUS is exactly what the timegraph's point reasoning entails (its chain
 *       search may miss some entailments; this one does not).</li>
 *   <li><b>Temporal awareness.</b> Precision = |reduced(system) relations verified by gold| / |reduced(system)|,
 *       recall = |reduced(gold) relations verified by system| / |reduced(gold)|. A relation X-R-Y is verified
 *       by the other side if that side stated it (X R Y, or Y R' X with R' the inverse of R, among all its
 *       relations, violations and redundant ones included) or its closure entails it.</li>
 *   <li><b>Micro-average.</b> Verified counts and reduced-graph sizes are summed over the timelines, then
 *       P = sum verified(system) / sum |reduced(system)|, R = sum verified(gold) / sum |reduced(gold)|,
 *       F1 = 2PR / (P + R). A ratio with a zero denominator is 0, as is F1 when P + R = 0. Every timeline given to
 *       {@link #add} counts, an empty system timeline too (the official script skips a timeline whose answer
 *       file is missing; write an empty answer to have it count, as here).</li>
 * </ol>
 * The official script rounds P and R to six decimals before taking F1; this class does not round. On the trial
 * gold timelines this gives reduced gold graphs of 146 (Steve Jobs), 24 (iPhone 4), 20 (Beatles Apple Corps) and 7
 * (iPhone 3G) relations, the denominators implied by the recall figures in the official tool's README.
 *
 * <p>Not thread-safe.
 */
public final class TimelineScore {

    /** A temporal relation type of the timeline graphs. */
    public enum Type {
        BEFORE, SIMULTANEOUS
    }

    /**
     * One line of a timeline.
     *
     * @param ordinal its position (0: unordered, ignored by the scorer)
     * @param date    its time anchor as written ({@code 2010-06-07}, {@code 2008-03}, {@code XXXX-XX-XX})
     * @param events  its coreferent events, {@code docid-sentence-extent}
     */
    public record Line(int ordinal, String date, List<String> events) {
        public Line {
            if (ordinal < 0) {
                throw new IllegalArgumentException("negative ordinal " + ordinal);
            }
            Objects.requireNonNull(date, "date");
            events = List.copyOf(events);
            if (date.contains("\t") || date.contains("\n")) {
                throw new IllegalArgumentException("bad time anchor \"" + date + "\"");
            }
            for (String e : events) {
                if (e.isBlank() || e.contains("\t") || e.contains("\n")) {
                    throw new IllegalArgumentException("bad event \"" + e + "\"");
                }
            }
        }

        /** The line as written in a timeline file. */
        public String format() {
            StringBuilder b = new StringBuilder().append(ordinal).append('\t').append(date);
            events.forEach(e -> b.append('\t').append(e));
            return b.toString();
        }
    }

    /**
     * A timeline: the target entity and its lines, in file order.
     *
     * @param entity the target entity (the file's first line)
     * @param lines  its lines
     */
    public record Timeline(String entity, List<Line> lines) {
        public Timeline {
            Objects.requireNonNull(entity, "entity");
            lines = List.copyOf(lines);
        }

        /**
         * Parses a timeline file's content: the entity on the first line, then tab-separated lines (blank lines
         * skipped; a line with no event is kept with an empty event list and ignored when scoring).
         *
         * @throws IllegalArgumentException if the content is empty or a line's ordinal is not a number
         */
        public static Timeline parse(String content) {
            Objects.requireNonNull(content, "content");
            String[] rows = content.replace("\r\n", "\n").replace('\r', '\n').split("\n");
            if (rows.length == 0 || rows[0].isBlank()) {
                throw new IllegalArgumentException("timeline without a target entity on its first line");
            }
            String entity = rows[0].strip();
            List<Line> lines = new ArrayList<>();
            for (int i = 1; i < rows.length; i++) {
                String row = rows[i].strip();
                if (row.isEmpty()) {
                    continue;
                }
                String[] f = row.split("\t");
                int ordinal;
                try {
                    ordinal = Integer.parseInt(f[0].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": ordinal \"" + f[0] + "\" is not a number");
                }
                String date = f.length > 1 ? f[1].strip() : "";
                List<String> events = new ArrayList<>();
                for (int k = 2; k < f.length; k++) {
                    if (!f[k].isBlank()) {
                        events.add(f[k].strip());
                    }
                }
                lines.add(new Line(ordinal, date, events));
            }
            return new Timeline(entity, lines);
        }

        /** Reads a timeline file (UTF-8). */
        public static Timeline read(Path file) throws IOException {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        }

        /** The timeline in the task's file format (entity line, then one line per {@link Line}). */
        public String format() {
            StringBuilder b = new StringBuilder(entity).append('\n');
            lines.forEach(l -> b.append(l.format()).append('\n'));
            return b.toString();
        }

        /** The events of the lines the scorer keeps (ordinal above 0), in the scorer's order. */
        public List<String> scoredEvents() {
            List<String> out = new ArrayList<>();
            for (Line l : scoredLines(this)) {
                out.addAll(l.events());
            }
            return out;
        }
    }

    /**
     * A relation between two graph nodes. Event nodes are named {@code e:EVENT#k} (k-th occurrence of that
     * event string in the timeline, from 1), anchor nodes {@code t:ANCHOR}.
     */
    public record Relation(String from, String to, Type type) {
        public Relation {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String toString() {
            return from + " " + type + " " + to;
        }
    }

    /**
     * The graph of one timeline: its relations in the scorer's order (duplicates removed), the reduced set
     * (added plus violated relations) and the closure (of the added ones).
     */
    public static final class Graph {
        private final List<Relation> relations;
        private final Set<Relation> explicit = new HashSet<>();
        private final List<Relation> reduced = new ArrayList<>();
        private final List<Relation> violated = new ArrayList<>();
        private final List<Relation> redundant = new ArrayList<>();
        /** The SIMULTANEOUS classes. */
        private final UnionFind<String> classes = new UnionFind<>(Set.of());
        private final Set<String> nodes = new HashSet<>();
        /** BEFORE edges between class representatives. */
        private final Map<String, Set<String>> before = new HashMap<>();

        private Graph(List<Relation> relations) {
            this.relations = List.copyOf(new LinkedHashSet<>(relations));
            List<Relation> added = new ArrayList<>();
            for (Relation r : this.relations) {
                explicit.add(r);
                boolean known = has(r.from()) && has(r.to());
                if (r.from().equals(r.to())) {
                    if (r.type() == Type.BEFORE) {
                        violated.add(r);
                    } else if (known) {
                        redundant.add(r);
                    } else {
                        node(r.from());
                        added.add(r);
                    }
                    continue;
                }
                if (known) {
                    String ca = find(r.from());
                    String cb = find(r.to());
                    boolean same = ca.equals(cb);
                    boolean isBefore = !same && reaches(ca, cb);
                    boolean isAfter = !same && !isBefore && reaches(cb, ca);
                    if ((r.type() == Type.SIMULTANEOUS && same) || (r.type() == Type.BEFORE && isBefore)) {
                        redundant.add(r);
                        continue;
                    }
                    if (same || isBefore || isAfter) {
                        violated.add(r); // the closure entails another relation
                        continue;
                    }
                }
                node(r.from());
                node(r.to());
                if (r.type() == Type.SIMULTANEOUS) {
                    union(r.from(), r.to());
                } else {
                    before.computeIfAbsent(find(r.from()), k -> new HashSet<>()).add(find(r.to()));
                }
                added.add(r);
            }
            reduced.addAll(added);
            reduced.addAll(violated);
        }

        /** The graph of a timeline, as the scorer builds it. */
        public static Graph of(Timeline timeline) {
            return new Graph(TimelineScore.relations(timeline));
        }

        /** The graph of the given relations, added in order. */
        public static Graph of(List<Relation> relations) {
            return new Graph(relations);
        }

        /** All relations stated (duplicates removed), in order. */
        public List<Relation> relations() {
            return relations;
        }

        /** The reduced graph: the relations added (not entailed by earlier ones), then the violations. */
        public List<Relation> reduced() {
            return List.copyOf(reduced);
        }

        /** The relations that contradicted earlier ones (counted in the reduced graph, not in the closure). */
        public List<Relation> violated() {
            return List.copyOf(violated);
        }

        /** The relations already entailed when they came. */
        public List<Relation> redundant() {
            return List.copyOf(redundant);
        }

        /** Whether the node is in the graph. */
        public boolean has(String node) {
            return nodes.contains(node);
        }

        /**
         * Whether this side verifies {@code r}: it stated it (or its inverse), or its closure entails it.
         */
        public boolean verifies(Relation r) {
            if (explicit.contains(r)) {
                return true;
            }
            if (r.type() == Type.SIMULTANEOUS && explicit.contains(new Relation(r.to(), r.from(), Type.SIMULTANEOUS))) {
                return true;
            }
            if (!has(r.from()) || !has(r.to())) {
                return false;
            }
            return entailed(r.from(), r.to()) == r.type();
        }

        /**
         * The relation the closure entails from {@code a} to {@code b}: SIMULTANEOUS (same class), BEFORE, or null
         * (after or unknown).
         */
        private Type entailed(String a, String b) {
            String ca = find(a);
            String cb = find(b);
            if (ca.equals(cb)) {
                return Type.SIMULTANEOUS;
            }
            return reaches(ca, cb) ? Type.BEFORE : null;
        }

        /** Whether the closure says {@code a} is after {@code b}. */
        public boolean entailsAfter(String a, String b) {
            return has(a) && has(b) && reaches(find(b), find(a));
        }

        /** Whether the closure says {@code a} is before {@code b}. */
        public boolean entailsBefore(String a, String b) {
            return has(a) && has(b) && entailed(a, b) == Type.BEFORE;
        }

        /** Whether the closure says {@code a} and {@code b} are simultaneous. */
        public boolean entailsSimultaneous(String a, String b) {
            return has(a) && has(b) && find(a).equals(find(b));
        }

        private boolean reaches(String fromClass, String toClass) {
            if (fromClass.equals(toClass)) {
                return false;
            }
            Deque<String> todo = new ArrayDeque<>();
            Set<String> seen = new HashSet<>();
            todo.add(fromClass);
            seen.add(fromClass);
            while (!todo.isEmpty()) {
                String c = todo.poll();
                for (String n : before.getOrDefault(c, Set.of())) {
                    String nc = find(n);
                    if (nc.equals(toClass)) {
                        return true;
                    }
                    if (seen.add(nc)) {
                        todo.add(nc);
                    }
                }
            }
            return false;
        }

        private void node(String n) {
            if (nodes.add(n)) {
                classes.addElement(n);
            }
        }

        private String find(String n) {
            return classes.find(n);
        }

        /** Joins the classes of {@code a} and {@code b}; the BEFORE edges of both go with the joined class. */
        private void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (ra.equals(rb)) {
                return;
            }
            classes.union(ra, rb);
            String root = find(ra);
            for (String old : List.of(ra, rb)) {
                Set<String> moved = old.equals(root) ? null : before.remove(old);
                if (moved != null) {
                    before.computeIfAbsent(root, k -> new HashSet<>()).addAll(moved);
                }
            }
        }
    }

    /**
     * The score of one timeline.
     *
     * @param name             the timeline's name (its file name, say)
     * @param systemVerified   reduced system relations verified by gold
     * @param systemTotal      reduced system relations
     * @param goldVerified     reduced gold relations verified by the system
     * @param goldTotal        reduced gold relations
     * @param goldEvents       gold events scored (ordinal above 0)
     * @param systemEvents     system events scored
     * @param sharedEvents     system events that are gold events (same string)
     */
    public record Result(String name, int systemVerified, int systemTotal, int goldVerified, int goldTotal,
                         int goldEvents, int systemEvents, int sharedEvents) {
        public Result {
            Objects.requireNonNull(name, "name");
        }

        /** Verified system relations / system relations (0 if none). */
        public double precision() {
            return ratio(systemVerified, systemTotal);
        }

        /** Verified gold relations / gold relations (0 if none). */
        public double recall() {
            return ratio(goldVerified, goldTotal);
        }

        /** Harmonic mean of precision and recall (0 if both are 0). */
        public double f1() {
            return TimelineScore.f1(precision(), recall());
        }
    }

    private final List<Result> results = new ArrayList<>();

    /** An empty score. */
    public TimelineScore() {
    }

    /** Scores one system timeline against its gold timeline, adds it to the totals and returns its result. */
    public Result add(String name, Timeline gold, Timeline system) {
        Result r = score(name, gold, system);
        results.add(r);
        return r;
    }

    /** The score of one system timeline against its gold timeline (not added to any total). */
    public static Result score(String name, Timeline gold, Timeline system) {
        Graph g = Graph.of(gold);
        Graph s = Graph.of(system);
        int systemVerified = 0;
        for (Relation r : s.reduced()) {
            if (g.verifies(r)) {
                systemVerified++;
            }
        }
        int goldVerified = 0;
        for (Relation r : g.reduced()) {
            if (s.verifies(r)) {
                goldVerified++;
            }
        }
        List<String> goldEvents = gold.scoredEvents();
        List<String> systemEvents = system.scoredEvents();
        Map<String, Integer> goldCounts = new HashMap<>();
        goldEvents.forEach(e -> goldCounts.merge(e, 1, Integer::sum));
        int shared = 0;
        for (String e : systemEvents) {
            Integer left = goldCounts.get(e);
            if (left != null && left > 0) {
                shared++;
                goldCounts.put(e, left - 1);
            }
        }
        return new Result(name, systemVerified, s.reduced().size(), goldVerified, g.reduced().size(),
                goldEvents.size(), systemEvents.size(), shared);
    }

    /** The relations of a timeline in the scorer's order: anchor links first, then the chain of events. */
    public static List<Relation> relations(Timeline timeline) {
        List<Line> lines = scoredLines(timeline);
        List<String> nodes = new ArrayList<>();
        List<Integer> ordinals = new ArrayList<>();
        List<Relation> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Line l : lines) {
            for (String e : l.events()) {
                int k = seen.merge(e, 1, Integer::sum);
                String node = "e:" + e + "#" + k;
                nodes.add(node);
                ordinals.add(l.ordinal());
                out.add(new Relation(node, "t:" + l.date(), Type.SIMULTANEOUS));
            }
        }
        for (int i = 0; i + 1 < nodes.size(); i++) {
            Type t = ordinals.get(i) < ordinals.get(i + 1) ? Type.BEFORE : Type.SIMULTANEOUS;
            out.add(new Relation(nodes.get(i), nodes.get(i + 1), t));
        }
        return out;
    }

    /** The lines the scorer keeps (ordinal above 0, at least one event), in natural order of their text. */
    static List<Line> scoredLines(Timeline timeline) {
        List<Line> kept = new ArrayList<>();
        for (Line l : timeline.lines()) {
            if (l.ordinal() != 0 && !l.events().isEmpty()) {
                kept.add(l);
            }
        }
        kept.sort(Comparator.comparing(Line::format, TimelineScore::naturalCompare));
        return kept;
    }

    /**
     * The scorer's line order ({@code natural_keys}): the text split into runs of digits and runs of other
     * chars; digit runs compare as numbers and before text; text compares char by char; a prefix comes first.
     */
    static int naturalCompare(String a, String b) {
        List<Object> ka = naturalKey(a);
        List<Object> kb = naturalKey(b);
        for (int i = 0; i < Math.min(ka.size(), kb.size()); i++) {
            Object x = ka.get(i);
            Object y = kb.get(i);
            int c;
            if (x instanceof BigInteger bx && y instanceof BigInteger by) {
                c = bx.compareTo(by);
            } else if (x instanceof BigInteger) {
                c = -1;
            } else if (y instanceof BigInteger) {
                c = 1;
            } else {
                c = ((String) x).compareTo((String) y);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(ka.size(), kb.size());
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** {@code re.split('(\\d+)', s)} with the digit runs as numbers: text, number, text, ..., text. */
    private static List<Object> naturalKey(String s) {
        List<Object> key = new ArrayList<>();
        Matcher m = DIGITS.matcher(s);
        int last = 0;
        while (m.find()) {
            key.add(s.substring(last, m.start()));
            key.add(new BigInteger(m.group()));
            last = m.end();
        }
        key.add(s.substring(last));
        return key;
    }

    /** The per-timeline results, in the order added. */
    public List<Result> results() {
        return List.copyOf(results);
    }

    /** Summed verified system relations. */
    public int systemVerified() {
        return results.stream().mapToInt(Result::systemVerified).sum();
    }

    /** Summed reduced system relations. */
    public int systemTotal() {
        return results.stream().mapToInt(Result::systemTotal).sum();
    }

    /** Summed verified gold relations. */
    public int goldVerified() {
        return results.stream().mapToInt(Result::goldVerified).sum();
    }

    /** Summed reduced gold relations. */
    public int goldTotal() {
        return results.stream().mapToInt(Result::goldTotal).sum();
    }

    /** Micro-averaged precision. */
    public double precision() {
        return ratio(systemVerified(), systemTotal());
    }

    /** Micro-averaged recall. */
    public double recall() {
        return ratio(goldVerified(), goldTotal());
    }

    /** Micro-averaged F1 (the task's official score). */
    public double f1() {
        return f1(precision(), recall());
    }

    /** One row per timeline, then the micro-average; percentages with two decimals, counts in brackets. */
    public String format() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"timeline", "F1", "P", "R", "sys verified/rel", "gold verified/rel", "events sys/gold/shared"});
        for (Result r : results) {
            rows.add(new String[] {r.name(), pct(r.f1()), pct(r.precision()), pct(r.recall()),
                    r.systemVerified() + "/" + r.systemTotal(), r.goldVerified() + "/" + r.goldTotal(),
                    r.systemEvents() + "/" + r.goldEvents() + "/" + r.sharedEvents()});
        }
        int se = results.stream().mapToInt(Result::systemEvents).sum();
        int ge = results.stream().mapToInt(Result::goldEvents).sum();
        int sh = results.stream().mapToInt(Result::sharedEvents).sum();
        rows.add(new String[] {"MICRO", pct(f1()), pct(precision()), pct(recall()),
                systemVerified() + "/" + systemTotal(), goldVerified() + "/" + goldTotal(), se + "/" + ge + "/" + sh});
        return TextTable.render(rows, "  ");
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.2f", 100 * x);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
