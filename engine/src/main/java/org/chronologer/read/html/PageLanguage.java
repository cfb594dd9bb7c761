package org.chronologer.read.html;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language of a page's text: told from the text by the share of each language's commonest words when there
 * are enough words, else taken from what the page declares ({@code <html lang>}, {@code og:locale},
 * {@code Content-Language}). Pages often declare a template's default, so the text decides when it can.
 */
final class PageLanguage {

    /** Fewer words than this and the text is not judged. */
    static final int MIN_WORDS = 25;
    /** A language's commonest words make a third of running text; under this share, it is not that language. */
    static final double MIN_SHARE = 0.08;

    private static final Map<String, Set<String>> COMMON = new LinkedHashMap<>();

    static {
        COMMON.put("en", Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "he", "it", "as",
                "at", "by", "his", "be", "from", "are", "this", "have", "an", "has", "said", "were", "not", "but", "they",
                "will", "had", "who", "their", "its", "been", "she", "her", "we", "or", "would", "you", "i"));
        COMMON.put("de", Set.of("der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist",
                "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie",
                "nach", "wird", "bei", "einer", "um", "am", "sind", "noch", "wie", "einem", "über", "so", "zum", "ich", "wir"));
        COMMON.put("fr", Set.of("de", "la", "le", "et", "les", "des", "en", "un", "du", "une", "que", "est", "pour", "qui", "dans",
                "par", "plus", "pas", "au", "sur", "ne", "se", "ce", "il", "sont", "avec", "aux", "son", "nous", "vous"));
        COMMON.put("es", Set.of("de", "la", "que", "el", "en", "y", "a", "los", "del", "se", "las", "por", "un", "para", "con",
                "no", "una", "su", "al", "es", "lo", "como", "más", "pero", "sus", "le", "ya", "o", "fue", "este"));
        COMMON.put("it", Set.of("di", "e", "il", "la", "che", "è", "per", "un", "in", "del", "della", "non", "a", "una", "i",
                "le", "si", "con", "da", "sono", "al", "dei", "gli", "come", "anche", "nel", "ha", "più", "lo", "ma"));
        COMMON.put("nl", Set.of("de", "en", "van", "het", "een", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet",
                "die", "aan", "er", "ook", "als", "bij", "door", "om", "maar", "wordt", "ze", "naar", "uit", "dan", "over", "heeft"));
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private PageLanguage() {
    }

    /** The language of the text, else the declared one; empty when neither tells. */
    static Optional<String> of(String text, Optional<String> declared) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        Matcher m = WORD.matcher(text);
        int words = 0;
        int nonLatin = 0;
        while (m.find() && words < 3000) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            if (Character.UnicodeScript.of(w.codePointAt(0)) != Character.UnicodeScript.LATIN) {
                nonLatin++;
            }
            for (Map.Entry<String, Set<String>> e : COMMON.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        Optional<String> declaredCode = declared.map(PageLanguage::code).filter(c -> !c.isEmpty());
        if (words < MIN_WORDS) {
            return declaredCode;
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        if (best != null && (double) most / words >= MIN_SHARE) {
            return Optional.of(best);
        }
        if (nonLatin > words / 2) {
            // a script none of the lists covers: trust the declaration if it is not one of them
            return declaredCode.filter(c -> !COMMON.containsKey(c)).or(() -> Optional.of("und"));
        }
        return declaredCode.filter(c -> !COMMON.containsKey(c)).or(() -> Optional.of("und"));
    }

    /** The primary subtag of a language tag or locale, lower case: {@code de-AT} and {@code de_AT} give {@code de}. */
    static String code(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        return (cut >= 0 ? t.substring(0, cut) : t).replaceAll("[^a-z]", "");
    }
}
