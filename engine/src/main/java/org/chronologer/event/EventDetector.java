package org.chronologer.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chronologer.model.EventMention.Aspect;
import org.chronologer.model.EventMention.EventClass;
import org.chronologer.model.EventMention.Polarity;
import org.chronologer.model.EventMention.Pos;
import org.chronologer.model.EventMention.Tense;
import org.chronologer.interpret.TenseDetector;
import org.chronologer.model.EventMention;
import org.chronologer.tag.IrregularVerbs;
import org.chronologer.tag.TaggedSentence;
import org.chronologer.text.English;

/**
 * Finds the event mentions of tagged sentences: verbs, event nouns and predicative adjectives that the
 * {@link EventLexicon} takes for events, each with the tense and aspect of its verb group, its polarity
 * ("not", "never", "no"), its modality (a modal, a conditional, or an intention that governs it: "plans to
 * visit") and the names its clause holds. Pure: no state, no threads.
 */
public final class EventDetector {

    private static final Set<String> MODALS = Set.of("would", "should", "may", "might", "can", "could", "must", "ca", "'d");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> BE = Set.of("be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m");
    private static final Set<String> BE_PAST = Set.of("was", "were");
    private static final Set<String> HAVE = Set.of("have", "has", "had", "having", "'ve", "'d");
    private static final Set<String> DO = Set.of("do", "does", "did");
    private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did", "'d");
    private static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether");
    /** Verbs whose infinitive complement is an intention, a plan or an attempt, not a fact. */
    private static final Set<String> INTENTIONS = Set.of("plan", "intend", "want", "hope", "expect", "aim", "seek", "try",
            "attempt", "propose", "threaten", "promise", "vow", "pledge", "wish", "prepare", "refuse", "fail", "decline",
            "offer", "agree", "need", "ask", "urge", "set", "schedule", "likely", "able", "going", "due", "about", "ready",
            "willing", "unable", "expected", "scheduled", "planned", "supposed");
    /** Words before an event noun that make it hypothetical or to come. */
    private static final Set<String> NOUN_MODALS = Set.of("possible", "potential", "proposed", "planned", "prospective",
            "hypothetical", "would-be", "upcoming", "future", "expected", "scheduled", "likely");
    /** Verbs of a journey, whose "for" names what the journey is for. */
    private static final Set<String> JOURNEYS = Set.of("arrive", "come", "travel", "fly", "land", "head", "go", "return",
            "leave", "depart", "sail", "drive", "gather", "convene", "invite", "summon", "set");
    /** Pronouns that name a person told before ("he said", "his visit"). */
    private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her", "him");
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "(", ")", "--", "-", "\u2013", "\u2014", "\"", "''", "``");

    private EventDetector() {
    }

    /** The event mentions of the sentences, in text order (offsets as in the sentences). */
    public static List<EventMention> detect(List<TaggedSentence> sentences, EventLexicon lexicon) {
        List<EventMention> out = new ArrayList<>();
        String antecedent = null;
        for (TaggedSentence s : sentences) {
            List<TaggedSentence.Word> w = s.words();
            String heOrShe = antecedent;
            for (int i = 0; i < w.size(); i++) {
                Pos pos = pos(w.get(i));
                if (pos == Pos.OTHER || !isWord(w.get(i).text())) {
                    continue;
                }
                String lemma = w.get(i).lemma();
                if (pos == Pos.VERB && w.get(i).pos().equals("AUX")) {
                    continue;
                }
                boolean event = lexicon.isEvent(pos, lemma)
                        || pos == Pos.NOUN && lexicon.rate(pos, lemma) >= EventLexicon.THRESHOLD && eventiveUse(w, i);
                if (!event || modifier(w, i) || notAnEvent(w, i, pos)) {
                    continue;
                }
                out.add(mention(s, i, pos, lexicon.eventClass(pos, lemma), heOrShe));
            }
            antecedent = subjectName(w).orElse(antecedent);
        }
        return out;
    }

    /** Support verbs, whose object noun names the event ("held talks", "paid a visit", "made a decision"). */
    private static final Set<String> SUPPORT_VERBS = Set.of("hold", "make", "take", "give", "conduct", "stage", "pay", "undertake", "launch");
    /** Prepositions that place their object in time, so that it is an event ("during the talks", "after the meeting"). */
    private static final Set<String> TEMPORAL_PREPOSITIONS = Set.of("during", "after", "before", "since", "until", "till", "amid",
            "throughout", "following", "ahead");

    /**
     * Whether a noun is used as an event, whatever its word's rate: the object of a support verb ("held talks"), of a
     * preposition that places it in time ("during the talks", "after the meeting") or the purpose of a journey
     * ("arrived for talks"), as the TimeML guidelines take such nominals for events.
     */
    static boolean eventiveUse(List<TaggedSentence.Word> w, int i) {
        int j = i - 1;
        while (j >= 0 && (w.get(j).pos().equals("DET") || w.get(j).pos().equals("ADJ") || w.get(j).pos().equals("NUM")
                || w.get(j).pos().equals("PROPN") || w.get(j).pos().equals("NOUN") || w.get(j).pos().equals("ADV")
                || w.get(j).text().equals("-") || w.get(j).pos().equals("PRON") && w.get(j).lower().matches("its|his|her|their|our|my|your"))) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        if (purpose(w, i)) {
            return true;
        }
        TaggedSentence.Word g = w.get(j);
        if (g.lower().equals("of") && j > 0) {
            return w.get(j - 1).lower().equals("ahead");
        }
        return g.pos().equals("VERB") && SUPPORT_VERBS.contains(g.lemma()) || TEMPORAL_PREPOSITIONS.contains(g.lower());
    }

    /** Participles used as prepositions ("including", "regarding"): they relate, they tell no happening. */
    private static final Set<String> DEVERBAL_PREPOSITIONS = Set.of("including", "excluding", "regarding", "concerning");
    /** Participles that are prepositions with the word after them ("compared with", "based in", "depending on"). */
    private static final Map<String, Set<String>> DEVERBAL_PREPOSITIONS_WITH = Map.of("compared", Set.of("with", "to"),
            "based", Set.of("in", "on", "at"), "depending", Set.of("on"));
    /** Nouns of time that follow an event noun without modifying it ("trading yesterday", "talks Tuesday"). */
    private static final Set<String> TIME_NOUNS = Set.of("yesterday", "today", "tomorrow", "tonight");

    /**
     * Whether a word the lexicon takes for an event is none by its use, as the TimeML guidelines annotate EVENTs: the
     * copula "be" (its predicate is the event), "going" of "going to" and "have" of "have to" (tense and modality
     * markers), participles used as prepositions ("including", "compared with", "based in", "following" after no
     * auxiliary), participles and nouns
     * that modify a noun rather than head their phrase ("the increased dividend", "N.J.-based", "market share": the
     * head is annotated, not its modifiers), possessives ("Telerate's") and capitalised words inside a sentence not in
     * title case, names the tagger took for words ("Holding PLC", "the Stock Exchange").
     */
    static boolean notAnEvent(List<TaggedSentence.Word> w, int i, Pos pos) {
        TaggedSentence.Word x = w.get(i);
        String l = x.lower();
        TaggedSentence.Word prev = i > 0 ? w.get(i - 1) : null;
        TaggedSentence.Word next = i + 1 < w.size() ? w.get(i + 1) : null;
        String after = next == null ? "" : next.lower();
        if (prev != null && !prev.pos().equals("PUNCT") && Character.isUpperCase(x.text().charAt(0)) && !titleCase(w)) {
            return true;
        }
        if (pos == Pos.NOUN) {
            return next != null && next.pos().equals("NOUN") && !TIME_NOUNS.contains(after) && isWord(next.text());
        }
        if (pos != Pos.VERB) {
            return false;
        }
        if (x.lemma().equals("be") || l.equals("going") && after.equals("to") || x.lemma().equals("have") && after.equals("to")) {
            return true;
        }
        if (DEVERBAL_PREPOSITIONS.contains(l) || DEVERBAL_PREPOSITIONS_WITH.getOrDefault(l, Set.of()).contains(after)
                || l.endsWith("'s") || l.endsWith("\u2019s")) {
            return true; // a possessive ("Telerate's") is a name, not a verb
        }
        if (l.equals("following") && (prev == null || !prev.pos().equals("AUX"))) {
            return true; // "following the vote", "following reports that": a preposition; "is following the trend" is a verb
        }
        Form form = form(x);
        if ((form == Form.PAST || form == Form.GERUND) && next != null
                && (next.pos().equals("NOUN") || next.pos().equals("PROPN") || next.pos().equals("ADJ"))) {
            if (prev == null) {
                return true; // "Operating profit dropped"
            }
            String p = prev.pos();
            boolean compound = prev.end() == x.start() && prev.text().endsWith("-");
            return compound || p.equals("DET") || p.equals("ADJ") || p.equals("NUM") || p.equals("ADP") && form == Form.PAST
                    || p.equals("NOUN") && form == Form.GERUND && next.pos().equals("NOUN"); // "bank holding companies"
        }
        return false;
    }

    /** Whether a sentence is a title in title case: none of its nouns, verbs and adjectives begins in lower case. */
    static boolean titleCase(List<TaggedSentence.Word> w) {
        boolean any = false;
        for (TaggedSentence.Word x : w) {
            if (x.pos().equals("NOUN") || x.pos().equals("VERB") || x.pos().equals("ADJ")) {
                if (!Character.isUpperCase(x.text().charAt(0))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * Whether a word in -ing stands between a determiner (or possessive) and a noun, as a modifier of that noun: "the
     * following year", "the operating system", "a leading maker" name no event.
     */
    static boolean modifier(List<TaggedSentence.Word> w, int i) {
        if (i == 0 || i + 1 >= w.size() || !w.get(i).lower().endsWith("ing")) {
            return false;
        }
        String before = w.get(i - 1).pos();
        String after = w.get(i + 1).pos();
        return (before.equals("DET") || before.equals("PRON") && w.get(i - 1).lower().matches("its|his|her|their|our|my|your"))
                && (after.equals("NOUN") || after.equals("PROPN"));
    }

    private static boolean isWord(String t) {
        return t.chars().anyMatch(Character::isLetter);
    }

    /** The event word class of a tagged word (proper nouns and function words are none). */
    public static Pos pos(TaggedSentence.Word w) {
        return switch (w.pos()) {
            case "VERB", "AUX" -> Pos.VERB;
            case "NOUN" -> Pos.NOUN;
            case "ADJ" -> Pos.ADJECTIVE;
            default -> Pos.OTHER;
        };
    }

    private static EventMention mention(TaggedSentence s, int i, Pos pos, EventClass cls, String heOrShe) {
        List<TaggedSentence.Word> w = s.words();
        TaggedSentence.Word word = w.get(i);
        Tense tense = Tense.NONE;
        Aspect aspect = Aspect.NONE;
        Polarity polarity = Polarity.POS;
        Optional<String> modality = Optional.empty();
        int clauseStart = clauseStart(w, i);
        if (pos == Pos.VERB) {
            // the verb group: auxiliaries, negations and adverbs right before the verb
            List<String> aux = new ArrayList<>();
            int j = i - 1;
            boolean to = false;
            while (j >= 0 && i - j <= 6) {
                TaggedSentence.Word p = w.get(j);
                String l = p.lower();
                if (p.pos().startsWith("AUX") && contracted(l) != null) {
                    // a negative contraction the tokenizer keeps whole ("wouldn't", "won't", "didn't")
                    aux.add(0, contracted(l));
                    polarity = Polarity.NEG;
                } else if (p.pos().equals("AUX") || MODALS.contains(l) || FUTURE.contains(l)) {
                    aux.add(0, l);
                } else if (NEGATIONS.contains(l)) {
                    polarity = Polarity.NEG;
                } else if (l.equals("to") && p.pos().equals("PART")) {
                    to = true;
                    break;
                } else if (!p.pos().equals("ADV")) {
                    break;
                }
                j--;
            }
            Form form = form(word);
            boolean hasHave = aux.stream().anyMatch(HAVE::contains) && (form == Form.PAST || aux.contains("been"));
            boolean progressive = form == Form.GERUND && aux.stream().anyMatch(BE::contains);
            aspect = hasHave && progressive ? Aspect.PERFECTIVE_PROGRESSIVE : hasHave ? Aspect.PERFECTIVE
                    : progressive ? Aspect.PROGRESSIVE : Aspect.NONE;
            String first = aux.isEmpty() ? null : aux.get(0);
            if (to) {
                tense = Tense.INFINITIVE;
                int toAt = j;
                modality = governor(w, toAt).or(() -> journeyBefore(w, toAt) ? Optional.of("to") : Optional.empty());
            } else if (first == null) {
                tense = switch (form) {
                    case PAST -> pastOrParticiple(w, i);
                    case GERUND -> Tense.PRESPART;
                    // "the opinion read", "state television broadcast footage": the present would end in -s
                    case BASE -> IrregularVerbs.pastBySubject(w, i) ? Tense.PAST : Tense.PRESENT;
                    default -> Tense.PRESENT;
                };
            } else if (FUTURE.contains(first)) {
                tense = Tense.FUTURE;
            } else if (MODALS.contains(first)) {
                tense = Tense.NONE;
                modality = Optional.of(first.equals("ca") ? "can" : first.equals("'d") ? "would" : first);
            } else if (PAST_AUX.contains(first) || BE_PAST.contains(first)) {
                tense = Tense.PAST;
            } else if (BE.contains(first) || HAVE.contains(first) || DO.contains(first)) {
                tense = first.equals("being") || first.equals("having") ? Tense.PRESPART : first.equals("been") ? Tense.PASTPART : Tense.PRESENT;
                if (first.equals("be") && j >= 0 && w.get(j).lower().equals("to")) {
                    tense = Tense.INFINITIVE;
                }
            }
            // "is going to visit", "was about to sign"
            if (to && j >= 1 && w.get(j - 1).lower().equals("going") && tense == Tense.INFINITIVE) {
                tense = Tense.FUTURE;
            }
        } else {
            for (int j = i - 1; j >= Math.max(clauseStart, i - 3); j--) {
                String l = w.get(j).lower();
                if (l.equals("no") || l.equals("without")) {
                    polarity = Polarity.NEG;
                }
                if (NOUN_MODALS.contains(l)) {
                    modality = Optional.of(l);
                }
            }
            if (modality.isEmpty() && pos == Pos.NOUN && purpose(w, i)) {
                modality = Optional.of("for");
            }
        }
        if (modality.isEmpty()) {
            for (int j = clauseStart; j < i; j++) {
                if (CONDITIONALS.contains(w.get(j).lower())) {
                    modality = Optional.of(w.get(j).lower());
                }
            }
        }
        return new EventMention(word.start(), word.end(), word.text(), word.lemma(), pos, cls, tense, aspect, polarity, modality,
                s.index(), s.start(), s.end(), participants(w, i, clauseStart, heOrShe));
    }

    /**
     * Whether an event noun is the purpose of a journey told before it in its sentence: "arrived on Tuesday for talks",
     * "flew to Rome for a summit" (the talks and the summit come after the arrival, and are planned when told).
     */
    static boolean purpose(List<TaggedSentence.Word> w, int i) {
        int j = i - 1;
        while (j >= 0 && (w.get(j).pos().equals("DET") || w.get(j).pos().equals("ADJ") || w.get(j).pos().equals("NUM")
                || w.get(j).pos().equals("NOUN") || w.get(j).pos().equals("PROPN") || w.get(j).text().equals("-"))) {
            j--;
        }
        if (j < 0 || !w.get(j).lower().equals("for")) {
            return false;
        }
        for (int k = j - 1; k >= 0; k--) {
            if (w.get(k).pos().equals("VERB")) {
                return JOURNEYS.contains(w.get(k).lemma());
            }
        }
        return false;
    }

    /** Whether the "to" at {@code toAt} follows a journey in its sentence ("arrived on Tuesday to meet"): a purpose. */
    private static boolean journeyBefore(List<TaggedSentence.Word> w, int toAt) {
        for (int k = toAt - 1; k >= 0; k--) {
            if (BREAKS.contains(w.get(k).text())) {
                return false;
            }
            if (w.get(k).pos().equals("VERB")) {
                return JOURNEYS.contains(w.get(k).lemma());
            }
        }
        return false;
    }

    /** The word that governs an infinitive ("plans" in "plans to visit"), when it makes it an intention. */
    private static Optional<String> governor(List<TaggedSentence.Word> w, int toAt) {
        for (int j = toAt - 1; j >= Math.max(0, toAt - 3); j--) {
            TaggedSentence.Word g = w.get(j);
            if (INTENTIONS.contains(g.lemma()) || INTENTIONS.contains(g.lower())) {
                return Optional.of(g.lemma());
            }
            if (!(g.pos().equals("ADV") || g.pos().equals("AUX") || g.pos().equals("PART"))) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The auxiliary of a negative contraction ("wouldn't": would, "won't": wo, "can't": ca), or null. */
    private static String contracted(String word) {
        String l = word.replace('\u2019', '\'');
        if (!l.endsWith("n't") || l.length() <= 3) {
            return null;
        }
        return switch (l) {
            case "won't" -> "wo";
            case "can't" -> "ca";
            default -> l.substring(0, l.length() - 3);
        };
    }

    /** A past form without auxiliary: past tense after a subject, participle after a noun it modifies ("the troops killed"). */
    private static Tense pastOrParticiple(List<TaggedSentence.Word> w, int i) {
        if (i > 0) {
            String p = w.get(i - 1).pos();
            String pl = w.get(i - 1).lower();
            if (p.equals("DET") || p.equals("ADP") || pl.equals("and") && i > 1 && w.get(i - 2).pos().equals("ADJ")) {
                return Tense.PASTPART;
            }
        }
        return Tense.PAST;
    }

    private enum Form { BASE, THIRD, GERUND, PAST }

    private static Form form(TaggedSentence.Word w) {
        String l = w.lower();
        if (l.equals(w.lemma())) {
            // the lemmatiser leaves many past forms as they are ("opposed", "divorced"); "need", "proceed" are bases
            return TenseDetector.isPastForm(l) && !l.endsWith("eed") ? Form.PAST : Form.BASE;
        }
        if (l.endsWith("ing")) {
            return Form.GERUND;
        }
        if (l.endsWith("s") && (l.equals(w.lemma() + "s") || l.equals(w.lemma() + "es")
                || w.lemma().endsWith("y") && l.equals(w.lemma().substring(0, w.lemma().length() - 1) + "ies"))) {
            return Form.THIRD;
        }
        return Form.PAST;
    }

    private static int clauseStart(List<TaggedSentence.Word> w, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (BREAKS.contains(w.get(j).text())) {
                return j + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(List<TaggedSentence.Word> w, int i) {
        for (int j = i + 1; j < w.size(); j++) {
            if (BREAKS.contains(w.get(j).text())) {
                return j;
            }
        }
        return w.size();
    }

    /**
     * The names (runs of proper nouns) of the event's clause, a "he", "she", "his" or "her" before the event standing for
     * the subject of its own sentence when one comes before it ({@link #subjectName}), else for {@code heOrShe} (the subject
     * of the latest earlier sentence that has one); when no name comes before the event in its clause, the sentence's
     * subject before it too (the subject a coordinated or following clause leaves out).
     */
    static List<String> participants(List<TaggedSentence.Word> w, int i, int clauseStart, String heOrShe) {
        Set<String> names = new LinkedHashSet<>();
        int end = clauseEnd(w, i);
        boolean before = false;
        for (int j = clauseStart; j < end; j++) {
            if (j < i && PERSONAL.contains(w.get(j).lower()) && w.get(j).pos().equals("PRON")) {
                // the subject of its own sentence when one comes before it ("When Apple CEO Steve Jobs first introduced
                // iPhone 4, he praised"), else the latest earlier sentence's
                Optional<String> who = subjectName(w.subList(0, j)).or(() -> Optional.ofNullable(heOrShe));
                if (who.isPresent()) {
                    names.add(who.get());
                    before = true;
                    continue;
                }
            }
            if (isName(w.get(j))) {
                int k = j;
                while (k + 1 < end && isName(w.get(k + 1))) {
                    k++;
                }
                if (k == j && calendarWord(w.get(j))) {
                    continue; // "on Tuesday", "in October": a time, not a participant
                }
                names.add(join(w, j, k));
                before |= j < i;
                j = k;
            }
        }
        if (!before) {
            Optional<String> subject = subjectName(w.subList(0, clauseStart));
            if (subject.isPresent()) {
                List<String> withSubject = new ArrayList<>();
                withSubject.add(subject.get());
                withSubject.addAll(names);
                return List.copyOf(new LinkedHashSet<>(withSubject));
            }
        }
        return List.copyOf(names);
    }

    /**
     * The subject's name of a sentence, whom a "he" or "she" of the next sentences names: the last run of proper nouns
     * before its first verb ("Apple Computer CEO and co-founder Steve Jobs gave" names Steve Jobs, the head of its
     * subject), not after a comma that follows one (an apposition: "Steve Jobs, the chief executive of Apple Inc.,
     * announced"), nor one after a preposition ("In Lisbon, Veld said") nor a lone weekday or month ("Monday's email").
     */
    static Optional<String> subjectName(List<TaggedSentence.Word> w) {
        String found = null;
        for (int j = 0; j < w.size(); j++) {
            TaggedSentence.Word x = w.get(j);
            if (x.pos().equals("VERB") || x.pos().equals("AUX") || found != null && x.text().equals(",")) {
                break;
            }
            if (isName(x)) {
                int k = j;
                while (k + 1 < w.size() && isName(w.get(k + 1))) {
                    k++;
                }
                boolean afterPreposition = j > 0 && w.get(j - 1).pos().equals("ADP");
                if (!afterPreposition && !(k == j && calendarWord(x))) {
                    found = join(w, j, k);
                }
                j = k;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether a word standing alone as a name is a weekday or month name, which the tagger calls a proper noun but
     * names a time ("May" is left out: alone it is as often Theresa May).
     */
    static boolean calendarWord(TaggedSentence.Word w) {
        String l = w.lower().replaceFirst("['\u2019]s$", ""); // "Monday's email"
        return English.WEEKDAYS.contains(l) || English.MONTHS.contains(l) && !l.equals("may");
    }

    private static boolean isName(TaggedSentence.Word w) {
        return w.pos().equals("PROPN") && Character.isUpperCase(w.text().charAt(0));
    }

    private static String join(List<TaggedSentence.Word> w, int from, int to) {
        StringBuilder b = new StringBuilder(w.get(from).text());
        for (int k = from + 1; k <= to; k++) {
            b.append(w.get(k).start() > w.get(k - 1).end() ? " " : "").append(w.get(k).text());
        }
        return b.toString();
    }
}
