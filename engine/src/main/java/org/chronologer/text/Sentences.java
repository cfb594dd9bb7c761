package org.chronologer.text;

/**
 * Sentence bounds without a sentence splitter: a sentence ends at a line break, or at '.', '!', '?' or ';'
 * followed by white space. Good enough for finding the clause around a mention.
 */
public final class Sentences {
    private Sentences() {
    }

    /** The start of the sentence holding offset {@code at}. */
    public static int start(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?' || c == ';') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The end (exclusive) of the sentence holding offset {@code at}. */
    public static int end(String text, int at) {
        for (int i = Math.max(at, 0); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '!' || c == '?' || c == ';'
                    || (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
                return i;
            }
        }
        return text.length();
    }
}
