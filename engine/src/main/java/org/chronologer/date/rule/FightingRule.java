package org.chronologer.date.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.interpret.Tense;
import org.chronologer.interpret.TenseDetector;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.knowledge.KnownEvent;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;
import org.chronologer.text.Sentences;

/**
 * Fighting told as going on at a place the base knows fights at ("Russia's ongoing advances in the region of
 * Kharkiv", "the siege of the city continues, residents of Sarajevo said", "troops are pushing into Fallujah"): the
 * article is most likely from the time of one of those fights. Only fighting told as going on counts, by a word
 * such as "ongoing" or "still" or a progressive verb: fighting told as past or to come, or a place merely named
 * in a present-tense sentence, says nothing, since the base does not know every fight a place has seen.
 */
public final class FightingRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("fighting");

    /** Words that tell of fighting on the ground: an offensive, advances, a siege, a battle, a war. */
    private static final Pattern FIGHTING = Pattern.compile("(?i)(?<![\\p{L}-])(?:(?:counter-?)?offensives?|advances|advancing"
            + "|assaults?|incursions?|sieges?|besieg\\w*|battles?|battling|fighting|fought|onslaught|encircl\\w*|invasion"
            + "|invaded|ground operations?|wars?|conflict|clashes|push(?:es|ed|ing)?\\s+(?:into|toward|towards|on))"
            + "(?![\\p{L}-])");
    /** "Trade war", "price war", "legal battle": the word is not about arms. */
    private static final Pattern NOT_ARMS = Pattern.compile("(?i)\\b(?:cold|trade|price|tariff|currency|culture|cultural|bidding|turf"
            + "|legal|court|courtroom|political|budget|talent|streaming|custody|proxy|takeover|ratings|cola|bond)\\s+$");

    /** How far (in characters) a place may be from the fighting word and still be where it happens. */
    static final int PLACE_REACH = 60;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        String text = facts.text().text();
        List<KnowledgeBase.PlaceMatch> places = facts.places();
        if (places.isEmpty()) {
            return List.of();
        }
        // a place inside a name the base knows ("the Vietnam War") is that event's, read by namedEvents
        List<KnowledgeBase.Match> names = facts.namedEvents();
        // per sentence: the events fought at the places named near a fighting word told as going on, and the span
        Map<Integer, List<KnowledgeBase.PlaceMatch>> bySentence = new TreeMap<>();
        Map<Integer, int[]> spanOf = new HashMap<>();
        for (KnowledgeBase.PlaceMatch place : places) {
            if (names.stream().anyMatch(n -> n.start() <= place.start() && place.end() <= n.end())) {
                continue;
            }
            int sStart = Sentences.start(text, place.start());
            int sEnd = Sentences.end(text, place.end());
            // the nearest fighting word within reach that is told as going on
            Matcher m = FIGHTING.matcher(text).region(sStart, sEnd);
            int[] best = null;
            int bestGap = PLACE_REACH + 1;
            while (m.find()) {
                int gap = m.end() <= place.start() ? place.start() - m.end() : m.start() >= place.end() ? m.start() - place.end() : 0;
                if (gap < bestGap && !NOT_ARMS.matcher(text.substring(Math.max(sStart, m.start() - 20), m.start())).find()
                        && (GoingOn.toldAsGoingOn(text, m.start(), m.end(), sStart, sEnd) || GoingOn.progressiveAt(text, m.start(), sStart, sEnd))) {
                    bestGap = gap;
                    best = new int[] {Math.min(m.start(), place.start()), Math.max(m.end(), place.end())};
                }
            }
            if (best == null) {
                continue;
            }
            bySentence.computeIfAbsent(sStart, k -> new ArrayList<>()).add(place);
            spanOf.merge(sStart, best, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        List<Evidence> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var entry : bySentence.entrySet()) {
            int[] span = spanOf.get(entry.getKey());
            List<KnowledgeBase.PlaceMatch> named = entry.getValue();
            TreeMap<String, KnownEvent> events = new TreeMap<>();
            named.forEach(p -> p.events().forEach(e -> events.put(e.id(), e)));
            if (!seen.add(events.keySet().toString())) {
                continue;
            }
            List<Anchor.Span> fought = new ArrayList<>();
            for (KnownEvent e : events.values()) {
                fought.add(new Anchor.Span(e.firstDay(), e.lastDay().orElse(Anchor.OPEN_END)));
            }
            String where = named.stream().map(KnowledgeBase.PlaceMatch::place).distinct().reduce((a, b) -> a + ", " + b).orElse("");
            String fights = events.values().stream().sorted(Comparator.comparing(KnownEvent::firstDay))
                    .map(e -> e.name() + " (" + e.dates().get(0) + ".." + e.end().orElse("") + ")")
                    .reduce((a, b) -> a + ", " + b).orElse("");
            int start = facts.text().toOriginal(span[0]);
            int end = facts.text().toOriginalEnd(span[1]);
            String phrase = facts.text().original().substring(start, end);
            out.add(Evidence.of(phrase, start, end, ID, new Cue("fighting", new Anchor.Spans(fought)),
                    "ongoing fighting in " + where + ": " + fights));
        }
        return out;
    }
}
