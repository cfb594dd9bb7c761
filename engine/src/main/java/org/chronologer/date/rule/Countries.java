package org.chronologer.date.rule;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Country names and the adjectives news uses for them, for matching offices and pairs of countries. */
final class Countries {
    private Countries() {
    }

    /** Country names and the adjectives news uses for them, for matching offices ("Russia's president", "Russian President"). */
    static final Map<String, List<String>> COUNTRY_WORDS = Map.ofEntries(
            Map.entry("United States", List.of("United States", "U.S.", "US", "American", "America")),
            Map.entry("Russia", List.of("Russia", "Russian", "Kremlin")), Map.entry("China", List.of("China", "Chinese")),
            Map.entry("United Kingdom", List.of("United Kingdom", "Britain", "British", "UK", "U.K.")),
            Map.entry("France", List.of("France", "French")), Map.entry("Germany", List.of("Germany", "German")),
            Map.entry("Japan", List.of("Japan", "Japanese")), Map.entry("India", List.of("India", "Indian")),
            Map.entry("Brazil", List.of("Brazil", "Brazilian")), Map.entry("Turkey", List.of("Turkey", "Turkish", "Türkiye")),
            Map.entry("South Korea", List.of("South Korea", "South Korean", "Korean")), Map.entry("Italy", List.of("Italy", "Italian")),
            Map.entry("Canada", List.of("Canada", "Canadian")), Map.entry("Australia", List.of("Australia", "Australian")),
            Map.entry("Mexico", List.of("Mexico", "Mexican")), Map.entry("Indonesia", List.of("Indonesia", "Indonesian")),
            Map.entry("South Africa", List.of("South Africa", "South African")), Map.entry("Ukraine", List.of("Ukraine", "Ukrainian")),
            Map.entry("Israel", List.of("Israel", "Israeli")), Map.entry("Iran", List.of("Iran", "Iranian")),
            Map.entry("Spain", List.of("Spain", "Spanish")), Map.entry("Argentina", List.of("Argentina", "Argentine", "Argentinian")),
            Map.entry("Saudi Arabia", List.of("Saudi Arabia", "Saudi")), Map.entry("Pakistan", List.of("Pakistan", "Pakistani")),
            Map.entry("Egypt", List.of("Egypt", "Egyptian")), Map.entry("Nigeria", List.of("Nigeria", "Nigerian")),
            Map.entry("Poland", List.of("Poland", "Polish")), Map.entry("Taiwan", List.of("Taiwan", "Taiwanese")),
            Map.entry("North Korea", List.of("North Korea", "North Korean")), Map.entry("Soviet Union", List.of("Soviet Union", "USSR", "Soviet")));
    static final Set<String> OFFICE_WORDS = Set.of("president", "prime minister", "premier", "chancellor", "leader",
            "general secretary", "king", "queen", "emperor", "supreme leader");


    /** The words that name {@code country}: its name and adjectives, or the name alone when none are listed. */
    static List<String> wordsOf(String country) {
        return COUNTRY_WORDS.getOrDefault(country, List.of(country));
    }

    /** How many times {@code text} names {@code country} (any of its words; matches of one word do not overlap). */
    static int occurrences(String text, String country) {
        int n = 0;
        for (String w : wordsOf(country)) {
            for (int at = find(text, w, 0); at >= 0; at = find(text, w, at + w.length())) {
                n++;
            }
        }
        return n;
    }

    /** Whether {@code text} holds {@code word}, as it is written, not inside a longer run of letters. */
    static boolean containsWord(String text, String word) {
        return find(text, word, 0) >= 0;
    }

    /** Those of {@code words} that {@code text} holds as {@link #containsWord} tells, each text read once per word. */
    static Set<String> wordsIn(String text, Collection<String> words) {
        Set<String> found = new HashSet<>();
        for (String w : words) {
            if (containsWord(text, w)) {
                found.add(w);
            }
        }
        return found;
    }

    /**
     * Where {@code word} first occurs in {@code text} from {@code from} on with no letter right before or after it, or
     * -1: a search for the string itself, each hit then checked, rather than a regular expression for each word.
     */
    private static int find(String text, String word, int from) {
        if (word.isEmpty()) {
            return -1;
        }
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean before = at > 0 && Character.isLetter(text.codePointBefore(at));
            boolean after = end < text.length() && Character.isLetter(text.codePointAt(end));
            if (!before && !after) {
                return at;
            }
        }
        return -1;
    }

    static String surname(String person) {
        String[] parts = person.trim().split("\\s+");
        return parts[parts.length - 1];
    }
}
