package org.chronologer.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chronologer.model.EventMention.EventClass;
import org.chronologer.model.EventMention.Pos;

/**
 * Which words name events, and of which TimeML class: per lemma and word class, how often the word was an event
 * in annotated text and its usual class; per noun ending ("-tion", "-ment"), how often nouns with it were. A word
 * is an event when its rate, drawn towards its ending's (or its word class's) with the weight of
 * {@link #PRIOR_WEIGHT} occurrences, reaches {@link #THRESHOLD}. Unseen words get the class of their word class.
 *
 * <p>The engine's lexicon ({@code lexicon.tsv} beside this class) is fitted by the {@code fit-events} command.
 */
public final class EventLexicon {

    /** The rate from which a word is an event. */
    static final double THRESHOLD = 0.5;
    /** How many occurrences the prior counts for. */
    static final double PRIOR_WEIGHT = 2.0;

    /** Rates for words with no entry and no known ending. */
    static final Map<Pos, Double> DEFAULT_RATE = Map.of(Pos.VERB, 0.85, Pos.NOUN, 0.08, Pos.ADJECTIVE, 0.03, Pos.OTHER, 0.0);

    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "announce", "add", "state", "claim",
            "confirm", "deny", "declare", "explain", "note", "quote", "comment", "reply", "respond", "write", "insist");
    private static final Set<String> I_ACTION = Set.of("try", "attempt", "seek", "plan", "propose", "promise", "vow",
            "threaten", "ask", "urge", "order", "request", "demand", "allow", "permit", "authorize", "agree", "decide",
            "refuse", "prevent", "avoid", "delay", "postpone", "cancel", "approve", "call", "investigate", "prepare", "offer");
    private static final Set<String> I_STATE = Set.of("want", "believe", "think", "expect", "hope", "fear", "doubt",
            "feel", "wish", "intend", "need", "like", "love", "hate", "suspect", "worry", "consider", "assume", "know", "prefer");
    private static final Set<String> ASPECTUAL = Set.of("begin", "start", "continue", "stop", "end", "finish", "resume",
            "complete", "cease", "halt", "keep", "remain", "initiate", "launch", "terminate");
    private static final Set<String> PERCEPTION = Set.of("see", "hear", "watch", "observe", "notice", "witness", "sense", "view");
    private static final Set<String> STATE_VERBS = Set.of("own", "have", "contain", "include", "belong", "exist", "lack",
            "resemble", "cost", "weigh", "mean", "seem", "appear", "hold", "live");

    /** A lexicon entry: how often the word was an event, in how many occurrences, and its usual class. */
    public record Entry(int events, int total, EventClass eventClass) {
    }

    private final Map<String, Entry> words;
    private final Map<String, Entry> endings;

    private EventLexicon(Map<String, Entry> words, Map<String, Entry> endings) {
        this.words = Map.copyOf(words);
        this.endings = Map.copyOf(endings);
    }

    private static final class Engine {
        static final EventLexicon LEXICON = load();

        private static EventLexicon load() {
            InputStream in = EventLexicon.class.getResourceAsStream("lexicon.tsv");
            if (in == null) {
                return empty();
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return read(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the event lexicon", e);
            }
        }
    }

    /** The engine's lexicon (loaded once). */
    public static EventLexicon engine() {
        return Engine.LEXICON;
    }

    /** A lexicon with no entries: every decision by word class and the lists of class words. */
    public static EventLexicon empty() {
        return new EventLexicon(Map.of(), Map.of());
    }

    /** A lexicon from the given entries (keys as {@link #key}; endings start with '-'). */
    public static EventLexicon of(Map<String, Entry> entries) {
        Map<String, Entry> words = new HashMap<>();
        Map<String, Entry> endings = new HashMap<>();
        entries.forEach((k, v) -> (k.contains("\t-") ? endings : words).put(k, v));
        return new EventLexicon(words, endings);
    }

    /** Reads a lexicon: lines {@code POS<TAB>lemma-or--ending<TAB>events<TAB>total<TAB>CLASS}; '#' starts a comment. */
    public static EventLexicon read(Reader reader) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        BufferedReader r = new BufferedReader(reader);
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 5) {
                throw new IOException("bad lexicon line: " + line);
            }
            entries.put(key(Pos.valueOf(f[0]), f[1]), new Entry(Integer.parseInt(f[2]), Integer.parseInt(f[3]), EventClass.valueOf(f[4])));
        }
        return of(entries);
    }

    /** The key of a lemma (or an ending, starting with '-') of a word class. */
    public static String key(Pos pos, String lemma) {
        return pos.name() + "\t" + lemma;
    }

    /** How likely the word is to name an event (0..1). */
    public double rate(Pos pos, String lemma) {
        double prior = prior(pos, lemma);
        Entry e = words.get(key(pos, lemma));
        if (e == null) {
            return prior;
        }
        return (e.events() + PRIOR_WEIGHT * prior) / (e.total() + PRIOR_WEIGHT);
    }

    /** Whether the word names an event. */
    public boolean isEvent(Pos pos, String lemma) {
        return rate(pos, lemma) >= THRESHOLD;
    }

    private double prior(Pos pos, String lemma) {
        for (int n = 5; n >= 3; n--) {
            if (lemma.length() > n + 2) {
                Entry e = endings.get(key(pos, "-" + lemma.substring(lemma.length() - n)));
                if (e != null && e.total() >= 5) {
                    return (e.events() + 1.0) / (e.total() + 2.0);
                }
            }
        }
        return DEFAULT_RATE.get(pos);
    }

    /** The word's TimeML class. */
    public EventClass eventClass(Pos pos, String lemma) {
        Entry e = words.get(key(pos, lemma));
        if (e != null && e.events() > 0) {
            return e.eventClass();
        }
        String l = lemma.toLowerCase(Locale.ROOT);
        if (pos == Pos.ADJECTIVE) {
            return EventClass.STATE;
        }
        if (REPORTING.contains(l)) {
            return EventClass.REPORTING;
        }
        if (PERCEPTION.contains(l)) {
            return EventClass.PERCEPTION;
        }
        if (ASPECTUAL.contains(l)) {
            return EventClass.ASPECTUAL;
        }
        if (I_STATE.contains(l)) {
            return EventClass.I_STATE;
        }
        if (I_ACTION.contains(l)) {
            return EventClass.I_ACTION;
        }
        if (STATE_VERBS.contains(l)) {
            return EventClass.STATE;
        }
        return EventClass.OCCURRENCE;
    }

    /** The entry of a word, if the lexicon has one. */
    public Optional<Entry> entry(Pos pos, String lemma) {
        return Optional.ofNullable(words.get(key(pos, lemma)));
    }

    /** The number of words and endings. */
    public int size() {
        return words.size() + endings.size();
    }
}
