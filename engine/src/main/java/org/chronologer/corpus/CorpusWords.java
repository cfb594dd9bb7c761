package org.chronologer.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.chronologer.corpus.CorpusSimilarity;
import org.chronologer.text.Words;

/**
 * The words of a corpus's articles that episode labels are made of, kept so that the texts need not be: for each
 * article (numbered as in the corpus) its content words and those of them it writes with a capital (names), as
 * ids into one vocabulary, and in how many articles each word occurs. Immutable.
 */
public final class CorpusWords {

    /** The shortest word written with a capital ("Lowmoor", "Castra") that counts as a name, double in a label. */
    private static final int MIN_NAME_LENGTH = 4;

    private final List<String> vocabulary;
    private final int[][] content;
    private final int[][] names;
    private final int[] documentFrequency;

    private CorpusWords(List<String> vocabulary, int[][] content, int[][] names, int[] documentFrequency) {
        this.vocabulary = vocabulary;
        this.content = content;
        this.names = names;
        this.documentFrequency = documentFrequency;
    }

    /**
     * One text's words as {@link #of} reads them: its content words, and those of them written with a capital that are
     * long enough to count as names (for a corpus that is not in one place).
     */
    public record OfText(java.util.SortedSet<String> content, java.util.SortedSet<String> names) {
    }

    /** One text's content words and names, as {@link #of} reads each text. */
    public static OfText ofText(String text) {
        java.util.SortedSet<String> words = new TreeSet<>();
        java.util.SortedSet<String> capitalised = new TreeSet<>();
        Words.each(text, w -> {
            if (CorpusSimilarity.isContentWord(w.word())) {
                words.add(w.word());
                if (w.capitalised() && w.word().length() >= MIN_NAME_LENGTH) {
                    capitalised.add(w.word());
                }
            }
        });
        return new OfText(words, capitalised);
    }

    /** The words of the texts, indexed as given. */
    public static CorpusWords of(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        Map<String, Integer> ids = new HashMap<>();
        List<String> vocabulary = new ArrayList<>();
        int n = texts.size();
        int[][] content = new int[n][];
        int[][] names = new int[n][];
        for (int i = 0; i < n; i++) {
            OfText read = ofText(texts.get(i));
            Set<String> words = read.content();
            Set<String> capitalised = read.names();
            content[i] = words.stream().mapToInt(w -> ids.computeIfAbsent(w, x -> {
                vocabulary.add(x);
                return vocabulary.size() - 1;
            })).sorted().toArray();
            names[i] = capitalised.stream().mapToInt(ids::get).sorted().toArray();
        }
        int[] df = new int[vocabulary.size()];
        for (int[] words : content) {
            for (int id : words) {
                df[id]++;
            }
        }
        return new CorpusWords(List.copyOf(vocabulary), content, names, df);
    }

    /** The number of articles. */
    public int size() {
        return content.length;
    }

    /** The ids of article {@code i}'s content words, ascending. */
    public int[] content(int i) {
        return content[i];
    }

    /** The ids of the content words (of any article) that article {@code i} writes with a capital, ascending. */
    public int[] names(int i) {
        return names[i];
    }

    /** The word with this id. */
    public String word(int id) {
        return vocabulary.get(id);
    }

    /** In how many articles the word with this id is a content word. */
    public int documentFrequency(int id) {
        return documentFrequency[id];
    }

    @Override
    public String toString() {
        return "CorpusWords[" + content.length + " articles, " + vocabulary.size() + " words, "
                + Arrays.stream(content).mapToLong(c -> c.length).sum() + " occurrences]";
    }
}
