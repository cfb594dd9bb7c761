package org.chronologer.date.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.chronologer.resolve.TimexValues;
import org.chronologer.text.English;
import org.chronologer.text.Sentences;

/**
 * Named events: an anniversary or ordinal phrase before the name dates the article near that anniversary or
 * occurrence; a bare mention only says the event had begun (unless told in the future tense). Of the things named that
 * did not exist before a day (a product, a company, a law: launches), only the newest counts.
 */
public final class NamedEventRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("named-event");
    public static final RuleId ANNIVERSARY = RuleId.of("anniversary");
    public static final RuleId ORDINAL = RuleId.of("ordinal");
    public static final RuleId LAUNCH = RuleId.of("launch");
    /** The kind of the newest thing an article names that the knowledge base dates (a product, a law, a word). */
    public static final String LAUNCH_KIND = "launch:latest";

    private static final Pattern ANNIVERSARY_BEFORE = Pattern.compile(
            "(?i)(?:\\b(\\d{1,3})(?:st|nd|rd|th)\\s+anniversary\\s+of|\\b(\\d{1,3}|" + English.CARDINAL_WORDS + ")\\s+years\\s+(?:of|since)(?:\\s+the\\s+(?:founding|launch|creation|start|establishment)\\s+of)?)\\s+(?:the\\s+|their\\s+|its\\s+)?$");
    /**
     * A name written as the first part of a compound ("IMF-backed austerity", "the US-led invasion"): what follows is
     * what the phrase is about, so "four years of IMF-backed austerity" counts no years of the IMF.
     */
    private static final Pattern MODIFIER_AFTER = Pattern.compile("^[-\\u2010]\\p{L}");
    private static final Pattern TURNS_AFTER = Pattern.compile("(?i)^\\s+(?:turns|turned|marks|celebrates)\\s+(\\d{1,3})\\b");
    private static final Pattern ORDINAL_BEFORE = Pattern.compile(
            "(?i)\\bthe\\s+(" + English.ORDINAL_WORDS + "|\\d{1,3}(?:st|nd|rd|th))\\s+(?:annual\\s+)?$");

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String text = facts.text().text();
        KnowledgeBase.Match newest = null;
        for (KnowledgeBase.Match match : facts.namedEvents()) {
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
                years = English.number(anniversary.group(1) != null ? anniversary.group(1) : anniversary.group(2)).orElse(-1);
                phraseStart = facts.text().toOriginal(Math.max(0, match.start() - 80) + anniversary.start());
            } else if (turns.find()) {
                years = English.number(turns.group(1)).orElse(-1);
                phraseEnd = facts.text().toOriginalEnd(match.end() + turns.end());
            }
            if (years > 0 && MODIFIER_AFTER.matcher(after).find()) {
                years = -1;
            }
            if (years > 0) {
                LocalDate date = e.firstDay().plusYears(years);
                String phrase = facts.text().original().substring(phraseStart, phraseEnd);
                out.add(Evidence.of(phrase, phraseStart, phraseEnd, ANNIVERSARY, new Cue("anniversary", Anchor.Span.of(date)),
                        "'" + phrase + "': " + e.name() + " (" + e.dates().get(0) + ", " + e.source() + ") + " + years
                                + " years = " + date).withAbout(e.id()));
                continue;
            }
            if (e.isSeries() && ordinal.find()) {
                int n = English.ordinal(ordinal.group(1)).orElse(-1);
                if (n >= 1 && n <= e.dates().size()) {
                    LocalDate date = e.day(n - 1);
                    int ordinalStart = facts.text().toOriginal(Math.max(0, match.start() - 80) + ordinal.start());
                    String phrase = facts.text().original().substring(ordinalStart, end);
                    out.add(Evidence.of(phrase, ordinalStart, end, ORDINAL,
                            new Cue("ordinal:" + MentionEvidence.tense(tense), Anchor.Span.of(date)),
                            tenseWord(tense) + "'" + phrase + "': occurrence " + n + " of " + e.name() + " was "
                                    + e.dates().get(n - 1)).withAbout(e.id()));
                    continue;
                }
            }
            if (e.isLaunch()) {
                // only the newest thing named counts ("iPhone 3G" says all that "iPod" says); a future one may be
                // named before it exists ("Apple will unveil the iPhone 5")
                if (tense != Tense.FUTURE && (newest == null || e.firstDay().isAfter(newest.event().firstDay()))) {
                    newest = match;
                }
                continue;
            }
            if (!seen.add(e.id())) {
                continue;
            }
            Anchor.Span span = new Anchor.Span(e.firstDay(), e.lastDay().orElse(e.firstDay()));
            if (e.lastDay().isPresent() && GoingOn.toldAsGoingOn(text, match.start(), match.end(), Sentences.start(text, match.start()),
                    Sentences.end(text, match.end()))) {
                // told as going on ("the ongoing war in Bosnia", "the siege of Sarajevo continues")
                out.add(Evidence.of(match.text(), start, end, ID, new Cue("event:ongoing", span),
                        "ongoing '" + match.text() + "', which lasted " + e.dates().get(0) + ".." + e.end().orElseThrow()
                                + " (" + e.source() + ")").withAbout(e.id()));
                continue;
            }
            out.add(Evidence.of(match.text(), start, end, ID, new Cue("event:" + MentionEvidence.tense(tense), span),
                    tenseWord(tense) + "'" + match.text() + "', which began " + e.dates().get(0) + " (" + e.source() + ")")
                    .withAbout(e.id()));
        }
        if (newest != null) {
            out.add(launch(facts, newest));
        }
        return out;
    }

    /** The newest thing the article names (a product, a company, a law, a word): the article is not older than it. */
    private static Evidence launch(ArticleFacts facts, KnowledgeBase.Match match) {
        KnownEvent e = match.event();
        int start = facts.text().toOriginal(match.start());
        int end = facts.text().toOriginalEnd(match.end());
        TimexValues.Interval day = TimexValues.interval(e.dates().get(0)).orElseThrow();
        return Evidence.of(match.text(), start, end, LAUNCH, new Cue(LAUNCH_KIND, new Anchor.Span(day.earliest(), day.latest())),
                "'" + match.text() + "', the newest thing named: " + e.name() + " since " + e.dates().get(0) + " ("
                        + e.source() + ")").withAbout(e.id());
    }

    private static String tenseWord(Tense t) {
        return t == Tense.FUTURE ? "future " : t == Tense.PAST ? "past " : "";
    }
}
