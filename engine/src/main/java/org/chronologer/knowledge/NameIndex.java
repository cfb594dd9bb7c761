package org.chronologer.knowledge;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Where many names occur in a text, found with one Aho–Corasick automaton over all of them.
 *
 * <p>Each name matches as the regular expression {@code (?<![\p{L}\p{N}])NAME(?![\p{L}\p{N}])} would, with every
 * space of the name standing for any run of white space ({@code \s+}); a case-insensitive name compares as
 * {@code CASE_INSENSITIVE | UNICODE_CASE} does, char by char. Like {@link Matcher#find()} run
 * again and again, each name's occurrences do not overlap one another: the leftmost is taken first. Occurrences
 * of different names may overlap; resolving that is the caller's business.
 *
 * <p>The text is searched once: white space runs shrink to one space and letters are case-folded, the
 * automaton finds every folded name in it, and each candidate is then checked against the text itself (word
 * boundaries, exact case where a name asks for it).
 *
 * <p>A name is also only found in a text whose words (lower case, as {@link #words} splits them) hold the name's
 * first word: the pre-filter the per-name patterns had. Where a name matches that holds but in odd texts (a dotless
 * {@code ı}, a long {@code ſ} or a Kelvin sign that case folding makes a letter of the name; a letter beyond the BMP
 * just before the name); it is kept so that those texts come out as they did. Most occurrences show it by
 * themselves, so the text is split into words only now and then.
 *
 * <p>A name's spaces are taken as separators: white space around a name is ignored and a run of it inside a name
 * counts as one space. An index is immutable and safe to share between threads.
 */
final class NameIndex {

    /** An occurrence of name number {@code name} (in the order the index was given them) at [start, end). */
    record Hit(int name, int start, int end) {
    }

    /**
     * A name as the index keeps it.
     *
     * @param text          the name, its white space runs made single spaces
     * @param exact         per char of {@code text}: whether the text must hold that very char (not a case variant)
     * @param supplementary whether the name holds chars beyond the BMP (a regex then looks behind by a code point)
     * @param firstWord     the pre-filter's word: the first run of letters and digits of the lower-cased name
     * @param wordStart     where that word starts in {@code text}, -1 when the quick check does not apply
     * @param wordEnd       where that word ends in {@code text}
     */
    private record Name(String text, boolean[] exact, boolean supplementary, String firstWord, int wordStart, int wordEnd) {
    }

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<Name> names;
    /** For each distinct folded key, the names (indexes) that fold to it. */
    private final int[][] namesOfKey;
    private final PayloadTrie<Integer> trie;

    /**
     * An index of {@code names}; {@code caseSensitive.get(i)} says whether name {@code i} keeps its case.
     * A name with nothing but white space is never found.
     */
    NameIndex(List<String> names, List<Boolean> caseSensitive) {
        if (names.size() != caseSensitive.size()) {
            throw new IllegalArgumentException(names.size() + " names but " + caseSensitive.size() + " case flags");
        }
        List<Name> kept = new ArrayList<>();
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Name n = name(names.get(i), caseSensitive.get(i));
            kept.add(n);
            if (!n.text().isEmpty()) {
                byKey.computeIfAbsent(fold(n.text()), k -> new ArrayList<>()).add(i);
            }
        }
        this.names = List.copyOf(kept);
        this.namesOfKey = new int[byKey.size()][];
        PayloadTrie.PayloadTrieBuilder<Integer> builder = PayloadTrie.builder();
        int k = 0;
        for (Map.Entry<String, List<Integer>> e : byKey.entrySet()) {
            namesOfKey[k] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            builder.addKeyword(e.getKey(), k);
            k++;
        }
        this.trie = builder.build();
    }

    private static Name name(String raw, boolean caseSensitive) {
        List<String> words = new ArrayList<>();
        for (String w : raw.split("[ \\t\\n\\x0B\\f\\r]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        String text = String.join(" ", words);
        boolean[] exact = new boolean[text.length()];
        boolean supplementary = false;
        int segmentStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != ' ') {
                supplementary |= Character.isSurrogate(text.charAt(i));
                continue;
            }
            // a word of the name: case-sensitive chars must be there as they are; so must the lone char of a
            // one-char word whose upper case has no lower case of its own ("5", "ß"): regex compares it as it is
            String segment = text.substring(segmentStart, i);
            for (int j = segmentStart; j < i; j++) {
                exact[j] = caseSensitive;
            }
            if (!caseSensitive && segment.codePointCount(0, segment.length()) == 1) {
                int c = segment.codePointAt(0);
                int upper = Character.toUpperCase(c);
                if (upper == Character.toLowerCase(upper)) {
                    for (int j = segmentStart; j < i; j++) {
                        exact[j] = true;
                    }
                }
            }
            segmentStart = i + 1;
        }
        String firstWord = firstWord(text);
        int wordStart = -1;
        int wordEnd = -1;
        if (!firstWord.isEmpty() && text.chars().allMatch(c -> c < 128)) {
            wordStart = 0;
            while (!isAsciiLetterOrDigit(text.charAt(wordStart))) {
                wordStart++;
            }
            wordEnd = wordStart;
            while (wordEnd < text.length() && isAsciiLetterOrDigit(text.charAt(wordEnd))) {
                wordEnd++;
            }
        }
        return new Name(text, exact, supplementary, firstWord, wordStart, wordEnd);
    }

    /**
     * The characters of text the automaton reads at a time: a long text is read in pieces, each with
     * {@link #OVERLAP} characters more, so that its folded copy stays small.
     */
    static final int PIECE = 1 << 16;
    /** More than the longest name with the white space inside it: a name that starts in a piece ends in its overlap. */
    static final int OVERLAP = 1024;

    /** Every occurrence of every name in {@code text}, by name (in index order), then start. */
    List<Hit> find(String text) {
        if (namesOfKey.length == 0) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        TextWords words = new TextWords(text);
        for (int from = 0; from < text.length(); ) {
            int to = Math.min(text.length(), from + PIECE);
            if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
                to++;
            }
            int read = Math.min(text.length(), to + OVERLAP);
            if (read < text.length() && Character.isLowSurrogate(text.charAt(read))) {
                read++;
            }
            scan(text, from, read, to, hits, words);
            from = to;
        }
        // the automaton reports by end; a name's own occurrences, all of one folded length, then come by start
        hits.sort(Comparator.comparingInt(Hit::name));
        List<Hit> out = new ArrayList<>(hits.size());
        int lastName = -1;
        int lastEnd = 0;
        for (Hit h : hits) {
            if (h.name() != lastName || h.start() >= lastEnd) {
                out.add(h);
                lastName = h.name();
                lastEnd = h.end();
            }
        }
        return out;
    }

    /** Adds to {@code hits} the occurrences that start in {@code [from, before)}, reading the text up to {@code to}. */
    private void scan(String text, int from, int to, int before, List<Hit> hits, TextWords words) {
        int n = to;
        // the text as the automaton reads it: white space runs as one space, case folded code point by code point
        char[] folded = new char[n - from];
        Origins origin = new Origins();
        int m = 0;
        for (int i = from; i < n; ) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                folded[m] = ' ';
                origin.add(m++, i++);
                while (i < n && isSpace(text.charAt(i))) {
                    i++;
                }
            } else if (c < 128) {
                folded[m] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                origin.add(m++, i++);
            } else {
                int cp = text.codePointAt(i);
                int f = fold(cp);
                int count = Character.charCount(cp);
                if (Character.charCount(f) != count) {
                    f = cp; // no such code point in Java 17's tables; were there one, it keeps its case
                }
                Character.toChars(f, folded, m);
                for (int k = 0; k < count; k++) {
                    origin.add(m++, i++);
                }
            }
        }
        for (PayloadEmit<Integer> emit : trie.parseText(CharBuffer.wrap(folded, 0, m))) {
            int at = emit.getStart();
            int start = origin.at(at);
            if (start >= before) {
                continue; // the next piece's
            }
            int end = origin.at(emit.getEnd()) + 1; // the emit's end is inclusive
            for (int i : namesOfKey[emit.getPayload()]) {
                Name name = names.get(i);
                if (!bounded(text, start, end, name) || !exact(text, at, origin, name)) {
                    continue;
                }
                if (!name.firstWord().isEmpty() && !holdsFirstWord(text, at, origin, name)) {
                    if (!words.contains(name.firstWord())) {
                        continue;
                    }
                }
                hits.add(new Hit(i, start, end));
            }
        }
    }

    /** {@code (?<![\p{L}\p{N}])} before the occurrence and {@code (?![\p{L}\p{N}])} after it, as regex reads them. */
    private static boolean bounded(String text, int start, int end, Name name) {
        if (start > 0) {
            // regex looks back one char, or one code point when the pattern holds supplementary chars
            int before = name.supplementary() ? Character.codePointBefore(text, start) : text.charAt(start - 1);
            if (isLetterOrDigit(before)) {
                return false;
            }
        }
        return end >= text.length() || !isLetterOrDigit(text.codePointAt(end));
    }

    /** Whether the chars that must match exactly do. */
    private static boolean exact(String text, int from, Origins origin, Name name) {
        boolean[] exact = name.exact();
        for (int j = 0; j < exact.length; j++) {
            if (exact[j] && text.charAt(origin.at(from + j)) != name.text().charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether this occurrence shows that the text's words hold the name's first word, without splitting the text:
     * the word is plain ASCII here and the chars around it stay word breaks when the text is lower-cased.
     */
    private static boolean holdsFirstWord(String text, int from, Origins origin, Name name) {
        if (name.wordStart() < 0) {
            return false;
        }
        int a = origin.at(from + name.wordStart());
        int b = origin.at(from + name.wordEnd() - 1) + 1;
        if (a > 0 && !separates(text.charAt(a - 1)) || b < text.length() && !separates(text.charAt(b))) {
            return false;
        }
        for (int j = a; j < b; j++) {
            if (text.charAt(j) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Whether a char next to a word stays a word break when the text is lower-cased. */
    private static boolean separates(char c) {
        if (c < 128) {
            return !isAsciiLetterOrDigit(c);
        }
        return !Character.isSurrogate(c) && !isLetterOrDigit(c) && Character.toLowerCase(c) == c;
    }

    /** The lower-case words of a text (runs of letters and digits). */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String firstWord(String name) {
        for (String w : WORD_BREAK.split(name.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                return w;
            }
        }
        return "";
    }

    /** Case folding as {@code CASE_INSENSITIVE | UNICODE_CASE} compares: lower case of the upper case. */
    static int fold(int cp) {
        return Character.toLowerCase(Character.toUpperCase(cp));
    }

    private static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int f = fold(cp);
            out.appendCodePoint(Character.charCount(f) == Character.charCount(cp) ? f : cp);
        });
        return out.toString();
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code [\p{L}\p{N}]}. */
    static boolean isLetterOrDigit(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** The words of a text, read only when a pre-filter check first needs them. */
    private static final class TextWords {
        private final String text;
        private Set<String> words;

        TextWords(String text) {
            this.text = text;
        }

        boolean contains(String word) {
            if (words == null) {
                words = words(text);
            }
            return words.contains(word);
        }
    }

    /**
     * Where each character of the folded text comes from in the text, kept in runs that follow the text one for one
     * (only a run of white space, read as one space, breaks a run): a few ints for a long text, not one a character.
     */
    private static final class Origins {
        private int[] starts = new int[16];
        private int[] origins = new int[16];
        private int runs;

        /** Folded character {@code folded} comes from character {@code at} of the text; called in order. */
        void add(int folded, int at) {
            if (runs > 0 && origins[runs - 1] + (folded - starts[runs - 1]) == at) {
                return;
            }
            if (runs == starts.length) {
                starts = Arrays.copyOf(starts, 2 * runs);
                origins = Arrays.copyOf(origins, 2 * runs);
            }
            starts[runs] = folded;
            origins[runs] = at;
            runs++;
        }

        /** The offset in the text of folded character {@code folded}. */
        int at(int folded) {
            int k = Arrays.binarySearch(starts, 0, runs, folded);
            if (k < 0) {
                k = -k - 2;
            }
            return origins[k] + (folded - starts[k]);
        }
    }
}
