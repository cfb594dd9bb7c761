package org.chronologer.date.rule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.chronologer.text.English;
import org.chronologer.text.Sentences;

/**
 * Time elapsed since a named event ("two years into the war", "six months after the invasion", "the war enters
 * its eighth month", "on day 100 of the siege"): the article is written that long after the event began. "After"
 * told as past ("Two years after the war, he moved to Paris") is a time of the story, not of the writing, and
 * says nothing; "into" and "since" are the writer's now even in a past-tense report ("Three months into the
 * pandemic, restaurants reopened on Monday"). Years since an event are read as an anniversary by
 * {@link NamedEventRule}.
 */
public final class ElapsedRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("elapsed");

    /** "two years into the war", "100 days since the pandemic began", "six months after the invasion". */
    private static final Pattern ELAPSED_BEFORE = Pattern.compile("(?i)\\b(\\d{1,4}|a|an|" + English.CARDINAL_WORDS
            + ")\\s+(?:full\\s+)?(days?|weeks?|months?|years?)\\s+(into|since|after)\\s+(?:the\\s+|a\\s+|[\\p{L}]+['’]s\\s+)?$");
    /** "in the third year of the war", "on the 100th day of the strike", "on day 100 of the siege". */
    private static final Pattern NTH_UNIT_BEFORE = Pattern.compile("(?i)\\b(?:(?:in|on|into|during)\\s+the\\s+(" + English.ORDINAL_WORDS
            + "|\\d{1,4}(?:st|nd|rd|th))\\s+(day|week|month|year)|on\\s+day\\s+(\\d{1,4}))"
            + "\\s+(?:of|since)\\s+(?:the\\s+|a\\s+|[\\p{L}]+['’]s\\s+)?$");
    /** "the war enters its eighth month", "the siege entered its 100th day". */
    private static final Pattern NTH_UNIT_AFTER = Pattern.compile("(?i)^\\s+(?:enters|entered|entering|is\\s+in|was\\s+in|reaches|reached"
            + "|marks|marked|is\\s+now\\s+in)\\s+its\\s+(" + English.ORDINAL_WORDS
            + "|\\d{1,4}(?:st|nd|rd|th))\\s+(day|week|month|year)\\b");

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        String text = facts.text().text();
        for (KnowledgeBase.Match match : facts.namedEvents()) {
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
            ChronoUnit unit;
            boolean within; // "the eighth month": the article is within that month of the event, not that long after it
            int phraseStart = match.start();
            int phraseEnd = match.end();
            if (elapsed.find()) {
                String amount = elapsed.group(1).toLowerCase(Locale.ROOT);
                n = amount.equals("a") || amount.equals("an") ? 1 : English.number(amount).orElse(-1);
                unit = unitOf(elapsed.group(2));
                String how = elapsed.group(3).toLowerCase(Locale.ROOT);
                if (unit == ChronoUnit.YEARS && how.equals("since")) {
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
                n = nthBefore.group(3) != null ? Integer.parseInt(nthBefore.group(3)) : English.ordinal(nthBefore.group(1)).orElse(-1);
                unit = nthBefore.group(3) != null ? ChronoUnit.DAYS : unitOf(nthBefore.group(2));
                phraseStart = windowStart + nthBefore.start();
                within = true;
            } else if (nthAfter.find()) {
                n = English.ordinal(nthAfter.group(1)).orElse(-1);
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
            int start = facts.text().toOriginal(phraseStart);
            int end = facts.text().toOriginalEnd(phraseEnd);
            String phrase = facts.text().original().substring(start, end);
            String amount = unit.name().toLowerCase(Locale.ROOT);
            out.add(Evidence.of(phrase, start, end, ID, new Cue("elapsed:" + (within ? "within" : "after") + ":" + amount,
                    new Anchor.Span(from, to)), "'" + phrase + "': " + e.name() + " began " + e.dates().get(0) + " (" + e.source()
                            + "), so " + (from.equals(to) ? from : from + ".." + to)).withAbout(e.id()));
        }
        return out;
    }

    private static ChronoUnit unitOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("day") ? ChronoUnit.DAYS : w.startsWith("week") ? ChronoUnit.WEEKS
                : w.startsWith("month") ? ChronoUnit.MONTHS : ChronoUnit.YEARS;
    }
}
