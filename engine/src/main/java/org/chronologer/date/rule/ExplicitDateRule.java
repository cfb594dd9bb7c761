package org.chronologer.date.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.Tense;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;
import org.chronologer.resolve.Granularity;
import org.chronologer.resolve.TimexValues;

/**
 * A calendar date written out in full ("in February 2022", "on March 3, 2011", "in 2009"): how far after (or before,
 * when told in the future) news is written from a date it tells depends on the tense, on how precise the date is, and
 * on whether it is the latest date the article tells; the model knows it from dated news. A date that starts a span
 * reaching to the present ("the worst since 1998"), a birth date ("Born: August 29, 1958") and the year of a copyright
 * notice ("Copyright © 2019 The Daily Times", the page's year, often that of the copy scraped years later) are kinds of
 * their own, none of them the latest date told. A date on a line of page furniture (a photo caption, a reader's comment,
 * a list of other stories) is not the article's and is left out, save the copyright notice, which is the page's.
 * The dateline is the article's own day, read by {@link DatelineRule}.
 */
public final class ExplicitDateRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("explicit-date");

    /** "the worst since 1998": a date that starts a span reaching to the present. */
    private static final Pattern SINCE = Pattern.compile("(?i)\\b(?:since|from)\\s+$");
    /**
     * A clock time that reads like a year: four digits that are hours and minutes, in a live blog's "2135 : BP says" or
     * "at 1040 on 25 June" or "1130 GMT".
     */
    private static final Pattern CLOCK = Pattern.compile("(?:[01]\\d|2[0-3])[0-5]\\d");
    private static final Pattern CLOCK_BEFORE = Pattern.compile("(?i)\\bat\\s*$");
    private static final Pattern CLOCK_AFTER = Pattern.compile("(?i)^(?:\\s*:\\s+\\p{Lu}|\\s*(?:GMT|UTC|BST|CET|EST|EDT|ET|PST|PT|hours|hrs|local time)\\b)");

    /** "Born: August 29, 1958", "was born on", "born in 1958": a life's start, told whenever. */
    private static final Pattern BORN = Pattern.compile("(?i)\\bborn\\b[^.\\n]{0,12}$");

    /**
     * A year that names something rather than telling when it happened: an election and its campaign ("the 2016 race",
     * "his 2020 rival", "the 2012 Republican presidential nomination") or a fiscal year ("fiscal 2019", "FY 2016"), told
     * years before and after the year itself.
     */
    private static final Pattern LABEL_AFTER = Pattern.compile("^\\s+(?:\\p{Lu}\\p{L}+\\s+)?(?:presidential|general|midterms?|elections?"
            + "|races?|campaigns?|primary|primaries|nomination|nominating|contests?|cycle|run|bid|hopefuls?|contenders?|candidates?"
            + "|rivals?|ticket|caucus(?:es)?|convention|ballot|Democratic|Republican|GOP|White House)\\b");
    private static final Pattern FISCAL = Pattern.compile("(?i)\\b(?:fiscal(?:\\s+year)?|FY)\\s*$|^(?:fiscal|FY)\\b");

    /** "Copyright © 2019", "© 2004-2019", "(c) 2019": a page's notice, its year told by the site, not the article. */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(?:\\bcopyright\\b|©|\\(c\\))[\\s©]*(?:(?:19|20)\\d\\d\\s*[-–]\\s*)?$");

    /** Whether a four-digit mention is a clock time ("2135 : BP says", "at 1040 on 25 June"), which dates nothing. */
    static boolean clock(ArticleFacts facts, Mention m, String before) {
        if (!CLOCK.matcher(m.text()).matches()) {
            return false;
        }
        String after = facts.text().original().substring(m.end(), Math.min(facts.text().original().length(), m.end() + 12));
        return CLOCK_AFTER.matcher(after).find() || CLOCK_BEFORE.matcher(before).find();
    }

    /** Whether a year names an election, a campaign or a fiscal year ({@link #LABEL_AFTER}, {@link #FISCAL}). */
    private static boolean label(ArticleFacts facts, Mention m, String before, TimexValues.Interval interval) {
        if (interval.granularity() != Granularity.YEAR) {
            return false;
        }
        String text = facts.text().original();
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
        return LABEL_AFTER.matcher(after).find() || FISCAL.matcher(before).find() || FISCAL.matcher(m.text()).find();
    }

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        record Dated(Mention mention, TimexValues.Interval interval, String role, Tense tense) {
        }
        Optional<Mention> dateline = facts.dateline();
        List<Dated> dated = new ArrayList<>();
        for (Mention m : facts.pageMentions()) {
            if (dateline.isPresent() && m == dateline.get()) {
                continue;
            }
            Optional<TimexValues.Interval> i = MentionEvidence.absoluteInterval(m);
            if (i.isEmpty()) {
                continue;
            }
            String before = facts.before(m);
            if (clock(facts, m, before)) {
                continue;
            }
            String role = BORN.matcher(before).find() ? "birth" : COPYRIGHT.matcher(before).find() ? "copyright"
                    : label(facts, m, before, i.get()) ? "label" : SINCE.matcher(before).find() ? "since" : "told";
            if (!role.equals("copyright") && facts.inFurniture(m)) {
                continue; // a caption, a comment, a list of other stories: not the article (its copyright notice is the page's)
            }
            dated.add(new Dated(m, i.get(), role, facts.tenseOf(m)));
        }
        // the latest date told as past or without a tense: news tells recent events
        Optional<Dated> latest = dated.stream().filter(d -> d.role().equals("told") && d.tense() != Tense.FUTURE)
                .max(Comparator.comparing((Dated d) -> d.interval().latest()));
        List<Evidence> out = new ArrayList<>();
        for (Dated d : dated) {
            String kind = switch (d.role()) {
                case "birth" -> "date:birth";
                case "copyright" -> "date:copyright";
                case "label" -> "date:" + MentionEvidence.tense(d.tense()) + ":label";
                case "since" -> "date:since:" + MentionEvidence.granularity(d.interval().granularity());
                default -> "date:" + MentionEvidence.tense(d.tense()) + ":" + MentionEvidence.granularity(d.interval().granularity())
                        + (latest.isPresent() && latest.get() == d ? ":latest" : "");
            };
            String says = switch (d.role()) {
                case "birth" -> "birth date '" + d.mention().text() + "'";
                case "copyright" -> "copyright notice '" + d.mention().text() + "'";
                case "label" -> (d.tense() == Tense.UNKNOWN ? "" : MentionEvidence.tense(d.tense()) + " tense ") + "'" + d.mention().text()
                        + "', a year that names an election or a fiscal year";
                case "since" -> "'since " + d.mention().text() + "'";
                default -> (d.tense() == Tense.UNKNOWN ? "" : MentionEvidence.tense(d.tense()) + " tense ") + "'" + d.mention().text()
                        + "'" + (kind.endsWith(":latest") ? ", the latest date told" : "");
            };
            out.add(MentionEvidence.at(d.mention(), ID,
                    new Cue(kind, new Anchor.Span(d.interval().earliest(), d.interval().latest())), says));
        }
        return out;
    }
}
