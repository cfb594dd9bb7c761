package org.chronologer.tag;

import de.unihd.dbs.uima.annotator.heideltime.resources.RuleManager;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HeidelTime's "fast checks", filled in from its own rules: HeidelTime runs each of its rules (152 for English dates,
 * 40 for durations, 16 for sets) over every sentence, building a matcher with dozens of groups for each, and skips a
 * rule whose fast check, a pattern of the rule's, does not occur in the sentence. Its English rules come with none.
 * Here each rule gets one: the strings {@link RuleRequirements} finds that every match of the rule contains (for a
 * rule on month names, the month names; for "two weeks", a number word or digit and a unit), searched for in either
 * case. A sentence without them cannot match the rule, so what HeidelTime finds is the same, only sooner: on 400
 * articles of {@code dated-news} (100 from each file), HeidelTime over the whole text found the same 3,741 expressions
 * with the checks as without, in 35 s instead of 78 ({@code RuleRequirementsTest} checks the same on sentences of
 * every kind of expression). Installed for English, the language it was checked on.
 *
 * <p>Every rule of the three kinds gets a check, one that always passes when nothing is known of it: HeidelTime 2.2.1
 * carries a rule's failed check over to the next rule that has none. Its time rules are not checked: HeidelTime looks
 * their checks up under a name they are not filed under ({@code "Time"} for {@code "TIME"}), and runs them all.
 */
final class RuleChecks {

    /** A check that every sentence passes: the empty string is found in any text. */
    private static final Pattern ALWAYS = Pattern.compile("");
    /** The rule managers already given their checks (HeidelTime keeps one per language). */
    private static final Set<RuleManager> DONE = Collections.newSetFromMap(new IdentityHashMap<>());

    private RuleChecks() {
    }

    /**
     * Gives each date, duration and set rule of {@code rules} that has no fast check one; once per rule manager. Called
     * while engines are built one at a time, before any of them uses {@code rules}: HeidelTime's maps are not safe to
     * change while another thread reads them.
     */
    static synchronized void install(RuleManager rules) {
        if (!DONE.add(rules)) {
            return;
        }
        install(rules.getHmDatePattern(), rules.getHmDateFastCheck());
        install(rules.getHmDurationPattern(), rules.getHmDurationFastCheck());
        install(rules.getHmSetPattern(), rules.getHmSetFastCheck());
    }

    private static void install(Map<Pattern, String> patterns, Map<String, Pattern> checks) {
        for (Map.Entry<Pattern, String> rule : patterns.entrySet()) {
            if (checks.containsKey(rule.getValue())) {
                continue;
            }
            List<Set<String>> needed = RuleRequirements.of(rule.getKey().pattern());
            checks.put(rule.getValue(), needed.isEmpty() ? ALWAYS : RuleRequirements.finder(needed));
        }
    }

    /** The check of a rule, for tests: null when it has none. */
    static Pattern check(RuleManager rules, String kind, String rule) {
        Map<String, Pattern> checks = switch (kind) {
            case "DATE" -> rules.getHmDateFastCheck();
            case "DURATION" -> rules.getHmDurationFastCheck();
            case "SET" -> rules.getHmSetFastCheck();
            default -> throw new IllegalArgumentException(kind);
        };
        return checks.get(rule);
    }
}
