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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chronologer.model.EventMention.EventClass;
import org.chronologer.model.EventMention.Pos;

/**
 * Which words name events, and of which TimeML class. Per lemma and word class, the lexicon holds how likely the
 * word is to name an event and its usual class; a word is an event when that rate reaches {@link #THRESHOLD} (a noun:
 * the lexicon's noun threshold, {@link #NOUN_THRESHOLD} by default; see {@link EventDetector} for the nouns whose use
 * makes them events from {@link #THRESHOLD}). A word
 * with no entry gets the rate of its nominalisation ending ("-tion", "-ment", "-ure": general knowledge of English
 * word formation), else its word class's ({@link #DEFAULT_RATE}: most verbs name events, most nouns do not); its
 * class comes from the lists of class words below, else OCCURRENCE (STATE for adjectives).
 *
 * <p>The engine's lexicon ({@code lexicon.tsv} beside this class) is derived from WordNet 3.0 by the {@code fit-events}
 * command: a noun's rate is the share of its senses, weighted by their frequency rank, that WordNet files as acts,
 * events, processes or phenomena (states count half); a verb WordNet files as stative is a STATE. No annotated corpus
 * is used, so the lexicon can be measured on TimeML corpora it was not fitted on.
 */
public final class EventLexicon {

    /** The rate from which a verb or an adjective is an event. */
    public static final double THRESHOLD = 0.5;

    /**
     * The rate from which a noun is an event, by default: chosen by {@code eval-events --fit-threshold} on TimeBank
     * (grid 0.40..0.95) and measured on AQUAINT (see README, evaluation of event extraction).
     */
    public static final double NOUN_THRESHOLD = 0.7;

    /** Rates for words with no entry and no known ending. */
    static final Map<Pos, Double> DEFAULT_RATE = Map.of(Pos.VERB, 0.85, Pos.NOUN, 0.08, Pos.ADJECTIVE, 0.03, Pos.OTHER, 0.0);

    /** Endings that make nouns of events from verbs ("arrival", "departure", "election", "agreement", "bombing"). */
    static final Map<String, Double> NOMINALISATIONS = Map.of("tion", 0.7, "sion", 0.7, "ment", 0.6, "ance", 0.55,
            "ence", 0.5, "ure", 0.55, "ing", 0.6, "val", 0.6, "sal", 0.6, "ery", 0.5);

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

    /** A lexicon entry: how likely the word is to name an event (0..1), and its usual class. */
    public record Entry(double rate, EventClass eventClass) {
        public Entry {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("rate must be in 0..1, not " + rate);
            }
            Objects.requireNonNull(eventClass, "eventClass");
        }
    }

    private final Map<String, Entry> words;
    private final double nounThreshold;

    private EventLexicon(Map<String, Entry> words, double nounThreshold) {
        this.words = Map.copyOf(words);
        this.nounThreshold = nounThreshold;
    }

    /**
     * This lexicon with another noun threshold. Exact only for a lexicon that holds every noun ({@code fit-events --all}):
     * the engine's leaves out the nouns whose entry decides as their ending would at {@link #NOUN_THRESHOLD}.
     */
    public EventLexicon withNounThreshold(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in 0..1, not " + threshold);
        }
        return new EventLexicon(words, threshold);
    }

    /** The rate from which a noun is an event. */
    public double nounThreshold() {
        return nounThreshold;
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

    /** A lexicon with no entries: every decision by ending, word class and the lists of class words. */
    public static EventLexicon empty() {
        return new EventLexicon(Map.of(), NOUN_THRESHOLD);
    }

    /** A lexicon from the given entries (keys as {@link #key}). */
    public static EventLexicon of(Map<String, Entry> entries) {
        return new EventLexicon(entries, NOUN_THRESHOLD);
    }

    /** Reads a lexicon: lines {@code POS<TAB>lemma<TAB>rate<TAB>CLASS}; '#' starts a comment. */
    public static EventLexicon read(Reader reader) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        BufferedReader r = new BufferedReader(reader);
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IOException("bad lexicon line: " + line);
            }
            try {
                entries.put(key(Pos.valueOf(f[0]), f[1]), new Entry(Double.parseDouble(f[2]), EventClass.valueOf(f[3])));
            } catch (IllegalArgumentException e) {
                throw new IOException("bad lexicon line: " + line, e);
            }
        }
        return of(entries);
    }

    /** The key of a lemma of a word class. */
    public static String key(Pos pos, String lemma) {
        return pos.name() + "\t" + lemma;
    }

    /** How likely the word is to name an event (0..1). */
    public double rate(Pos pos, String lemma) {
        Entry e = words.get(key(pos, lemma));
        return e != null ? e.rate() : prior(pos, lemma);
    }

    /** Whether the word names an event. */
    public boolean isEvent(Pos pos, String lemma) {
        return rate(pos, lemma) >= (pos == Pos.NOUN ? nounThreshold : THRESHOLD);
    }

    private static double prior(Pos pos, String lemma) {
        if (pos == Pos.NOUN) {
            for (Map.Entry<String, Double> e : NOMINALISATIONS.entrySet()) {
                if (lemma.length() > e.getKey().length() + 3 && lemma.endsWith(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return DEFAULT_RATE.get(pos);
    }

    /** The word's TimeML class. */
    public EventClass eventClass(Pos pos, String lemma) {
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
        Entry e = words.get(key(pos, lemma));
        return e != null ? e.eventClass() : EventClass.OCCURRENCE;
    }

    /** The entry of a word, if the lexicon has one. */
    public Optional<Entry> entry(Pos pos, String lemma) {
        return Optional.ofNullable(words.get(key(pos, lemma)));
    }

    /** The number of words. */
    public int size() {
        return words.size();
    }
}
