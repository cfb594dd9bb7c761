package org.chronologer.date;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.chronologer.corpus.CorpusSimilarity;
import org.chronologer.corpus.SameHappening;
import org.chronologer.date.rule.NamedEventRule;
import org.chronologer.extract.Mention;
import org.chronologer.interpret.Shift;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.model.Evidence;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.text.Sentences;

/** What an article read for its date offers for finding the articles that tell the same happening. */
public final class LinkClues {
    private LinkClues() {
    }

    /**
     * The words of an article that linking compares, without its window.
     *
     * @param text           its normalised text, for the TF-IDF cosine
     * @param datedSentences the content words of each sentence holding a day-level publication-relative mention
     * @param datedBy        the known events it dates itself by (an anniversary of, an occurrence of)
     * @param about          every known event its evidence is about
     */
    public record Words(String text, List<Set<String>> datedSentences, Set<String> datedBy, Set<String> about) {
        public Words {
            Objects.requireNonNull(text, "text");
            datedSentences = datedSentences.stream().map(s -> (Set<String>) new TreeSet<>(s)).toList();
            datedBy = new TreeSet<>(datedBy);
            about = new TreeSet<>(about);
        }

        /** The clues for linking, with the range of days the article's own evidence allows. */
        public SameHappening.Clues clues(PublicationEstimate alone) {
            return new SameHappening.Clues(text, datedSentences, datedBy, about, alone.plausibleEarliest(), alone.plausibleLatest());
        }
    }

    /** The clues of the articles read, each with the range its own evidence allows. */
    static List<SameHappening.Clues> of(List<Reading> readings, List<PublicationEstimate> alone) {
        List<SameHappening.Clues> clues = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            clues.add(words(readings.get(i)).clues(alone.get(i)));
        }
        return clues;
    }

    /** The words of an article read for its date. */
    public static Words words(Reading r) {
        return new Words(r.text().text(), datedSentences(r), specificIn(r.evidence()), mentioned(r.evidence()));
    }

    /** The known events an article dates itself by: an anniversary of, an occurrence of. */
    private static Set<String> specificIn(List<Evidence> evidence) {
        Set<String> out = new TreeSet<>();
        for (Evidence e : evidence) {
            if ((e.rule().equals(NamedEventRule.ANNIVERSARY) || e.rule().equals(NamedEventRule.ORDINAL)) && e.about().isPresent()) {
                out.add(e.about().get());
            }
        }
        return out;
    }

    private static Set<String> mentioned(List<Evidence> evidence) {
        Set<String> out = new TreeSet<>();
        evidence.forEach(e -> e.about().ifPresent(out::add));
        return out;
    }

    /**
     * The content words of each sentence that holds a day-level publication-relative mention, once a sentence (the
     * links read the best match of two articles' sentences, so a sentence of many such mentions counts as one).
     */
    private static List<Set<String>> datedSentences(Reading r) {
        List<Set<String>> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        String text = r.article().text();
        for (Mention m : r.mentions()) {
            if (m.symbolic() instanceof SymbolicValue.PublicationRelative p && isDayLevel(p.shift())) {
                int start = Sentences.start(text, m.start());
                int end = Sentences.end(text, m.end());
                if (seen.add(((long) start << 32) | end)) {
                    out.add(CorpusSimilarity.contentWords(text.substring(start, end)));
                }
            }
        }
        return out;
    }

    private static boolean isDayLevel(Shift s) {
        Shift base = s instanceof Shift.PartOfDay pd ? pd.day() : s;
        return base instanceof Shift.Weekday || base instanceof Shift.Days;
    }
}
