package org.chronologer.date.rule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chronologer.extract.Mention;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;
import org.chronologer.resolve.Granularity;

/**
 * A dateline: a full date (day, month and year) that opens the text on a line of its own or before an agency mark
 * ("October 13, 2005" above the text, "NEW YORK, Oct. 30, 1998 (AP) _", "Published 12 May 2021"). Scraped pages keep
 * them; the article was written on that day, most often.
 */
public final class DatelineRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("dateline");
    /**
     * The kind a dateline is weighed as: a full date told without tense, the latest the text tells. The dated articles
     * the model is fitted on hold too few datelines to fit their own lags (4 of 4,876: their texts begin after it), so
     * a dateline counts as what the data says of such dates, not as a constant.
     */
    static final String KIND = "date:untensed:day:latest";

    /** A year written out in a date ("Oct. 23, 1998", "March 2011", "Sept. '89"). */
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
    /** What may stand before a dateline's date on the first line: a place, an agency, a word like "Published". */
    private static final Pattern DATELINE_BEFORE = Pattern.compile("^[\\p{L}\\p{N} .,:()'/-]{0,60}$");
    /** What follows a dateline's date: the end of the line, or an agency mark and a dash ("(AP) _", " -- "). */
    private static final Pattern DATELINE_AFTER = Pattern.compile("^[ \\t]*(?:\\r?\\n|$|\\([^)\\n]{1,20}\\)|[_|—–]|--?\\s)");

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        return facts.dateline().map(m -> {
            LocalDate day = MentionEvidence.absoluteInterval(m).orElseThrow().earliest();
            return List.of(MentionEvidence.at(m, ID, new Cue(KIND, Anchor.Span.of(day)),
                    "'" + m.text() + "' opens the text as a dateline"));
        }).orElse(List.of());
    }

    /** The mention that is the text's dateline, if it has one. */
    static Optional<Mention> find(ArticleFacts facts) {
        String text = facts.text().original();
        return facts.mentions().stream().min(Comparator.comparingInt(Mention::start))
                .filter(m -> m.start() <= 80 && m.end() <= text.length())
                .filter(m -> MentionEvidence.absoluteInterval(m).filter(i -> i.granularity() == Granularity.DAY).isPresent()
                        && WRITTEN_YEAR.matcher(m.text()).find())
                .filter(m -> {
                    String before = text.substring(text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1, m.start()).strip();
                    return text.substring(0, m.start()).strip().length() == before.length()
                            && DATELINE_BEFORE.matcher(before).matches()
                            && DATELINE_AFTER.matcher(text.substring(m.end())).find();
                });
    }
}
