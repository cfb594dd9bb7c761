package org.chronologer.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.chronologer.text.Sentences;

/**
 * Splits a text into sentences and words and tags each word with its part of speech and lemma, with Apache
 * OpenNLP's English models. The sentences are the engine's ({@link Sentences}: lines are sentences of their own, as
 * headlines, captions and page furniture end without a full stop, and a full stop after an abbreviation ends none), so
 * that the events and the expressions of a text share them.
 *
 * <p>Holds OpenNLP's tagger instances, which are not thread-safe: one per worker thread, reused for many texts.
 * The models behind them are loaded once per JVM.
 */
public final class WordTagger {

    /** Lemmas remembered per instance (news repeats its words; OpenNLP's lemmatiser is slow). */
    static final int LEMMA_CACHE = 50_000;
    /** Longest sentence tagged, in words; longer runs (lists, tables) are cut into pieces of this size. */
    static final int MAX_WORDS = 120;

    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    private final Map<String, String> lemmaCache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > LEMMA_CACHE;
        }
    };

    /** A tagger over the shared models (the first one made in a JVM loads them: about two seconds). */
    public WordTagger() {
        this.tokenizer = new TokenizerME(LanguageModels.tokens());
        this.tagger = new POSTaggerME(LanguageModels.pos());
        this.lemmatizer = new LemmatizerME(LanguageModels.lemmas());
    }

    /** The sentences of {@code text}, tagged; offsets are into {@code text}. */
    public List<TaggedSentence> tag(String text) {
        List<TaggedSentence> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (lineEnd > lineStart && !text.substring(lineStart, lineEnd).isBlank()) {
                String line = text.substring(lineStart, lineEnd);
                int at = 0;
                while (at < line.length()) {
                    // the engine's sentences (text/Sentences: not after an abbreviation, "The Aug. 7 bombings"), each
                    // with the character that ends it, without the white space around
                    int end = Math.min(line.length(), Math.max(at, Sentences.end(line, at)) + 1);
                    int from = at;
                    while (from < end && Character.isWhitespace(line.charAt(from))) {
                        from++;
                    }
                    int to = end;
                    while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
                        to--;
                    }
                    if (to > from) {
                        tagSentence(text, lineStart + from, lineStart + to, out);
                    }
                    at = end;
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /**
     * The words of {@code text} from {@code start} to {@code end} (one sentence, found by the caller), tagged as one
     * sentence (in pieces of {@link #MAX_WORDS} words when longer); offsets are into {@code text}.
     */
    public List<TaggedSentence> tagSentence(String text, int start, int end) {
        List<TaggedSentence> out = new ArrayList<>();
        tagSentence(text, start, end, out);
        return out;
    }

    private void tagSentence(String text, int start, int end, List<TaggedSentence> out) {
        String s = text.substring(start, end);
        Span[] spans = tokenizer.tokenizePos(s);
        for (int from = 0; from < spans.length; from += MAX_WORDS) {
            int to = Math.min(spans.length, from + MAX_WORDS);
            String[] words = new String[to - from];
            for (int i = from; i < to; i++) {
                words[i - from] = spans[i].getCoveredText(s).toString();
            }
            String[] pos = tagger.tag(words);
            List<TaggedSentence.Word> tagged = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                tagged.add(new TaggedSentence.Word(start + spans[from + i].getStart(), start + spans[from + i].getEnd(), words[i],
                        pos[i], lemma(words[i], pos[i])));
            }
            if (!tagged.isEmpty()) {
                out.add(new TaggedSentence(out.size(), tagged.get(0).start(), tagged.get(tagged.size() - 1).end(), tagged));
            }
        }
    }

    /** The lemma of a content word (OpenNLP's lemmatiser, remembered); other words in lower case. */
    private String lemma(String word, String pos) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!(pos.equals("VERB") || pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("AUX"))) {
            return lower;
        }
        String key = pos + ' ' + lower;
        String cached = lemmaCache.get(key);
        if (cached != null) {
            return cached;
        }
        String lemma = Lemmas.check(lower, pos, lemmatizer.lemmatize(new String[] {lower}, new String[] {pos})[0]);
        lemmaCache.put(key, lemma);
        return lemma;
    }
}
