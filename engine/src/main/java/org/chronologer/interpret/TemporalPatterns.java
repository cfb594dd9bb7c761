package org.chronologer.interpret;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chronologer.interpret.SymbolicValue.AnchorRelative;
import org.chronologer.interpret.SymbolicValue.PublicationRelative;
import org.chronologer.text.English;

/**
 * Chronologer's own temporal patterns, in the order they are tried: the first whose reading matches a span's words
 * gives its value. Each pairs how a phrase is read with, for the phrases the other taggers leave out, how it is found;
 * each has its examples in {@code TemporalPatternsTest}. Adding a pattern is adding one definition here.
 */
public final class TemporalPatterns {

    private static final String WEEKDAYS = String.join("|", English.WEEKDAYS);
    private static final String MONTHS = String.join("|", English.MONTHS) + "|" + String.join("|", English.MONTH_ABBREVIATIONS);
    /** The quantities read: digits, "a", a number spelled out, or a vague one ("several", "a few", "a couple of"). */
    private static final String NUMBER = "\\d+|an?|" + English.CARDINAL_WORDS + "|several|a few|few|a couple of|couple of";
    /** The quantities our tagger finds phrases with ("two days later"). */
    private static final String FOUND_NUMBER = "\\d+|an?|" + English.CARDINAL_WORDS + "|several|a few|a couple of";
    private static final String PREFIX = "(?:(?:on|in|at|during|by|since|until|till|over|from|for|before|after|of)\\s+)?";
    private static final String UNITS = "days?|nights?|weeks?|fortnights?|weekends?|months?|quarters?|years?|decades?|centuries|century";

    private TemporalPatterns() {
    }

    /** "five years later", "two days earlier": an offset from the nearest earlier date of the text. */
    static final TemporalPattern ANCHORED_OFFSET = TemporalPattern.findingAndReading("anchored-offset",
            "\\b(?:" + FOUND_NUMBER + ") (?:days?|weeks?|months?|years?|decades?) (?:later|earlier|afterwards)\\b",
            PREFIX + "(?:about |some |nearly |almost |more than |over |just |only )?(" + NUMBER
                    + ")\\s+(" + UNITS + ")\\s+(later|earlier|afterwards|after that|before that|on|prior)",
            (m, s) -> {
                if (isVague(m.group(1))) {
                    return Optional.empty();
                }
                int n = number(m.group(1));
                Unit unit = Unit.ofWord(m.group(2));
                String dir = m.group(3);
                int sign = dir.equals("earlier") || dir.equals("before that") || dir.equals("prior") ? -1 : 1;
                return unit != null && n > 0 ? Optional.of(new AnchorRelative(Optional.of(unit), sign * n, s.tagged().mod()))
                        : Optional.empty();
            });

    /** "the same year", "that day", "the following week": a unit of the nearest earlier date of the text, or the next one. */
    static final TemporalPattern SAME_UNIT = TemporalPattern.findingAndReading("same-unit",
            "\\b(?:the same|the following|the previous|the preceding) (?:day|night|week|weekend|month|year)\\b"
                    + "|\\bthat (?:same )?(?:day|night|week|weekend|month|year)\\b(?! (?:ago|later|earlier|before|after))",
            PREFIX + "(the same|that|the following|the next|the previous|the preceding|the prior)\\s+(day|night|week|weekend|month|year|decade)",
            (m, s) -> {
                Unit unit = Unit.ofWord(m.group(2));
                int offset = switch (m.group(1)) {
                    case "the following", "the next" -> 1;
                    case "the previous", "the preceding", "the prior" -> -1;
                    default -> 0;
                };
                return Optional.of(new AnchorRelative(Optional.of(unit), offset, s.tagged().mod()));
            });

    /**
     * "the day before", "the year after", "the week earlier": the unit before or after the nearest earlier date of the
     * text. Only where nothing follows that the phrase could be before or after ("the day before the vote" is not it).
     */
    static final TemporalPattern UNIT_BEFORE_AFTER = TemporalPattern.findingAndReading("unit-before-after",
            "\\bthe (?:day|night|week|weekend|month|year) (?:before|after|earlier|later)\\b"
                    + "(?=\\s*(?:[.,;:!?)\"”]|$|(?:and|but|had|was|were|when|while)\\b))",
            PREFIX + "the (day|night|week|weekend|month|year) (before|after|earlier|later)",
            (m, s) -> {
                int offset = m.group(2).equals("before") || m.group(2).equals("earlier") ? -1 : 1;
                return Optional.of(new AnchorRelative(Optional.of(Unit.ofWord(m.group(1))), offset, s.tagged().mod()));
            });

    /** "at that time", "by then": the nearest earlier date of the text itself. */
    static final TemporalPattern THAT_TIME = TemporalPattern.findingAndReading("that-time",
            "\\b(?:at|by|since|until|from) (?<span>that time|the time|that point|that moment)\\b",
            PREFIX + "(?:that time|the time|this time|the same time|that point|that moment|then)",
            (m, s) -> Optional.of(new AnchorRelative(Optional.empty(), 0, s.tagged().mod())));

    /** "today", "yesterday evening", "the day after tomorrow": a day counted from publication. */
    static final TemporalPattern DAY_WORD = TemporalPattern.reading("day-word", PREFIX
            + "(today|tonight|this morning|this afternoon|this evening|yesterday|tomorrow|the day before yesterday"
            + "|the day after tomorrow|last night|yesterday morning|yesterday afternoon|yesterday evening"
            + "|tomorrow morning|tomorrow afternoon|tomorrow evening)",
            (m, s) -> {
                String d = m.group(1);
                int days = d.contains("day before yesterday") ? -2 : d.contains("day after tomorrow") ? 2
                        : d.startsWith("yesterday") || d.equals("last night") ? -1 : d.startsWith("tomorrow") ? 1 : 0;
                return Optional.of(publication(partOfDay(new Shift.Days(days), d), Optional.empty()));
            });

    /** "on Tuesday", "last Friday", "Wednesday morning": a weekday before or after publication, as the tense says. */
    static final TemporalPattern WEEKDAY = TemporalPattern.reading("weekday", PREFIX
            + "(?:(last|next|this|coming|past|previous|early|late)\\s+)?(" + WEEKDAYS + ")"
            + "(?:\\s+(morning|afternoon|evening|night|noon))?",
            (m, s) -> {
                DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                String q = m.group(1);
                // "Wednesday's ruling" names a day that has come: the possessive reads as past whatever the verb
                boolean possessive = s.text().startsWith("'s", s.tagged().end());
                Tense t = possessive ? Tense.PAST : s.tense();
                Direction direction = q == null || q.equals("early") || q.equals("late") ? Direction.of(t)
                        : switch (q) {
                            case "last", "past", "previous" -> Direction.BEFORE;
                            case "next", "coming" -> Direction.AFTER;
                            default -> Direction.NEAREST;
                        };
                Shift shift = new Shift.Weekday(day, direction);
                return Optional.of(publication(m.group(3) == null ? shift : partOfDay(shift, m.group(3)), Optional.empty()));
            });

    /** "three days ago", "two weeks from now": units counted from publication. */
    static final TemporalPattern AGO = TemporalPattern.reading("ago", PREFIX
            + "(?:about |some |nearly |almost |more than |over |just )?(" + NUMBER + ")\\s+(" + UNITS + ")\\s+(ago|from now|hence)",
            (m, s) -> {
                if (isVague(m.group(1))) {
                    return Optional.of(publication(new Shift.Reference(m.group(3).equals("ago") ? "PAST_REF" : "FUTURE_REF"),
                            Optional.empty()));
                }
                int n = number(m.group(1));
                Unit unit = Unit.ofWord(m.group(2));
                if (unit != null && n > 0) {
                    int sign = m.group(3).equals("ago") ? -1 : 1;
                    return Optional.of(publication(new Shift.Units(unit, sign * n, Optional.empty()), Optional.empty()));
                }
                return Optional.empty();
            });

    /** "the first half of this year", "the last quarter of last year": a part of the publication year or a neighbour. */
    static final TemporalPattern PART_OF_YEAR = TemporalPattern.reading("part-of-year", PREFIX
            + "(?:the\\s+)?(first|second|third|fourth|last|final)\\s+(half|quarter)\\s+of\\s+(?:the\\s+)?"
            + "(this|last|next|the|that|the same|the previous|the following)\\s+year",
            (m, s) -> {
                String which = m.group(3);
                if (!isPublicationYear(which)) {
                    return Optional.empty();
                }
                int index = switch (m.group(1)) {
                    case "first" -> 1;
                    case "second" -> 2;
                    case "third" -> 3;
                    case "fourth" -> 4;
                    default -> m.group(2).equals("half") ? 2 : 4;
                };
                String part = (m.group(2).equals("half") ? "H" : "Q") + Math.min(index, m.group(2).equals("half") ? 2 : 4);
                return Optional.of(publication(new Shift.Units(Unit.YEAR, yearOffset(which), Optional.of(part)), Optional.empty()));
            });

    /** "this week", "last year", "early next month", "the same year": a unit of publication (or of the anchor). */
    static final TemporalPattern THIS_UNIT = TemporalPattern.reading("this-unit", PREFIX
            + "(?:(earlier|later|the start of|the beginning of|the end of"
            + "|the middle of|the rest of|the remainder of|early|late|mid)\\s+)?(?:the\\s+)?(this|last|next|past|previous|coming"
            + "|current|following|same|that)\\s+(?:fiscal\\s+|financial\\s+)?(week|weekend|month|quarter|year|decade|century)",
            (m, s) -> {
                String edge = m.group(1);
                String which = m.group(2);
                Unit unit = Unit.ofWord(m.group(3));
                if (which.equals("same") || which.equals("that") || which.equals("following")) {
                    return Optional.of(new AnchorRelative(Optional.of(unit),
                            which.equals("following") ? 1 : 0, edgeMod(edge).or(() -> s.tagged().mod())));
                }
                int offset = switch (which) {
                    case "last", "past", "previous" -> -1;
                    case "next", "coming" -> 1;
                    default -> 0;
                };
                if (unit == Unit.WEEKEND && offset == 0) {
                    return Optional.of(publication(new Shift.Weekend(Direction.of(s.tense())), Optional.empty()));
                }
                return Optional.of(publication(new Shift.Units(unit, offset, Optional.empty()), edgeMod(edge)));
            });

    /** "the end of the year", "the start of next month": the edge of a unit of publication. */
    static final TemporalPattern UNIT_EDGE = TemporalPattern.findingAndReading("unit-edge",
            "\\bthe (?:start|beginning|end|middle) of (?:the|this|next|last) (?:week|month|year|decade)\\b",
            PREFIX + "(?:the\\s+)?(start|beginning|end|middle|rest|remainder|close)\\s+of\\s+(?:the\\s+)?(this|last|next|the)?\\s*(week|month|year|decade)",
            (m, s) -> {
                String which = m.group(2) == null ? "the" : m.group(2);
                Unit unit = Unit.ofWord(m.group(3));
                int offset = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
                return Optional.of(publication(new Shift.Units(unit, offset, Optional.empty()), edgeMod(m.group(1))));
            });

    /** "at the weekend", "last weekend": the weekend before or after publication, as the tense says. */
    static final TemporalPattern WEEKEND = TemporalPattern.reading("weekend", PREFIX + "(?:(the|this|last|next|that)\\s+)?weekend",
            (m, s) -> {
                String q = m.group(1);
                Direction direction = q == null || q.equals("the") || q.equals("this") ? Direction.of(s.tense())
                        : q.equals("last") ? Direction.BEFORE : q.equals("next") ? Direction.AFTER : null;
                if (direction == null) {
                    return Optional.of(new AnchorRelative(Optional.of(Unit.WEEKEND), 0, s.tagged().mod()));
                }
                return Optional.of(publication(new Shift.Weekend(direction), Optional.empty()));
            });

    /** "in March", "last May", "Oct. 5", "early June this year": a month (and day) before or after publication. */
    static final TemporalPattern MONTH_NAME = TemporalPattern.reading("month-name", PREFIX
            + "(?:(last|next|this|early|late|mid|earlier in|later in|the end of|the start of|the beginning of|the middle of)[\\s-]+)?"
            + "(" + MONTHS + ")\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:\\s+(this|last|next) year)?",
            (m, s) -> {
                if (!capitalised(s.tagged().text(), m.group(2))) {
                    return Optional.empty();
                }
                Month month = English.month(m.group(2));
                Optional<Integer> day = Optional.ofNullable(m.group(3)).map(Integer::parseInt);
                if (day.isPresent() && !possibleDay(month, day.get())) {
                    return Optional.of(noSuchDay(month, day.get()));
                }
                String q = m.group(1);
                String year = m.group(4);
                if (year != null) {
                    return Optional.of(publication(new Shift.MonthOfYear(month, day, Direction.SAME, yearOffset(year)), edgeMod(q)));
                }
                Direction direction;
                if (q == null || !(q.equals("last") || q.equals("next") || q.equals("this"))) {
                    direction = Direction.of(s.tense());
                } else {
                    direction = q.equals("last") ? Direction.BEFORE : q.equals("next") ? Direction.AFTER : Direction.SAME;
                }
                return Optional.of(publication(new Shift.MonthOfYear(month, day, direction, 0), edgeMod(q).or(() -> s.tagged().mod())));
            });

    /** "the 5th of October", "5 Oct.": a day of a month before or after publication, as the tense says. */
    static final TemporalPattern DAY_MONTH = TemporalPattern.reading("day-month",
            PREFIX + "(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\.?",
            (m, s) -> {
                if (!capitalised(s.tagged().text(), m.group(2))) {
                    return Optional.empty();
                }
                Month month = English.month(m.group(2));
                int day = Integer.parseInt(m.group(1));
                if (!possibleDay(month, day)) {
                    return Optional.of(noSuchDay(month, day));
                }
                return Optional.of(publication(new Shift.MonthOfYear(month, Optional.of(day),
                        Direction.of(s.tense()), 0), Optional.empty()));
            });

    /** "last summer", "in the spring": a season before or after publication, as the tense says. */
    static final TemporalPattern SEASON = TemporalPattern.reading("season",
            PREFIX + "(?:(last|next|this|the|early|late)\\s+)?(spring|summer|autumn|fall|winter)",
            (m, s) -> {
                String code = switch (m.group(2)) {
                    case "spring" -> "SP";
                    case "summer" -> "SU";
                    case "autumn", "fall" -> "FA";
                    default -> "WI";
                };
                String q = m.group(1);
                Direction direction = q == null || q.equals("the") || q.equals("early") || q.equals("late") ? Direction.of(s.tense())
                        : q.equals("last") ? Direction.BEFORE : q.equals("next") ? Direction.AFTER : Direction.SAME;
                return Optional.of(publication(new Shift.SeasonOfYear(code, direction), edgeMod(q)));
            });

    /** Every pattern, in the order they are tried when reading a span. */
    public static final List<TemporalPattern> ALL = List.of(ANCHORED_OFFSET, SAME_UNIT, UNIT_BEFORE_AFTER, THAT_TIME, DAY_WORD, WEEKDAY, AGO,
            PART_OF_YEAR, THIS_UNIT, UNIT_EDGE, WEEKEND, MONTH_NAME, DAY_MONTH, SEASON);

    /** The patterns our own tagger finds in texts (the phrases the other taggers leave out). */
    public static List<TemporalPattern> found() {
        return ALL.stream().filter(p -> p.find().isPresent()).toList();
    }

    private static SymbolicValue publication(Shift shift, Optional<String> mod) {
        return new PublicationRelative(shift, mod);
    }

    private static boolean isPublicationYear(String which) {
        return which.equals("this") || which.equals("last") || which.equals("next") || which.equals("the");
    }

    private static int yearOffset(String which) {
        return which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
    }

    private static Optional<String> edgeMod(String edge) {
        if (edge == null) {
            return Optional.empty();
        }
        return switch (edge) {
            case "earlier", "the start of", "the beginning of", "start", "beginning", "early", "earlier in" -> Optional.of("START");
            case "later", "the end of", "end", "late", "close", "the rest of", "the remainder of", "rest", "remainder", "later in" ->
                    Optional.of("END");
            case "the middle of", "middle", "mid" -> Optional.of("MID");
            default -> Optional.empty();
        };
    }

    /** Whether the month word is written with a capital, as month names are ("this march" is a protest). */
    private static boolean capitalised(String original, String lowerWord) {
        int at = original.toLowerCase(Locale.ROOT).indexOf(lowerWord);
        return at >= 0 && Character.isUpperCase(original.charAt(at));
    }

    /** Whether a month has that day in some year ("May 0", "June 31" and "Feb. 30" name no day). */
    private static boolean possibleDay(Month month, int day) {
        return day >= 1 && day <= month.maxLength();
    }

    /** The reading of an impossible day: no date, and why. */
    private static SymbolicValue noSuchDay(Month month, int day) {
        return new SymbolicValue.Unresolvable("there is no day " + day + " in " + month.getDisplayName(java.time.format.TextStyle.FULL,
                Locale.ENGLISH));
    }

    private static boolean isVague(String number) {
        return number.contains("few") || number.equals("several");
    }

    /** A day shift with the TIMEX3 part of day its words name ("night" is TNI), if any. */
    private static Shift partOfDay(Shift day, String words) {
        String part = words.contains("morning") ? "MO" : words.contains("afternoon") ? "AF"
                : words.contains("evening") ? "EV" : words.contains("night") || words.contains("tonight") ? "NI" : null;
        return part == null ? day : new Shift.PartOfDay(day, part);
    }

    private static int number(String word) {
        if (word.contains("few") || word.equals("several")) {
            return 3;
        }
        if (word.equals("a") || word.equals("an")) {
            return 1;
        }
        if (word.endsWith("couple of")) {
            return 2;
        }
        return English.number(word).orElse(-1);
    }

}
