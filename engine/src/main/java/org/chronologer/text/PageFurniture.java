package org.chronologer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the lines of a scraped page that are not the article: reader comments and their stamps ("At 17:33
 * 1st Jun 2010, trevst wrote"), lists of other stories ("You may also like", "Related stories", "More videos"),
 * subscription prompts and photo credits. A list heading takes the short lines after it with it (the titles it
 * lists), up to the first line that reads as prose again.
 */
public final class PageFurniture {

    private static final Pattern HEADING = Pattern.compile("(?:you (?:may|might) also like|related(?: stor(?:y|ies)| articles?| posts?| news| coverage| content| videos?| links?| reading)?"
            + "|more (?:from|on|stories|news|videos)(?: .{0,40})?|read (?:more|next|also)|recommended(?: for you| stories)?|most (?:read|popular|viewed|shared)"
            + "|trending(?: now)?|top stories|comments?(?: \\(\\d+\\))?|\\d+ comments?|leave a (?:comment|reply)|post a comment|join the (?:conversation|discussion)"
            + "|(?:latest |more |related )?videos?|watch(?: more| next)?|share this(?: article| story)?|advertisement|sponsored(?: content)?|follow us(?: on .{0,30})?)"
            + "\\W*", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT_STAMP = Pattern.compile(".{0,80}\\b(?:wrote|writes|says|said|replied|commented)\\s*:?\\s*"
            + "|(?:at )?\\d{1,2}:\\d{2}\\b.{0,60}|.{0,60}\\b\\d+ (?:minutes?|hours?|days?) ago\\W*(?:reply|report|like)?\\W*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT = Pattern.compile("(?:photo|image|picture|photograph|video|credit|source)s?(?: credit)?\\s*[:/\u00A9].{0,120}"
            + "|.{0,120}\\((?:photo|image|picture|credit)s?\\b.{0,100}\\)\\W*|.{0,120}(?:getty images|/ ?(?:reuters|afp|ap|epa|xinhua|tass|sputnik)|\u00A9 .{0,60})\\W*",
            Pattern.CASE_INSENSITIVE);
    /** A credit line on its own ("Photo: Jane Roe", "Ann Lee/Pool/Reuters"), which the caption above belongs to. */
    private static final Pattern BARE_CREDIT = Pattern.compile("(?:photo|image|picture|photograph|video|credit|source)s?(?: credit)?\\s*[:/\u00A9].{0,120}"
            + "|(?:\\S+\\s+){0,5}\\S+", Pattern.CASE_INSENSITIVE);
    /** A page's copyright notice: furniture, but no photo's credit, so the line above it is no caption. */
    private static final Pattern NOTICE = Pattern.compile(".{0,40}(?:\\bcopyright\\b|\u00A9|\\(c\\)).{0,120}", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROMPT = Pattern.compile(".{0,80}\\b(?:subscribe|sign up|sign in|log in|newsletter|register (?:now|for free|to)|"
            + "download (?:our|the) app|enable javascript|accept (?:all )?cookies)\\b.{0,80}", Pattern.CASE_INSENSITIVE);

    /** A caption above a photo credit is at most this many words long. */
    static final int CAPTION_WORDS = 40;

    /** Lines shorter than this many words, without a full stop at the end, are list items after a heading. */
    static final int LIST_ITEM_WORDS = 16;

    private PageFurniture() {
    }

    /**
     * The spans {@code [start, end)} of the text's furniture lines, in order. Besides the lines that are furniture on
     * their own and the titles a list heading takes with it, the caption above a credit line of its own ("Photo: Jane
     * Roe", "Ann Lee/Pool/Reuters"; not a caption that ends with its credit, nor a copyright notice) is furniture (the
     * short lines right before the credit), and so is a line that repeats the line before it (a caption and its
     * alternative text).
     */
    public static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        boolean inList = false;
        int start = 0;
        int n = text.length();
        String previous = null;
        List<int[]> lastLines = new ArrayList<>(); // the spans of the last non-empty lines, for the caption above a credit
        while (start < n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                boolean furniture;
                if (line.equals(previous)) {
                    furniture = true;
                } else if (isFurniture(line)) {
                    if (CREDIT.matcher(line).matches() && BARE_CREDIT.matcher(line).matches() && !NOTICE.matcher(line).matches()) {
                        // the caption: the short lines right above the credit, up to a line that ends a paragraph of prose
                        for (int k = lastLines.size() - 1; k >= Math.max(0, lastLines.size() - 2); k--) {
                            int[] c = lastLines.get(k);
                            String above = text.substring(c[0], c[1]).strip();
                            if (out.stream().anyMatch(o -> o[0] == c[0])) {
                                continue;
                            }
                            if (above.split("\\s+").length > CAPTION_WORDS) {
                                break;
                            }
                            out.add(c);
                        }
                        out.sort(java.util.Comparator.comparingInt(o -> o[0]));
                    }
                    furniture = true;
                    inList = HEADING.matcher(line).matches() || COMMENT_STAMP.matcher(line).matches();
                } else if (inList && isListItem(line)) {
                    furniture = true;
                } else {
                    furniture = false;
                    inList = false;
                }
                if (furniture) {
                    out.add(new int[] {start, end});
                }
                previous = line;
                lastLines.add(new int[] {start, end});
                if (lastLines.size() > 2) {
                    lastLines.remove(0);
                }
            }
            start = end + 1;
        }
        return out;
    }

    /** Whether a line (trimmed) is page furniture on its own. */
    public static boolean isFurniture(String line) {
        String l = line.strip();
        if (l.isEmpty()) {
            return false;
        }
        int words = l.split("\\s+").length;
        if (HEADING.matcher(l).matches()) {
            return true;
        }
        if (words <= 14 && (COMMENT_STAMP.matcher(l).matches() || PROMPT.matcher(l).matches())) {
            return true;
        }
        return words <= 25 && CREDIT.matcher(l).matches();
    }

    private static boolean isListItem(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return l.split("\\s+").length < LIST_ITEM_WORDS && !l.endsWith(".");
    }
}
