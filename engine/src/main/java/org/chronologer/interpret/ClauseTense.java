package org.chronologer.interpret;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronologer.tag.IrregularVerbs;
import org.chronologer.tag.TaggedSentence;
import org.chronologer.tag.TaggedSentence.Word;

/**
 * The tense of the clause that governs a mention, read from the words of its sentence as OpenNLP tags them: the
 * verb group nearest before the mention in its sentence, else the first after it, neither across a quotation mark,
 * semicolon, colon, parenthesis or dash (a date inside a quotation is told in the quotation's tense, not in that of
 * "he said" outside it). Participles that open a phrase of their own ("beginning in 2014") are passed over.
 *
 * <p>A verb group's tense: "will", "shall", "'ll" and "would" point after the moment of writing, as do "could", "may",
 * "might", "should", "can" and "must" unless "have" follows ("may have met in 2010"); "was", "were", "had", "did"
 * point before it, "has" and "have" too (a perfect tells what happened); "is", "are", "do" and a verb's present form
 * tell the present; a past form without auxiliary the past, as does a base that is its own past after a singular
 * subject ("the council cut funds in 2009", {@link IrregularVerbs#pastBySubject}). A verb that says something is still to come ("expected",
 * "scheduled", "planned", "projected", "delayed", "hopes", "wants") points after it whatever its own tense ("scheduled
 * for launch in 2021"), as do the phrases {@link TenseDetector} reads as future ("is likely to", "is due to"). An
 * infinitive takes the tense of the verb it completes ("will continue to grow in 2014"). With no verb in reach, the
 * tense is {@link Tense#UNKNOWN}.
 */
public final class ClauseTense {

    private static final Set<String> WILL = Set.of("will", "shall", "'ll", "wo", "would");
    private static final Set<String> MODALS = Set.of("could", "might", "may", "should", "can", "must", "ca", "ought");
    private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did");
    private static final Set<String> PERFECT = Set.of("has", "have", "'ve");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    /** Words a clause does not extend across. */
    private static final Set<String> BREAKS = Set.of(";", ":", "(", ")", "[", "]", "--", "-", "\u2013", "\u2014", "\"", "''",
            "``", "\u201c", "\u201d");
    /**
     * Verbs that put what they govern after the moment they are told: in the present ("expects 1988 sales"), or as a
     * participle in the passive or right before its time ("was scheduled for 2021", "planned for 1988", "delayed
     * until 2015"); not told in the past with an object ("postponed a decision in 2011").
     */
    private static final Set<String> PROSPECTIVE = Set.of("schedule", "slate", "plan", "expect", "forecast", "predict",
            "project", "anticipate", "foresee", "intend", "delay", "postpone", "defer", "budget", "target", "earmark");
    /** Verbs whose infinitive is an intention: in the present it is still to come ("hopes to", "wants to"). */
    private static final Set<String> INTENTIONS = Set.of("plan", "intend", "want", "hope", "expect", "aim", "seek",
            "vow", "pledge", "promise", "prepare", "propose", "need", "schedule", "slate", "set", "agree", "threaten");
    /** Forms of "be", "have" and "do": auxiliaries whatever the tagger says when a verb follows. */
    private static final Set<String> AUXILIARY_VERBS = Set.of("be", "is", "are", "am", "was", "were", "been", "'s", "'re",
            "'m", "have", "has", "had", "'ve", "'d", "do", "does", "did");
    /** Forms of "be" (a passive). */
    private static final Set<String> BE = Set.of("be", "is", "are", "am", "was", "were", "been", "'s", "'re", "'m");
    /** Prospective verbs that move a time: "postponed in 2011" tells when it was moved. */
    private static final Set<String> DELAYS = Set.of("delay", "postpone", "defer");
    /** Prepositions a prospective participle puts its time after ("scheduled for", "delayed until"). */
    private static final Set<String> TOWARDS = Set.of("for", "until", "till", "to", "into", "through", "in");
    /** How many words an auxiliary may stand before its verb (adverbs and negations between). */
    private static final int GROUP = 6;

    private ClauseTense() {
    }

    /**
     * The tense governing the span {@code start..end} of the text {@code sentence} was tagged from, or
     * {@link Tense#UNKNOWN} when no verb of its clause is in reach.
     */
    public static Tense of(TaggedSentence sentence, String text, int start, int end) {
        List<Word> w = sentence.words();
        int first = -1;
        int last = -1;
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).end() > start && w.get(i).start() < end) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return Tense.UNKNOWN;
        }
        for (int i = first - 1; i >= 0 && !BREAKS.contains(w.get(i).text()); i--) {
            if (isHead(w, i)) {
                return groupTense(w, i, text, w.get(i).end(), start, 0);
            }
        }
        for (int i = last + 1; i < w.size() && !BREAKS.contains(w.get(i).text()); i++) {
            if (!isVerb(w.get(i)) || opensPhrase(w, i)) {
                continue;
            }
            // the group's last verb: past its auxiliaries, adverbs and negations ("will not continue")
            int h = i;
            for (int k = i + 1; k < w.size() && k - i <= GROUP && isAuxiliary(w.get(h)); k++) {
                Word x = w.get(k);
                if (isVerb(x)) {
                    h = k;
                } else if (!(x.pos().equals("ADV") || NEGATIONS.contains(x.lower()))) {
                    break;
                }
            }
            return groupTense(w, h, text, w.get(h).end(), Math.min(text.length(), w.get(h).end() + 12), 0);
        }
        return Tense.UNKNOWN;
    }

    private static boolean isVerb(Word x) {
        return x.pos().startsWith("VERB") || x.pos().startsWith("AUX");
    }

    private static boolean isAuxiliary(Word x) {
        String l = auxiliary(x);
        return WILL.contains(l) || MODALS.contains(l) || AUXILIARY_VERBS.contains(l);
    }

    /** A word in lower case, a negative contraction as its auxiliary ("wouldn't": would, "won't": will, "can't": can). */
    private static String auxiliary(Word x) {
        String l = x.lower().replace('\u2019', '\'');
        return switch (l) {
            case "won't" -> "will";
            case "can't" -> "can";
            case "shan't" -> "shall";
            default -> l.endsWith("n't") && l.length() > 3 ? l.substring(0, l.length() - 3) : l;
        };
    }

    /** Whether word {@code i} heads a verb group that can govern what follows (not a participle opening its own phrase). */
    private static boolean isHead(List<Word> w, int i) {
        return isVerb(w.get(i)) && !opensPhrase(w, i);
    }

    /**
     * A participle with no auxiliary after a comma or a noun ("..., beginning in 2014", "a fine beginning in 2014"), or
     * one after "being" or "having" ("from being nominated in 2008"): it has no tense of its own.
     */
    private static boolean opensPhrase(List<Word> w, int i) {
        Word x = w.get(i);
        if (x.lower().equals("being") || x.lower().equals("having")) {
            return true;
        }
        int j = i - 1;
        while (j >= 0 && (w.get(j).pos().equals("ADV") || NEGATIONS.contains(w.get(j).lower()))) {
            j--;
        }
        if (j >= 0 && (w.get(j).lower().equals("being") || w.get(j).lower().equals("having"))) {
            return true;
        }
        if (!x.pos().equals("VERB") || !x.lower().endsWith("ing")) {
            return false;
        }
        return j < 0 || !isAuxiliary(w.get(j));
    }

    /**
     * The tense of the verb group whose last word is {@code head}; {@code from..to} is the stretch of text after its verb
     * that the future phrases are looked for in.
     */
    private static Tense groupTense(List<Word> w, int head, String text, int from, int to, int depth) {
        Word h = w.get(head);
        int j = head - 1;
        String firstAux = null;
        boolean have = false;
        while (j >= 0 && head - j <= GROUP) {
            Word p = w.get(j);
            String l = auxiliary(p);
            if (isAuxiliary(p)) {
                firstAux = l;
                have |= l.equals("have") || l.equals("'ve");
            } else if (!(p.pos().equals("ADV") || NEGATIONS.contains(l))) {
                break;
            }
            j--;
        }
        int groupStart = w.get(j + 1).start();
        if (to > from && TenseDetector.futurePhrase(text.substring(Math.max(0, groupStart), Math.min(text.length(), to)))) {
            return Tense.FUTURE;
        }
        if (PROSPECTIVE.contains(h.lemma()) && prospective(w, head, firstAux)) {
            return Tense.FUTURE;
        }
        if (firstAux != null) {
            if (WILL.contains(firstAux)) {
                return Tense.FUTURE;
            }
            if (firstAux.equals("'d")) {
                return form(h) == Form.PAST ? Tense.PAST : Tense.FUTURE;
            }
            if (MODALS.contains(firstAux)) {
                return have ? Tense.PAST : Tense.FUTURE;
            }
            if (PAST_AUX.contains(firstAux) || PERFECT.contains(firstAux)) {
                return Tense.PAST;
            }
            if (firstAux.equals("to") || firstAux.equals("be") && j >= 0 && w.get(j).lower().equals("to")) {
                return infinitive(w, j, text, depth);
            }
            return Tense.PRESENT;
        }
        if (j >= 0 && w.get(j).lower().equals("to") && w.get(j).pos().equals("PART")) {
            return infinitive(w, j, text, depth);
        }
        String l = auxiliary(h);
        if (PAST_AUX.contains(l) || l.equals("been")) {
            return Tense.PAST;
        }
        if (PERFECT.contains(l) || l.equals("is") || l.equals("are") || l.equals("am") || l.equals("'s") || l.equals("'re")
                || l.equals("'m") || l.equals("do") || l.equals("does")) {
            return Tense.PRESENT;
        }
        if (WILL.contains(l)) {
            return Tense.FUTURE;
        }
        if (MODALS.contains(l)) {
            return Tense.FUTURE;
        }
        Form form = form(h);
        if (form == Form.BASE && head > 0 && isVerb(w.get(head - 1)) && !isAuxiliary(w.get(head - 1)) && depth < 3) {
            // a bare infinitive ("helped stabilize"): the tense of the verb before it
            return groupTense(w, head - 1, text, w.get(head - 1).end(), w.get(head - 1).end(), depth + 1);
        }
        return switch (form) {
            case PAST -> Tense.PAST;
            case GERUND -> Tense.UNKNOWN;
            case BASE -> IrregularVerbs.pastBySubject(w, head) ? Tense.PAST : Tense.PRESENT;
            default -> Tense.PRESENT;
        };
    }

    /**
     * Whether a prospective verb puts what it governs ahead: in the present or after a modal ("expects", "will plan"),
     * or as a participle (passive or not) right before the preposition of its time ("was scheduled for", "delayed
     * until"; not "was postponed at the weekend", "postponed a decision").
     */
    private static boolean prospective(List<Word> w, int head, String firstAux) {
        Form form = form(w.get(head));
        boolean modal = firstAux != null && (WILL.contains(firstAux) || MODALS.contains(firstAux));
        if (modal || firstAux == null && (form == Form.THIRD || form == Form.BASE)) {
            return true;
        }
        if (form != Form.PAST || head + 1 >= w.size() || firstAux != null && !BE.contains(firstAux)) {
            return false;
        }
        String next = w.get(head + 1).lower();
        return TOWARDS.contains(next) && !(DELAYS.contains(w.get(head).lemma()) && next.equals("in"));
    }

    /** The tense of an infinitive at "to" {@code toAt}: that of the verb it completes ("will continue to grow"). */
    private static Tense infinitive(List<Word> w, int toAt, String text, int depth) {
        if (depth >= 3) {
            return Tense.UNKNOWN;
        }
        // "plans to", "is due to", "aims to" (whatever the tagger made of "plans")
        int from = w.get(Math.max(0, toAt - 3)).start();
        if (TenseDetector.futurePhrase(text.substring(from, w.get(toAt).end()))) {
            return Tense.FUTURE;
        }
        for (int i = toAt - 1; i >= 0 && toAt - i <= 4 && !BREAKS.contains(w.get(i).text()) && !w.get(i).text().equals(","); i--) {
            Word g = w.get(i);
            if (isVerb(g)) {
                Tense governor = groupTense(w, i, text, g.end(), w.get(toAt).end(), depth + 1);
                // an intention told in the present is still to come ("hopes to", "wants to"); told in the past, it may
                // have come since ("sought to disrupt the 2016 election")
                if (governor == Tense.PRESENT && (INTENTIONS.contains(g.lemma()) || INTENTIONS.contains(g.lower()))) {
                    return Tense.FUTURE;
                }
                return governor;
            }
        }
        return Tense.UNKNOWN;
    }

    private enum Form { BASE, THIRD, GERUND, PAST }

    /**
     * A verb's form, from its word (a past form in -ed or an irregular one: the lemmatiser often leaves "opposed" as it
     * is) and its lemma.
     */
    private static Form form(Word x) {
        String l = x.lower();
        String lemma = x.lemma().toLowerCase(Locale.ROOT);
        if (l.endsWith("ing") && l.length() > 4) {
            return Form.GERUND;
        }
        if (TenseDetector.isPastForm(l)) {
            return Form.PAST;
        }
        if (l.equals(lemma)) {
            return Form.BASE;
        }
        if (l.endsWith("s") && (l.equals(lemma + "s") || l.equals(lemma + "es")
                || lemma.endsWith("y") && l.equals(lemma.substring(0, lemma.length() - 1) + "ies"))) {
            return Form.THIRD;
        }
        return Form.PAST;
    }
}
