package org.chronologer.tag;

/**
 * Checks the statistical lemmatiser's answer for a verb form: a lemma that does not give back a regular form by the
 * regular rules ("unveiled" → "unveid") is replaced by the form less its ending ("unveil"), and an irregular past form
 * it leaves as it is ("shook", "fled") gets its base ({@link IrregularVerbs}).
 */
final class Lemmas {

    private Lemmas() {
    }

    /** The lemma to keep for {@code word} (lower case) tagged {@code pos}, given the lemmatiser's {@code proposed}. */
    static String check(String word, String pos, String proposed) {
        String lemma = proposed == null || proposed.isBlank() || proposed.equals("O") ? word : proposed.toLowerCase(java.util.Locale.ROOT);
        if (!pos.equals("VERB")) {
            return lemma;
        }
        if (lemma.equals(word)) {
            return IrregularVerbs.baseOf(word).orElse(lemma);
        }
        if (word.endsWith("ed") && word.length() > 4 && lemma.length() >= word.length() - 3 && !regular(lemma, word, "ed")) {
            return undouble(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("ing") && word.length() > 5 && lemma.length() >= word.length() - 4 && !regular(lemma, word, "ing")) {
            return undouble(word.substring(0, word.length() - 3));
        }
        return lemma;
    }

    /** Whether the regular rules make {@code word} from {@code lemma} with the given ending. */
    private static boolean regular(String lemma, String word, String ending) {
        if (word.equals(lemma + ending)) {
            return true;
        }
        if (lemma.endsWith("e") && word.equals(lemma.substring(0, lemma.length() - 1) + ending)) {
            return true;
        }
        if (ending.equals("ed") && lemma.endsWith("y") && word.equals(lemma.substring(0, lemma.length() - 1) + "ied")) {
            return true;
        }
        return !lemma.isEmpty() && word.equals(lemma + lemma.charAt(lemma.length() - 1) + ending);
    }

    private static String undouble(String stem) {
        int n = stem.length();
        if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }
}
