package org.chronologer.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.text.Sentences;

/**
 * The parts of a text where a temporal expression can be: a window of a few words around each word that
 * HeidelTime's own English patterns are built on (month and weekday names, units, parts of day, seasons,
 * holidays, date words such as "today") or that holds a digit. HeidelTime runs each of its hundreds of rules
 * over every sentence it is given, so handing it only these windows, joined into a short text, saves most of its
 * time; offsets are mapped back to the original text.
 *
 * <p>The trigger words are read from HeidelTime's English pattern resources on the classpath, so they follow
 * its rules rather than a list of our own; a few words its rules spell out literally ("ago", "hours", "the past")
 * are added.
 */
public final class TriggerWindows {

    /**
     * Words kept before a trigger: enough for "two and a half years". An expression mostly ends at its
     * trigger (a unit, a month, a year, "ago"), so fewer are kept after it ("three years old").
     */
    static final int WORDS_BEFORE = 4;
    static final int WORDS_AFTER = 2;
    /** Windows this few words apart are joined, so a phrase is never cut in the middle. */
    static final int JOIN_GAP_WORDS = 2;
    /** What separates two windows in the compact text: a sentence end, so no rule matches across it. */
    static final String SEPARATOR = " .\n\n";
    /**
     * The most words a window grows to by joining: a run of triggers longer than this (a list of dates, a page of digit
     * runs) is cut into windows that overlap, so that no sentence HeidelTime reads is long. HeidelTime looks back
     * through the whole sentence of each expression it finds (its tense) and back through every sentence of the
     * document before it, so one long sentence, or one long document, costs the square of its length.
     */
    static final int MAX_WINDOW_WORDS = 24;
    /** Words two windows cut from one run share. */
    static final int CUT_OVERLAP_WORDS = 4;
    /**
     * A word longer than this is no part of any temporal expression: it triggers nothing and no window crosses it (a
     * run of thousands of digits or letters would otherwise be handed to every one of HeidelTime's rules).
     */
    static final int MAX_WORD_CHARS = 40;
    /**
     * A word with a run of more digits than this is no part of any temporal expression either ("20240115" has eight):
     * HeidelTime's number patterns match inside such a run at every position, and check each match against every token
     * of its sentence, so a page of digit runs cost it a thousand times normal text.
     */
    static final int MAX_DIGITS = 8;
    /** The most characters of compact text HeidelTime reads in one document; see {@link #parts()}. */
    static final int MAX_PART_CHARS = 4000;
    /**
     * The most trigger words in one document HeidelTime reads. For each expression HeidelTime looks back through the
     * expressions before it in its document (the last year, month or day mentioned, its tense), so a part dense with
     * expressions (a page of years, weekdays, clock times) costs the square of their number: 4,000 characters of years
     * hold 500 triggers. News text holds far fewer: at most 160 in a part of any TempEval-3 article (TimeBank and
     * AQUAINT, 256 documents), 130 in the fixtures' text, so its parts are cut by characters alone, as before.
     */
    static final int MAX_PART_TRIGGERS = 200;

    private static final String[] PATTERN_RESOURCES = {"reMonthLong", "reMonthShort", "reWeekday", "reUnit", "reDateWord",
        "reSetWords", "rePartOfDay", "reSeason", "reHolidayFix", "reHolidayVar", "reDecadeWord", "rePartOfYear"};
    /** Words HeidelTime's English rules spell out literally, outside its pattern resources. */
    private static final List<String> RULE_WORDS = List.of("ago", "earlier", "later", "hour", "hours", "minute", "minutes",
            "second", "seconds", "past", "future", "former", "formerly", "soon", "once", "twice", "annual", "annually",
            "daily", "weekly", "yearly", "hourly", "nightly", "fortnight", "millennium", "overnight");
    /** Head words too common to trigger alone ("may" and "march" trigger when written with a capital). */
    private static final Set<String> TOO_COMMON = Set.of("the", "of", "and", "may", "march", "possible", "heaven", "mary",
            "lord", "body", "christ", "branch", "end", "ends");
    /** A word of the text, as the windows and {@link TriggerDensity} count them. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");
    private static final Set<String> TRIGGERS = load();
    /** A possessive "'s" and trailing full stops, apostrophes and hyphens, which a trigger word is read without. */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern TRAILING = Pattern.compile("[.'’-]+$");

    private final String text;
    private final int[] compactStart;
    private final int[] originalStart;
    private final int[] length;
    /** The trigger words of each window. */
    private final int[] triggers;

    private TriggerWindows(String text, int[] compactStart, int[] originalStart, int[] length, int[] triggers) {
        this.text = text;
        this.compactStart = compactStart;
        this.originalStart = originalStart;
        this.triggers = triggers;
        this.length = length;
    }

    /**
     * The windows of {@code original} joined into one compact text.
     *
     * <p>The words are read twice rather than held: once for what each is (a trigger, no part of any expression, the
     * last of its sentence), kept as bits, and once more for the offsets of the words the windows start and end at. A
     * text of megabytes has hundreds of thousands of words, and their offsets, an int each for start and end, were the
     * most memory the reading of a plain text took.
     */
    public static TriggerWindows of(String original) {
        BitSet noPart = new BitSet();
        BitSet trigger = new BitSet();
        // a sentence ends at the word's last character (its full stop) or in the gap before the next word, and around a
        // word too long to be part of an expression
        BitSet sentenceEndAfter = new BitSet();
        int n = 0;
        int lastEnd = 0;
        for (Matcher m = WORD.matcher(original); m.find(); n++) {
            if (noPart(original, m.start(), m.end())) {
                noPart.set(n);
            } else if (isTrigger(original.substring(m.start(), m.end()))) {
                trigger.set(n);
            }
            if (n > 0 && (Sentences.endsBetween(original, lastEnd - 1, m.start()) || noPart.get(n - 1) || noPart.get(n))) {
                sentenceEndAfter.set(n - 1);
            }
            lastEnd = m.end();
        }
        List<int[]> windows = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        for (int i = trigger.nextSetBit(0); i >= 0; i = trigger.nextSetBit(i + 1)) {
            int from = i;
            while (from > 0 && i - from < WORDS_BEFORE && !sentenceEndAfter.get(from - 1)) {
                from--;
            }
            int to = i;
            while (to + 1 < n && to - i < WORDS_AFTER && !sentenceEndAfter.get(to)) {
                to++;
            }
            if (!windows.isEmpty()) {
                int[] last = windows.get(windows.size() - 1);
                int between = sentenceEndAfter.nextSetBit(last[1]);
                boolean sameSentence = between < 0 || between >= from;
                if (from - last[1] <= JOIN_GAP_WORDS + 1 && sameSentence) {
                    if (to - last[0] < MAX_WINDOW_WORDS) {
                        last[1] = Math.max(last[1], to);
                        counts.get(counts.size() - 1)[0]++;
                        continue;
                    }
                    // a run too long for one window: the next overlaps this one by a few words, so that an expression
                    // across the cut is whole in one of them
                    from = Math.max(from, last[1] + 1 - CUT_OVERLAP_WORDS);
                }
            }
            windows.add(new int[] {from, to});
            counts.add(new int[] {1});
        }
        int[][] spans = wordSpans(original, windows.stream().mapToInt(w -> w[0]).toArray(), windows.stream().mapToInt(w -> w[1]).toArray());
        StringBuilder compact = new StringBuilder();
        int[] cs = new int[windows.size()];
        int[] os = new int[windows.size()];
        int[] len = new int[windows.size()];
        int[] trig = counts.stream().mapToInt(c -> c[0]).toArray();
        for (int w = 0; w < windows.size(); w++) {
            int start = spans[0][w];
            int end = spans[1][w];
            if (w > 0) {
                compact.append(SEPARATOR);
            }
            cs[w] = compact.length();
            os[w] = start;
            len[w] = end - start;
            compact.append(original, start, end);
        }
        return new TriggerWindows(compact.toString(), cs, os, len, trig);
    }

    /** Whether the word {@code [start, end)} is too long, or holds too long a run of digits, to be part of an expression. */
    static boolean noPart(String text, int start, int end) {
        return end - start > MAX_WORD_CHARS || longestDigitRun(text, start, end) > MAX_DIGITS;
    }

    private static int longestDigitRun(String text, int from, int to) {
        int longest = 0;
        int run = 0;
        for (int i = from; i < to; i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * The windows in parts of at most {@link #MAX_PART_CHARS} characters of compact text and {@link #MAX_PART_TRIGGERS}
     * trigger words each (a window longer than that is a part of its own), in order, each with its own compact text and offsets. HeidelTime reads each part as
     * a document of its own: what it does per expression grows with the document before it, so a text of any length
     * costs the same per kilobyte. A news article's windows fit in one part.
     */
    public List<TriggerWindows> parts() {
        List<TriggerWindows> out = new ArrayList<>();
        int first = 0;
        while (first < compactStart.length) {
            int last = first;
            int t = triggers[first];
            while (last + 1 < compactStart.length
                    && compactStart[last + 1] + length[last + 1] - compactStart[first] <= MAX_PART_CHARS
                    && t + triggers[last + 1] <= MAX_PART_TRIGGERS) {
                last++;
                t += triggers[last];
            }
            if (first == 0 && last == compactStart.length - 1) {
                return List.of(this);
            }
            int base = compactStart[first];
            int[] cs = new int[last - first + 1];
            for (int w = first; w <= last; w++) {
                cs[w - first] = compactStart[w] - base;
            }
            out.add(new TriggerWindows(text.substring(base, compactStart[last] + length[last]), cs,
                    java.util.Arrays.copyOfRange(originalStart, first, last + 1), java.util.Arrays.copyOfRange(length, first, last + 1),
                    java.util.Arrays.copyOfRange(triggers, first, last + 1)));
            first = last + 1;
        }
        return out;
    }

    /** How many trigger words the windows hold. */
    int triggerWords() {
        return java.util.Arrays.stream(triggers).sum();
    }

    /** The compact text HeidelTime is given. */
    public String text() {
        return text;
    }

    /** How many windows the text has. */
    public int windows() {
        return compactStart.length;
    }

    /**
     * The original offsets of the compact span {@code [begin, end)}, or null when the span is not inside one
     * window.
     */
    public int[] toOriginal(int begin, int end) {
        int lo = 0;
        int hi = compactStart.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (compactStart[mid] <= begin) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0 || end > compactStart[found] + length[found]) {
            return null;
        }
        int shift = originalStart[found] - compactStart[found];
        return new int[] {begin + shift, end + shift};
    }

    /**
     * The start of each word {@code firsts} names and the end of each word {@code lasts} names (word indexes in the order
     * {@link #WORD} finds them, each array in increasing order, repeats allowed), in two arrays: the words are read
     * again rather than their offsets kept, so that a long text's are never all held at once.
     */
    static int[][] wordSpans(String text, int[] firsts, int[] lasts) {
        int[] starts = new int[firsts.length];
        int[] ends = new int[lasts.length];
        int f = 0;
        int l = 0;
        Matcher m = WORD.matcher(text);
        for (int word = 0; (f < firsts.length || l < lasts.length) && m.find(); word++) {
            for (; f < firsts.length && firsts[f] == word; f++) {
                starts[f] = m.start();
            }
            for (; l < lasts.length && lasts[l] == word; l++) {
                ends[l] = m.end();
            }
        }
        if (f < firsts.length || l < lasts.length) {
            throw new IllegalArgumentException("word indexes past the text's words or not in order");
        }
        return new int[][] {starts, ends};
    }

    /** Whether a word of the text can anchor a temporal expression. */
    static boolean isTrigger(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        String w = TRAILING.matcher(POSSESSIVE.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll("");
        if (TRIGGERS.contains(w)) {
            return true;
        }
        // "may" and "march" are common words; as months they are written with a capital
        if ((w.equals("may") || w.equals("march")) && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        // "mid-1990s", "year-end", "week-long": any hyphenated part that triggers
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) {
                if (TRIGGERS.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>(RULE_WORDS);
        for (String name : PATTERN_RESOURCES) {
            String path = "/english/repattern/resources_repattern_" + name + ".txt";
            try (InputStream in = TriggerWindows.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new TaggerException("HeidelTime pattern resource " + path + " is missing from the classpath");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("//") || line.isBlank()) {
                        continue;
                    }
                    // "[Tt]he end of" -> "the end of"; "St\\. Valentine's Day" -> words
                    String plain = line.replaceAll("\\[(\\p{L})\\p{L}\\]", "$1").replace("\\", "").toLowerCase(Locale.ROOT);
                    // "days?" stands for "day" and "days"; of a phrase, its head word triggers ("Christmas Eve",
                    // "the day before yesterday", "fiscal first quarter")
                    for (String variant : List.of(plain.replaceAll("\\p{L}\\?", ""), plain.replace("?", ""))) {
                        String[] words = variant.split("[^\\p{L}]+");
                        String head = words.length == 0 ? "" : words[words.length - 1];
                        if (head.length() >= 3 && !TOO_COMMON.contains(head)) {
                            out.add(head);
                        }
                    }
                }
            } catch (IOException e) {
                throw new TaggerException("cannot read HeidelTime pattern resource " + path, e);
            }
        }
        return Set.copyOf(out);
    }
}
