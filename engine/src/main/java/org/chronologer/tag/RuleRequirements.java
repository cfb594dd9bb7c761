package org.chronologer.tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What any match of a regular expression must contain: sets of literal strings (letters of ASCII in lower case), one
 * string of each set in every match (those letters in either case), derived from the expression's syntax. A text
 * without a string of each set cannot match, so the expression need not be run on it: HeidelTime runs each of its
 * hundreds of rules over every sentence, and a sentence without a month name need not be searched by the rules built
 * on month names.
 *
 * <p>Conservative: a construct it does not know (a back-reference, a look-around, an intersection of classes, a class
 * of many characters, {@code .}) requires nothing, so the worst it does is let a rule run. It reads the syntax
 * HeidelTime's rules are written in once their resources are filled in: groups, alternatives, the quantifiers
 * {@code ? * + {n,m}}, classes (nested ones too), escapes, {@code \b \A \Z ^ $}.
 */
public final class RuleRequirements {

    /** The most strings a set of alternatives may hold before it is given up. */
    static final int MOST_STRINGS = 256;
    /** The most sets a match is required to hold a string of. */
    static final int MOST_SETS = 3;
    /** The most characters a class may hold to be read as alternatives. */
    static final int MOST_CLASS_CHARS = 12;

    private final String re;
    private int at;

    private RuleRequirements(String re) {
        this.re = re;
    }

    /**
     * Sets of strings (letters of ASCII in lower case) such that every match of {@code regex} contains one string of each
     * set (those letters in either case), the sets that say most first; at most {@link #MOST_SETS}, none when it knows
     * of none (when the expression may match the empty string, say, or is written in syntax it does not read).
     */
    public static List<Set<String>> of(String regex) {
        try {
            RuleRequirements p = new RuleRequirements(regex);
            Info info = p.alternatives();
            if (p.at != regex.length()) {
                return List.of();
            }
            return info.required().stream().map(RuleRequirements::withoutLonger).toList();
        } catch (Unknown | IndexOutOfBoundsException | NumberFormatException e) {
            return List.of();
        }
    }

    /**
     * A pattern found in a text when it holds one of the strings of each set (letters of ASCII in either case):
     * each set written as a tree of their shared starts behind a class of their first characters
     * ({@code (?=[12])(?:[12][0-9][0-9])} for the numbers 100 to 299), so that most positions of a text cost one test
     * of a character; two sets or more are looked for from the text's start, one after the other.
     */
    public static Pattern finder(List<Set<String>> sets) {
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("no strings to find");
        }
        if (sets.size() == 1) {
            return Pattern.compile(tree(sets.get(0)));
        }
        // any characters up to a string of the set: "." with DOTALL tests nothing ("[\\s\\S]" tests two classes); the
        // set whose first characters are rarest in English first, since the others are looked for only when it is found
        List<Set<String>> ordered = new ArrayList<>(sets);
        ordered.sort(Comparator.comparingDouble(RuleRequirements::firstCharacterShare));
        StringBuilder re = new StringBuilder("\\A");
        for (Set<String> set : ordered) {
            re.append("(?=.*?").append(tree(set)).append(')');
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    /**
     * Letter frequencies of English text, a to z, in percent of letters (the usual table, from Lewand's "Cryptological
     * Mathematics"), for {@link #firstCharacterShare}.
     */
    private static final double[] LETTER_PERCENT = {8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4, 6.7, 7.5,
        1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98, 2.4, 0.15, 2.0, 0.074};

    /**
     * About how often a character of English text is one the strings of {@code set} start with, in percent of letters:
     * a letter by its frequency, any other character (digits, punctuation) as a rare letter.
     */
    static double firstCharacterShare(Set<String> set) {
        double share = 0;
        for (char c : set.stream().map(x -> x.charAt(0)).distinct().toList()) {
            share += c >= 'a' && c <= 'z' ? LETTER_PERCENT[c - 'a'] : 0.5;
        }
        return share;
    }

    /** A regular expression that matches any of {@code strings}, or a longer string that starts with one. */
    private static String tree(Set<String> strings) {
        if (strings.isEmpty() || strings.contains("")) {
            throw new IllegalArgumentException("no strings to find, or the empty one: " + strings);
        }
        Node root = new Node();
        for (String s : strings) {
            Node n = root;
            for (int i = 0; i < s.length(); i++) {
                n = n.next.computeIfAbsent(s.charAt(i), c -> new Node());
            }
            n.end = true;
        }
        StringBuilder firsts = new StringBuilder();
        root.next.keySet().forEach(c -> firsts.append(classChar(c)));
        return "(?=[" + firsts + "])" + root.regex();
    }

    /** A node of the tree of strings {@link #finder} writes: the characters that may follow, and whether one ends here. */
    private static final class Node {
        final TreeMap<Character, Node> next = new TreeMap<>();
        boolean end;

        /**
         * What must follow this node for one of the strings to be found, as a regular expression; children that are
         * followed alike share a class.
         */
        String regex() {
            if (end || next.isEmpty()) {
                return ""; // a string ends here: finding it is enough, whatever longer ones start with it
            }
            Map<String, StringBuilder> bySuffix = new LinkedHashMap<>();
            for (Map.Entry<Character, Node> e : next.entrySet()) {
                bySuffix.computeIfAbsent(e.getValue().regex(), k -> new StringBuilder()).append(e.getKey());
            }
            List<String> branches = new ArrayList<>();
            for (Map.Entry<String, StringBuilder> e : bySuffix.entrySet()) {
                String chars = e.getValue().toString();
                String head = "[" + chars.chars().mapToObj(c -> classChar((char) c)).reduce("", String::concat) + "]";
                branches.add(head + e.getKey());
            }
            return branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
        }
    }

    /** A character as a member of a class, escaped, with its upper-case form when it is a letter of ASCII. */
    private static String classChar(char c) {
        if (c >= 'a' && c <= 'z') {
            return c + String.valueOf((char) (c - 'a' + 'A'));
        }
        return c < 128 && Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format("\\u%04x", (int) c);
    }

    /**
     * A character of an expression as this reader keeps it: a letter of ASCII in lower case (the finder looks for both
     * cases), any other as it is, so that a text a rule matches always holds what the finder looks for.
     */
    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
    }

    /** Syntax this reader does not know: the expression requires nothing it can tell. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    /**
     * What a part of an expression can match: {@code exact}, every string it can match (letters of ASCII in lower case),
     * when they are few, else null; {@code all}, sets of strings such that every match contains one string of each set
     * (none when none is known).
     */
    private record Info(Set<String> exact, List<Set<String>> all) {
        static final Info NOTHING_KNOWN = new Info(null, List.of());
        static final Info EMPTY = new Info(Set.of(""), List.of());

        /** Sets of strings every match contains one of each, the most telling first; none holds the empty string. */
        List<Set<String>> required() {
            if (exact != null && !exact.contains("")) {
                return List.of(exact);
            }
            return all;
        }
    }

    private Info alternatives() {
        List<Info> branches = new ArrayList<>();
        branches.add(sequence());
        while (at < re.length() && re.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> exact = new LinkedHashSet<>();
        // one of the branches matches: it holds one string of its most telling set
        Set<String> some = new LinkedHashSet<>();
        for (Info b : branches) {
            if (exact != null) {
                if (b.exact() == null) {
                    exact = null;
                } else {
                    exact.addAll(b.exact());
                    if (exact.size() > MOST_STRINGS) {
                        exact = null;
                    }
                }
            }
            List<Set<String>> r = b.required();
            if (some != null) {
                if (r.isEmpty()) {
                    some = null;
                } else {
                    some.addAll(r.get(0));
                }
            }
        }
        return new Info(exact, some == null ? List.of() : List.of(some));
    }

    private Info sequence() {
        List<Set<String>> candidates = new ArrayList<>();
        Set<String> run = Set.of("");
        boolean allExact = true;
        while (at < re.length() && re.charAt(at) != '|' && re.charAt(at) != ')') {
            Info item = quantified(atom());
            Set<String> product = item.exact() == null ? null : product(run, item.exact());
            if (product != null) {
                run = product;
                continue;
            }
            allExact = false;
            candidates.add(run);
            candidates.addAll(item.required());
            run = item.exact() == null ? Set.of("") : item.exact();
        }
        candidates.add(run);
        List<Set<String>> best = new ArrayList<>();
        for (Set<String> c : candidates) {
            if (!c.contains("") && !best.contains(c)) {
                best.add(c);
            }
        }
        best.sort(RuleRequirements::byWhatTheySay);
        return new Info(allExact ? run : null, List.copyOf(best.subList(0, Math.min(MOST_SETS, best.size()))));
    }

    /** {@code strings} without those that hold another of them (a text with "days ago" holds "day"), sorted. */
    private static Set<String> withoutLonger(Set<String> strings) {
        TreeSet<String> out = new TreeSet<>();
        for (String s : strings) {
            if (strings.stream().noneMatch(o -> o.length() < s.length() && s.contains(o))) {
                out.add(s);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** The set that says more of a text first: its shortest string is longer, or as long and it has fewer. */
    private static int byWhatTheySay(Set<String> a, Set<String> b) {
        int la = a.stream().mapToInt(String::length).min().orElse(0);
        int lb = b.stream().mapToInt(String::length).min().orElse(0);
        return la != lb ? Integer.compare(lb, la) : Integer.compare(a.size(), b.size());
    }

    /** Every string of {@code a} followed by one of {@code b}, or null when they would be too many. */
    private static Set<String> product(Set<String> a, Set<String> b) {
        if ((long) a.size() * b.size() > MOST_STRINGS) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    private Info quantified(Info item) {
        if (at >= re.length()) {
            return item;
        }
        char c = re.charAt(at);
        int least;
        if (c == '?') {
            least = 0;
            at++;
        } else if (c == '*') {
            least = 0;
            at++;
        } else if (c == '+') {
            least = 1;
            at++;
        } else if (c == '{') {
            int close = re.indexOf('}', at);
            if (close < 0) {
                throw new Unknown();
            }
            String[] bounds = re.substring(at + 1, close).split(",", -1);
            try {
                least = Integer.parseInt(bounds[0].trim());
            } catch (NumberFormatException e) {
                throw new Unknown();
            }
            at = close + 1;
        } else {
            return item;
        }
        if (at < re.length() && (re.charAt(at) == '?' || re.charAt(at) == '+')) {
            at++; // lazy or possessive: the same strings
        }
        if (least == 0) {
            boolean optionalOnly = c == '?' && item.exact() != null && item.exact().size() < MOST_STRINGS;
            if (optionalOnly) {
                Set<String> exact = new LinkedHashSet<>(item.exact());
                exact.add("");
                return new Info(exact, List.of());
            }
            return item.exact() != null && item.exact().equals(Set.of("")) ? Info.EMPTY : Info.NOTHING_KNOWN;
        }
        // once or more: every match holds a match of the item
        return new Info(null, item.required());
    }

    private Info atom() {
        char c = re.charAt(at);
        switch (c) {
            case '(' -> {
                at++;
                if (re.startsWith("?:", at)) {
                    at += 2;
                } else if (re.charAt(at) == '?') {
                    throw new Unknown(); // look-arounds, flags, named groups
                }
                Info inner = alternatives();
                if (at >= re.length() || re.charAt(at) != ')') {
                    throw new Unknown();
                }
                at++;
                return inner;
            }
            case '[' -> {
                Set<Character> chars = characterClass();
                return chars == null ? Info.NOTHING_KNOWN : chars(chars);
            }
            case '\\' -> {
                at++;
                return escape();
            }
            case '.' -> {
                at++;
                return Info.NOTHING_KNOWN;
            }
            case '^', '$' -> {
                at++;
                return Info.EMPTY;
            }
            case '*', '+', '?', '{', ')' -> throw new Unknown();
            default -> {
                at++;
                return chars(Set.of(c));
            }
        }
    }

    private static Info chars(Set<Character> chars) {
        Set<String> exact = new LinkedHashSet<>();
        for (char ch : chars) {
            exact.add(String.valueOf(fold(ch)));
        }
        return new Info(exact, List.of());
    }

    /** After a backslash. */
    private Info escape() {
        char c = re.charAt(at++);
        switch (c) {
            case 'b', 'B', 'A', 'Z', 'z', 'G' -> {
                return Info.EMPTY;
            }
            case 'd' -> {
                Set<Character> digits = new LinkedHashSet<>();
                for (char d = '0'; d <= '9'; d++) {
                    digits.add(d);
                }
                return chars(digits);
            }
            case 's', 'S', 'w', 'W', 'D', 'h', 'H', 'v', 'V', 'R', 'X', 'p', 'P', 'k', 'N', 'Q', 'E' -> throw new Unknown();
            default -> {
                Character ch = escapedChar(c);
                if (ch == null) {
                    throw new Unknown();
                }
                return chars(Set.of(ch));
            }
        }
    }

    /** The character an escape stands for, having read its first character {@code c}; null for one it does not read. */
    private Character escapedChar(char c) {
        switch (c) {
            case 'u' -> {
                char ch = (char) Integer.parseInt(re.substring(at, at + 4), 16);
                at += 4;
                return ch;
            }
            case 't' -> {
                return '\t';
            }
            case 'n' -> {
                return '\n';
            }
            case 'r' -> {
                return '\r';
            }
            case 'f' -> {
                return '\f';
            }
            default -> {
                return Character.isLetterOrDigit(c) ? null : c;
            }
        }
    }

    /**
     * The characters of a class starting at {@code [}, or null when they are many, negated, or written in a way it does
     * not read; {@link #at} after its {@code ]} either way.
     */
    private Set<Character> characterClass() {
        at++; // [
        boolean negated = false;
        if (re.charAt(at) == '^') {
            negated = true;
            at++;
        }
        Set<Character> out = new LinkedHashSet<>();
        boolean many = false;
        boolean first = true;
        while (re.charAt(at) != ']' || first) {
            first = false;
            char c = re.charAt(at);
            if (c == '[') {
                Set<Character> inner = characterClass();
                if (inner == null) {
                    many = true;
                } else {
                    out.addAll(inner);
                }
                continue;
            }
            if (c == '&' && re.startsWith("&&", at)) {
                throw new Unknown();
            }
            char lo;
            if (c == '\\') {
                at++;
                char e = re.charAt(at++);
                if (e == 'd') {
                    for (char d = '0'; d <= '9'; d++) {
                        out.add(d);
                    }
                    continue;
                }
                if ("sSwWDhHvVpPQE".indexOf(e) >= 0) {
                    if (e == 'p' || e == 'P') {
                        throw new Unknown();
                    }
                    many = true;
                    continue;
                }
                Character ch = escapedChar(e);
                if (ch == null) {
                    throw new Unknown();
                }
                lo = ch;
            } else {
                lo = c;
                at++;
            }
            if (re.charAt(at) == '-' && re.charAt(at + 1) != ']') {
                at++;
                char hc = re.charAt(at);
                char hi;
                if (hc == '\\') {
                    at++;
                    Character ch = escapedChar(re.charAt(at++));
                    if (ch == null) {
                        throw new Unknown();
                    }
                    hi = ch;
                } else if (hc == '[') {
                    throw new Unknown();
                } else {
                    hi = hc;
                    at++;
                }
                if (hi - lo + 1 > MOST_CLASS_CHARS) {
                    many = true;
                } else {
                    for (char x = lo; x <= hi; x++) {
                        out.add(x);
                    }
                }
            } else {
                out.add(lo);
            }
        }
        at++; // ]
        if (negated || many) {
            return null;
        }
        Set<Character> lower = new LinkedHashSet<>();
        for (char ch : out) {
            lower.add(fold(ch));
        }
        return lower.size() > MOST_CLASS_CHARS ? null : out;
    }
}
