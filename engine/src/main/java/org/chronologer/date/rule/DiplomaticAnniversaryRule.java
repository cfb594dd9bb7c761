package org.chronologer.date.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.interpret.Tense;
import org.chronologer.interpret.TenseDetector;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.knowledge.KnownEvent;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;
import org.chronologer.text.English;
import org.chronologer.text.Sentences;

/**
 * "75 years of diplomatic relations" between two countries the article names: the article is written around that
 * anniversary of the relations the knowledge base dates (between the pair of countries the article names most).
 */
public final class DiplomaticAnniversaryRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("diplomatic-anniversary");

    private static final Pattern DIPLOMATIC = Pattern.compile(
            "(?i)\\b(\\d{1,3}|" + English.CARDINAL_WORDS + ")(?:th)?\\s+(?:years\\s+of|anniversary\\s+of)\\s+(?:the\\s+|their\\s+)?(?:establishment\\s+of\\s+)?(?:\\w+\\s+){0,2}diplomatic\\s+(?:relations|ties)");

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        String text = facts.text().text();
        // how often the article names each country, counted once per article: each phrase weighs the same pairs, and
        // counting them again for every phrase cost the square of the text's length
        Map<String, Integer> occurrences = new HashMap<>();
        Matcher m = DIPLOMATIC.matcher(text);
        while (m.find()) {
            int years = English.number(m.group(1)).orElse(-1);
            if (years <= 0 || facts.inFurniture(m.start())) {
                continue;
            }
            // "their" relations: the pair of countries the article names most
            KnownEvent best = null;
            List<String> bestPair = List.of();
            int bestCount = 0;
            for (KnownEvent e : facts.knowledge().events()) {
                String lower = e.name().toLowerCase(Locale.ROOT);
                if (!lower.contains("diplomatic")) {
                    continue;
                }
                List<String> names = new ArrayList<>(e.aliases());
                names.add(0, e.name());
                List<String> countries = names.stream()
                        .map(nm -> Countries.COUNTRY_WORDS.keySet().stream().filter(nm::contains).sorted().toList())
                        .filter(cs -> cs.size() >= 2 && cs.stream().allMatch(c -> occurrences.computeIfAbsent(c, x -> Countries.occurrences(text, x)) > 0))
                        .findFirst().orElse(List.of());
                if (countries.isEmpty()) {
                    continue;
                }
                int count = countries.stream().mapToInt(occurrences::get).min().orElse(0);
                if (count > bestCount) {
                    best = e;
                    bestPair = countries;
                    bestCount = count;
                }
            }
            if (best != null) {
                KnownEvent e = best;
                List<String> countries = bestPair;
                LocalDate date = e.firstDay().plusYears(years);
                int start = facts.text().toOriginal(m.start());
                int end = facts.text().toOriginalEnd(m.end());
                String phrase = facts.text().original().substring(start, end);
                out.add(Evidence.of(phrase, start, end, NamedEventRule.ANNIVERSARY, new Cue("anniversary", Anchor.Span.of(date)),
                        "'" + phrase + "' between " + String.join(" and ", countries) + ": " + e.name() + " (" + e.dates().get(0)
                                + ") + " + years + " years = " + date));
            }
        }
        return out;
    }
}
