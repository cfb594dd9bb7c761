package org.chronologer.text;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The English words the engine reads by name, in one place: numbers and ordinals spelled out, month and weekday
 * names, abbreviations after which a full stop does not end a sentence, and the words too common to tell one text
 * from another.
 */
public final class English {

    private English() {
    }

    private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    private static final List<String> TEENS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final List<String> UNIT_ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth");
    private static final List<String> TEEN_ORDINALS = List.of("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth");
    private static final List<String> TEN_ORDINALS = List.of("twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
            "seventieth", "eightieth", "ninetieth");

    /** Cardinal numbers spelled out, one to a hundred ("seventy-five"), with their values. */
    public static final Map<String, Integer> CARDINALS = spelled(UNITS, TEENS, TENS, UNITS, "hundred");
    /** Ordinal numbers spelled out, first to hundredth ("twenty-first"), with their values. */
    public static final Map<String, Integer> ORDINALS = spelled(UNIT_ORDINALS, TEEN_ORDINALS, TEN_ORDINALS, UNIT_ORDINALS, "hundredth");

    /** Month names, January first. */
    public static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** The abbreviations news writes for months ("Sept."). */
    public static final List<String> MONTH_ABBREVIATIONS = List.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep",
            "oct", "nov", "dec");
    /** Weekday names, Monday first. */
    public static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Abbreviations after which a full stop does not end a sentence ("Sept. 27", "Gov. Smith", "No. 1"). */
    public static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mr", "mrs", "ms",
            "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "jr", "sr", "prof", "rev", "no", "vs", "inc",
            "corp", "co", "ltd", "mt", "ft", "ave");

    /**
     * Whether a word (with or without its final full stop) is an abbreviation: one of {@link #ABBREVIATIONS}, an initial
     * ("J."), or letters with inner full stops ("U.S.", "a.m.").
     */
    public static boolean isAbbreviation(String word) {
        String stem = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (stem.isEmpty()) {
            return false;
        }
        return stem.indexOf('.') > 0 || ABBREVIATIONS.contains(stem.toLowerCase(Locale.ROOT))
                || (stem.length() == 1 && Character.isUpperCase(stem.charAt(0)));
    }

    /** The month a name or abbreviation stands for ("March", "Sept", "oct."), by its first three letters. */
    public static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** The weekday a name or abbreviation stands for ("Tuesday", "Tues", "thu"), by its first two letters. */
    public static DayOfWeek weekday(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (n.length() >= 2 && d.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, 2))) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a weekday: " + name);
    }

    /** The value of a cardinal number written in digits or spelled out ("12", "twelve"), if it is one. */
    public static OptionalInt number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && w.chars().allMatch(Character::isDigit)) {
            return w.length() <= 9 ? OptionalInt.of(Integer.parseInt(w)) : OptionalInt.empty();
        }
        Integer v = CARDINALS.get(w);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /** The value of an ordinal written in digits or spelled out ("3rd", "third"), if it is one. */
    public static OptionalInt ordinal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches("\\d{1,9}(?:st|nd|rd|th)")) {
            return OptionalInt.of(Integer.parseInt(w.substring(0, w.length() - 2)));
        }
        Integer v = ORDINALS.get(w);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /** A regular-expression alternation of the cardinals spelled out, longest first (no group). */
    public static final String CARDINAL_WORDS = alternation(CARDINALS);
    /** A regular-expression alternation of the ordinals spelled out, longest first (no group). */
    public static final String ORDINAL_WORDS = alternation(ORDINALS);

    private static Map<String, Integer> spelled(List<String> units, List<String> teens, List<String> tens, List<String> compoundUnits,
                                                String hundred) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            out.put(units.get(i), i + 1);
        }
        for (int i = 0; i < teens.size(); i++) {
            out.put(teens.get(i), i + 10);
        }
        for (int t = 0; t < tens.size(); t++) {
            out.put(tens.get(t), (t + 2) * 10);
            for (int u = 0; u < compoundUnits.size(); u++) {
                // "twenty-five", "twenty-first": the tens word of the cardinal, then the unit
                out.put(TENS.get(t) + "-" + compoundUnits.get(u), (t + 2) * 10 + u + 1);
            }
        }
        out.put(hundred, 100);
        return Map.copyOf(out);
    }

    private static String alternation(Map<String, Integer> words) {
        return words.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .collect(Collectors.joining("|"));
    }
}
