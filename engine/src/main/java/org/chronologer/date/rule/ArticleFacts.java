package org.chronologer.date.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.Tense;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.knowledge.Tenures;
import org.chronologer.read.Article;
import org.chronologer.read.NormalizedText;
import org.chronologer.text.PageFurniture;

/**
 * What the dating rules read of one article, computed once and handed to every rule: its text (normalised, with the
 * map back), its mentions extracted without a publication date, the knowledge base, and what several rules look
 * for in the text (the names of known events, the places fought over, the office holders named by title, the
 * dateline). One instance serves one article on one thread.
 *
 * <p>Lines of page furniture ({@link PageFurniture}: photo captions and credits, reader comments, lists of other
 * stories) are not the article: their mentions, names and office holders are left out of what the rules read, save
 * the page's own notices, which {@link #pageMentions} keeps for the rule that reads a copyright year.
 */
public final class ArticleFacts {

    private static final Pattern MATURITY = Pattern.compile("(?i)\\b(?:due|maturing|matures|expiring|expires)\\s+(?:on\\s+|in\\s+)?$");
    private static final Pattern DEADLINE = Pattern.compile("(?i)\\b(?:by|until|till|before|through)\\s+(?:the\\s+end\\s+of\\s+)?$");

    private final Article article;
    private final NormalizedText text;
    private final List<Mention> pageMentions;
    private final List<Mention> mentions;
    private final KnowledgeBase knowledge;
    /** The furniture lines, {@code [start, end)} in the normalised text and in the original, in text order. */
    private final List<int[]> furniture;
    private final List<int[]> furnitureOriginal;
    private List<KnowledgeBase.Match> namedEvents;
    private List<KnowledgeBase.PlaceMatch> places;
    private List<Tenures.Match> holders;
    private List<Tenures.Match> formerHolders;
    private Optional<Mention> dateline;

    /** The facts of an article, its normalised text and its mentions (extracted with no publication date). */
    public ArticleFacts(Article article, NormalizedText text, List<Mention> mentions, KnowledgeBase knowledge) {
        this.article = Objects.requireNonNull(article, "article");
        this.text = Objects.requireNonNull(text, "text");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.furniture = PageFurniture.spans(text.text());
        this.furnitureOriginal = new ArrayList<>(furniture.size());
        for (int[] f : furniture) {
            furnitureOriginal.add(new int[] {text.toOriginal(f[0]), text.toOriginalEnd(f[1])});
        }
        this.pageMentions = List.copyOf(mentions);
        this.mentions = pageMentions.stream().filter(m -> !inFurniture(m)).toList();
    }

    /** The article as read. */
    public Article article() {
        return article;
    }

    /** Its text, normalised, with the map back to the text as given. */
    public NormalizedText text() {
        return text;
    }

    /**
     * Its temporal mentions outside page furniture, extracted with no publication date (offsets into the text as
     * given).
     */
    public List<Mention> mentions() {
        return mentions;
    }

    /** All its temporal mentions, those on lines of page furniture too (a copyright notice is one). */
    public List<Mention> pageMentions() {
        return pageMentions;
    }

    /** Whether a mention lies on a line of page furniture. */
    public boolean inFurniture(Mention m) {
        return within(furnitureOriginal, m.start());
    }

    /** Whether an offset into the normalised text lies on a line of page furniture. */
    public boolean inFurniture(int normalizedOffset) {
        return within(furniture, normalizedOffset);
    }

    /** Whether {@code offset} lies in one of {@code spans} (in order, not overlapping). */
    private static boolean within(List<int[]> spans, int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] s = spans.get(mid);
            if (offset < s[0]) {
                hi = mid - 1;
            } else if (offset >= s[1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The knowledge base of dated events. */
    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /** The original text of normalised span {@code start..end}. */
    public String original(int start, int end) {
        return text.original().substring(text.toOriginal(start), text.toOriginalEnd(end));
    }

    /** The declared publication date, if the input carried one. */
    public Optional<LocalDate> declared() {
        return article.declared();
    }

    /** Every occurrence of a known event's name in the normalised text, outside page furniture. */
    public List<KnowledgeBase.Match> namedEvents() {
        if (namedEvents == null) {
            namedEvents = knowledge.find(text.text()).stream().filter(m -> !within(furniture, m.start())).toList();
        }
        return namedEvents;
    }

    /** Every occurrence of a place where events of the base were fought, in the normalised text, outside page furniture. */
    public List<KnowledgeBase.PlaceMatch> places() {
        if (places == null) {
            places = knowledge.findPlaces(text.text()).stream().filter(m -> !within(furniture, m.start())).toList();
        }
        return places;
    }

    /** Every office holder the normalised text names by title, outside page furniture. */
    public List<Tenures.Match> holders() {
        if (holders == null) {
            holders = knowledge.tenures().find(text.text()).stream().filter(m -> !within(furniture, m.start())).toList();
        }
        return holders;
    }

    /** Every former office holder the normalised text names ("former President Clinton"), outside page furniture. */
    public List<Tenures.Match> formerHolders() {
        if (formerHolders == null) {
            formerHolders = knowledge.tenures().findFormer(text.text()).stream().filter(m -> !within(furniture, m.start())).toList();
        }
        return formerHolders;
    }

    /** The mention that is the text's dateline, if it has one (see {@link DatelineRule}). */
    public Optional<Mention> dateline() {
        if (dateline == null) {
            dateline = DatelineRule.find(this);
        }
        return dateline;
    }

    /**
     * A mention's tense, where a maturity ("debentures due March 1, 2011") is always future and an untensed deadline
     * ("modernise by 2035") counts as future.
     */
    public Tense tenseOf(Mention m) {
        String before = text.original().substring(Math.max(0, m.start() - 20), m.start());
        if (MATURITY.matcher(before).find()) {
            // "debentures due March 1, 2011", "notes maturing in 2015": a maturity still to come, whatever the verb
            return Tense.FUTURE;
        }
        if (m.tense() == Tense.PAST || m.tense() == Tense.FUTURE) {
            return m.tense();
        }
        return DEADLINE.matcher(before).find() ? Tense.FUTURE : m.tense();
    }

    /** The 20 characters of the original text before a mention. */
    String before(Mention m) {
        return text.original().substring(Math.max(0, m.start() - 20), m.start());
    }
}
