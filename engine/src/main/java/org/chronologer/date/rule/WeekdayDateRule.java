package org.chronologer.date.rule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;
import org.chronologer.text.English;

/**
 * A weekday with a day of a month and no year ("Tuesday, March 3", "Friday 13 March"): that day of the month falls on
 * that weekday in about one year in seven, so the cue's anchor is each such day from 1900 to 2100, and how long after
 * (or before) one of them news is written is fitted like any other kind's lag.
 */
public final class WeekdayDateRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("weekday-date");

    private static final String WEEKDAYS = "(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?";
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    /** The whole mention: a weekday, then a month and a day or a day and a month. */
    private static final Pattern WEEKDAY_DATE = Pattern.compile("(?i)" + WEEKDAYS + "\\.?,?\\s+(?:the\\s+)?(?:" + MONTHS
            + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + "\\.?)");
    /** The years whose days the anchor holds: the days the model weighs. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            if (m.symbolic() instanceof SymbolicValue.Absolute) {
                continue; // a year is told with it: the explicit date says more
            }
            Matcher w = WEEKDAY_DATE.matcher(m.text().trim());
            if (!w.matches()) {
                continue;
            }
            DayOfWeek weekday = English.weekday(w.group(1));
            Month month = English.month(w.group(2) != null ? w.group(2) : w.group(5));
            int day = Integer.parseInt(w.group(3) != null ? w.group(3) : w.group(4));
            List<Anchor.Span> days = new ArrayList<>();
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                try {
                    LocalDate d = LocalDate.of(year, month, day);
                    if (d.getDayOfWeek() == weekday) {
                        days.add(Anchor.Span.of(d));
                    }
                } catch (DateTimeException e) {
                    // no such day that year (the 29th of February) or ever (the 31st of April)
                }
            }
            if (days.isEmpty()) {
                continue;
            }
            String tense = MentionEvidence.tense(m.tense());
            out.add(MentionEvidence.at(m, ID, new Cue("weekday-date:" + tense, new Anchor.Spans(days)),
                    tense + " '" + m.text() + "': " + weekday.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                            + " " + month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + day
                            + " in " + days.size() + " years from " + FIRST_YEAR + " to " + LAST_YEAR));
        }
        return out;
    }
}
