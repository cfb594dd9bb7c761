package org.chronologer.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chronologer.Mention;
import org.chronologer.interpret.Direction;
import org.chronologer.interpret.Shift;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.interpret.Tense;
import org.chronologer.resolve.Granularity;
import org.chronologer.resolve.TimexValues;

/** Evidence from the article's own temporal mentions, read with their tense. */
public final class MentionRules {

    private MentionRules() {
    }

    /** Every mention rule. */
    public static List<EvidenceRule> all() {
        return List.of(MentionRules::datelines, MentionRules::explicitDates, MentionRules::recency, MentionRules::weekdays,
                MentionRules::weekends, MentionRules::monthDays, MentionRules::partsOfThePublicationYear);
    }

    /** A year written out in a date ("Oct. 23, 1998", "March 2011", "Sept. '89"). */
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");

    /** What may stand before a dateline's date on the first line: a place, an agency, a word like "Published". */
    private static final Pattern DATELINE_BEFORE = Pattern.compile("^[\\p{L}\\p{N} .,:()'/-]{0,60}$");
    /** What follows a dateline's date: the end of the line, or an agency mark and a dash ("(AP) _", " -- "). */
    private static final Pattern DATELINE_AFTER = Pattern.compile("^[ \\t]*(?:\\r?\\n|$|\\([^)\\n]{1,20}\\)|[_|—–]|--?\\s)");

    /**
     * A dateline: a full date (day, month and year) that opens the text on a line of its own or before an agency
     * mark ("October 13, 2005" above the text, "NEW YORK, Oct. 30, 1998 (AP) _", "Published 12 May 2021"). Scraped
     * pages keep them; the article was written on that day.
     */
    static List<Evidence> datelines(ArticleFacts facts) {
        return dateline(facts).map(m -> {
            LocalDate day = absoluteInterval(m).orElseThrow().earliest();
            return List.of(evidence(m, "dateline", "'" + m.text() + "' opens the text as a dateline ⇒ published on that day",
                    2.0, Support.near(day, 1, 3)));
        }).orElse(List.of());
    }

    /** The mention that is the text's dateline, if it has one. */
    static Optional<Mention> dateline(ArticleFacts facts) {
        String text = facts.text().original();
        return facts.mentions().stream().min(Comparator.comparingInt(Mention::start))
                .filter(m -> m.start() <= 80 && m.end() <= text.length())
                .filter(m -> absoluteInterval(m).filter(i -> i.granularity() == Granularity.DAY).isPresent()
                        && WRITTEN_YEAR.matcher(m.text()).find())
                .filter(m -> {
                    String before = text.substring(text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1, m.start()).strip();
                    return text.substring(0, m.start()).strip().length() == before.length()
                            && DATELINE_BEFORE.matcher(before).matches()
                            && DATELINE_AFTER.matcher(text.substring(m.end())).find();
                });
    }

    /**
     * A calendar date written out in full bounds the publication date: a past-tense one from below ("was last in
     * Paris in February 2022" ⇒ published on or after 2022-02-01), a future one from above ("will be held in
     * 2019" ⇒ on or before 2019-12-31). Without a tense it counts less, as a bound from below.
     */
    static List<Evidence> explicitDates(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            Optional<TimexValues.Interval> i = absoluteInterval(m);
            if (i.isEmpty()) {
                continue;
            }
            LocalDate earliest = i.get().earliest();
            LocalDate latest = i.get().latest();
            switch (tense(facts, m)) {
                case PAST -> out.add(evidence(m, "past-explicit-date", "past tense '" + m.text() + "' ⇒ published on or after " + earliest,
                        1.0, Support.onOrAfter(earliest)));
                case FUTURE -> out.add(evidence(m, "future-explicit-date", "future tense '" + m.text() + "' ⇒ published on or before " + latest,
                        1.0, Support.onOrBefore(latest)));
                default -> out.add(evidence(m, "explicit-date", "'" + m.text() + "' is most likely past ⇒ published on or after " + earliest,
                        0.4, Support.onOrAfter(earliest)));
            }
        }
        return out;
    }

    /**
     * News tells recent events: the latest non-future explicit date makes days soon after it likelier, the more
     * so the finer it is (a day: weeks; a year: a year or two).
     */
    static List<Evidence> recency(ArticleFacts facts) {
        Optional<Mention> dateline = dateline(facts);
        return facts.mentions().stream()
                .filter(m -> dateline.isEmpty() || m != dateline.get())
                .filter(m -> tense(facts, m) != Tense.FUTURE && !SINCE.matcher(before(facts, m)).find())
                .filter(m -> absoluteInterval(m).filter(i -> i.granularity().ordinal() <= Granularity.YEAR.ordinal()).isPresent())
                .max(Comparator.comparing((Mention m) -> absoluteInterval(m).orElseThrow().latest()))
                .map(m -> {
                    TimexValues.Interval i = absoluteInterval(m).orElseThrow();
                    // how long after a date news still tells it as the latest thing, then how fast that fades
                    long plateau;
                    double halfLife;
                    switch (i.granularity()) {
                        case TIME, DAY, WEEKEND -> {
                            plateau = 1;
                            halfLife = 10;
                        }
                        case WEEK -> {
                            plateau = 3;
                            halfLife = 14;
                        }
                        case MONTH -> {
                            plateau = 30;
                            halfLife = 90;
                        }
                        case SEASON, QUARTER, HALF -> {
                            plateau = 120;
                            halfLife = 180;
                        }
                        default -> {
                            plateau = 540;
                            halfLife = 365;
                        }
                    }
                    long flat = ChronoUnit.DAYS.between(i.earliest(), i.latest()) + plateau;
                    return List.of(evidence(m, "recency", "'" + m.text() + "' is the latest date told ⇒ published within "
                            + (plateau >= 365 ? "a year or two" : plateau <= 1 ? "days" : plateau + " days or so") + " of it",
                            1.0, Support.recentAfter(i.earliest(), flat, halfLife)));
                })
                .orElse(List.of());
    }


    /**
     * A weekday with a tense places the publication day within the week around it: "arrived on Tuesday" ⇒
     * published on a Tuesday or within the week after it; "will meet on Wednesday" ⇒ within the week before.
     */
    static List<Evidence> weekdays(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            Optional<Shift.Weekday> w = weekday(m.symbolic());
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
            out.add(evidence(m, "weekday", implies, 1.0, s));
        }
        return out;
    }

    /**
     * A weekend told in the past ("ended at the weekend") places the publication early in the week after it; one
     * told in the future ("will meet at the weekend") late in the week before it.
     */
    static List<Evidence> weekends(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            if (!(m.symbolic() instanceof SymbolicValue.PublicationRelative p) || !(p.shift() instanceof Shift.Weekend w)) {
                continue;
            }
            boolean past = w.direction() == Direction.ON_OR_BEFORE || w.direction() == Direction.BEFORE;
            boolean future = w.direction() == Direction.ON_OR_AFTER || w.direction() == Direction.AFTER;
            if (!past && !future) {
                continue;
            }
            // index by ISO day of week, Monday = 0
            double[] byDay = past ? new double[] {1.0, 0.9, 0.6, 0.45, 0.35, 0.3, 0.6} : new double[] {0.3, 0.45, 0.6, 0.9, 1.0, 0.8, 0.5};
            out.add(evidence(m, "weekend", (past ? "past" : "future") + " '" + m.text() + "' ⇒ published early in the week "
                    + (past ? "after" : "before") + " a weekend", 1.0, d -> byDay[d.getDayOfWeek().getValue() - 1]));
        }
        return out;
    }

    /** Support for the publication day, by days since the weekday named in past tense (0 = that very day). */
    private static final double[] PAST = {1.0, 0.85, 0.55, 0.4, 0.3, 0.25, 0.2};
    /** Support for the publication day, by days until the weekday named in future tense. */
    private static final double[] FUTURE = {0.8, 1.0, 0.75, 0.55, 0.4, 0.3, 0.25};

    /**
     * The weekday supports, one instance per weekday and direction: the solver computes a support shared by several
     * pieces of evidence (an article's many "on Tuesday"s) once.
     */
    private static final java.util.Map<DayOfWeek, Evidence.DaySupport> WEEKDAY_PAST = new java.util.EnumMap<>(DayOfWeek.class);
    private static final java.util.Map<DayOfWeek, Evidence.DaySupport> WEEKDAY_FUTURE = new java.util.EnumMap<>(DayOfWeek.class);
    private static final java.util.Map<DayOfWeek, Evidence.DaySupport> WEEKDAY_NEAREST = new java.util.EnumMap<>(DayOfWeek.class);

    static {
        for (DayOfWeek day : DayOfWeek.values()) {
            WEEKDAY_PAST.put(day, d -> PAST[(d.getDayOfWeek().getValue() - day.getValue() + 7) % 7]);
            WEEKDAY_FUTURE.put(day, d -> FUTURE[(day.getValue() - d.getDayOfWeek().getValue() + 7) % 7]);
            WEEKDAY_NEAREST.put(day, d -> Math.max(PAST[(d.getDayOfWeek().getValue() - day.getValue() + 7) % 7],
                    FUTURE[(day.getValue() - d.getDayOfWeek().getValue() + 7) % 7]));
        }
    }

    /**
     * A day of a month without a year ("on Oct. 5") places the publication day shortly after it (past tense) or
     * before it (future), in some year.
     */
    static List<Evidence> monthDays(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            if (!(m.symbolic() instanceof SymbolicValue.PublicationRelative p) || !(p.shift() instanceof Shift.MonthOfYear mo)
                    || mo.day().isEmpty() || mo.direction() == Direction.SAME) {
                continue;
            }
            Month month = mo.month();
            int dom = mo.day().get();
            boolean future = mo.direction() == Direction.ON_OR_AFTER || mo.direction() == Direction.AFTER;
            Evidence.DaySupport s = monthDaySupport(month, dom, future);
            out.add(evidence(m, "month-day", (future ? "future" : "past") + " '" + m.text() + "' ⇒ published shortly "
                    + (future ? "before" : "after") + " " + month.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + " " + dom + " of some year", 1.0, s));
        }
        return out;
    }

    /**
     * The support of "on Oct. 5" told in the past (or future): by the distance from the nearest Oct. 5 before (or
     * after) the day. The solver asks it for every candidate day, so the epoch day of that date in each year is
     * computed once.
     */
    private static Evidence.DaySupport monthDaySupport(Month month, int dom, boolean future) {
        int firstYear = DateSolver.FIRST.getYear() - 1;
        long[] epochDay = new long[DateSolver.LAST.getYear() + 2 - firstYear];
        for (int i = 0; i < epochDay.length; i++) {
            int y = firstYear + i;
            epochDay[i] = dom > month.length(java.time.Year.isLeap(y)) ? Long.MIN_VALUE : LocalDate.of(y, month, dom).toEpochDay();
        }
        return d -> {
            long day = d.toEpochDay();
            long best = Long.MAX_VALUE;
            for (int y = d.getYear() - 1; y <= d.getYear() + 1; y++) {
                int i = y - firstYear;
                if (i < 0 || i >= epochDay.length || epochDay[i] == Long.MIN_VALUE) {
                    continue;
                }
                long lag = day - epochDay[i];
                long dist = future ? -lag : lag;
                if (dist >= 0) {
                    best = Math.min(best, dist);
                }
            }
            return best <= 3 ? 1.0 : best <= 10 ? 0.75 : best <= 31 ? 0.5 : best <= 92 ? 0.3 : 0.15;
        };
    }

    /**
     * A part of the publication year told in the past must have begun ("by March this year, they were talking"
     * ⇒ published in March or later of its year); one told in the future must not have ended.
     */
    static List<Evidence> partsOfThePublicationYear(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            if (!(m.symbolic() instanceof SymbolicValue.PublicationRelative p) || m.tense() == Tense.UNKNOWN
                    || m.tense() == Tense.PRESENT) {
                continue;
            }
            int firstMonth;
            int lastMonth;
            if (p.shift() instanceof Shift.MonthOfYear mo && mo.direction() == Direction.SAME && mo.yearOffset() == 0) {
                firstMonth = mo.month().getValue();
                lastMonth = firstMonth;
            } else if (p.shift() instanceof Shift.Units u && u.unit() == org.chronologer.interpret.Unit.YEAR && u.offset() == 0
                    && u.part().isPresent()) {
                Optional<TimexValues.Interval> i = TimexValues.interval("2001-" + u.part().get());
                if (i.isEmpty()) {
                    continue;
                }
                firstMonth = i.get().earliest().getMonthValue();
                lastMonth = i.get().latest().getMonthValue();
            } else {
                continue;
            }
            boolean past = m.tense() == Tense.PAST;
            Evidence.DaySupport s = past ? d -> d.getMonthValue() >= firstMonth ? 1 : 0 : d -> d.getMonthValue() <= lastMonth ? 1 : 0;
            out.add(evidence(m, "part-of-year", (past ? "past" : "future") + " '" + m.text() + "' ⇒ published "
                    + (past ? "in or after month " + firstMonth : "in or before month " + lastMonth) + " of its year", 1.0, s));
        }
        return out;
    }

    private static final java.util.regex.Pattern MATURITY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:due|maturing|matures|expiring|expires)\\s+(?:on\\s+|in\\s+)?$");
    private static final java.util.regex.Pattern DEADLINE = java.util.regex.Pattern.compile("(?i)\\b(?:by|until|till|before|through)\\s+(?:the\\s+end\\s+of\\s+)?$");

    /** "the worst since 1998": a date that starts a span reaching to the present is not the latest thing told. */
    private static final java.util.regex.Pattern SINCE = java.util.regex.Pattern.compile("(?i)\\b(?:since|from)\\s+$");

    private static String before(ArticleFacts facts, Mention m) {
        return facts.text().original().substring(Math.max(0, m.start() - 20), m.start());
    }

    /** The mention's tense, where an untensed deadline ("modernise by 2035") counts as future. */
    static Tense tense(ArticleFacts facts, Mention m) {
        String before = facts.text().original().substring(Math.max(0, m.start() - 20), m.start());
        if (MATURITY.matcher(before).find()) {
            // "debentures due March 1, 2011", "notes maturing in 2015": a maturity still to come, whatever the verb
            return Tense.FUTURE;
        }
        if (m.tense() == Tense.PAST || m.tense() == Tense.FUTURE) {
            return m.tense();
        }
        return DEADLINE.matcher(before).find() ? Tense.FUTURE : m.tense();
    }

    /** The interval of a mention that does not depend on the publication date (absolute, or anchored and resolved). */
    private static Optional<TimexValues.Interval> absoluteInterval(Mention m) {
        if (m.symbolic() instanceof SymbolicValue.Absolute || m.symbolic() instanceof SymbolicValue.AnchorRelative) {
            return m.resolution().interval();
        }
        return Optional.empty();
    }

    private static Optional<Shift.Weekday> weekday(SymbolicValue v) {
        if (v instanceof SymbolicValue.PublicationRelative p) {
            Shift s = p.shift() instanceof Shift.PartOfDay pd ? pd.day() : p.shift();
            if (s instanceof Shift.Weekday w) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }

    static Evidence evidence(Mention m, String rule, String implies, double weight, Evidence.DaySupport s) {
        return new Evidence(m.text(), m.start(), m.end(), rule, implies, weight, s);
    }
}
