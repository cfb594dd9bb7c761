package org.chronologer.date.rule;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether words around a war or fight tell it as going on as the article is written ("the ongoing war", "the siege continues"). */
final class GoingOn {
    private GoingOn() {
    }

    /** A word just before a war or fight that tells it is going on as the article is written: "the ongoing war". */
    static final Pattern ONGOING_BEFORE = Pattern.compile("(?i)\\b(?:ongoing|continuing|raging|escalating|intensifying"
            + "|current|latest|renewed|still)\\s+(?:[\\p{L}'’-]+\\s+){0,2}$");
    /** A present verb soon after a war or fight that tells it goes on: "the siege continues", "fighting rages". */
    static final Pattern ONGOING_AFTER = Pattern.compile("(?i)^[^.;:]*?\\b(?:continues|continue|rages|rage|goes on|go on"
            + "|drags on|drag on|escalates|escalate|intensifies|intensify|is still|are still|remains|remain)\\b");
    /** A progressive verb just before or at the fighting word: "are advancing", "is besieging", "were pushing into". */
    static final Pattern PROGRESSIVE = Pattern.compile("(?i)\\b(?:is|are|am|'re|were|was)\\s+(?:\\w+\\s+)?\\w+ing\\b");
    /** Whether the words right around {@code start..end} tell a war or fight as going on ("ongoing X", "X continues"). */
    static boolean toldAsGoingOn(String text, int start, int end, int sentenceStart, int sentenceEnd) {
        return ONGOING_BEFORE.matcher(text.substring(Math.max(sentenceStart, start - 40), start)).find()
                || ONGOING_AFTER.matcher(text.substring(end, Math.min(sentenceEnd, end + 40))).find();
    }

    /** At most two words between a progressive verb and the fighting word: "are pressing their assault". */
    static final Pattern BETWEEN_TWO_WORDS = Pattern.compile("\\s+(?:[\\p{L}'’-]+\\s+){0,2}");

    /** Whether a progressive verb ends at or takes in the word at {@code at}: "are advancing", "are making advances". */
    static boolean progressiveAt(String text, int at, int sentenceStart, int sentenceEnd) {
        Matcher pm = PROGRESSIVE.matcher(text).region(Math.max(sentenceStart, at - 40), Math.min(sentenceEnd, at + 40));
        while (pm.find()) {
            if (pm.start() <= at && (pm.end() >= at - 2 || BETWEEN_TWO_WORDS.matcher(text.substring(pm.end(), at)).matches())) {
                return true;
            }
        }
        return false;
    }
}
