package org.chronologer.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chronologer.model.EventMention;
import org.chronologer.read.NormalizedText;
import org.chronologer.tag.TaggedSentence;
import org.chronologer.tag.WordTagger;
import org.chronologer.text.PageFurniture;

/**
 * The event mentions of an article's text: normalise it, tag its words ({@link WordTagger}), find its events
 * ({@link EventDetector}), leave out those on lines of page furniture ({@link PageFurniture}) and point every span
 * back into the text as given.
 *
 * <p>Holds a {@link WordTagger}: not thread-safe. One per worker thread (see {@link EventTaggers}).
 */
public final class EventTagger {

    private final WordTagger words;
    private final EventLexicon lexicon;

    /** A tagger with the engine's lexicon. */
    public EventTagger() {
        this(EventLexicon.engine());
    }

    /** A tagger with the given lexicon. */
    public EventTagger(EventLexicon lexicon) {
        this.words = new WordTagger();
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The sentences of a text, tagged (offsets into the normalised text). */
    public List<TaggedSentence> sentences(NormalizedText text) {
        return words.tag(text.text());
    }

    /** The event mentions of a text as given, in text order (offsets into it). */
    public List<EventMention> events(String text) {
        return events(text, List.of(lexicon)).get(0);
    }

    /** The event mentions of a text as given under each of the lexicons (the text tagged once), each list in text order. */
    public List<List<EventMention>> events(String text, List<EventLexicon> lexicons) {
        NormalizedText n = NormalizedText.of(Objects.requireNonNull(text, "text"));
        List<TaggedSentence> sentences = sentences(n);
        List<int[]> furniture = PageFurniture.spans(n.text());
        List<List<EventMention>> out = new ArrayList<>(lexicons.size());
        for (EventLexicon l : lexicons) {
            out.add(events(text, n, EventDetector.detect(sentences, l), furniture));
        }
        return out;
    }

    private static List<EventMention> events(String text, NormalizedText n, List<EventMention> found, List<int[]> furniture) {
        List<EventMention> out = new ArrayList<>(found.size());
        int f = 0;
        for (EventMention m : found) {
            while (f < furniture.size() && furniture.get(f)[1] <= m.start()) {
                f++;
            }
            if (f < furniture.size() && furniture.get(f)[0] <= m.start()) {
                continue; // page furniture is not news
            }
            int start = n.toOriginal(m.start());
            int end = n.toOriginalEnd(m.end());
            out.add(new EventMention(start, end, text.substring(start, end), m.lemma(), m.pos(), m.eventClass(), m.tense(),
                    m.aspect(), m.polarity(), m.modality(), m.sentence(), n.toOriginal(m.sentenceStart()),
                    n.toOriginalEnd(m.sentenceEnd()), m.participants()));
        }
        return out;
    }
}
