package org.chronologer.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.episode.About;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.model.Chronology;
import org.chronologer.model.Event;
import org.chronologer.text.Sentences;

/**
 * The timeline of one participant in the format of SemEval-2015 Task 4 ("TimeLine: Cross-Document Event Ordering"):
 * its name on the first line, then one line per telling, {@code ORDINAL<TAB>ANCHOR<TAB>ARTICLE-SENTENCE-WORD}. The
 * events are those that concern the participant ({@link About}) and have a time that is not only their tense against
 * the publication moment, in chronological order; the ordinal is the rank of their distinct intervals, from 1, so
 * events of the same interval share it; the anchor is the day when the time is one ({@code 2010-06-07}), else its
 * TIMEX3 value ({@code 2010-06}, {@code 2010}). SENTENCE counts the article's sentences from 0 ({@link Sentences}).
 */
public final class SemEvalWriter {

    private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private SemEvalWriter() {
    }

    /**
     * The participant's timeline.
     *
     * @param c     the chronology
     * @param about the participant
     * @param texts the articles' texts by id (for the sentence numbers); a telling of an article missing here is left out
     */
    public static String timeline(Chronology c, About about, Map<String, String> texts) {
        Objects.requireNonNull(about, "about");
        record Line(LocalDate earliest, LocalDate latest, String anchor, String id) {
        }
        List<Line> lines = new ArrayList<>();
        Set<String> guessed = guessedDays(c);
        for (Event e : c.events()) {
            if (!about.concerns(e) || e.when().isEmpty() || e.anchor().kind() == Event.Anchor.Kind.PUBLICATION
                    || datedOnAGuess(e, guessed)) {
                continue;
            }
            for (Event.Source s : e.sources()) {
                String text = texts.get(s.article());
                if (text == null) {
                    continue;
                }
                lines.add(new Line(e.when().get().earliest(), e.when().get().latest(), anchor(e.when().get().value()),
                        s.article() + "-" + sentence(text, s.start()) + "-" + s.mention().replaceAll("\\s+", "_")));
            }
        }
        lines.sort(Comparator.comparing(Line::earliest).thenComparing(Line::latest));
        StringBuilder b = new StringBuilder(TextEscape.escape(about.name())).append('\n');
        Set<String> used = new HashSet<>();
        int ordinal = 0;
        LocalDate[] previous = null;
        for (Line l : lines) {
            if (previous == null || !previous[0].equals(l.earliest()) || !previous[1].equals(l.latest())) {
                ordinal++;
                previous = new LocalDate[] {l.earliest(), l.latest()};
            }
            if (used.add(l.id())) {
                b.append(ordinal).append('\t').append(l.anchor()).append('\t').append(TextEscape.escape(l.id())).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * The mentions ({@code article@start}) whose time is counted from their article's publication day ("on Tuesday",
     * "last month") where that day is a guess ({@link org.chronologer.model.PublicationEstimate#guess()}): the day such
     * a mention gives is no better than the guess.
     */
    public static Set<String> guessedDays(Chronology c) {
        Set<String> out = new HashSet<>();
        for (Chronology.Entry a : c.articles()) {
            if (a.published().guess()) {
                for (Mention m : a.mentions()) {
                    if (m.symbolic() instanceof SymbolicValue.PublicationRelative) {
                        out.add(a.id() + "@" + m.start());
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether an event is dated by one of the {@link #guessedDays} mentions, in its own article or in the one that told
     * it elsewhere: its time is a guess.
     */
    public static boolean datedOnAGuess(Event e, Set<String> guessedDays) {
        Event.Anchor.Kind kind = e.anchor().kind();
        return (kind == Event.Anchor.Kind.DATED || kind == Event.Anchor.Kind.ELSEWHERE) && e.anchor().mention().isPresent()
                && guessedDays.contains(e.anchor().target() + "@" + e.anchor().mention().getAsInt());
    }

    /** The anchor of a TIMEX3 value: its day when it names one, else the value. */
    static String anchor(String value) {
        Matcher m = DAY.matcher(value);
        return m.find() ? m.group(1) : value;
    }

    /**
     * The number of the sentence holding {@code offset}, from 0. Only sentences with a letter or digit count: a line
     * break right after a full stop ends an empty sentence of its own in {@link Sentences}, which is no sentence here.
     */
    static int sentence(String text, int offset) {
        int n = 0;
        int at = 0;
        while (at < text.length()) {
            int end = Sentences.end(text, at);
            if (end >= offset || end < at) {
                return n;
            }
            if (text.substring(at, end).codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
            at = end + 1;
        }
        return n;
    }
}
