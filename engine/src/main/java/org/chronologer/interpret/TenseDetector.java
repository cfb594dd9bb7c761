package org.chronologer.interpret;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.text.Sentences;

/**
 * Guesses the tense of the clause that governs a mention, without a POS tagger: the nearest tense marker
 * before the mention in its sentence wins, then the nearest after it.
 *
 * <p>Markers: future auxiliaries and phrases ("will", "is scheduled to", "is expected to", "plans to",
 * "is due to"), forecasts and schedules ("expects", "takes effect"); past forms (-ed verbs, irregular past forms, perfect auxiliaries); present forms of "be" and
 * third-person verbs. It is a heuristic: it reads the words, not the syntax.
 */
public final class TenseDetector {

    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|won't|wouldn't|shall|'ll|would|is going to|are going to|(?:is|are|was|were)(?: also| still| now| reportedly| widely)? (?:scheduled|expected|set|due|slated|poised|planning|preparing|likely|about|to be)\\b|(?:scheduled|expected|slated|due) to|plans? to|intends? to|aims? to|hopes? to|seeks? to|wants? to|upcoming|forthcoming"
            // a forecast ("expects net income ... to fall"), a schedule ("takes effect")
            + "|expects|anticipates|forecasts|predicts|foresees|takes? effect)\\b");
    private static final Pattern WORD = Pattern.compile("[a-z']+");
    private static final Set<String> IRREGULAR_PAST = Set.of(
            "was", "were", "had", "did", "went", "came", "met", "held", "said", "told", "took", "made", "gave", "left",
            "began", "saw", "sent", "won", "lost", "fell", "rose", "led", "ran", "spoke", "wrote", "brought", "bought",
            "thought", "found", "got", "became", "kept", "felt", "built", "paid", "sold", "stood", "threw", "flew",
            "drew", "grew", "knew", "broke", "chose", "struck", "spent",
            "meant", "heard", "sat", "forgot", "fought", "caught", "taught", "sought", "swore", "wore", "tore",
            "arose", "rode", "drove", "ate", "bore", "shot", "slid", "stole", "stuck",
            "swept", "woke", "withdrew", "overtook", "undertook", "ago", "earlier", "previously", "formerly",
            "been");
    private static final Set<String> PRESENT = Set.of("is", "are", "am", "remains", "remain", "continues", "continue");
    private static final Set<String> NOT_PAST_ED = Set.of(
            "need", "red", "bed", "shed", "seed", "speed", "feed", "bled", "united", "limited", "based", "related",
            "so-called", "called", "armed", "advanced", "detailed", "sophisticated", "talked-about", "blockaded",
            "hundred", "indeed", "proceed", "exceed", "succeed", "bred");

    private TenseDetector() {
    }

    /** The tense governing the span {@code start..end} of {@code text}. */
    public static Tense tenseAt(String text, int start, int end) {
        int sentenceStart = Sentences.start(text, start);
        int sentenceEnd = Sentences.end(text, end);
        String before = text.substring(sentenceStart, start).toLowerCase(Locale.ROOT);
        String after = text.substring(end, sentenceEnd).toLowerCase(Locale.ROOT);
        Tense t = lastMarker(before);
        if (t != Tense.UNKNOWN) {
            return t;
        }
        return firstMarker(after);
    }

    /** Whether a text (any case) holds a phrase that points after the moment of writing ("will", "is expected to", "plans to"). */
    public static boolean futurePhrase(String s) {
        return FUTURE.matcher(s.toLowerCase(Locale.ROOT)).find();
    }

    private static Tense lastMarker(String s) {
        Tense best = Tense.UNKNOWN;
        int bestAt = -1;
        Matcher f = FUTURE.matcher(s);
        while (f.find()) {
            if (f.start() > bestAt) {
                bestAt = f.start();
                best = Tense.FUTURE;
            }
        }
        Matcher w = WORD.matcher(s);
        while (w.find()) {
            Tense t = wordTense(w.group());
            if (t != Tense.UNKNOWN && w.start() > bestAt) {
                // a future phrase that contains this word ("is scheduled to") keeps its reading
                if (best == Tense.FUTURE && w.start() < futureEnd(s, bestAt)) {
                    continue;
                }
                bestAt = w.start();
                best = t;
            }
        }
        return best;
    }

    private static int futureEnd(String s, int at) {
        Matcher f = FUTURE.matcher(s);
        return f.find(at) ? f.end() : at;
    }

    private static Tense firstMarker(String s) {
        Matcher f = FUTURE.matcher(s);
        int futureAt = f.find() ? f.start() : Integer.MAX_VALUE;
        Matcher w = WORD.matcher(s);
        while (w.find() && w.start() < futureAt) {
            Tense t = wordTense(w.group());
            if (t != Tense.UNKNOWN) {
                return t;
            }
        }
        return futureAt == Integer.MAX_VALUE ? Tense.UNKNOWN : Tense.FUTURE;
    }

    /** Whether a word (lower case) is a past form: an irregular one ("won", "met") or one in -ed ("opposed"). */
    public static boolean isPastForm(String word) {
        return wordTense(word) == Tense.PAST && !word.equals("ago") && !word.equals("earlier") && !word.equals("previously")
                && !word.equals("formerly");
    }

    private static Tense wordTense(String word) {
        if (IRREGULAR_PAST.contains(word)) {
            return Tense.PAST;
        }
        if (PRESENT.contains(word)) {
            return Tense.PRESENT;
        }
        if (word.length() > 4 && word.endsWith("ed") && !NOT_PAST_ED.contains(word)) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }
}
