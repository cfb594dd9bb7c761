package org.chronologer.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The content words of a text, as corpus similarity and episode labels count them: Lucene's standard tokeniser
 * (Unicode word breaks), lower case, possessives dropped ("Merkel's" is "merkel"), words of at least three characters
 * that begin with a letter, and no stop words ({@link #STOP}).
 */
public final class Words {

    /** Words too common in news to tell one text from another. */
    public static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "this", "from", "have", "has",
            "was", "were", "are", "its", "their", "his", "her", "they", "them", "which", "will", "would", "been", "also",
            "said", "says", "not", "but", "who", "what", "when", "where", "than", "then", "there", "these", "those",
            "into", "about", "after", "before", "over", "under", "between", "during", "while", "such", "other", "more",
            "most", "some", "any", "all", "both", "each", "can", "could", "may", "might", "should", "our", "out", "one",
            "two", "new", "year", "years");

    /** The shortest word counted. */
    static final int MIN_LENGTH = 3;

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, new CharArraySet(STOP, false));
            return new TokenStreamComponents(source, stream);
        }
    };

    private Words() {
    }

    /**
     * One content word of a text.
     *
     * @param word        the word, lower case
     * @param start       its first character in the text
     * @param end         its end (exclusive)
     * @param capitalised whether the text writes it with a capital (a name, most often)
     */
    public record Word(String word, int start, int end, boolean capitalised) {
    }

    /** The content words of {@code text}, in text order. */
    public static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        each(text, out::add);
        return out;
    }

    /**
     * Gives the content words of {@code text} to {@code action}, in text order, one at a time: for callers that count
     * or collect them, so that a long text's words are never all held at once.
     */
    public static void each(String text, Consumer<Word> action) {
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() >= MIN_LENGTH && Character.isLetter(term.charAt(0))) {
                    action.accept(new Word(term.toString(), offset.startOffset(), offset.endOffset(),
                            Character.isUpperCase(text.charAt(offset.startOffset()))));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String reader does not fail
        }
    }

    /** The distinct content words of {@code text}, in order of first appearance. */
    public static Set<String> distinct(String text) {
        Set<String> out = new LinkedHashSet<>();
        each(text, w -> out.add(w.word()));
        return out;
    }
}
