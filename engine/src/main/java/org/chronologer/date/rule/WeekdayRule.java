package org.chronologer.date.rule;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.Direction;
import org.chronologer.interpret.Shift;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;

/**
 * A weekday places the publication day in the week around it, as its tense says: "arrived on Tuesday" is told on a
 * Tuesday or in the days after it, "will meet on Wednesday" in the days before; "last Friday" and "next Monday" reach
 * further. How far, the model knows from dated news.
 */
public final class WeekdayRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("weekday");

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        // one cue per kind and day, and one description per wording: a text may name the same weekday thousands of times
        Map<String, Cue> cues = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        for (Mention m : facts.mentions()) {
            Optional<Shift.Weekday> w = MentionEvidence.weekday(m.symbolic());
            if (w.isEmpty()) {
                continue;
            }
            DayOfWeek day = w.get().day();
            String how = switch (w.get().direction()) {
                case ON_OR_BEFORE -> "past";
                case ON_OR_AFTER -> "future";
                case BEFORE -> "last";
                case AFTER -> "next";
                default -> "nearest";
            };
            String says = switch (how) {
                case "past", "future" -> how + " tense '" + m.text() + "'";
                default -> "'" + m.text() + "'";
            };
            Cue cue = cues.computeIfAbsent(how + " " + day, k -> new Cue("weekday:" + how, new Anchor.Weekly(day)));
            String description = says + " (" + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")";
            out.add(MentionEvidence.at(m, ID, cue, descriptions.computeIfAbsent(description, d -> d)));
        }
        return out;
    }
}
