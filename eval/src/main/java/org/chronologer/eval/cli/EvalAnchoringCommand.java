package org.chronologer.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chronologer.ArticleDater;
import org.chronologer.eval.AnchoringScore;
import org.chronologer.eval.AnchoringScore.Side;
import org.chronologer.eval.TextTable;
import org.chronologer.eval.TimeMlDocument;
import org.chronologer.event.EventTagger;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.link.EventAnchorer;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.Event;
import org.chronologer.model.EventMention;
import org.chronologer.model.NodeRef;
import org.chronologer.model.Relation;
import org.chronologer.read.Article;
import org.chronologer.resolve.TimexValues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval-anchoring}: where the engine places events, scored against the gold TLINKs of TimeML files between an
 * event and a time expression ({@link AnchoringScore}): each article is dated by its creation time, its events detected
 * and placed ({@link EventAnchorer}, no merging across articles), and each gold link to the creation time or putting an
 * event inside a time expression is checked against the engine's telling of that event (span overlap), and each gold
 * link between two events against what the engine says of the two (a relation it states between them, else their
 * intervals when they lie apart), per top folder (TimeBank, AQUAINT) and over all.
 */
@Command(name = "eval-anchoring", mixinStandardHelpOptions = true,
        description = "Scores how events are placed in time against the gold TLINKs of the .tml files under DIR: links to the "
                + "creation time (before, after, overlapping), links that put an event inside a time expression, and links between "
                + "two events.")
public final class EvalAnchoringCommand implements Callable<Integer> {

    static final String NAME = "eval-anchoring";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder of TimeML files with creation times (searched recursively).")
    Path dir;

    @Option(names = "--details", paramLabel = "FILE", description = "Write every gold link with the engine's answer (TSV: part, "
            + "document, kind (dct, in-time, event), event, gold relation, gold time (or the other event), answer, right, anchor "
            + "(dated, dated (story's time), publication, relative, none, or no telling), sentence).")
    Path details;

    /** The engine's telling of an event: its span, where it lies against the creation day, and inside what interval. */
    private record Telling(String id, int start, int end, Optional<Side> side, boolean onTheDay, Optional<LocalDate[]> interval,
                           String anchor, String sentence) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, List<Path>> byFolder = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tml"))
                    .filter(Files::isRegularFile).sorted().toList()) {
                Path rel = dir.relativize(f);
                byFolder.computeIfAbsent(rel.getNameCount() > 1 ? rel.getName(0).toString() : ".", k -> new ArrayList<>()).add(f);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println(NAME + ": cannot read " + dir + ": " + e.getMessage());
            return DevMain.EXIT_BAD_INPUT;
        }
        if (byFolder.isEmpty()) {
            err.println(NAME + ": no .tml file under " + dir);
            return DevMain.EXIT_BAD_INPUT;
        }
        PrintWriter detailsOut = null;
        try {
            if (details != null) {
                detailsOut = new PrintWriter(Files.newBufferedWriter(details, StandardCharsets.UTF_8));
                detailsOut.println("part\tdocument\tkind\tevent\tgold\ttime\tanswer\tright\tanchor\tsentence");
            }
            Map<String, AnchoringScore.Tally[]> rows = new LinkedHashMap<>();
            AnchoringScore.Tally[] all = {new AnchoringScore.Tally(), new AnchoringScore.Tally(), new AnchoringScore.Tally()};
            int skipped = 0;
            try (Workers workers = Workers.of(1, MentionExtractor::new)) {
                ArticleDater dater = new ArticleDater(workers, KnowledgeBase.defaults());
                EventTagger tagger = new EventTagger();
                for (Map.Entry<String, List<Path>> folder : byFolder.entrySet()) {
                    AnchoringScore.Tally[] part = {new AnchoringScore.Tally(), new AnchoringScore.Tally(), new AnchoringScore.Tally()};
                    for (Path f : folder.getValue()) {
                        String name = f.getFileName().toString();
                        String content;
                        TimeMlDocument d;
                        try {
                            content = Files.readString(f, StandardCharsets.UTF_8);
                            d = TimeMlDocument.parse(name.substring(0, name.length() - 4), content);
                        } catch (IOException | IllegalArgumentException e) {
                            err.println(NAME + ": " + f + ": left out: " + e.getMessage());
                            skipped++;
                            continue;
                        }
                        Optional<String> dctId = AnchoringScore.creationTimeId(content);
                        if (d.dct().isEmpty() || dctId.isEmpty()) {
                            err.println(NAME + ": " + f + ": left out: no creation time");
                            skipped++;
                            continue;
                        }
                        score(folder.getKey(), d, content, dctId.get(), dater, tagger, part, detailsOut);
                    }
                    rows.put(folder.getKey(), part);
                    for (int k = 0; k < all.length; k++) {
                        all[k].add(part[k]);
                    }
                }
            }
            rows.put("ALL", all);
            out.println("Event placing against the gold TLINKs of an event with a time or another event in " + dir + (skipped > 0 ? " (" + skipped + " file(s) left out, see above)" : ""));
            List<String[]> table = new ArrayList<>();
            table.add(new String[] {"part", "dct links", "answered", "accuracy", "right of all", "in-time links", "answered", "accuracy",
                "right of all", "event links", "answered", "accuracy", "right of all"});
            rows.forEach((k, t) -> table.add(new String[] {k, String.valueOf(t[0].links()), pct(t[0].coverage()), pct(t[0].accuracy()),
                    pct(t[0].recall()), String.valueOf(t[1].links()), pct(t[1].coverage()), pct(t[1].accuracy()), pct(t[1].recall()),
                    String.valueOf(t[2].links()), pct(t[2].coverage()), pct(t[2].accuracy()), pct(t[2].recall())}));
            out.print(TextTable.render(table, "  "));
            out.println("dct links: gold links between an event and the creation time, answered when the engine places the event "
                    + "against the publication day (an interval, or a relation through its tense), right when on the same side (before, "
                    + "after, overlapping). in-time links: gold links putting an event inside another time expression (IS_INCLUDED, "
                    + "DURING, SIMULTANEOUS), answered when the engine gives the event an interval, right when that interval lies "
                    + "inside the expression's. event links: gold links between two events, answered when the engine relates the two "
                    + "(a connective, the same happening) or gives them intervals apart, right when on the same side (before, after, "
                    + "overlapping). Events matched by span overlap; %.");
            out.flush();
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            return DevMain.EXIT_BAD_INPUT;
        } finally {
            if (detailsOut != null) {
                detailsOut.close();
            }
        }
    }

    private static void score(String part, TimeMlDocument d, String content, String dctId, ArticleDater dater, EventTagger tagger,
                              AnchoringScore.Tally[] tally, PrintWriter detailsOut) {
        LocalDate dct = d.dct().get();
        DatedArticle dated = dater.dateAlone(Article.of(d.id(), d.text()).withDeclared(dct));
        EventAnchorer.Told told = EventAnchorer.anchor(dated, tagger.events(d.text()));
        NodeRef publication = NodeRef.publication(d.id());
        Map<String, Side> toPublication = new HashMap<>();
        for (Relation r : told.relations()) {
            if (r.from().kind() == NodeRef.Kind.EVENT && r.to().equals(publication)) {
                toPublication.put(r.from().id(), r.type() == Relation.Type.BEFORE ? Side.BEFORE : Side.OVERLAP);
            } else if (r.to().kind() == NodeRef.Kind.EVENT && r.from().equals(publication)) {
                toPublication.put(r.to().id(), r.type() == Relation.Type.BEFORE ? Side.AFTER : Side.OVERLAP);
            }
        }
        List<Telling> tellings = new ArrayList<>();
        for (Event e : told.tellings()) {
            Event.Source s = e.sources().get(0);
            Optional<LocalDate[]> interval = e.when().map(w -> new LocalDate[] {w.earliest(), w.latest()});
            // an interval holding the creation day says no more than the day: the tense tells the side ("said" today is before it)
            Optional<Side> side = interval.map(i -> AnchoringScore.side(i[0], i[1], dct)).filter(x -> x != Side.OVERLAP)
                    .or(() -> Optional.ofNullable(toPublication.get(e.id())))
                    .or(() -> interval.isPresent() ? Optional.of(tenseSide(e)) : Optional.empty());
            boolean onTheDay = interval.isPresent() && interval.get()[0].equals(dct) && interval.get()[1].equals(dct);
            // a dated telling without a dating mention of its own took the story's time
            String anchor = e.anchor().kind().name().toLowerCase(Locale.ROOT)
                    + (e.anchor().kind() == Event.Anchor.Kind.DATED && s.dating().isEmpty() ? " (story's time)" : "");
            tellings.add(new Telling(e.id(), s.start(), s.end(), side, onTheDay, interval, anchor, e.sentence()));
        }
        Map<String, TimeMlDocument.EventTag> events = new HashMap<>();
        d.events().forEach(e -> events.put(e.eid(), e));
        Map<String, TimeMlDocument.Timex> timexes = new HashMap<>();
        d.timexes().forEach(t -> timexes.put(t.tid(), t));
        for (AnchoringScore.EventLink link : AnchoringScore.eventLinks(content)) {
            TimeMlDocument.EventTag first = events.get(link.eid());
            TimeMlDocument.EventTag second = events.get(link.otherEid());
            if (first == null || second == null) {
                continue;
            }
            Optional<Telling> a = tellings.stream().filter(x -> x.start() < first.end() && first.start() < x.end()).findFirst();
            Optional<Telling> b = tellings.stream().filter(x -> x.start() < second.end() && second.start() < x.end()).findFirst();
            boolean both = a.isPresent() && b.isPresent() && a.get() != b.get();
            Optional<Side> related = both ? related(a.get(), b.get(), told.relations()) : Optional.empty();
            Optional<Side> got = related.or(() -> both ? apart(a.get(), b.get()) : Optional.empty());
            boolean right = got.isPresent() && got.get() == AnchoringScore.side(link.relType());
            tally[2].add(got.isPresent(), right);
            detail(detailsOut, part, d, "event", first, link.relType(), second.text(),
                    got.map(x -> x.name() + (related.isPresent() ? " (related)" : " (intervals apart)")).orElse("-"), right, a);
        }
        for (AnchoringScore.Link link : AnchoringScore.links(content)) {
            TimeMlDocument.EventTag gold = events.get(link.eid());
            if (gold == null) {
                continue;
            }
            Optional<Telling> t = tellings.stream().filter(x -> x.start() < gold.end() && gold.start() < x.end()).findFirst();
            if (link.tid().equals(dctId)) {
                Optional<Side> got = t.flatMap(Telling::side);
                boolean right = got.isPresent() && AnchoringScore.agrees(got.get(), t.get().onTheDay(), link.relType());
                tally[0].add(got.isPresent(), right);
                detail(detailsOut, part, d, "dct", gold, link.relType(), dct.toString(),
                        got.map(x -> x.name() + (t.get().onTheDay() ? " on the day" : "")).orElse("-"), right, t);
            } else if (AnchoringScore.inside(link.relType()) && timexes.containsKey(link.tid())) {
                Optional<TimexValues.Interval> in = TimexValues.interval(timexes.get(link.tid()).value());
                if (in.isEmpty()) {
                    continue;
                }
                Optional<LocalDate[]> got = t.flatMap(Telling::interval);
                boolean right = got.isPresent() && !got.get()[0].isBefore(in.get().earliest()) && !got.get()[1].isAfter(in.get().latest());
                tally[1].add(got.isPresent(), right);
                detail(detailsOut, part, d, "in-time", gold, link.relType(), timexes.get(link.tid()).value(),
                        got.map(i -> i[0] + ".." + i[1]).orElse("-"), right, t);
            }
        }
    }

    /** Where a relation the engine states between two tellings puts the first against the second. */
    private static Optional<Side> related(Telling a, Telling b, List<Relation> relations) {
        NodeRef x = NodeRef.event(a.id());
        NodeRef y = NodeRef.event(b.id());
        for (Relation r : relations) {
            if (r.from().equals(x) && r.to().equals(y)) {
                return Optional.of(r.type() == Relation.Type.BEFORE ? Side.BEFORE : Side.OVERLAP);
            }
            if (r.from().equals(y) && r.to().equals(x)) {
                return Optional.of(r.type() == Relation.Type.BEFORE ? Side.AFTER : Side.OVERLAP);
            }
        }
        return Optional.empty();
    }

    /** Where the intervals of two tellings put the first against the second, when they lie apart. */
    private static Optional<Side> apart(Telling a, Telling b) {
        if (a.interval().isPresent() && b.interval().isPresent()) {
            LocalDate[] i = a.interval().get();
            LocalDate[] j = b.interval().get();
            return i[1].isBefore(j[0]) ? Optional.of(Side.BEFORE) : i[0].isAfter(j[1]) ? Optional.of(Side.AFTER) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The side of the creation day an event on that day lies on, by its tense: past or perfect before, future after. */
    private static Side tenseSide(Event e) {
        EventMention m = e.mention();
        if (m.tense() == EventMention.Tense.FUTURE) {
            return Side.AFTER;
        }
        return m.tense() == EventMention.Tense.PAST || m.tense() == EventMention.Tense.PASTPART || m.aspect() == EventMention.Aspect.PERFECTIVE
                ? Side.BEFORE : Side.OVERLAP;
    }

    private static void detail(PrintWriter out, String part, TimeMlDocument d, String kind, TimeMlDocument.EventTag gold,
                               String relType, String time, String answer, boolean right, Optional<Telling> t) {
        if (out == null) {
            return;
        }
        out.println(String.join("\t", part, d.id(), kind, gold.text(), relType, time, answer, right ? "1" : "0",
                t.map(Telling::anchor).orElse("no telling"), t.map(x -> x.sentence().replaceAll("\\s+", " ")).orElse("")));
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
