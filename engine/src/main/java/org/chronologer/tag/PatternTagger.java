package org.chronologer.tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our own patterns for expressions the other taggers leave out but a chronology needs: phrases that point
 * back to an earlier date of the text ("at that time", "the same month", "two days later") and the edges of
 * calendar units ("before the end of the year"). They carry no value; the interpreter reads their words.
 */
public final class PatternTagger implements TemporalTagger {

    public static final String NAME = "chronologer";

    private static final String NUMBER = "\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|twenty|thirty|several|a few|a couple of";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?i)\\b(?:at|by|since|until|from) (?:that time|the time|that point|that moment)\\b"),
            Pattern.compile("(?i)\\b(?:the same|the following|the previous|the preceding) (?:day|night|week|weekend|month|year)\\b"),
            Pattern.compile("(?i)\\bthat (?:same )?(?:day|night|week|weekend|month|year)\\b(?! (?:ago|later|earlier|before|after))"),
            Pattern.compile("(?i)\\b(?:" + NUMBER + ") (?:days?|weeks?|months?|years?|decades?) (?:later|earlier|afterwards)\\b"),
            Pattern.compile("(?i)\\bthe (?:start|beginning|end|middle) of (?:the|this|next|last) (?:week|month|year|decade)\\b"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<TaggedSpan> tag(String text, Optional<LocalDate> published) {
        List<TaggedSpan> out = new ArrayList<>();
        for (int i = 0; i < PATTERNS.size(); i++) {
            Matcher m = PATTERNS.get(i).matcher(text);
            while (m.find()) {
                String covered = m.group();
                int start = m.start();
                // the leading preposition is context, not part of the expression
                if (covered.matches("(?i)(at|by|since|until|from) .*")) {
                    int space = covered.indexOf(' ');
                    start += space + 1;
                    covered = covered.substring(space + 1);
                }
                out.add(new TaggedSpan(start, m.end(), covered, TimexType.DATE, "", Optional.empty(), NAME, "pattern" + i));
            }
        }
        out.sort(Comparator.comparingInt(TaggedSpan::start));
        return out;
    }
}
