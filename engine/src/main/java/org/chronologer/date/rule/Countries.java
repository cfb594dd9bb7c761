package org.chronologer.date.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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


    /** Each word's pattern, compiled once (the words are the countries' and the knowledge base's surnames). */
    private static final Map<String, Pattern> WORD_PATTERNS = new ConcurrentHashMap<>();

    private static Pattern word(String w) {
        return WORD_PATTERNS.computeIfAbsent(w, x -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(x) + "(?![\\p{L}])"));
    }

    static int occurrences(String text, String country) {
        int n = 0;
        for (String w : COUNTRY_WORDS.getOrDefault(country, List.of(country))) {
            Matcher m = word(w).matcher(text);
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    static boolean mentions(String text, String country) {
        for (String w : COUNTRY_WORDS.getOrDefault(country, List.of(country))) {
            if (containsWord(text, w)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsWord(String text, String word) {
        return word(word).matcher(text).find();
    }

    static String surname(String person) {
        String[] parts = person.trim().split("\\s+");
        return parts[parts.length - 1];
    }
}
