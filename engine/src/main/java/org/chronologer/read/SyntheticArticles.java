package org.chronologer.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * New articles built from the sentences of real ones, for benchmarks and for tests of a corpus larger than the
 * fixtures: each of 8 to 30 sentences (or a range given) drawn at random (seeded: the same articles, size and seed always give the same
 * lines), dated like the article its first sentence comes from (undated when that one is). {@code bench-corpus
 * --synthetic} writes them.
 */
public final class SyntheticArticles {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?]['\"”]?)\\s+(?=[\\p{Lu}\"“`])");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SyntheticArticles() {
    }

    /** One sentence of a real article, with that article's declared date if it has one. */
    private record Sentence(String published, String text) {
    }

    /**
     * {@code n} JSON lines ({@code {"id": "synthetic-K", "text", "published"?}}) built from the sentences of the articles.
     *
     * @throws IllegalArgumentException if the articles hold no sentence
     */
    public static List<String> jsonLines(List<Article> articles, int n, long seed) {
        return jsonLines(articles, n, seed, 8, 30);
    }

    /**
     * {@code n} JSON lines of {@code fewest} to {@code most} sentences each (a smaller corpus for tests).
     *
     * @throws IllegalArgumentException if the articles hold no sentence, or the range is empty
     */
    public static List<String> jsonLines(List<Article> articles, int n, long seed, int fewest, int most) {
        Objects.requireNonNull(articles, "articles");
        if (fewest < 1 || most < fewest) {
            throw new IllegalArgumentException("sentences per article must be a range from at least 1, not " + fewest + ".." + most);
        }
        List<Sentence> sentences = sentences(articles);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentence of over 20 characters in " + articles.size() + " article(s)");
        }
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ObjectNode a = JSON.createObjectNode();
            int length = fewest + random.nextInt(most - fewest + 1);
            Sentence first = sentences.get(random.nextInt(sentences.size()));
            StringBuilder text = new StringBuilder(first.text());
            for (int k = 1; k < length; k++) {
                text.append(' ').append(sentences.get(random.nextInt(sentences.size())).text());
            }
            a.put("id", "synthetic-" + (i + 1));
            a.put("text", text.toString());
            if (first.published() != null) {
                a.put("published", first.published());
            }
            try {
                out.add(JSON.writeValueAsString(a));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** Every sentence of the articles with its article's date. */
    private static List<Sentence> sentences(List<Article> articles) {
        List<Sentence> out = new ArrayList<>();
        for (Article a : articles) {
            String published = a.declared().map(Object::toString).orElse(null);
            // a sentence ends at '.', '!' or '?' before a capital; line breaks inside a sentence are kept out
            for (String s : SENTENCE_END.split(a.text().strip().replaceAll("\\s+", " "))) {
                if (s.length() > 20) {
                    out.add(new Sentence(published, s));
                }
            }
        }
        return out;
    }
}
