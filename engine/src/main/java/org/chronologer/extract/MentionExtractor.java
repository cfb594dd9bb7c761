package org.chronologer.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chronologer.interpret.ClauseTense;
import org.chronologer.interpret.Interpreter;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.interpret.TemporalPatterns;
import org.chronologer.interpret.Tense;
import org.chronologer.interpret.TenseDetector;
import org.chronologer.read.Article;
import org.chronologer.read.NormalizedText;
import org.chronologer.resolve.Resolution;
import org.chronologer.resolve.Resolver;
import org.chronologer.tag.HeidelTimeTagger;
import org.chronologer.tag.MentionMerger;
import org.chronologer.tag.NattyTagger;
import org.chronologer.tag.PatternTagger;
import org.chronologer.tag.TaggedSentence;
import org.chronologer.tag.TaggedSpan;
import org.chronologer.tag.TemporalTagger;
import org.chronologer.tag.TriggerDensity;
import org.chronologer.tag.WordTagger;
import org.chronologer.text.Sentences;
import org.chronologer.text.TimeBudget;

/**
 * The first half of the flow for one text: normalise, tag with every tagger, merge, interpret, resolve.
 *
 * <p>Holds its taggers; not thread-safe. Make one per worker thread and reuse it for many articles.
 */
public final class MentionExtractor implements AutoCloseable {

    private final List<TemporalTagger> taggers;
    /** OpenNLP's word tagger, for the tense of each mention's clause; made when first needed. */
    private WordTagger words;
    /** Whether a tagger failed inside its own code, which may have left it in a bad state. */
    private boolean damaged;

    /** Mentions interpreted between two looks at the article's time budget. */
    private static final int CHECK_EVERY = 64;

    /** An extractor with HeidelTime, our patterns and Natty. Takes a few seconds: HeidelTime starts up. */
    public MentionExtractor() {
        this(List.of(new HeidelTimeTagger(), ownPatterns(), new NattyTagger()));
    }

    /** Our own patterns' tagger: the phrases {@link TemporalPatterns} finds. */
    public static PatternTagger ownPatterns() {
        return new PatternTagger(TemporalPatterns.found().stream()
                .map(p -> new PatternTagger.Finder(p.name(), p.find().orElseThrow())).toList());
    }

    /** An extractor with the given taggers. */
    public MentionExtractor(List<TemporalTagger> taggers) {
        this.taggers = List.copyOf(taggers);
    }

    /** The mentions of a text and the problems met on the way (a tagger that failed, say). */
    public record Result(List<Mention> mentions, List<String> problems) {
        public Result {
            mentions = List.copyOf(mentions);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Every temporal expression of {@code text} (as the user gave it), resolved against {@code published} when
     * known. A tagger that fails is reported in {@link Result#problems()}; the others' mentions are kept.
     */
    public Result extract(String text, Optional<LocalDate> published) {
        Objects.requireNonNull(text, "text");
        return extract(NormalizedText.of(text), published, "the text");
    }

    /**
     * Every temporal expression of an article, resolved against {@code published} when known, with its normalised
     * text (see {@link #extract(String, Optional)}).
     */
    public Extraction extract(Article article, Optional<LocalDate> published) {
        NormalizedText normalized = NormalizedText.of(article.text());
        Result r = extract(normalized, published, "article '" + article.id() + "'");
        return new Extraction(article, normalized, r.mentions(), r.problems());
    }

    /**
     * The temporal expressions of some parts of an article (start and end offsets, in order, apart), resolved
     * against {@code published} when known: the taggers read the parts alone, as {@link NormalizedText#of(String,
     * List)} joins them, and the mentions' offsets are the article's.
     */
    public Extraction extract(Article article, List<int[]> parts, Optional<LocalDate> published) {
        NormalizedText normalized = NormalizedText.of(article.text(), parts);
        Result r = extract(normalized, published, "article '" + article.id() + "'");
        return new Extraction(article, normalized, r.mentions(), r.problems());
    }

    /** {@code name} names the text in a warning ("article 'a7'"). */
    private Result extract(NormalizedText normalized, Optional<LocalDate> published, String name) {
        Objects.requireNonNull(published, "published");
        String text = normalized.original();
        String t = normalized.text();
        List<TaggedSpan> spans = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<TriggerDensity.Region> dense = TriggerDensity.regions(t);
        if (!dense.isEmpty()) {
            problems.add(denseWarning(name, normalized, dense));
        }
        // the taggers read the text with its dense parts blanked out; offsets outside them are unchanged
        String tagged = TriggerDensity.masked(t, dense);
        for (TemporalTagger tagger : taggers) {
            try {
                for (TaggedSpan span : tagger.tag(tagged, published, List.copyOf(spans))) {
                    // a tagger's span must lie inside the text; anything else is the tagger's fault, not ours to report
                    if (span.end() <= t.length()) {
                        spans.add(span);
                    }
                }
            } catch (TimeBudget.Exceeded e) {
                throw e; // the article's time is up: nothing of it is kept
            } catch (RuntimeException | StackOverflowError | AssertionError e) {
                damaged = true;
                problems.add(tagger.name() + " failed on this text (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); the other taggers' mentions are kept");
            } catch (Error e) {
                // anything else a tagger throws is the article's failure (the caller's to report); the tagger may be
                // left in a bad state
                damaged = damaged || !(e instanceof VirtualMachineError);
                throw e;
            }
        }
        List<MentionMerger.Merged> merged = MentionMerger.merge(spans);
        List<Tense> tenses = new ArrayList<>(merged.size());
        Map<Integer, List<TaggedSentence>> sentences = new HashMap<>();
        for (MentionMerger.Merged m : merged) {
            tenses.add(tenseAt(t, m.span().start(), m.span().end(), sentences));
        }
        // equal values of this text kept once (covered texts, rules, tagger sets, readings): a text names the same few
        // dates, by the same few rules, many times over
        Map<Object, Object> shared = new HashMap<>();
        // the interpreter reads the same spans' tenses (a weekday's reading depends on it): found once, above
        List<SymbolicValue> symbolic = new ArrayList<>(merged.size());
        for (MentionMerger.Merged m : merged) {
            if (symbolic.size() % CHECK_EVERY == 0) {
                TimeBudget.check();
            }
            symbolic.add(shared(shared, Interpreter.interpret(m.span(), t, published, tenses.get(symbolic.size()))));
        }
        List<Resolution> resolutions = Resolver.resolveAll(symbolic, tenses, published);
        List<Mention> mentions = new ArrayList<>(merged.size());
        for (int i = 0; i < merged.size(); i++) {
            if (i % CHECK_EVERY == 0) {
                TimeBudget.check();
            }
            TaggedSpan s = merged.get(i).span();
            int start = normalized.toOriginal(s.start());
            int end = normalized.toOriginalEnd(s.end());
            Tense tense = tenses.get(i);
            mentions.add(new Mention(start, end, shared(shared, text.substring(start, end)), s.type(), symbolic.get(i), tense,
                    resolutions.get(i), shared(shared, Set.copyOf(merged.get(i).taggers())), shared(shared, s.rule())));
        }
        return new Result(mentions, problems);
    }

    /**
     * The tense of the clause governing {@code start..end} of {@code t}: read from its sentence's tagged words
     * ({@link ClauseTense}), else, when no verb of its clause is in reach, from the words around it
     * ({@link TenseDetector}). Each sentence is tagged once ({@code sentences}, by its start).
     */
    private Tense tenseAt(String t, int start, int end, Map<Integer, List<TaggedSentence>> sentences) {
        int sStart = Sentences.start(t, start);
        int sEnd = Math.max(Sentences.end(t, end), end);
        List<TaggedSentence> tagged = sentences.computeIfAbsent(sStart, k -> words().tagSentence(t, sStart, sEnd));
        for (TaggedSentence s : tagged) {
            if (s.end() > start && s.start() < end) {
                Tense tense = ClauseTense.of(s, t, start, end);
                if (tense != Tense.UNKNOWN) {
                    return tense;
                }
                break;
            }
        }
        return TenseDetector.tenseAt(t, start, end);
    }

    /** The word tagger, made when first needed (the first in a JVM loads OpenNLP's models: about two seconds). */
    private WordTagger words() {
        if (words == null) {
            words = new WordTagger();
        }
        return words;
    }

    /** The value of {@code shared} equal to {@code value}, which becomes that value when there is none. */
    @SuppressWarnings("unchecked")
    private static <T> T shared(Map<Object, Object> shared, T value) {
        return (T) shared.computeIfAbsent(value, v -> v);
    }

    /** The warning for the dense parts of a text, at their offsets in the text as given. */
    private static String denseWarning(String name, NormalizedText normalized, List<TriggerDensity.Region> dense) {
        List<String> where = new ArrayList<>();
        for (TriggerDensity.Region r : dense.subList(0, Math.min(3, dense.size()))) {
            TriggerDensity.Region original = new TriggerDensity.Region(normalized.toOriginal(r.start()), normalized.toOriginalEnd(r.end()),
                    r.words(), r.densest());
            where.add(original.describe());
        }
        if (dense.size() > where.size()) {
            where.add("and " + (dense.size() - where.size()) + " more");
        }
        return name + " is too dense with date, time and number words to be prose (a table, a list or generated text) at "
                + String.join("; ", where) + "; hardly any news is that dense (2 of 4,876 real articles, tables of figures), and the taggers did not read "
                + (dense.size() == 1 ? "that part" : "those parts");
    }

    /**
     * Whether a tagger of this extractor failed inside its own code since it was built: it may be left in a bad state,
     * so the workers replace such an extractor rather than lend it again.
     */
    public boolean damaged() {
        return damaged;
    }

    @Override
    public void close() {
        for (TemporalTagger t : taggers) {
            try {
                t.close();
            } catch (Exception e) {
                // closing is best effort
            }
        }
    }
}
