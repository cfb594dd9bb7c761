package org.chronologer.date.rule;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.Direction;
import org.chronologer.interpret.Shift;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;

/**
 * A weekday with a tense places the publication day within the week around it: "arrived on Tuesday" ⇒ published on a
 * Tuesday or within the week after it; "will meet on Wednesday" ⇒ within the week before.
 */
public final class WeekdayRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("weekday");

    /** Support for the publication day, by days since the weekday named in past tense (0 = that very day). */
    private static final double[] PAST = {1.0, 0.85, 0.55, 0.4, 0.3, 0.25, 0.2};
    /** Support for the publication day, by days until the weekday named in future tense. */
    private static final double[] FUTURE = {0.8, 1.0, 0.75, 0.55, 0.4, 0.3, 0.25};

    /**
     * The weekday supports, one instance per weekday and direction: the solver computes a support shared by several
     * pieces of evidence (an article's many "on Tuesday"s) once.
     */
    private static final Map<DayOfWeek, Evidence.DaySupport> WEEKDAY_PAST = new EnumMap<>(DayOfWeek.class);
    private static final Map<DayOfWeek, Evidence.DaySupport> WEEKDAY_FUTURE = new EnumMap<>(DayOfWeek.class);
    private static final Map<DayOfWeek, Evidence.DaySupport> WEEKDAY_NEAREST = new EnumMap<>(DayOfWeek.class);

    static {
        for (DayOfWeek day : DayOfWeek.values()) {
            WEEKDAY_PAST.put(day, d -> PAST[(d.getDayOfWeek().getValue() - day.getValue() + 7) % 7]);
            WEEKDAY_FUTURE.put(day, d -> FUTURE[(day.getValue() - d.getDayOfWeek().getValue() + 7) % 7]);
            WEEKDAY_NEAREST.put(day, d -> Math.max(PAST[(d.getDayOfWeek().getValue() - day.getValue() + 7) % 7],
                    FUTURE[(day.getValue() - d.getDayOfWeek().getValue() + 7) % 7]));
        }
    }

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            Optional<Shift.Weekday> w = MentionEvidence.weekday(m.symbolic());
            if (w.isEmpty()) {
                continue;
            }
            DayOfWeek day = w.get().day();
            Direction dir = w.get().direction();
            Evidence.DaySupport s;
            String implies;
            switch (dir) {
                case ON_OR_BEFORE -> {
                    s = WEEKDAY_PAST.get(day);
                    implies = "past tense '" + m.text() + "' ⇒ published on a " + name(day) + " or within the week after it";
                }
                case ON_OR_AFTER -> {
                    s = WEEKDAY_FUTURE.get(day);
                    implies = "future tense '" + m.text() + "' ⇒ published within the week before a " + name(day);
                }
                case NEAREST -> {
                    s = WEEKDAY_NEAREST.get(day);
                    implies = "'" + m.text() + "' ⇒ published within a few days of a " + name(day);
                }
                default -> {
                    continue;
                }
            }
            out.add(MentionEvidence.at(m, ID, implies, 1.0, s));
        }
        return out;
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
