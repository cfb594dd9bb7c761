package org.chronologer.tag;

import static org.assertj.core.api.Assertions.assertThat;

import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.annotator.heideltime.resources.RuleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleRequirementsTest {

    @Test
    void aSequenceOfFewStringsIsRequiredWhole() {
        List<Set<String>> sets = RuleRequirements.of("([Jj]anuary|[Ff]eb\\.?) ([12]\\d)");
        assertThat(sets).hasSize(1);
        assertThat(sets.get(0)).contains("january 12", "feb. 29", "feb 10").doesNotContain("january 31", "January 12")
                .hasSize(3 * 20);
    }

    @Test
    void partsSeparatedByWhatItCannotSpellAreEachRequired() {
        assertThat(RuleRequirements.of("(one|two|three)[\\s]+(days?|weeks?)( ago)?"))
                .containsExactly(Set.of("one", "two", "three"), Set.of("day", "week"));
    }

    @Test
    void whatMayBeLeftOutOrIsNotReadRequiresNothing() {
        assertThat(RuleRequirements.of("(the )?(\\w+)")).isEmpty();
        assertThat(RuleRequirements.of("x*")).isEmpty();
        assertThat(RuleRequirements.of("(?<=in )May")).isEmpty();
        assertThat(RuleRequirements.of("[^a]+")).isEmpty();
        assertThat(RuleRequirements.of("a|\\w")).isEmpty();
        // an alternative without a requirement leaves the others' none either
        assertThat(RuleRequirements.of("(spring|(\\d)?)")).isEmpty();
    }

    @Test
    void theFinderLooksForEverySetInEitherCaseOfItsLetters() {
        Pattern p = RuleRequirements.finder(RuleRequirements.of("(one|two|three)[\\s]+(days?|weeks?)"));
        assertThat(p.matcher("for THREE long Weeks").find()).isTrue();
        assertThat(p.matcher("three of them").find()).isFalse();
        assertThat(p.matcher("weeks and weeks").find()).isFalse();
        Pattern years = RuleRequirements.finder(List.of(Set.of("1", "2")));
        assertThat(years.matcher("in 2009").find()).isTrue();
        assertThat(years.matcher("in 3009").find()).isFalse();
    }

    /**
     * The property HeidelTime's checks stand on: over text full of temporal expressions, in any case, every rule of the
     * date, duration and set kinds that finds something in a sentence has a check that finds something there too.
     */
    @Test
    void everySentenceARuleMatchesPassesItsCheck() throws IOException {
        RuleManager rules = englishRules();
        Map<String, Map<Pattern, String>> kinds = kinds(rules);
        kinds.remove("TIME");
        List<String> sentences = sentences();
        int matched = 0;
        int rulesMatching = 0;
        int rulesChecked = 0;
        for (Map.Entry<String, Map<Pattern, String>> kind : kinds.entrySet()) {
            for (Map.Entry<Pattern, String> rule : kind.getValue().entrySet()) {
                Pattern check = RuleChecks.check(rules, kind.getKey(), rule.getValue());
                assertThat(check).as(rule.getValue()).isNotNull();
                rulesChecked += check.pattern().isEmpty() ? 0 : 1;
                boolean any = false;
                for (String s : sentences) {
                    if (rule.getKey().matcher(s).find()) {
                        any = true;
                        matched++;
                        assertThat(check.matcher(s).find()).as("%s on \"%s\"", rule.getValue(), s).isTrue();
                    }
                }
                rulesMatching += any ? 1 : 0;
            }
        }
        // the corpus reaches most rules, and most rules are checked by more than a pass for all
        assertThat(rulesMatching).isGreaterThan(70);
        assertThat(matched).isGreaterThan(400);
        assertThat(rulesChecked).isGreaterThan(190);
    }

    /**
     * The property the gate stands on: while a document is processed, HeidelTime is shown every rule of every kind
     * (time rules too) that finds something in one of its sentences, and not the rules whose strings it lacks.
     */
    @Test
    void aDocumentIsShownEveryRuleThatMatchesInIt() throws Exception {
        RuleManager rules = englishRules();
        Map<String, Map<Pattern, String>> kinds = kinds(rules);
        int matched = 0;
        int timeMatched = 0;
        for (String s : sentences()) {
            String document = "Nothing here. " + s + " Nor here.";
            for (Map.Entry<String, Map<Pattern, String>> kind : kinds.entrySet()) {
                Set<Pattern> shown = RuleChecks.shown(rules, kind.getKey(), document);
                for (Pattern rule : kind.getValue().keySet()) {
                    if (rule.matcher(s).find()) {
                        matched++;
                        timeMatched += kind.getKey().equals("TIME") ? 1 : 0;
                        assertThat(shown).as("%s on \"%s\"", kind.getValue().get(rule), s).contains(rule);
                    }
                }
            }
        }
        assertThat(matched).isGreaterThan(450);
        assertThat(timeMatched).isGreaterThan(10);
        // outside a document every rule is there; a text without temporal words is shown few of them
        int all = 0;
        int shownPlain = 0;
        for (Map.Entry<String, Map<Pattern, String>> kind : kinds.entrySet()) {
            all += kind.getValue().keySet().size();
            shownPlain += RuleChecks.shown(rules, kind.getKey(), "The council voted against the plan.").size();
        }
        assertThat(all).isGreaterThan(240);
        assertThat(shownPlain).isLessThan(all / 4);
    }

    /** HeidelTime's English rules, with the checks and gate an engine installs. */
    private static RuleManager englishRules() {
        new HeidelTimeTagger();
        return RuleManager.getInstance(Language.ENGLISH, false);
    }

    /** Each kind's rules (a rule's pattern to its name), by kind. */
    private static Map<String, Map<Pattern, String>> kinds(RuleManager rules) {
        Map<String, Map<Pattern, String>> kinds = new LinkedHashMap<>();
        kinds.put("DATE", rules.getHmDatePattern());
        kinds.put("DURATION", rules.getHmDurationPattern());
        kinds.put("SET", rules.getHmSetPattern());
        kinds.put("TIME", rules.getHmTimePattern());
        return kinds;
    }

    private static List<String> sentences() throws IOException {
        List<String> out = new ArrayList<>(List.of(
                "The report was published on March 3, 2021, and again on 12/03/2021 and 2021-03-12.",
                "In the fiscal second quarter of 2009 sales fell; in the first half of the year they rose.",
                "He was born in the early 1950s and died in the mid-1990s, some two and a half years ago.",
                "The talks resumed on Tuesday morning, two days later, and ended late Wednesday night.",
                "Every Monday, twice a week, once a month, each year, annually, monthly, three times a day.",
                "By the end of next year, at 10:30 p.m. or 6 am, the following week, the previous month.",
                "Christmas Eve, New Year's Day, Easter Sunday, Thanksgiving 2010 and the summer of 1969.",
                "It was 2 B.C., the 3rd century AD, the 19th century, the 1800s, the late '90s, mid-2009.",
                "The three-year-old boy and his 40-year-old father, aged 12, spent 10 hours and 30 minutes.",
                "Over the past five years, for several decades, in recent months, in the coming weeks, a decade.",
                "Last spring, this winter, next fall, early autumn, the last quarter, Q3 2012, the fourth quarter.",
                "Jan. 5, Feb 28th, Sept. 11, 2001, 5 December 1999, December 5th, the 5th of December.",
                "Today, yesterday, tomorrow, tonight, now, currently, recently, earlier this month, later that day.",
                "Since 1998, until 2005, from 2001 to 2004, between May and June, in the 2000s, fiscal 2011.",
                "The weekend of June 12-13, the week of 4 July, on the 4th, during the 20th anniversary celebrations.",
                "A period of two weeks, a term of four years, after three days, within 24 hours, for 90 minutes."));
        for (String s : List.copyOf(out)) {
            out.add(s.toUpperCase(Locale.ROOT));
            out.add(s.toLowerCase(Locale.ROOT));
        }
        try (Stream<Path> files = Files.list(Path.of("..", "fixtures", "putin-beijing"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readString(p).split("(?<=[.!?])\\s+|\\n+")) {
                    if (!line.isBlank()) {
                        out.add(line);
                    }
                }
            }
        }
        return out;
    }
}
