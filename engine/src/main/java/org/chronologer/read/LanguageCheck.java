package org.chronologer.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text is English enough to tag: the taggers' rules are English, and on other languages they give
 * garbage values. The share of the commonest English words among the text's words decides; short texts pass.
 */
final class LanguageCheck {

    private static final Set<String> COMMON = Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on",
            "was", "with", "he", "it", "as", "at", "by", "his", "be", "from", "are", "this", "have", "an", "has", "said",
            "were", "not", "but", "they", "will", "had", "who", "their", "its", "been", "she", "her", "we", "or", "would");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Fewer words than this and the text is not judged. */
    static final int MIN_WORDS = 25;
    /** English news text has about a third of its words in the list; other languages almost none. */
    static final double MIN_SHARE = 0.08;

    private LanguageCheck() {
    }

    /** A reason the text is not English, or null when it is (or is too short to tell). */
    static String notEnglish(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int common = 0;
        int nonLatin = 0;
        while (m.find() && words < 2000) {
            String w = m.group();
            words++;
            if (COMMON.contains(w.toLowerCase(Locale.ROOT))) {
                common++;
            }
            if (Character.UnicodeScript.of(w.codePointAt(0)) != Character.UnicodeScript.LATIN) {
                nonLatin++;
            }
        }
        if (words < MIN_WORDS) {
            return null;
        }
        double share = (double) common / words;
        if (share >= MIN_SHARE) {
            return null;
        }
        return String.format(Locale.ROOT, "not English (%d%% of its words are common English words%s); the taggers read English only",
                Math.round(share * 100), nonLatin > words / 2 ? ", most are not in Latin script" : "");
    }
}
