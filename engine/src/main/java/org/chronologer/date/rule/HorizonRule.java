package org.chronologer.date.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;

/**
 * The knowledge base's horizon: it knows events up to its latest day, and an article is most likely from the
 * time it covers (or the year after). A weak prior: it does not bound the window, but it keeps evidence that only
 * says "on or after" ("President Trump", "since the pandemic") from putting the best day decades ahead.
 */
public final class HorizonRule implements EvidenceRule {

    public static final RuleId ID = RuleId.ownOnly("horizon");

    /** How long after the knowledge base's latest day articles are as likely as before it. */
    static final int HORIZON_SLACK_DAYS = 365;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        return facts.knowledge().horizon().map(h -> {
            LocalDate until = h.plusDays(HORIZON_SLACK_DAYS);
            // a step, not a slope: beyond the horizon no day is preferred to another
            Evidence.DaySupport support = d -> d.isAfter(until) ? 0 : 1;
            return List.of(new Evidence("the knowledge base", -1, -1, ID, "the knowledge base knows events up to " + h
                    + " ⇒ published by " + until + ", most likely", 0.25, support));
        }).orElse(List.of());
    }
}
