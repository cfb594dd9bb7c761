package org.chronologer.date.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chronologer.model.RuleId;

/**
 * The evidence rules dating runs, in order (the order of their evidence in the output). {@link #defaults()} is the
 * engine's set; a caller may add its own rules or leave some out.
 */
public final class EvidenceRules {

    private final List<EvidenceRule> rules;

    private EvidenceRules(List<EvidenceRule> rules) {
        this.rules = List.copyOf(rules);
        long distinct = this.rules.stream().map(EvidenceRule::id).distinct().count();
        if (distinct != this.rules.size()) {
            throw new IllegalArgumentException("two rules with one name in " + this.rules.stream().map(EvidenceRule::id).toList());
        }
    }

    /** Every rule of the engine: one line each. */
    public static EvidenceRules defaults() {
        return of(List.of(
                new DatelineRule(),
                new ExplicitDateRule(),
                new WeekdayRule(),
                new WeekendRule(),
                new MonthDayRule(),
                new WeekdayDateRule(),
                new PartOfYearRule(),
                new NamedEventRule(),
                new DiplomaticAnniversaryRule(),
                new TermRule(),
                new IncumbentRule(),
                new FormerHolderRule(),
                new FightingRule(),
                new ElapsedRule()));
    }

    /** Exactly these rules, in this order. */
    public static EvidenceRules of(List<EvidenceRule> rules) {
        return new EvidenceRules(rules);
    }

    /** These rules and then {@code rule}. */
    public EvidenceRules with(EvidenceRule rule) {
        List<EvidenceRule> out = new ArrayList<>(rules);
        out.add(Objects.requireNonNull(rule, "rule"));
        return new EvidenceRules(out);
    }

    /** These rules without the one named {@code id} (the same rules when none has that name). */
    public EvidenceRules without(RuleId id) {
        return new EvidenceRules(rules.stream().filter(r -> !r.id().equals(id)).toList());
    }

    /** The rules, in order. */
    public List<EvidenceRule> list() {
        return rules;
    }
}
