package org.chronologer.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.chronologer.ArticleDater;
import org.chronologer.corpus.CorpusSimilarity;
import org.chronologer.corpus.SameHappening;
import org.chronologer.date.CorpusPeriod;
import org.chronologer.date.Dating;
import org.chronologer.date.Reading;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Chronology;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.Evidence;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.read.Article;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;
import org.chronologer.write.ChronologyWriter;

/**
 * The work done for one article on an executor, with the calling thread's taggers ({@link #local()}: created once per
 * executor thread, on its first article, and reused by every partition that thread runs; HeidelTime takes seconds to
 * start).
 *
 * <ul>
 *   <li>{@link #read}: parse its line, tag it with no publication date, read its dating evidence and weigh it alone;
 *       what the corpus steps need of it (its link clues, its words and their counts, its own best day).</li>
 *   <li>{@link #date}: date it with its own evidence, the corpus period's prior and the shareable evidence of the
 *       articles linked to it at least {@link Dating#siblingLink()}, and resolve its mentions; its rows of the
 *       articles, mentions and errors tables, each the JSON node the single-machine chronology JSON has for it.</li>
 * </ul>
 */
final class ArticleWork {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One set of taggers per executor thread, created on the thread's first article. */
    private static final ThreadLocal<ArticleWork> LOCAL = ThreadLocal.withInitial(ArticleWork::new);

    /** How many sets of taggers this JVM has created (for the test: one per executor thread, not one per partition). */
    static final java.util.concurrent.atomic.AtomicInteger CREATED = new java.util.concurrent.atomic.AtomicInteger();

    private final ArticleDater dater;

    /**
     * The readings this thread made last, by input line: in the dating pass an article is read again, and each of its
     * strongly linked siblings too; articles that share siblings and land on the same thread read each once.
     */
    private final Map<String, Reading> recent = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Reading> eldest) {
            return size() > RECENT;
        }
    };
    /** How many readings a thread keeps (each holds its article's text and mentions). */
    private static final int RECENT = 256;

    private ArticleWork() {
        this.dater = new ArticleDater(new MentionExtractor(), KnowledgeBase.defaults());
        CREATED.incrementAndGet();
    }

    /** The calling thread's taggers. */
    static ArticleWork local() {
        return LOCAL.get();
    }

    /** One row of an output table: which table, where it sorts (input order, then place in the article), its JSON. */
    record Out(String table, long order, int sub, String json) {
    }

    /**
     * What the corpus steps need of one article, or why it is left out ({@code error}, a JSON node of the errors
     * table, the other fields then null).
     */
    record Read(String error, String id, LocalDate best, boolean tellsPeriod, SameHappening.Clues clues, String[] words,
                int[] counts, org.chronologer.corpus.CorpusWords.OfText labelWords) {
    }

    /** Reads one input line: the article's link clues, its words, its own estimate; or its error. */
    Read read(String line, String source) {
        Article article;
        try {
            article = parse(line, source);
        } catch (IllegalArgumentException e) {
            return failed(new InputProblem(source, e.getMessage()));
        }
        if (article == null) {
            return failed(InputProblem.skipped(source, "empty: no text to read"));
        }
        try {
            Reading reading = dater.reading(article);
            PublicationEstimate alone = dater.alone(reading);
            SortedMap<String, Integer> counted = CorpusSimilarity.wordCounts(article.text());
            String[] words = counted.keySet().toArray(String[]::new);
            int[] counts = counted.values().stream().mapToInt(Integer::intValue).toArray();
            return new Read(null, article.id(), alone.best(), CorpusPeriod.tells(alone), Dating.clues(reading, alone), words, counts,
                    org.chronologer.corpus.CorpusWords.ofText(article.text()));
        } catch (ArticleDater.ArticleFailed f) {
            return failed(f.problem());
        }
    }

    private static Read failed(InputProblem p) {
        return new Read(problem(p), null, null, false, null, null, null, null);
    }

    /** An article linked to the one dated: its input line and source, and the link's strength. */
    record Sibling(String line, String source, double strength) {
    }

    /**
     * Dates one article in its corpus: its rows of the articles, mentions and errors tables. Its siblings are read
     * again here (tagged again: their evidence holds functions, which do not travel between machines).
     *
     * @param siblings the articles linked to it, in input order
     */
    List<Out> date(String line, String source, long order, List<Sibling> siblings, CorpusPeriod period) {
        List<Out> out = new ArrayList<>();
        try {
            Reading reading = reading(line, source);
            Optional<Evidence> prior = period.evidenceFor(dater.alone(reading));
            List<Dating.Sibling> linked = new ArrayList<>();
            for (Sibling s : siblings) {
                if (s.strength() >= Dating.siblingLink()) {
                    linked.add(new Dating.Sibling(reading(s.line(), s.source()), s.strength()));
                }
            }
            DatedArticle dated = dater.dated(reading, Dating.evidence(reading, prior, linked));
            rows(dated, order, out);
        } catch (ArticleDater.ArticleFailed f) {
            out.add(new Out(ChronologyJob.ERRORS, order, 0, problem(f.problem())));
        }
        return out;
    }

    /** The reading of an input line, made again unless this thread made it lately. */
    private Reading reading(String line, String source) {
        String key = source + "\n" + line;
        Reading r = recent.get(key);
        if (r == null) {
            r = dater.reading(parse(line, source));
            recent.put(key, r);
        }
        return r;
    }

    /** The article's rows: the writer's own nodes, from a chronology of this one article taken apart. */
    private static void rows(DatedArticle dated, long order, List<Out> out) {
        String source = dated.article().source();
        List<InputProblem> warnings = dated.problems().stream().map(p -> InputProblem.warning(source, p)).toList();
        Chronology one = new Chronology(List.of(Chronology.Entry.of(dated)), List.of(), List.of(), List.of(), List.of(), warnings,
                Map.of(), Map.of());
        JsonNode tree;
        try {
            tree = JSON.readTree(ChronologyWriter.json(one));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ObjectNode a = (ObjectNode) tree.get("articles").get(0);
        out.add(new Out(ChronologyJob.ARTICLES, order, 0, a.toString()));
        int k = 0;
        for (JsonNode m : tree.get("mentions")) {
            out.add(new Out(ChronologyJob.MENTIONS, order, k++, m.toString()));
        }
        k = 0;
        for (JsonNode e : tree.get("errors")) {
            out.add(new Out(ChronologyJob.ERRORS, order, k++, e.toString()));
        }
    }

    /** The article of a line, or null when its text is blank (the reader skips it). */
    private static Article parse(String line, String source) {
        Article article = ArticleReader.parseJsonLine(line, source);
        return article.text().isBlank() ? null : article;
    }

    static String problem(InputProblem p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("source", p.source());
        n.put("message", p.message());
        n.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
        return n.toString();
    }
}
