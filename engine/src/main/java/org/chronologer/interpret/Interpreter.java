package org.chronologer.interpret;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.interpret.SymbolicValue.Absolute;
import org.chronologer.interpret.SymbolicValue.AnchorRelative;
import org.chronologer.interpret.SymbolicValue.PublicationRelative;
import org.chronologer.interpret.SymbolicValue.Unresolvable;
import org.chronologer.tag.TaggedSpan;
import org.chronologer.tag.TimexType;

/**
 * Turns a tagged span into a {@link SymbolicValue}: what it means whatever the publication date.
 *
 * <p>Our own reading of the words comes first (weekdays, month names, "this/last/next" units, "ago",
 * anchored phrases such as "five years later"), with the tense of the governing clause choosing between past
 * and future occurrences. Where the words are not understood, the tagger's value is used: as an absolute
 * value when it is fully specified and the tagger found it explicitly in the text, as a value valid for the
 * known publication date only otherwise, and as unresolvable when it depends on an unknown date.
 */
public final class Interpreter {

    private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private static final String NUMBER = "\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|hundred|several|a few|few|a couple of|couple of";
    private static final String PREFIX = "(?:(?:on|in|at|during|by|since|until|till|over|from|for|before|after|of)\\s+)?";
    private static final String UNITS = "days?|nights?|weeks?|fortnights?|weekends?|months?|quarters?|years?|decades?|centuries|century";

    private static final Pattern WEEKDAY = Pattern.compile(PREFIX
            + "(?:(last|next|this|coming|past|previous|early|late)\\s+)?(" + WEEKDAYS + ")"
            + "(?:\\s+(morning|afternoon|evening|night|noon))?");
    private static final Pattern DAY_WORD = Pattern.compile(PREFIX
            + "(today|tonight|this morning|this afternoon|this evening|yesterday|tomorrow|the day before yesterday"
            + "|the day after tomorrow|last night|yesterday morning|yesterday afternoon|yesterday evening"
            + "|tomorrow morning|tomorrow afternoon|tomorrow evening)");
    private static final Pattern AGO = Pattern.compile(PREFIX + "(?:about |some |nearly |almost |more than |over |just )?("
            + NUMBER + ")\\s+(" + UNITS + ")\\s+(ago|from now|hence)");
    private static final Pattern THIS_UNIT = Pattern.compile(PREFIX + "(?:(earlier|later|the start of|the beginning of|the end of"
            + "|the middle of|the rest of|the remainder of|early|late|mid)\\s+)?(?:the\\s+)?(this|last|next|past|previous|coming"
            + "|current|following|same|that)\\s+(?:fiscal\\s+|financial\\s+)?(week|weekend|month|quarter|year|decade|century)");
    private static final Pattern PART_OF_YEAR = Pattern.compile(PREFIX + "(?:the\\s+)?(first|second|third|fourth|last|final)\\s+"
            + "(half|quarter)\\s+of\\s+(?:the\\s+)?(this|last|next|the|that|the same|the previous|the following)\\s+year");
    private static final Pattern EDGE_OF_UNIT = Pattern.compile(PREFIX + "(?:the\\s+)?(start|beginning|end|middle|rest|remainder|close)"
            + "\\s+of\\s+(?:the\\s+)?(this|last|next|the)?\\s*(week|month|year|decade)");
    private static final Pattern WEEKEND = Pattern.compile(PREFIX + "(?:(the|this|last|next|that)\\s+)?weekend");
    private static final Pattern MONTH_NAME = Pattern.compile(PREFIX
            + "(?:(last|next|this|early|late|mid|earlier in|later in|the end of|the start of|the beginning of|the middle of)[\\s-]+)?"
            + "(" + MONTHS + ")\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:\\s+(this|last|next) year)?");
    private static final Pattern DAY_MONTH = Pattern.compile(PREFIX + "(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\.?");
    private static final Pattern SEASON = Pattern.compile(PREFIX + "(?:(last|next|this|the|early|late)\\s+)?(spring|summer|autumn|fall|winter)");
    private static final Pattern LATER = Pattern.compile(PREFIX + "(?:about |some |nearly |almost |more than |over |just |only )?(" + NUMBER
            + ")\\s+(" + UNITS + ")\\s+(later|earlier|afterwards|after that|before that|on|prior)");
    private static final Pattern SAME = Pattern.compile(PREFIX + "(the same|that|the following|the next|the previous|the preceding"
            + "|the prior)\\s+(day|night|week|weekend|month|year|decade)");
    private static final Pattern THAT_TIME = Pattern.compile(PREFIX + "(?:that time|the time|this time|the same time|that point|that moment|then)");

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100),
            Map.entry("couple of", 2), Map.entry("a couple of", 2));

    private Interpreter() {
    }

    /**
     * The symbolic value of {@code span}.
     *
     * @param span      a tagged span of {@code text}
     * @param text      the normalised text the span points into
     * @param taggedFor the publication date the tagger was given, if any (its value is valid for that date only)
     */
    public static SymbolicValue interpret(TaggedSpan span, String text, Optional<LocalDate> taggedFor) {
        String words = span.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        if (span.type() == TimexType.DURATION || span.type() == TimexType.SET) {
            return span.value().isEmpty() ? new Unresolvable("no value for this " + span.type().name().toLowerCase(Locale.ROOT))
                    : new Absolute(span.value(), span.mod());
        }
        Optional<SymbolicValue> own = ownReading(words, span, text);
        if (own.isPresent()) {
            return own.get();
        }
        return fromTaggerValue(span, taggedFor);
    }

    private static Optional<SymbolicValue> ownReading(String w, TaggedSpan span, String text) {
        Optional<String> mod = span.mod();
        Matcher m;
        if ((m = LATER.matcher(w)).matches() && !isVague(m.group(1))) {
            int n = number(m.group(1));
            Unit unit = Unit.ofWord(m.group(2));
            String dir = m.group(3);
            int sign = dir.equals("earlier") || dir.equals("before that") || dir.equals("prior") ? -1 : 1;
            if (unit != null && n > 0) {
                return Optional.of(new AnchorRelative(Optional.of(unit), sign * n, mod));
            }
        }
        if ((m = SAME.matcher(w)).matches()) {
            Unit unit = Unit.ofWord(m.group(2));
            int offset = switch (m.group(1)) {
                case "the following", "the next" -> 1;
                case "the previous", "the preceding", "the prior" -> -1;
                default -> 0;
            };
            return Optional.of(new AnchorRelative(Optional.of(unit), offset, mod));
        }
        if (THAT_TIME.matcher(w).matches()) {
            return Optional.of(new AnchorRelative(Optional.empty(), 0, mod));
        }
        Tense tense = TenseDetector.tenseAt(text, span.start(), span.end());
        if ((m = DAY_WORD.matcher(w)).matches()) {
            String d = m.group(1);
            int days = d.contains("day before yesterday") ? -2 : d.contains("day after tomorrow") ? 2
                    : d.startsWith("yesterday") || d.equals("last night") ? -1 : d.startsWith("tomorrow") ? 1 : 0;
            return Optional.of(publication(partOfDay(new Shift.Days(days), d), Optional.empty()));
        }
        if ((m = WEEKDAY.matcher(w)).matches()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String q = m.group(1);
            // "Wednesday's ruling" names a day that has come: the possessive reads as past whatever the verb
            boolean possessive = text.startsWith("'s", span.end());
            Tense t = possessive ? Tense.PAST : tense;
            Direction direction = q == null || q.equals("early") || q.equals("late") ? Direction.of(t)
                    : switch (q) {
                        case "last", "past", "previous" -> Direction.BEFORE;
                        case "next", "coming" -> Direction.AFTER;
                        default -> Direction.NEAREST;
                    };
            Shift shift = new Shift.Weekday(day, direction);
            return Optional.of(publication(m.group(3) == null ? shift : partOfDay(shift, m.group(3)), Optional.empty()));
        }
        if ((m = AGO.matcher(w)).matches()) {
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
        }
        if ((m = PART_OF_YEAR.matcher(w)).matches()) {
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
        }
        if ((m = THIS_UNIT.matcher(w)).matches()) {
            String edge = m.group(1);
            String which = m.group(2);
            Unit unit = Unit.ofWord(m.group(3));
            if (which.equals("same") || which.equals("that") || which.equals("following")) {
                return Optional.of(new AnchorRelative(Optional.of(unit),
                        which.equals("following") ? 1 : 0, edgeMod(edge).or(() -> mod)));
            }
            int offset = switch (which) {
                case "last", "past", "previous" -> -1;
                case "next", "coming" -> 1;
                default -> 0;
            };
            if (unit == Unit.WEEKEND && offset == 0) {
                return Optional.of(publication(new Shift.Weekend(Direction.of(tense)), Optional.empty()));
            }
            return Optional.of(publication(new Shift.Units(unit, offset, Optional.empty()), edgeMod(edge)));
        }
        if ((m = EDGE_OF_UNIT.matcher(w)).matches()) {
            String which = m.group(2) == null ? "the" : m.group(2);
            Unit unit = Unit.ofWord(m.group(3));
            int offset = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
            return Optional.of(publication(new Shift.Units(unit, offset, Optional.empty()), edgeMod(m.group(1))));
        }
        if ((m = WEEKEND.matcher(w)).matches()) {
            String q = m.group(1);
            Direction direction = q == null || q.equals("the") || q.equals("this") ? Direction.of(tense)
                    : q.equals("last") ? Direction.BEFORE : q.equals("next") ? Direction.AFTER : null;
            if (direction == null) {
                return Optional.of(new AnchorRelative(Optional.of(Unit.WEEKEND), 0, mod));
            }
            return Optional.of(publication(new Shift.Weekend(direction), Optional.empty()));
        }
        if ((m = MONTH_NAME.matcher(w)).matches() && capitalised(span.text(), m.group(2))) {
            Month month = month(m.group(2));
            Optional<Integer> day = Optional.ofNullable(m.group(3)).map(Integer::parseInt);
            String q = m.group(1);
            String year = m.group(4);
            Direction direction;
            if (year != null) {
                return Optional.of(publication(new Shift.MonthOfYear(month, day, Direction.SAME, yearOffset(year)), edgeMod(q)));
            }
            if (q == null || !(q.equals("last") || q.equals("next") || q.equals("this"))) {
                direction = Direction.of(tense);
            } else {
                direction = q.equals("last") ? Direction.BEFORE : q.equals("next") ? Direction.AFTER : Direction.SAME;
            }
            return Optional.of(publication(new Shift.MonthOfYear(month, day, direction, 0),
                    edgeMod(q).or(() -> span.mod())));
        }
        if ((m = DAY_MONTH.matcher(w)).matches() && capitalised(span.text(), m.group(2))) {
            Month month = month(m.group(2));
            return Optional.of(publication(new Shift.MonthOfYear(month, Optional.of(Integer.parseInt(m.group(1))),
                    Direction.of(tense), 0), Optional.empty()));
        }
        if ((m = SEASON.matcher(w)).matches()) {
            String s = switch (m.group(2)) {
                case "spring" -> "SP";
                case "summer" -> "SU";
                case "autumn", "fall" -> "FA";
                default -> "WI";
            };
            String q = m.group(1);
            Direction direction = q == null || q.equals("the") || q.equals("early") || q.equals("late") ? Direction.of(tense)
                    : q.equals("last") ? Direction.BEFORE : q.equals("next") ? Direction.AFTER : Direction.SAME;
            return Optional.of(publication(new Shift.SeasonOfYear(s, direction), edgeMod(q)));
        }
        return Optional.empty();
    }

    private static SymbolicValue fromTaggerValue(TaggedSpan span, Optional<LocalDate> taggedFor) {
        String value = span.value();
        if (value.isEmpty()) {
            return new Unresolvable("the tagger gave no value");
        }
        if (value.endsWith("_REF")) {
            return publication(new Shift.Reference(value), span.mod());
        }
        boolean specified = !value.contains("X") && Character.isDigit(value.charAt(0));
        if (specified && (explicitInText(span) || !span.rule().endsWith("relative"))) {
            return new Absolute(value, span.mod());
        }
        if (specified && taggedFor.isPresent()) {
            return publication(new Shift.Computed(value, taggedFor.get()), span.mod());
        }
        if (specified) {
            // relative to an earlier mention of the text, as the tagger resolved it in narrative mode
            return new Absolute(value, span.mod());
        }
        return new Unresolvable("'" + span.text() + "' depends on the publication date, which is unknown");
    }

    /** Whether the year of a value is written in the span (so the value does not depend on any date). */
    private static boolean explicitInText(TaggedSpan span) {
        String v = span.value();
        if (v.length() < 2) {
            return false;
        }
        String year = v.length() >= 4 ? v.substring(0, 4) : v;
        return span.text().contains(year) || (v.length() >= 4 && span.text().matches(".*'" + v.substring(2, 4) + "\\b.*"));
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

    private static boolean isVague(String number) {
        return number.contains("few") || number.equals("several");
    }

    /** A day shift with the TIMEX3 part of day its words name ("night" is TNI), if any. */
    private static Shift partOfDay(Shift day, String words) {
        String part = words.contains("morning") ? "MO" : words.contains("afternoon") ? "AF"
                : words.contains("evening") ? "EV" : words.contains("night") || words.contains("tonight") ? "NI" : null;
        return part == null ? day : new Shift.PartOfDay(day, part);
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static int number(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            try {
                return Integer.parseInt(word);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        if (word.contains("few") || word.equals("several")) {
            return 3;
        }
        return NUMBERS.getOrDefault(word, -1);
    }
}
