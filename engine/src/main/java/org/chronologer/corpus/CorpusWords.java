package org.chronologer.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.corpus.CorpusSimilarity;

/**
 * The words of a corpus's articles that episode labels are made of, kept so that the texts need not be: for each
 * article (numbered as in the corpus) its content words and those of them it writes with a capital (names), as
 * ids into one vocabulary, and in how many articles each word occurs. Immutable.
 */
public final class CorpusWords {

    /** A word written with a capital ("Lowmoor", "Castra"): a name, which counts double in a label. */
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}-]{3,}");

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

    /** The words of the texts, indexed as given. */
    public static CorpusWords of(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        Map<String, Integer> ids = new HashMap<>();
        List<String> vocabulary = new ArrayList<>();
        int n = texts.size();
        int[][] content = new int[n][];
        for (int i = 0; i < n; i++) {
            content[i] = CorpusSimilarity.contentWords(texts.get(i)).stream().sorted().mapToInt(w -> ids.computeIfAbsent(w, x -> {
                vocabulary.add(x);
                return vocabulary.size() - 1;
            })).sorted().toArray();
        }
        int[] df = new int[vocabulary.size()];
        for (int[] words : content) {
            for (int id : words) {
                df[id]++;
            }
        }
        int[][] names = new int[n][];
        for (int i = 0; i < n; i++) {
            Matcher m = CAPITALISED.matcher(texts.get(i));
            List<Integer> found = new ArrayList<>();
            while (m.find()) {
                Integer id = ids.get(m.group().toLowerCase(Locale.ROOT));
                if (id != null) {
                    found.add(id);
                }
            }
            names[i] = found.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
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
