package org.chronologer.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.interpret.Sentences;
import org.chronologer.interpret.Tense;
import org.chronologer.interpret.TenseDetector;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.knowledge.KnownEvent;
import org.chronologer.knowledge.Tenures;

/**
 * Evidence from named events of the knowledge base: anniversaries ("the 10th anniversary of X", "10 years of
 * X", "X turns 75", "75 years of diplomatic relations"), ordinals of a series ("the third X Forum"), terms of
 * office ("her first trip since starting her new term as France's president"), and any mention of a dated
 * event, which must have begun before it is told.
 */
public final class KnowledgeRules {

    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty|seventy|seventy-five|eighty|ninety|hundred";
    private static final Pattern ANNIVERSARY_BEFORE = Pattern.compile(
            "(?i)(?:\\b(\\d{1,3})(?:st|nd|rd|th)\\s+anniversary\\s+of|\\b(\\d{1,3}|" + NUMBER_WORDS + ")\\s+years\\s+(?:of|since)(?:\\s+the\\s+(?:founding|launch|creation|start|establishment)\\s+of)?)\\s+(?:the\\s+|their\\s+|its\\s+)?$");
    private static final Pattern TURNS_AFTER = Pattern.compile("(?i)^\\s+(?:turns|turned|marks|celebrates)\\s+(\\d{1,3})\\b");
    private static final Pattern ORDINAL_BEFORE = Pattern.compile(
            "(?i)\\bthe\\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th))\\s+(?:annual\\s+)?$");
    private static final Pattern DIPLOMATIC = Pattern.compile(
            "(?i)\\b(\\d{1,3}|" + NUMBER_WORDS + ")(?:th)?\\s+(?:years\\s+of|anniversary\\s+of)\\s+(?:the\\s+|their\\s+)?(?:establishment\\s+of\\s+)?(?:\\w+\\s+){0,2}diplomatic\\s+(?:relations|ties)");
    private static final Pattern TERM = Pattern.compile(
            "(?i)\\b(?:(?:his|her|a|the)\\s+(?:new|second|third|fourth|fifth|sixth|latest|current)\\s+(?:term|mandate)|re-?election|re-?elected|inauguration|inaugurated|sworn\\s+in)\\b");
    /** The ordinal of a term: "his third term". */
    private static final Pattern NTH_TERM = Pattern.compile("(?i)^(?:his|her)\\s+(second|third|fourth|fifth|sixth)\\s+(?:term|mandate)");
    /** A term still to be won: "seeking his second term", "his bid for a third term". */
    private static final Pattern SOUGHT = Pattern.compile("(?i)\\b(?:seek\\w*|win\\w*|bid|run|running|campaign\\w*|hopes?|secur\\w*|wants?)\\s+(?:\\w+\\s+)?$");
    /** Days after a term's start during which "his first trip since his new term" is equally likely. */
    static final int RECENT_FLAT_DAYS = 14;
    /** "his first trip abroad since his re-election": the article is soon after the term began. */
    private static final Pattern RECENT_MARKER = Pattern.compile("(?i)\\b(?:first|newly|just)\\b[^.;]*\\bsince\\b|\\bnewly\\b|\\bjust\\b"
            + "|\\b(?:hours|days|a\\s+day|a\\s+week|weeks)\\s+(?:after|since|into)\\b");
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7),
            Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12));
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("twenty-five", 25), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("seventy-five", 75), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100));
    /** Country names and the adjectives news uses for them, for matching offices ("Russia's president", "Russian President"). */
    private static final Map<String, List<String>> COUNTRY_WORDS = Map.ofEntries(
            Map.entry("United States", List.of("United States", "U.S.", "US", "American", "America")),
            Map.entry("Russia", List.of("Russia", "Russian", "Kremlin")), Map.entry("China", List.of("China", "Chinese")),
            Map.entry("United Kingdom", List.of("United Kingdom", "Britain", "British", "UK", "U.K.")),
            Map.entry("France", List.of("France", "French")), Map.entry("Germany", List.of("Germany", "German")),
            Map.entry("Japan", List.of("Japan", "Japanese")), Map.entry("India", List.of("India", "Indian")),
            Map.entry("Brazil", List.of("Brazil", "Brazilian")), Map.entry("Turkey", List.of("Turkey", "Turkish", "Türkiye")),
            Map.entry("South Korea", List.of("South Korea", "South Korean", "Korean")), Map.entry("Italy", List.of("Italy", "Italian")),
            Map.entry("Canada", List.of("Canada", "Canadian")), Map.entry("Australia", List.of("Australia", "Australian")),
            Map.entry("Mexico", List.of("Mexico", "Mexican")), Map.entry("Indonesia", List.of("Indonesia", "Indonesian")),
            Map.entry("South Africa", List.of("South Africa", "South African")), Map.entry("Ukraine", List.of("Ukraine", "Ukrainian")),
            Map.entry("Israel", List.of("Israel", "Israeli")), Map.entry("Iran", List.of("Iran", "Iranian")),
            Map.entry("Spain", List.of("Spain", "Spanish")), Map.entry("Argentina", List.of("Argentina", "Argentine", "Argentinian")),
            Map.entry("Saudi Arabia", List.of("Saudi Arabia", "Saudi")), Map.entry("Pakistan", List.of("Pakistan", "Pakistani")),
            Map.entry("Egypt", List.of("Egypt", "Egyptian")), Map.entry("Nigeria", List.of("Nigeria", "Nigerian")),
            Map.entry("Poland", List.of("Poland", "Polish")), Map.entry("Taiwan", List.of("Taiwan", "Taiwanese")),
            Map.entry("North Korea", List.of("North Korea", "North Korean")), Map.entry("Soviet Union", List.of("Soviet Union", "USSR", "Soviet")));
    private static final Set<String> OFFICE_WORDS = Set.of("president", "prime minister", "premier", "chancellor", "leader",
            "general secretary", "king", "queen", "emperor", "supreme leader");

    private KnowledgeRules() {
    }

    /** Every knowledge rule. */
    public static List<EvidenceRule> all() {
        return List.of(KnowledgeRules::namedEvents, KnowledgeRules::diplomaticAnniversaries, KnowledgeRules::terms,
                KnowledgeRules::incumbents, KnowledgeRules::fighting, KnowledgeRules::elapsed, KnowledgeRules::horizon);
    }

    /** "two years into the war", "100 days since the pandemic began", "six months after the invasion". */
    private static final Pattern ELAPSED_BEFORE = Pattern.compile("(?i)\\b(\\d{1,4}|a|an|" + NUMBER_WORDS
            + ")\\s+(?:full\\s+)?(days?|weeks?|months?|years?)\\s+(into|since|after)\\s+(?:the\\s+|a\\s+|[\\p{L}]+['’]s\\s+)?$");
    /** "in the third year of the war", "on the 100th day of the strike", "on day 100 of the siege". */
    private static final Pattern NTH_UNIT_BEFORE = Pattern.compile("(?i)\\b(?:(?:in|on|into|during)\\s+the\\s+(first|second|third|fourth"
            + "|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,4}(?:st|nd|rd|th))\\s+(day|week|month|year)|on\\s+day\\s+(\\d{1,4}))"
            + "\\s+(?:of|since)\\s+(?:the\\s+|a\\s+|[\\p{L}]+['’]s\\s+)?$");
    /** "the war enters its eighth month", "the siege entered its 100th day". */
    private static final Pattern NTH_UNIT_AFTER = Pattern.compile("(?i)^\\s+(?:enters|entered|entering|is\\s+in|was\\s+in|reaches|reached"
            + "|marks|marked|is\\s+now\\s+in)\\s+its\\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            + "|\\d{1,4}(?:st|nd|rd|th))\\s+(day|week|month|year)\\b");

    /**
     * Time elapsed since a named event ("two years into the war", "six months after the invasion", "the war enters
     * its eighth month", "on day 100 of the siege"): the article is written that long after the event began. "After"
     * told as past ("Two years after the war, he moved to Paris") is a time of the story, not of the writing, and
     * says nothing; "into" and "since" are the writer's now even in a past-tense report ("Three months into the
     * pandemic, restaurants reopened on Monday"). Years since an event are read as an anniversary by
     * {@link #namedEvents}.
     */
    static List<Evidence> elapsed(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        String text = facts.text().text();
        for (KnowledgeBase.Match match : facts.knowledge().find(text)) {
            KnownEvent e = match.event();
            if (e.isSeries() || e.isTerm()) {
                continue;
            }
            int windowStart = Math.max(Sentences.start(text, match.start()), match.start() - 80);
            String before = text.substring(windowStart, match.start());
            String after = text.substring(match.end(), Math.min(Sentences.end(text, match.end()), match.end() + 60));
            Matcher elapsed = ELAPSED_BEFORE.matcher(before);
            Matcher nthBefore = NTH_UNIT_BEFORE.matcher(before);
            Matcher nthAfter = NTH_UNIT_AFTER.matcher(after);
            int n;
            java.time.temporal.ChronoUnit unit;
            boolean within; // "the eighth month": the article is within that month of the event, not that long after it
            int phraseStart = match.start();
            int phraseEnd = match.end();
            if (elapsed.find()) {
                String amount = elapsed.group(1).toLowerCase(Locale.ROOT);
                n = amount.equals("a") || amount.equals("an") ? 1 : number(amount);
                unit = unitOf(elapsed.group(2));
                String how = elapsed.group(3).toLowerCase(Locale.ROOT);
                if (unit == java.time.temporal.ChronoUnit.YEARS && how.equals("since")) {
                    continue; // an anniversary: namedEvents reads it
                }
                phraseStart = windowStart + elapsed.start();
                // "three months into the pandemic, restaurants reopened" is news told in the past; "two years after the
                // war, he moved to Paris" is a story
                if (how.equals("after") && TenseDetector.tenseAt(text, phraseStart, match.end()) == Tense.PAST) {
                    continue;
                }
                within = false;
            } else if (nthBefore.find()) {
                n = nthBefore.group(3) != null ? Integer.parseInt(nthBefore.group(3)) : ordinal(nthBefore.group(1));
                unit = nthBefore.group(3) != null ? java.time.temporal.ChronoUnit.DAYS : unitOf(nthBefore.group(2));
                phraseStart = windowStart + nthBefore.start();
                within = true;
            } else if (nthAfter.find()) {
                n = ordinal(nthAfter.group(1));
                unit = unitOf(nthAfter.group(2));
                phraseEnd = match.end() + nthAfter.end();
                within = true;
            } else {
                continue;
            }
            if (n < 1 || n > 1000) {
                continue;
            }
            LocalDate first = e.firstDay();
            // "the eighth month" runs from 7 to 8 months after the start; "eight months into" is 8 months after it
            LocalDate from = within ? first.plus(n - 1L, unit) : first.plus(n, unit);
            LocalDate to = within ? first.plus(n, unit).minusDays(1) : from;
            // an amount ("two months into") is loose; a stretch ("the eighth month") is exact but for the day it is told
            long slack = switch (unit) {
                case DAYS -> within ? 0 : 1;
                case WEEKS -> within ? 1 : 3;
                case MONTHS -> within ? 3 : 15;
                default -> within ? 15 : 120;
            };
            long fade = switch (unit) {
                case DAYS -> within ? 2 : 3;
                case WEEKS -> within ? 4 : 7;
                case MONTHS -> within ? 15 : 30;
                default -> within ? 60 : 240;
            };
            Evidence.DaySupport support = Support.near(from, to, slack, slack + fade);
            int start = facts.text().toOriginal(phraseStart);
            int end = facts.text().toOriginalEnd(phraseEnd);
            String phrase = facts.text().original().substring(start, end);
            out.add(new Evidence(phrase, start, end, "elapsed",
                    "'" + phrase + "': " + e.name() + " began " + e.dates().get(0) + " (" + e.source() + ") ⇒ published "
                            + (from.equals(to) ? "around " + from : "between " + from + " and " + to),
                    1.5, support, Optional.of(e.id())));
        }
        return out;
    }

    private static java.time.temporal.ChronoUnit unitOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("day") ? java.time.temporal.ChronoUnit.DAYS : w.startsWith("week") ? java.time.temporal.ChronoUnit.WEEKS
                : w.startsWith("month") ? java.time.temporal.ChronoUnit.MONTHS : java.time.temporal.ChronoUnit.YEARS;
    }

    /** Words that tell of fighting on the ground: an offensive, advances, a siege, a battle, a war. */
    private static final Pattern FIGHTING = Pattern.compile("(?i)(?<![\\p{L}-])(?:(?:counter-?)?offensives?|advances|advancing"
            + "|assaults?|incursions?|sieges?|besieg\\w*|battles?|battling|fighting|fought|onslaught|encircl\\w*|invasion"
            + "|invaded|ground operations?|wars?|conflict|clashes|push(?:es|ed|ing)?\\s+(?:into|toward|towards|on))"
            + "(?![\\p{L}-])");
    /** "Trade war", "price war", "legal battle": the word is not about arms. */
    private static final Pattern NOT_ARMS = Pattern.compile("(?i)\\b(?:cold|trade|price|tariff|currency|culture|cultural|bidding|turf"
            + "|legal|court|courtroom|political|budget|talent|streaming|custody|proxy|takeover|ratings|cola|bond)\\s+$");
    /** A word just before a war or fight that tells it is going on as the article is written: "the ongoing war". */
    private static final Pattern ONGOING_BEFORE = Pattern.compile("(?i)\\b(?:ongoing|continuing|raging|escalating|intensifying"
            + "|current|latest|renewed|still)\\s+(?:[\\p{L}'’-]+\\s+){0,2}$");
    /** A present verb soon after a war or fight that tells it goes on: "the siege continues", "fighting rages". */
    private static final Pattern ONGOING_AFTER = Pattern.compile("(?i)^[^.;:]*?\\b(?:continues|continue|rages|rage|goes on|go on"
            + "|drags on|drag on|escalates|escalate|intensifies|intensify|is still|are still|remains|remain)\\b");
    /** A progressive verb just before or at the fighting word: "are advancing", "is besieging", "were pushing into". */
    private static final Pattern PROGRESSIVE = Pattern.compile("(?i)\\b(?:is|are|am|'re|were|was)\\s+(?:\\w+\\s+)?\\w+ing\\b");
    /** How far (in characters) a place may be from the fighting word and still be where it happens. */
    static final int PLACE_REACH = 60;
    /** News keeps telling of a fight for a few weeks after it ends. */
    static final int FIGHTING_GRACE_DAYS = 30;
    /**
     * The support of a day outside every fight the base knows at the place: places see fighting the base does not
     * list, so this evidence prefers days, it never rules one out (weight 1 × (1 − 0.3) stays below the window's
     * tolerance).
     */
    static final double OUTSIDE_FIGHTING_SUPPORT = 0.3;

    /** Whether the words right around {@code start..end} tell a war or fight as going on ("ongoing X", "X continues"). */
    private static boolean toldAsGoingOn(String text, int start, int end, int sentenceStart, int sentenceEnd) {
        return ONGOING_BEFORE.matcher(text.substring(Math.max(sentenceStart, start - 40), start)).find()
                || ONGOING_AFTER.matcher(text.substring(end, Math.min(sentenceEnd, end + 40))).find();
    }

    /** At most two words between a progressive verb and the fighting word: "are pressing their assault". */
    private static final Pattern BETWEEN_TWO_WORDS = Pattern.compile("\\s+(?:[\\p{L}'’-]+\\s+){0,2}");

    /** Whether a progressive verb ends at or takes in the word at {@code at}: "are advancing", "are making advances". */
    private static boolean progressiveAt(String text, int at, int sentenceStart, int sentenceEnd) {
        Matcher pm = PROGRESSIVE.matcher(text).region(Math.max(sentenceStart, at - 40), Math.min(sentenceEnd, at + 40));
        while (pm.find()) {
            if (pm.start() <= at && (pm.end() >= at - 2 || BETWEEN_TWO_WORDS.matcher(text.substring(pm.end(), at)).matches())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fighting told as going on at a place the base knows fights at ("Russia's ongoing advances in the region of
     * Kharkiv", "the siege of the city continues, residents of Sarajevo said", "troops are pushing into Fallujah"): the
     * article is most likely from the time of one of those fights. Only fighting told as going on counts, by a word
     * such as "ongoing" or "still" or a progressive verb: fighting told as past or to come, or a place merely named
     * in a present-tense sentence, says nothing, since the base does not know every fight a place has seen.
     */
    static List<Evidence> fighting(ArticleFacts facts) {
        String text = facts.text().text();
        List<KnowledgeBase.PlaceMatch> places = facts.knowledge().findPlaces(text);
        if (places.isEmpty()) {
            return List.of();
        }
        // a place inside a name the base knows ("the Vietnam War") is that event's, read by namedEvents
        List<KnowledgeBase.Match> names = facts.knowledge().find(text);
        // per sentence: the events fought at the places named near a fighting word told as going on, and the span
        java.util.Map<Integer, List<KnowledgeBase.PlaceMatch>> bySentence = new java.util.TreeMap<>();
        java.util.Map<Integer, int[]> spanOf = new java.util.HashMap<>();
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
                        && (toldAsGoingOn(text, m.start(), m.end(), sStart, sEnd) || progressiveAt(text, m.start(), sStart, sEnd))) {
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
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (var entry : bySentence.entrySet()) {
            int[] span = spanOf.get(entry.getKey());
            List<KnowledgeBase.PlaceMatch> named = entry.getValue();
            java.util.TreeMap<String, KnownEvent> events = new java.util.TreeMap<>();
            named.forEach(p -> p.events().forEach(e -> events.put(e.id(), e)));
            if (!seen.add(events.keySet().toString())) {
                continue;
            }
            List<LocalDate[]> spans = new ArrayList<>();
            for (KnownEvent e : events.values()) {
                spans.add(new LocalDate[] {e.firstDay(), e.lastDay().map(l -> l.plusDays(FIGHTING_GRACE_DAYS)).orElse(null)});
            }
            Evidence.DaySupport support = d -> {
                for (LocalDate[] x : spans) {
                    if (!d.isBefore(x[0]) && (x[1] == null || !d.isAfter(x[1]))) {
                        return 1;
                    }
                }
                return OUTSIDE_FIGHTING_SUPPORT;
            };
            String where = named.stream().map(KnowledgeBase.PlaceMatch::place).distinct().reduce((a, b) -> a + ", " + b).orElse("");
            String fights = events.values().stream().sorted(java.util.Comparator.comparing(KnownEvent::firstDay))
                    .map(e -> e.name() + " (" + e.dates().get(0) + ".." + e.end().orElse("") + ")")
                    .reduce((a, b) -> a + ", " + b).orElse("");
            int start = facts.text().toOriginal(span[0]);
            int end = facts.text().toOriginalEnd(span[1]);
            String phrase = facts.text().original().substring(start, end);
            out.add(new Evidence(phrase, start, end, "fighting",
                    "ongoing fighting in " + where + ": " + fights + " ⇒ published during one of them, most likely", 1.0, support));
        }
        return out;
    }

    /**
     * Named events: an anniversary or ordinal phrase before the name dates the article near that anniversary or
     * occurrence; a bare mention only says the event had begun (unless told in the future tense).
     */
    static List<Evidence> namedEvents(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        String text = facts.text().text();
        for (KnowledgeBase.Match match : facts.knowledge().find(text)) {
            KnownEvent e = match.event();
            String before = text.substring(Math.max(0, match.start() - 80), match.start());
            String after = text.substring(match.end(), Math.min(text.length(), match.end() + 30));
            int start = facts.text().toOriginal(match.start());
            int end = facts.text().toOriginalEnd(match.end());
            Matcher anniversary = ANNIVERSARY_BEFORE.matcher(before);
            Matcher turns = TURNS_AFTER.matcher(after);
            Matcher ordinal = ORDINAL_BEFORE.matcher(before);
            Tense tense = TenseDetector.tenseAt(text, match.start(), match.end());
            int years = -1;
            int phraseStart = start;
            int phraseEnd = end;
            if (anniversary.find()) {
                years = number(anniversary.group(1) != null ? anniversary.group(1) : anniversary.group(2));
                phraseStart = facts.text().toOriginal(Math.max(0, match.start() - 80) + anniversary.start());
            } else if (turns.find()) {
                years = number(turns.group(1));
                phraseEnd = facts.text().toOriginalEnd(match.end() + turns.end());
            }
            if (years > 0) {
                LocalDate date = e.firstDay().plusYears(years);
                String phrase = facts.text().original().substring(phraseStart, phraseEnd);
                out.add(new Evidence(phrase, phraseStart, phraseEnd, "anniversary",
                        "'" + phrase + "': " + e.name() + " (" + e.dates().get(0) + ", " + e.source() + ") + " + years
                                + " years ⇒ published around " + date, 2.0, anniversaryYear(date), Optional.of(e.id())));
                continue;
            }
            if (e.isSeries() && ordinal.find()) {
                int n = ordinal(ordinal.group(1));
                if (n >= 1 && n <= e.dates().size()) {
                    LocalDate date = e.day(n - 1);
                    int ordinalStart = facts.text().toOriginal(Math.max(0, match.start() - 80) + ordinal.start());
                    String phrase = facts.text().original().substring(ordinalStart, end);
                    Evidence.DaySupport s = switch (tense) {
                        case FUTURE -> d -> d.isAfter(date.plusDays(2)) ? 0 : Support.near(date, 2, 30).at(d);
                        case PAST -> d -> d.isBefore(date) ? 0 : Support.near(date, 7, 120).at(d);
                        default -> Support.near(date, 7, 60);
                    };
                    out.add(new Evidence(phrase, ordinalStart, end, "ordinal",
                            tenseWord(tense) + "'" + phrase + "': occurrence " + n + " of " + e.name() + " was " + e.dates().get(n - 1)
                                    + " ⇒ published " + (tense == Tense.FUTURE ? "shortly before" : tense == Tense.PAST ? "after" : "around")
                                    + " it", 2.0, s, Optional.of(e.id())));
                    continue;
                }
            }
            if (tense == Tense.FUTURE && !e.isSeries() || !seen.add(e.id())) {
                continue;
            }
            LocalDate first = e.firstDay();
            Optional<LocalDate> last = e.lastDay();
            if (last.isPresent() && toldAsGoingOn(text, match.start(), match.end(), Sentences.start(text, match.start()),
                    Sentences.end(text, match.end()))) {
                // told as going on ("the ongoing war in Bosnia", "the siege of Sarajevo continues")
                LocalDate until = last.get().plusDays(FIGHTING_GRACE_DAYS);
                out.add(new Evidence(match.text(), start, end, "named-event",
                        "ongoing '" + match.text() + "' lasted " + e.dates().get(0) + ".." + e.end().orElseThrow() + " (" + e.source()
                                + ") ⇒ published while it lasted, most likely",
                        1.0, d -> d.isBefore(first) ? 0 : d.isAfter(until) ? OUTSIDE_FIGHTING_SUPPORT : 1, Optional.of(e.id())));
                continue;
            }
            out.add(new Evidence(match.text(), start, end, "named-event",
                    "'" + match.text() + "' began " + e.dates().get(0) + " (" + e.source() + ") ⇒ published on or after it",
                    0.5, Support.onOrAfter(first), Optional.of(e.id())));
        }
        return out;
    }

    /** "75 years of diplomatic relations" between two countries the article names. */
    static List<Evidence> diplomaticAnniversaries(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        String text = facts.text().text();
        Matcher m = DIPLOMATIC.matcher(text);
        while (m.find()) {
            int years = number(m.group(1));
            if (years <= 0) {
                continue;
            }
            // "their" relations: the pair of countries the article names most
            KnownEvent best = null;
            List<String> bestPair = List.of();
            int bestCount = 0;
            for (KnownEvent e : facts.knowledge().events()) {
                String lower = e.name().toLowerCase(Locale.ROOT);
                if (!lower.contains("diplomatic")) {
                    continue;
                }
                List<String> names = new ArrayList<>(e.aliases());
                names.add(0, e.name());
                List<String> countries = names.stream()
                        .map(nm -> COUNTRY_WORDS.keySet().stream().filter(nm::contains).sorted().toList())
                        .filter(cs -> cs.size() >= 2 && cs.stream().allMatch(c -> mentions(text, c)))
                        .findFirst().orElse(List.of());
                if (countries.isEmpty()) {
                    continue;
                }
                int count = countries.stream().mapToInt(c -> occurrences(text, c)).min().orElse(0);
                if (count > bestCount) {
                    best = e;
                    bestPair = countries;
                    bestCount = count;
                }
            }
            if (best != null) {
                KnownEvent e = best;
                List<String> countries = bestPair;
                LocalDate date = e.firstDay().plusYears(years);
                int start = facts.text().toOriginal(m.start());
                int end = facts.text().toOriginalEnd(m.end());
                String phrase = facts.text().original().substring(start, end);
                out.add(new Evidence(phrase, start, end, "anniversary",
                        "'" + phrase + "' between " + String.join(" and ", countries) + ": " + e.name() + " (" + e.dates().get(0)
                                + ") + " + years + " years ⇒ published around " + date, 2.0, anniversaryYear(date)));
            }
        }
        return out;
    }

    /**
     * A term of office ("her new term as France's president", "since his re-election"): the terms of the office
     * the sentence names (by country and office word, or by the holder's surname). With "first", "since" or
     * "after" the article is soon after a term's start; otherwise only after it.
     */
    static List<Evidence> terms(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        String text = facts.text().text();
        Matcher m = TERM.matcher(text);
        while (m.find()) {
            int sStart = Sentences.start(text, m.start());
            int sEnd = Sentences.end(text, m.end());
            String sentence = text.substring(sStart, sEnd);
            // the terms the sentence points at best: by the holder's surname and by country and office word
            List<KnownEvent> chosen = new ArrayList<>();
            int bestFit = 1;
            for (KnownEvent e : facts.knowledge().events()) {
                if (!e.isTerm()) {
                    continue;
                }
                boolean byName = e.person().map(p -> surname(p)).filter(sn -> containsWord(sentence, sn)).isPresent();
                boolean byOffice = e.country().filter(c -> mentions(sentence, c)).isPresent()
                        && e.office().map(o -> o.toLowerCase(Locale.ROOT)).filter(o -> OFFICE_WORDS.stream()
                                .anyMatch(w -> o.contains(w) && sentence.toLowerCase(Locale.ROOT).contains(w))).isPresent();
                int fit = (byName ? 1 : 0) + (byOffice ? 1 : 0);
                if (fit > bestFit) {
                    chosen.clear();
                    bestFit = fit;
                }
                if (fit == bestFit) {
                    chosen.add(e);
                }
            }
            if (chosen.isEmpty()) {
                continue;
            }
            boolean recent = RECENT_MARKER.matcher(sentence).find();
            // "in his third term" is the third start of each chosen office ("seeking a second term" is not one yet)
            Matcher nth = NTH_TERM.matcher(m.group());
            boolean sought = SOUGHT.matcher(text.substring(Math.max(sStart, m.start() - 25), m.start())).find();
            int n = nth.find() && !sought ? ORDINALS.get(nth.group(1).toLowerCase(Locale.ROOT)) : -1;
            List<LocalDate> starts = new ArrayList<>();
            for (KnownEvent e : chosen) {
                for (int i = 0; i < e.dates().size(); i++) {
                    if (n <= 0 || e.dates().size() < n || i == n - 1) {
                        starts.add(e.day(i));
                    }
                }
            }
            if (starts.isEmpty()) {
                continue;
            }
            List<Evidence.DaySupport> shapes = starts.stream()
                    .map(s -> recent ? Support.recentAfter(s, RECENT_FLAT_DAYS, 30) : Support.onOrAfter(s)).toList();
            Evidence.DaySupport support = d -> {
                double best = 0;
                for (Evidence.DaySupport sh : shapes) {
                    best = Math.max(best, sh.at(d));
                }
                return best;
            };
            int start = facts.text().toOriginal(m.start());
            int end = facts.text().toOriginalEnd(m.end());
            String who = chosen.stream().map(e -> e.person().orElse(e.name()) + e.office().map(o -> " (" + o + ")").orElse(""))
                    .distinct().sorted().reduce((a, b) -> a + ", " + b).orElse("");
            out.add(new Evidence(facts.text().original().substring(start, end), start, end, "term",
                    "'" + m.group() + "' of " + who + ": terms began " + starts.stream().sorted().map(LocalDate::toString).toList()
                            + " ⇒ published " + (recent ? "soon after" : "after") + " one of them", recent ? 1.5 : 0.5, support));
        }
        return out;
    }

    /** How long after the knowledge base's latest day articles are as likely as before it. */
    static final int HORIZON_SLACK_DAYS = 365;

    /**
     * The knowledge base's horizon: it knows events up to its latest day, and an article is most likely from the
     * time it covers (or the year after). A weak prior: it does not bound the window, but it keeps evidence that only
     * says "on or after" ("President Trump", "since the pandemic") from putting the best day decades ahead.
     */
    static List<Evidence> horizon(ArticleFacts facts) {
        return facts.knowledge().horizon().map(h -> {
            LocalDate until = h.plusDays(HORIZON_SLACK_DAYS);
            // a step, not a slope: beyond the horizon no day is preferred to another
            Evidence.DaySupport support = d -> d.isAfter(until) ? 0 : 1;
            return List.of(new Evidence("the knowledge base", -1, -1, "horizon", "the knowledge base knows events up to " + h
                    + " ⇒ published by " + until + ", most likely", 0.25, support));
        }).orElse(List.of());
    }

    /** The support, after a holder left office, of days an article still calls them by title (history, obituaries). */
    static final double AFTER_TENURE_SUPPORT = 0.3;

    /**
     * A holder named by title ("President Clinton said", "talks with Chancellor Kohl"): news gives the title to whoever
     * holds the office, so the article is most likely from their time in it; never from before it began, and only
     * now and then from after it ended (history, obituaries). "Former", "late", "vice" and the like do not count. A
     * surname several holders share ("President Bush") means any of their times.
     */
    static List<Evidence> incumbents(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Tenures.Match match : facts.knowledge().tenures().find(facts.text().text())) {
            List<Tenures.Tenure> holders = match.holders();
            String key = holders.stream().map(t -> t.person() + "/" + t.office()).sorted().toList().toString();
            if (!seen.add(key)) {
                continue;
            }
            LocalDate first = holders.stream().map(Tenures.Tenure::first).min(LocalDate::compareTo).orElseThrow();
            Evidence.DaySupport support = d -> {
                if (d.isBefore(first)) {
                    return 0;
                }
                for (Tenures.Tenure t : holders) {
                    if (t.holds(d)) {
                        return 1;
                    }
                }
                return AFTER_TENURE_SUPPORT;
            };
            int start = facts.text().toOriginal(match.start());
            int end = facts.text().toOriginalEnd(match.end());
            String who = holders.stream().map(t -> t.person() + ", " + t.office() + " " + t.describe()).sorted()
                    .reduce((a, b) -> a + "; " + b).orElse("");
            out.add(new Evidence(facts.text().original().substring(start, end), start, end, "incumbent",
                    "'" + match.text() + "': " + who + " ⇒ published while in office, most likely", 1.0, support));
        }
        return out;
    }

    /**
     * Anniversaries are marked over the months around them (forums, visits, galas), not on the day: full support
     * from nine months before to four months after, fading to nothing half a year further out.
     */
    static Evidence.DaySupport anniversaryYear(LocalDate anniversary) {
        LocalDate from = anniversary.minusMonths(9);
        LocalDate to = anniversary.plusMonths(4);
        return d -> {
            long outside = d.isBefore(from) ? java.time.temporal.ChronoUnit.DAYS.between(d, from)
                    : d.isAfter(to) ? java.time.temporal.ChronoUnit.DAYS.between(to, d) : 0;
            return Math.max(0, 1 - outside / 183.0);
        };
    }

    private static String tenseWord(Tense t) {
        return t == Tense.FUTURE ? "future " : t == Tense.PAST ? "past " : "";
    }

    private static int occurrences(String text, String country) {
        int n = 0;
        for (String w : COUNTRY_WORDS.getOrDefault(country, List.of(country))) {
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])").matcher(text);
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    private static boolean mentions(String text, String country) {
        for (String w : COUNTRY_WORDS.getOrDefault(country, List.of(country))) {
            if (containsWord(text, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])").matcher(text).find();
    }

    private static String surname(String person) {
        String[] parts = person.trim().split("\\s+");
        return parts[parts.length - 1];
    }

    private static int ordinal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) {
            return Integer.parseInt(w.replaceAll("\\D", ""));
        }
        return ORDINALS.getOrDefault(w, -1);
    }

    private static int number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) {
            return Integer.parseInt(w);
        }
        return NUMBERS.getOrDefault(w, -1);
    }
}
