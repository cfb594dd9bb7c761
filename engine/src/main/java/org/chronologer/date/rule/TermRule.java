package org.chronologer.date.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.interpret.Tense;
import org.chronologer.interpret.TenseDetector;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.knowledge.KnownEvent;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;
import org.chronologer.text.English;
import org.chronologer.text.Sentences;

/**
 * A term of office ("her new term as France's president", "since his re-election"): the terms of the office
 * the sentence names (by country and office word, or by the holder's surname). With "first", "since" or
 * "after" the article is soon after a term's start; otherwise only after it.
 */
public final class TermRule implements EvidenceRule {

    public static final RuleId ID = RuleId.of("term");

    private static final Pattern TERM = Pattern.compile(
            "(?i)\\b(?:(?:his|her|a|the)\\s+(?:new|second|third|fourth|fifth|sixth|latest|current)\\s+(?:term|mandate)|re-?election|re-?elected|inauguration|inaugurated|sworn\\s+in)\\b");
    /** The ordinal of a term: "his third term". */
    private static final Pattern NTH_TERM = Pattern.compile("(?i)^(?:his|her)\\s+(second|third|fourth|fifth|sixth)\\s+(?:term|mandate)");
    /** A term still to be won: "seeking his second term", "his bid for a third term". */
    private static final Pattern SOUGHT = Pattern.compile("(?i)\\b(?:seek\\w*|win\\w*|bid|run|running|campaign\\w*|hopes?|secur\\w*|wants?)\\s+(?:\\w+\\s+)?$");
    /** "his first trip abroad since his re-election": the article is soon after the term began. */
    private static final Pattern RECENT_MARKER = Pattern.compile("(?i)\\b(?:first|newly|just)\\b[^.;]*\\bsince\\b|\\bnewly\\b|\\bjust\\b"
            + "|\\b(?:hours|days|a\\s+day|a\\s+week|weeks)\\s+(?:after|since|into)\\b");

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Evidence> collect(ArticleFacts facts) {
        List<Evidence> out = new ArrayList<>();
        String text = facts.text().text();
        Matcher m = TERM.matcher(text);
        List<KnownEvent> terms = null;
        Set<String> words = null;
        while (m.find()) {
            if (facts.inFurniture(m.start())) {
                continue;
            }
            if (terms == null) {
                // the terms, and the words a sentence may name them by (surnames, countries' words), once per article
                // not the seats of a court or chamber: hundreds of holders at once, whose surnames a sentence about a
                // leader's re-election or new term names for someone else ("Paul Volcker", "Rand Paul")
                terms = facts.knowledge().events().stream().filter(e -> e.isTerm() && !e.isSeat()).toList();
                words = new LinkedHashSet<>();
                for (KnownEvent e : terms) {
                    e.person().map(Countries::surname).ifPresent(words::add);
                    e.country().map(Countries::wordsOf).ifPresent(words::addAll);
                }
            }
            int sStart = Sentences.start(text, m.start());
            int sEnd = Sentences.end(text, m.end());
            String sentence = text.substring(sStart, sEnd);
            String lowerSentence = sentence.toLowerCase(Locale.ROOT);
            Set<String> named = Countries.wordsIn(sentence, words);
            // the terms the sentence points at best: by the holder's surname and by country and office word
            List<KnownEvent> chosen = new ArrayList<>();
            int bestFit = 1;
            for (KnownEvent e : terms) {
                boolean byName = e.person().map(Countries::surname).filter(named::contains).isPresent();
                boolean byOffice = e.country().filter(c -> Countries.wordsOf(c).stream().anyMatch(named::contains)).isPresent()
                        && e.office().map(o -> o.toLowerCase(Locale.ROOT)).filter(o -> Countries.OFFICE_WORDS.stream()
                                .anyMatch(w -> o.contains(w) && lowerSentence.contains(w))).isPresent();
                int fit = (byName ? 1 : 0) + (byOffice ? 1 : 0);
                if (fit > bestFit) {
                    chosen.clear();
                    bestFit = fit;
                }
                if (fit == bestFit) {
                    chosen.add(e);
                }
            }
            if (chosen.isEmpty()) {
                continue;
            }
            boolean recent = RECENT_MARKER.matcher(sentence).find();
            // "in his third term" is the third start of each chosen office ("seeking a second term" is not one yet)
            Matcher nth = NTH_TERM.matcher(m.group());
            boolean sought = SOUGHT.matcher(text.substring(Math.max(sStart, m.start() - 25), m.start())).find();
            int n = nth.find() && !sought ? English.ordinal(nth.group(1)).orElse(-1) : -1;
            List<LocalDate> starts = new ArrayList<>();
            for (KnownEvent e : chosen) {
                for (int i = 0; i < e.dates().size(); i++) {
                    if (n <= 0 || e.dates().size() < n || i == n - 1) {
                        starts.add(e.day(i));
                    }
                }
            }
            if (starts.isEmpty()) {
                continue;
            }
            int start = facts.text().toOriginal(m.start());
            int end = facts.text().toOriginalEnd(m.end());
            String who = chosen.stream().map(e -> e.person().orElse(e.name()) + e.office().map(o -> " (" + o + ")").orElse(""))
                    .distinct().sorted().reduce((a, b) -> a + ", " + b).orElse("");
            out.add(Evidence.of(facts.text().original().substring(start, end), start, end, ID,
                    new Cue(recent ? "term:recent" : "term", new Anchor.Spans(starts.stream().map(Anchor.Span::of).toList())),
                    "'" + m.group() + "'" + (recent ? " (just begun)" : "") + " of " + who + ": terms began "
                            + starts.stream().sorted().map(LocalDate::toString).toList()));
        }
        return out;
    }
}
