package org.chronologer.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.chronologer.extract.Mention;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.Event;
import org.chronologer.model.Event.Anchor;
import org.chronologer.model.EventMention;
import org.chronologer.model.EventMention.Aspect;
import org.chronologer.model.EventMention.EventClass;
import org.chronologer.model.EventMention.Tense;
import org.chronologer.model.NodeRef;
import org.chronologer.model.Relation;
import org.chronologer.model.When;
import org.chronologer.resolve.Granularity;
import org.chronologer.resolve.TimexValues;
import org.chronologer.tag.TimexType;
import org.chronologer.text.Sentences;

/**
 * Places the event mentions of one dated article in time. Each telling gets, in this order of preference:
 * <ol>
 *   <li><b>dated</b>: the interval of a resolved date or time expression in its clause, or one fronted in its sentence
 *       with no other verb between (a factual event only; for an event told as past, not one after the day its article
 *       declares: "would leave as soon as Tuesday, the captain said"); for a factual event told in the simple past without
 *       either, the story's time: the last day (or time) the article told in an earlier sentence, when it is not
 *       after publication and no coarser date outside it opened a sentence since ("Jobs unveiled the phone on Monday.
 *       [...] Jobs said ..." puts the saying on Monday; "He was born on February 24, 1955. [...] In 1996 he returned to
 *       Apple and soon after reassumed the role of CEO" does not put the reassuming in 1955);</li>
 *   <li><b>relative</b>: a relation to another event of the article through a connective: "after the talks",
 *       "before leaving", "following the vote", "ahead of the summit" (the other event named right after it, or
 *       fronted: "After the ceremony, the ferry left"; "During the talks, they signed" puts the signing in the talks), or
 *       "then", "later", "afterwards" (after the last event told before its clause);</li>
 *   <li><b>publication</b>: through tense and aspect, a relation to the article's publication moment
 *       ({@code article:ID}): past and perfect are before it, the present and the present perfect progressive ("have
 *       been negotiating") hold at it (the interval is the publication day), the future, modal or planned comes after
 *       it.</li>
 * </ol>
 * A planned event is dated by a date of its clause ("is scheduled to hold talks on Wednesday"); otherwise negated and
 * hypothetical events ("did not attend", "may visit", "plans to open") get no interval: they are kept, marked, and
 * related to the publication moment only when they are to come. The news of the lead told in the present perfect
 * ("has arrived in Lima") is of the publication day. A participle without an auxiliary nothing else placed ("rejected
 * the offer, saying", "While touring the pier, the mayor thanked") is placed with the finite verb of its sentence before
 * it, else after it; an event noun nothing else placed, with the verb told before it in its clause ("has landed for a
 * state visit"). Each telling's id is local,
 * {@code ARTICLE#N}; relations name those ids and {@code article:ID}.
 */
public final class EventAnchorer {

    /** Words that put the event they follow after the event they introduce. */
    private static final Set<String> AFTER = Set.of("after", "following", "since");
    /** Words that put the event they follow before the event they introduce. */
    private static final Set<String> BEFORE = Set.of("before", "ahead", "prior", "until", "pending");
    /** Words that put the event of their clause after the one told before. */
    private static final Set<String> THEN = Set.of("then", "later", "afterwards", "afterward", "subsequently", "thereafter");
    /** Words between a connective and the event it introduces. */
    private static final Set<String> FILLERS = Set.of("the", "a", "an", "his", "her", "their", "its", "this", "that", "of", "to",
            "these", "those", "our", "my", "your", "last", "week's", "year's", "day's");

    /** What anchoring draws from one article: its tellings and the relations between them. */
    public record Told(List<Event> tellings, List<Relation> relations) {
        public Told {
            tellings = List.copyOf(tellings);
            relations = List.copyOf(relations);
        }
    }

    private EventAnchorer() {
    }

    /** Places the event mentions of a dated article (given in text order). */
    public static Told anchor(DatedArticle article, List<EventMention> events) {
        String text = article.article().text();
        String id = article.article().id();
        NodeRef pub = NodeRef.publication(id);
        List<Mention> dates = article.mentions().stream()
                .filter(m -> (m.type() == TimexType.DATE || m.type() == TimexType.TIME) && m.resolution().interval().isPresent())
                .sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
        List<Event> out = new ArrayList<>(events.size());
        List<Relation> relations = new ArrayList<>();
        int nextDate = 0;
        Mention focus = null;
        Map<Integer, Optional<Mention>> frames = new HashMap<>(); // the date each sentence opens with, by its start
        int lead = events.stream().filter(e -> e.pos() == EventMention.Pos.VERB).mapToInt(EventMention::sentence).findFirst().orElse(-1);
        int[][] clauses = new int[events.size()][];
        for (int i = 0; i < events.size(); i++) {
            EventMention m = events.get(i);
            NodeRef self = NodeRef.event(id + "#" + i);
            int[] clause = Clauses.bounds(text, m.sentenceStart(), m.sentenceEnd(), m.start(), m.end());
            clauses[i] = clause;
            Optional<When> when = Optional.empty();
            Anchor anchor = Anchor.none();
            boolean storyTime = false;
            while (nextDate < dates.size() && dates.get(nextDate).end() <= m.sentenceStart()) {
                Mention d = dates.get(nextDate++);
                TimexValues.Interval iv = d.resolution().interval().get();
                if (!iv.latest().isAfter(publicationDay(article))) {
                    // a day or time is the story's time from here; a coarser date opening its sentence ("In 1996, ...")
                    // moves the story to a time whose day it does not tell, so the day told before is no longer the story's
                    if (!iv.granularity().coarserOrEqual(Granularity.WEEKEND)) {
                        focus = d;
                    } else if (focus != null && fronted(text, d) && !contains(iv, focus.resolution().interval().get())) {
                        focus = null;
                    }
                }
            }
            if (m.factual() || planned(m)) {
                boolean purpose = purpose(m);
                List<Mention> reachable = dates.stream()
                        .filter(d -> d.start() >= m.sentenceStart() && d.end() <= m.sentenceEnd() && noVerbBetween(events, m, d))
                        .filter(d -> !purpose || d.start() >= m.end()) // "arrived on Tuesday for talks": Tuesday dates the arrival
                        .toList();
                Optional<Mention> d = governing(reachable, clause, m)
                        .or(() -> narrowest(reachable.stream().filter(x -> x.end() <= m.start()).toList(), m.sentenceStart(), m.sentenceEnd(), m))
                        .or(() -> reachable.stream().filter(x -> x.start() >= m.end()).findFirst());
                if (d.isPresent() && m.factual() && (m.tense() == Tense.PAST || m.aspect() == Aspect.PERFECTIVE)
                        && article.article().declared().isPresent()
                        && d.get().resolution().interval().get().earliest().isAfter(publicationDay(article))) {
                    // what an article tells as past happened before the day it declares ("Castro said the group would
                    // leave as soon as Tuesday"): a date after that day is another event's
                    d = Optional.empty();
                }
                if (d.isEmpty() && m.factual() && m.tense() == Tense.PAST && m.aspect() == Aspect.NONE) {
                    // a past event told without a date of its own happens at the time its sentence opened with ("One
                    // year later he was fired and he founded NeXT"), else at the story's time: the last day the article
                    // told before
                    Mention story = focus;
                    d = frames.computeIfAbsent(m.sentenceStart(), k -> frame(text, dates, k, publicationDay(article)))
                            .filter(x -> x.end() <= m.start())
                            .or(() -> Optional.ofNullable(story));
                    storyTime = d.isPresent();
                }
                if (d.isPresent()) {
                    when = When.of(d.get().resolution());
                    anchor = Anchor.dated(id, d.get().start());
                }
            }
            int at = i;
            Optional<Relation> relative = relative(text, events, i, clause, id)
                    .or(() -> anchorOfPurpose(m, events, at, id));
            if (relative.isPresent()) {
                relations.add(relative.get());
                if (anchor.kind() == Anchor.Kind.NONE && (m.tense() == Tense.FUTURE || planned(m) && !purpose(m))) {
                    // to come, whatever it is relative to; a journey's purpose only follows the journey ("flew there on
                    // Tuesday to inspect the locks" may be over by publication), and is to come when the journey is
                    relations.add(new Relation(pub, self, Relation.Type.BEFORE));
                }
                if (anchor.kind() == Anchor.Kind.NONE) {
                    NodeRef other = relative.get().from().equals(self) ? relative.get().to() : relative.get().from();
                    anchor = Anchor.relative(other.id());
                }
            }
            if (anchor.kind() == Anchor.Kind.NONE) {
                Optional<Relation.Type> toPublication = Optional.empty();
                boolean after = false;
                if (m.tense() == Tense.FUTURE || m.modality().isPresent() && m.polarity() == EventMention.Polarity.POS) {
                    after = m.tense() == Tense.FUTURE || m.modality().isPresent() && !Set.of("if", "unless", "whether").contains(m.modality().get());
                    toPublication = after ? Optional.of(Relation.Type.BEFORE) : Optional.empty();
                } else if (m.factual()) {
                    if (m.tense() == Tense.PRESENT && m.aspect() == Aspect.PERFECTIVE && m.sentence() == lead) {
                        // the news of the lead, told in the present perfect ("has arrived in Lima"), is of the day it is told
                        toPublication = Optional.of(Relation.Type.INCLUDES);
                        when = Optional.of(When.ofDay(publicationDay(article)));
                    } else if (m.tense() == Tense.PRESENT && m.aspect() == Aspect.PERFECTIVE_PROGRESSIVE) {
                        // "have been negotiating": begun before publication and going on at it
                        toPublication = Optional.of(Relation.Type.INCLUDES);
                        when = Optional.of(When.ofDay(publicationDay(article)));
                    } else if (m.tense() == Tense.PAST || m.aspect() == Aspect.PERFECTIVE || m.aspect() == Aspect.PERFECTIVE_PROGRESSIVE
                            || m.tense() == Tense.PASTPART) {
                        toPublication = Optional.of(Relation.Type.BEFORE);
                    } else if (m.tense() == Tense.PRESENT) {
                        toPublication = Optional.of(Relation.Type.INCLUDES);
                        when = Optional.of(When.ofDay(publicationDay(article)));
                    }
                }
                if (toPublication.isPresent()) {
                    anchor = Anchor.publication(id);
                    if (after) {
                        relations.add(new Relation(pub, self, Relation.Type.BEFORE));
                    } else if (toPublication.get() == Relation.Type.BEFORE) {
                        relations.add(new Relation(self, pub, Relation.Type.BEFORE));
                    }
                    // a present event holds at publication: its interval is the publication day, the graph relates it
                }
            }
            String clauseText = Clauses.clean(text.substring(clause[0], clause[1]));
            String sentence = Clauses.clean(text.substring(m.sentenceStart(), Math.max(m.sentenceStart(), m.sentenceEnd())));
            out.add(new Event(self.id(), Clauses.shorten(clauseText, sentence), sentence, m, when, anchor, m.participants(),
                    List.of(new Event.Source(id, m.start(), m.end(), m.text(),
                            anchor.kind() == Anchor.Kind.DATED && !storyTime ? anchor.mention() : OptionalInt.empty()))));
        }
        placeParticiples(events, out, relations);
        // an event noun nothing placed is placed with the verb that governs it in its clause ("has landed for a state
        // visit", "held talks on Monday"): the verb told before it, nearest
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            if (e.mention().pos() != EventMention.Pos.NOUN || e.anchor().kind() != Anchor.Kind.NONE) {
                continue;
            }
            for (int j = i - 1; j >= 0 && events.get(j).sentence() == events.get(i).sentence() && events.get(j).end() > clauses[i][0]; j--) {
                Event verb = out.get(j);
                if (verb.mention().pos() != EventMention.Pos.VERB) {
                    continue;
                }
                if (verb.anchor().kind() == Anchor.Kind.RELATIVE && verb.anchor().target().equals(e.id())) {
                    break; // "has surged since the invasion": the verb is placed by the noun, not the noun by the verb
                }
                if (verb.anchor().kind() != Anchor.Kind.NONE) {
                    // and told as the verb tells it: "likely to feature in the talks" makes the talks to come
                    EventMention told = e.mention().modality().isEmpty() && verb.mention().modality().isPresent()
                            ? e.mention().withModality(verb.mention().modality()) : e.mention();
                    out.set(i, placedWith(e, told, verb, relations));
                }
                break;
            }
        }
        sameAsToldBefore(text, dates, events, out, relations);
        return new Told(out, relations);
    }

    /** Words before an event noun that make it name a happening already known: "the bombings", "its launch". */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "its", "his", "her", "their");
    /** Words between an event noun and a date of its own phrase: "the attack on Sept. 11", "the bombings of Aug. 7". */
    private static final Set<String> OF_ITS_PHRASE = Set.of("on", "of", "in");

    /**
     * A definite event noun that names again, in a later sentence, a happening the article told before with the same word
     * or its verb ("Bombs exploded outside the embassies on Friday. [...] Estrada condemned the bombings"): it is that
     * happening, not an event of the clause it is named in. It is placed as the first telling is, and the same as it,
     * unless a date of its own phrase dates it ("the Aug. 7 bombings", "the attack on Sept. 11"). Both are told as facts
     * (not "are likely to discuss the war": the war is not to come because the discussing is).
     */
    private static void sameAsToldBefore(String text, List<Mention> dates, List<EventMention> events, List<Event> out,
                                         List<Relation> relations) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            EventMention m = out.get(i).mention();
            String group = Synonyms.stemGroup(m.lemma());
            Integer j = first.get(group);
            if (j == null) {
                if (m.factual()) {
                    first.put(group, i);
                }
                continue;
            }
            if (m.pos() != EventMention.Pos.NOUN || !m.factual() || events.get(j).sentence() == m.sentence() || !definite(text, m)
                    || datedInItsPhrase(text, dates, m)) {
                continue;
            }
            Event head = out.get(j);
            Event e = out.get(i);
            if (head.anchor().kind() == Anchor.Kind.NONE && e.anchor().kind() == Anchor.Kind.NONE) {
                continue; // neither is placed: the sameness would place nothing
            }
            Event placed = head.anchor().kind() == Anchor.Kind.NONE ? e : placedWith(e, m, head, relations);
            OptionalInt dating = head.sources().get(0).dating();
            List<Event.Source> sources = e.sources().stream()
                    .map(s -> new Event.Source(s.article(), s.start(), s.end(), s.mention(), dating)).toList();
            out.set(i, new Event(placed.id(), placed.text(), placed.sentence(), placed.mention(), placed.when(), placed.anchor(),
                    placed.participants(), head.anchor().kind() == Anchor.Kind.NONE ? e.sources() : sources));
            relations.add(new Relation(NodeRef.event(head.id()), NodeRef.event(e.id()), Relation.Type.SAME));
        }
    }

    /** Whether an event noun follows a definite article, a demonstrative or a possessive, with no word between. */
    private static boolean definite(String text, EventMention m) {
        String before = previousWord(text, m.start(), m.sentenceStart());
        return before != null && DEFINITE.contains(before);
    }

    /**
     * Whether a date lies in the noun's own phrase: right after it through "on", "of" or "in", or between it and the
     * determiner before it ("the Aug. 7 bombings", "Tuesday's attack").
     */
    private static boolean datedInItsPhrase(String text, List<Mention> dates, EventMention m) {
        for (Mention d : dates) {
            if (d.start() >= m.end() && d.start() - m.end() <= 4) {
                String between = text.substring(m.end(), d.start()).strip().toLowerCase(Locale.ROOT);
                if (between.isEmpty() || OF_ITS_PHRASE.contains(between)) {
                    return true;
                }
            }
            if (d.end() <= m.start() && d.start() >= m.sentenceStart()) {
                String between = text.substring(d.end(), m.start()).strip();
                if (between.isEmpty() || between.equals("'s") || between.equals("’s")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A participle without an auxiliary that nothing placed ("dismissed the claims, saying", "unveiled it by walking onto
     * the stage", "While introducing the phone, Jobs started") happens with the finite verb of its sentence it goes with:
     * the nearest one told before it, else the first one after it. It takes that verb's placing, and its relations to the
     * publication moment.
     */
    private static void placeParticiples(List<EventMention> events, List<Event> out, List<Relation> relations) {
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            if (e.mention().pos() != EventMention.Pos.VERB || e.mention().tense() != Tense.PRESPART || e.anchor().kind() != Anchor.Kind.NONE) {
                continue;
            }
            Optional<Event> verb = Optional.empty();
            for (int j = i - 1; j >= 0 && events.get(j).sentence() == events.get(i).sentence() && verb.isEmpty(); j--) {
                verb = finite(out.get(j));
            }
            for (int j = i + 1; j < out.size() && events.get(j).sentence() == events.get(i).sentence() && verb.isEmpty(); j++) {
                verb = finite(out.get(j));
            }
            if (verb.isEmpty()) {
                continue;
            }
            out.set(i, placedWith(e, e.mention(), verb.get(), relations));
        }
    }

    /**
     * The event {@code e}, told as {@code told}, placed as {@code verb} is: its interval and anchor, and (added to
     * {@code relations}) its relations to the publication moment.
     */
    private static Event placedWith(Event e, EventMention told, Event verb, List<Relation> relations) {
        NodeRef v = NodeRef.event(verb.id());
        NodeRef self = NodeRef.event(e.id());
        for (Relation r : List.copyOf(relations)) {
            if (r.from().equals(v) && r.to().kind() == NodeRef.Kind.PUBLICATION) {
                relations.add(new Relation(self, r.to(), r.type()));
            } else if (r.to().equals(v) && r.from().kind() == NodeRef.Kind.PUBLICATION) {
                relations.add(new Relation(r.from(), self, r.type()));
            }
        }
        return new Event(e.id(), e.text(), e.sentence(), told, verb.when(), verb.anchor(), e.participants(), e.sources());
    }

    /** The event when it is a placed finite verb (told in a tense, not a participle or an infinitive). */
    private static Optional<Event> finite(Event e) {
        Tense t = e.mention().tense();
        boolean finite = e.mention().pos() == EventMention.Pos.VERB && (t == Tense.PAST || t == Tense.PRESENT || t == Tense.FUTURE);
        return finite && e.anchor().kind() != Anchor.Kind.NONE ? Optional.of(e) : Optional.empty();
    }

    /** The journey a purpose comes after ("arrived for talks": the arrival before the talks), when the event is one. */
    private static Optional<Relation> anchorOfPurpose(EventMention m, List<EventMention> events, int i, String article) {
        if (!purpose(m)) {
            return Optional.empty();
        }
        for (int j = i - 1; j >= 0 && events.get(j).sentence() == m.sentence(); j--) {
            if (events.get(j).pos() == EventMention.Pos.VERB) {
                return Optional.of(new Relation(NodeRef.event(article + "#" + j), NodeRef.event(article + "#" + i), Relation.Type.BEFORE));
            }
        }
        return Optional.empty();
    }

    /** Whether an event is the purpose of a journey ("arrived for talks", "flew in to meet"): see EventDetector. */
    static boolean purpose(EventMention m) {
        return m.modality().filter(x -> x.equals("for") || x.equals("to")).isPresent();
    }

    /** Whether an event is told as planned or expected (a modal or an intention, not a condition, not negated). */
    static boolean planned(EventMention m) {
        return m.polarity() == EventMention.Polarity.POS && m.modality().isPresent()
                && !Set.of("if", "unless", "whether").contains(m.modality().get());
    }

    private static java.time.LocalDate publicationDay(DatedArticle a) {
        return a.article().declared().orElse(a.published().best());
    }

    /** The date or time expression that governs an event: in its clause, the nearest to it. */
    static Optional<Mention> governing(List<Mention> dates, int[] clause, EventMention m) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention d : dates) {
            if (d.start() >= clause[0] && d.end() <= clause[1]) {
                int distance = d.start() >= m.end() ? d.start() - m.end() : m.start() - d.end();
                if (distance >= 0 && distance < bestDistance) {
                    best = d;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A date at the head of its sentence, after at most a preposition and an article ("In 1996, ...", "One year later he"). */
    private static final java.util.regex.Pattern FRONTED = java.util.regex.Pattern.compile(
            "(?i)^[\\s\\p{Punct}]*(?:(?:in|on|by|at|during|since|from|until|after|before|around|early|late|later|earlier)\\s+)?(?:the\\s+)?$");

    /**
     * Whether a date opens its sentence: a fronted date sets the time of what follows, beyond its sentence ("In 1986 he
     * bought Pixar. [...]"), where one inside a sentence ("grown over the past decade") tells background.
     */
    private static boolean fronted(String text, Mention d) {
        int start = Sentences.start(text, d.start());
        return FRONTED.matcher(text.substring(start, d.start())).matches();
    }

    /**
     * The date the sentence starting at {@code sentenceStart} opens with ({@link #fronted}), not after publication: the
     * first date of the sentence, found by binary search in {@code dates} (in text order).
     */
    private static Optional<Mention> frame(String text, List<Mention> dates, int sentenceStart, LocalDate published) {
        int lo = 0;
        int hi = dates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).start() < sentenceStart) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == dates.size()) {
            return Optional.empty();
        }
        Mention first = dates.get(lo);
        return fronted(text, first) && !first.resolution().interval().get().latest().isAfter(published)
                ? Optional.of(first) : Optional.empty();
    }

    /** Whether {@code outer} holds all of {@code inner}. */
    private static boolean contains(TimexValues.Interval outer, TimexValues.Interval inner) {
        return !inner.earliest().isBefore(outer.earliest()) && !inner.latest().isAfter(outer.latest());
    }

    /** Whether no other verb stands between an event and a date expression (which would be that verb's date). */
    static boolean noVerbBetween(List<EventMention> events, EventMention m, Mention d) {
        int from = Math.min(m.end(), d.end());
        int to = Math.max(m.start(), d.start());
        for (EventMention x : events) {
            if (x != m && x.pos() == EventMention.Pos.VERB && x.start() >= from && x.end() <= to) {
                return false;
            }
        }
        return true;
    }

    /** The date or time expression of the sentence with the narrowest interval (the nearest on a tie). */
    static Optional<Mention> narrowest(List<Mention> dates, int sStart, int sEnd, EventMention m) {
        Mention best = null;
        long bestDays = Long.MAX_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention d : dates) {
            if (d.start() >= sStart && d.end() <= sEnd) {
                TimexValues.Interval iv = d.resolution().interval().get();
                long days = java.time.temporal.ChronoUnit.DAYS.between(iv.earliest(), iv.latest());
                int distance = d.start() >= m.end() ? d.start() - m.end() : Math.max(0, m.start() - d.end());
                if (days < bestDays || days == bestDays && distance < bestDistance) {
                    best = d;
                    bestDays = days;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A relation to another event of the article told through a connective, if the text has one. */
    private static Optional<Relation> relative(String text, List<EventMention> events, int i, int[] clause, String article) {
        EventMention m = events.get(i);
        NodeRef self = NodeRef.event(article + "#" + i);
        // "X after/before [the] Y": Y is the next event mention of the sentence, reached through fillers only
        int at = m.end();
        String next = nextWord(text, at, clause[1]);
        if (next != null && (AFTER.contains(next) || BEFORE.contains(next))) {
            int afterConnective = text.toLowerCase(Locale.ROOT).indexOf(next, at) + next.length();
            for (int j = i + 1; j < events.size() && events.get(j).sentence() == m.sentence(); j++) {
                EventMention y = events.get(j);
                if (!onlyFillers(text, afterConnective, y.start())) {
                    break;
                }
                NodeRef other = NodeRef.event(article + "#" + j);
                return Optional.of(AFTER.contains(next) ? new Relation(other, self, Relation.Type.BEFORE)
                        : new Relation(self, other, Relation.Type.BEFORE));
            }
        }
        // "After the ceremony, X": a sentence (or clause) opening with a connective relates its first event to the
        // first verb told after the comma that closes the connective's phrase
        if (m.pos() == EventMention.Pos.VERB && clause[0] > m.sentenceStart()) {
            int open = m.sentenceStart();
            String first = nextWord(text, open, clause[0]);
            if (first != null && (AFTER.contains(first) || BEFORE.contains(first) || first.equals("during"))) {
                int p = open;
                while (p < clause[0] && !Character.isLetter(text.charAt(p))) {
                    p++;
                }
                int afterConnective = p + first.length();
                for (int j = 0; j < i; j++) {
                    EventMention y = events.get(j);
                    if (y.sentence() != m.sentence() || y.start() < afterConnective) {
                        continue;
                    }
                    if (y.end() <= clause[0] && onlyFillers(text, afterConnective, y.start()) && firstVerbOfClause(events, i, clause)) {
                        NodeRef other = NodeRef.event(article + "#" + j);
                        return Optional.of(first.equals("during") ? new Relation(other, self, Relation.Type.INCLUDES)
                                : AFTER.contains(first) ? new Relation(other, self, Relation.Type.BEFORE)
                                : new Relation(self, other, Relation.Type.BEFORE));
                    }
                    break;
                }
            }
        }
        // "then", "later": after the last event told before this clause
        String before = text.substring(clause[0], m.start()).toLowerCase(Locale.ROOT);
        for (String w : before.split("[^\\p{L}]+")) {
            if (THEN.contains(w)) {
                for (int j = i - 1; j >= 0; j--) {
                    EventMention x = events.get(j);
                    if (x.end() <= clause[0] && x.pos() == EventMention.Pos.VERB && x.eventClass() != EventClass.REPORTING) {
                        return Optional.of(new Relation(NodeRef.event(article + "#" + j), self, Relation.Type.BEFORE));
                    }
                }
                break;
            }
        }
        return Optional.empty();
    }

    /** Whether the event is the first verb of its clause. */
    private static boolean firstVerbOfClause(List<EventMention> events, int i, int[] clause) {
        for (int j = i - 1; j >= 0 && events.get(j).end() > clause[0]; j--) {
            if (events.get(j).pos() == EventMention.Pos.VERB) {
                return false;
            }
        }
        return true;
    }

    /** The word right before {@code to} (spaces only between), not before {@code limit}, lower-cased; null if none. */
    private static String previousWord(String text, int to, int limit) {
        int j = to;
        while (j > limit && text.charAt(j - 1) == ' ') {
            j--;
        }
        int i = j;
        while (i > limit && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return j > i ? text.substring(i, j).toLowerCase(Locale.ROOT) : null;
    }

    private static String nextWord(String text, int from, int limit) {
        int i = from;
        while (i < limit && !Character.isLetter(text.charAt(i))) {
            if (text.charAt(i) != ' ') {
                return null;
            }
            i++;
        }
        int j = i;
        while (j < limit && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j > i ? text.substring(i, j).toLowerCase(Locale.ROOT) : null;
    }

    private static boolean onlyFillers(String text, int from, int to) {
        if (to < from) {
            return false;
        }
        for (String w : text.substring(from, to).toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!w.isEmpty() && !FILLERS.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
