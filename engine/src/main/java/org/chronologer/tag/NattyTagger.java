package org.chronologer.tag;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.text.English;
import org.chronologer.text.TimeBudget;
import org.natty.DateGroup;
import org.natty.Parser;

/**
 * Natty as a second opinion on colloquial phrases.
 *
 * <p>Natty run over whole articles invents dates ("Zhai Jun" becomes June, "You may also like" May), so it
 * only ever sees short candidate spans that a cheap trigger finds (relative day words, "ago", "from now",
 * weekday and month names with a day number, clock times), with the publication date passed as its reference.
 * A reading is kept only if it covers the whole candidate. Without a publication date, only readings whose
 * year is written in the candidate keep their value; the others keep their span and leave the value to the
 * interpreter.
 */
public final class NattyTagger implements TemporalTagger {

    public static final String NAME = "natty";

    private static final String NUM = "\\d+|an?|" + English.CARDINAL_WORDS;
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final Pattern CANDIDATE = Pattern.compile(
            "\\b(?:(?:the )?day (?:before yesterday|after tomorrow)"
                    + "|(?:yesterday|today|tomorrow|tonight)(?: (?:morning|afternoon|evening|night))?"
                    + "|(?:" + NUM + ") (?:days?|weeks?|months?|years?) (?:ago|from now)"
                    + "|in (?:" + NUM + ") (?:days?|weeks?) time"
                    + "|(?:next|last|this) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                    + "|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? " + MONTH + " \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?"
                    + "|" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?"
                    + "|\\d{1,2}(?:st|nd|rd|th)? (?:of )?" + MONTH + "(?:,? \\d{4})?"
                    + "|\\d{1,2}(?::\\d{2})? ?(?:a\\.m\\.|p\\.m\\.|am|pm)"
                    + ")(?!\\w)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");

    private final Parser parser = new Parser(TimeZone.getTimeZone("UTC"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<TaggedSpan> tag(String text, Optional<LocalDate> published) {
        return tag(text, published, List.of());
    }

    /**
     * Parses only the candidates no earlier tagger covered whole: Natty takes milliseconds a phrase, and a text
     * of thousands of written-out dates HeidelTime already read would spend seconds on a second opinion.
     */
    @Override
    public List<TaggedSpan> tag(String text, Optional<LocalDate> published, List<TaggedSpan> foundBefore) {
        TreeMap<Integer, Integer> covered = new TreeMap<>();
        for (TaggedSpan s : foundBefore) {
            covered.merge(s.start(), s.end(), Math::max);
        }
        List<TaggedSpan> out = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            TimeBudget.check();
            String candidate = m.group();
            Map.Entry<Integer, Integer> before = covered.floorEntry(m.start());
            if (before != null && before.getValue() >= m.end()) {
                continue;
            }
            if (candidate.startsWith("may") || candidate.startsWith("march")) {
                continue; // lower-case "may"/"march" are verbs
            }
            Date reference = Date.from(published.orElse(LocalDate.of(2000, 1, 1)).atStartOfDay().toInstant(ZoneOffset.UTC));
            List<DateGroup> groups;
            try {
                groups = parser.parse(candidate, reference);
            } catch (RuntimeException e) {
                continue; // Natty's grammar throws on some inputs; the candidate is then not a Natty date
            }
            if (groups.size() != 1 || groups.get(0).getDates().isEmpty()
                    || groups.get(0).getText().length() < candidate.length() - 3) {
                continue;
            }
            DateGroup g = groups.get(0);
            LocalDateTime when = LocalDateTime.ofInstant(g.getDates().get(0).toInstant(), ZoneOffset.UTC);
            boolean explicitYear = YEAR.matcher(candidate).find();
            boolean time = !g.isTimeInferred();
            String value = time ? when.toLocalDate() + "T" + String.format("%02d:%02d", when.getHour(), when.getMinute())
                    : when.toLocalDate().toString();
            if (published.isEmpty() && !explicitYear) {
                value = ""; // relative to a date nobody gave: never let Natty's guess leak
            }
            out.add(new TaggedSpan(m.start(), m.end(), candidate, time ? TimexType.TIME : TimexType.DATE, value,
                    Optional.empty(), NAME, explicitYear ? "natty-explicit" : "natty-relative"));
        }
        return out;
    }
}
