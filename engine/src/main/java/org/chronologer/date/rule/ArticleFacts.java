package org.chronologer.date.rule;

import java.time.LocalDate;
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

/**
 * What the dating rules read of one article, computed once and handed to every rule: its text (normalised, with the
 * map back), its mentions extracted without a publication date, the knowledge base, and what several rules look
 * for in the text (the names of known events, the places fought over, the office holders named by title, the
 * dateline). One instance serves one article on one thread.
 */
public final class ArticleFacts {

    private static final Pattern MATURITY = Pattern.compile("(?i)\\b(?:due|maturing|matures|expiring|expires)\\s+(?:on\\s+|in\\s+)?$");
    private static final Pattern DEADLINE = Pattern.compile("(?i)\\b(?:by|until|till|before|through)\\s+(?:the\\s+end\\s+of\\s+)?$");

    private final Article article;
    private final NormalizedText text;
    private final List<Mention> mentions;
    private final KnowledgeBase knowledge;
    private List<KnowledgeBase.Match> namedEvents;
    private List<KnowledgeBase.PlaceMatch> places;
    private List<Tenures.Match> holders;
    private Optional<Mention> dateline;

    /** The facts of an article, its normalised text and its mentions (extracted with no publication date). */
    public ArticleFacts(Article article, NormalizedText text, List<Mention> mentions, KnowledgeBase knowledge) {
        this.article = Objects.requireNonNull(article, "article");
        this.text = Objects.requireNonNull(text, "text");
        this.mentions = List.copyOf(mentions);
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    }

    /** The article as read. */
    public Article article() {
        return article;
    }

    /** Its text, normalised, with the map back to the text as given. */
    public NormalizedText text() {
        return text;
    }

    /** Its temporal mentions, extracted with no publication date (offsets into the text as given). */
    public List<Mention> mentions() {
        return mentions;
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

    /** Every occurrence of a known event's name in the normalised text. */
    public List<KnowledgeBase.Match> namedEvents() {
        if (namedEvents == null) {
            namedEvents = knowledge.find(text.text());
        }
        return namedEvents;
    }

    /** Every occurrence of a place where events of the base were fought, in the normalised text. */
    public List<KnowledgeBase.PlaceMatch> places() {
        if (places == null) {
            places = knowledge.findPlaces(text.text());
        }
        return places;
    }

    /** Every office holder the normalised text names by title. */
    public List<Tenures.Match> holders() {
        if (holders == null) {
            holders = knowledge.tenures().find(text.text());
        }
        return holders;
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
