package org.chronologer.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronologer.ArticleDater;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Chronology;
import org.chronologer.model.DatedArticle;
import org.chronologer.read.Article;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;
import org.chronologer.write.ChronologyWriter;

/**
 * The work done for one article on an executor: parse its line, tag and date it on its own evidence, and give the
 * rows of the output tables it fills (its article row, its mentions, its errors), each as the JSON node the
 * single-machine chronology JSON has for it. The date is the article's own ({@link ArticleDater#dateAlone}): the
 * evidence articles share along their links is not yet brought to it (see {@link ChronologyJob}).
 *
 * <p>The taggers are those of the calling thread ({@link #local()}): created once per executor thread, on first use,
 * and reused by every partition that thread runs (HeidelTime takes seconds to start).
 */
final class ArticleWork {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One set of taggers per executor thread, created on the thread's first article. */
    private static final ThreadLocal<ArticleWork> LOCAL = ThreadLocal.withInitial(ArticleWork::new);

    /** How many sets of taggers this JVM has created (for the test: one per executor thread, not one per partition). */
    static final java.util.concurrent.atomic.AtomicInteger CREATED = new java.util.concurrent.atomic.AtomicInteger();

    private final ArticleDater dater;

    private ArticleWork() {
        MentionExtractor extractor = new MentionExtractor();
        this.dater = new ArticleDater(extractor, KnowledgeBase.defaults());
        CREATED.incrementAndGet();
    }

    /** The calling thread's taggers. */
    static ArticleWork local() {
        return LOCAL.get();
    }

    /** One row of an output table: which table, where it sorts (input order, then place in the article), its JSON. */
    record Out(String table, long order, int sub, String json) {
    }

    /** The rows one input line gives; a line that cannot be read or an article that fails gives an error row. */
    List<Out> work(String line, String source, long order) {
        List<Out> out = new ArrayList<>();
        Article article;
        try {
            article = ArticleReader.parseJsonLine(line, source);
        } catch (IllegalArgumentException e) {
            out.add(new Out(ChronologyJob.ERRORS, order, 0, problem(new InputProblem(source, e.getMessage()))));
            return out;
        }
        if (article.text().isBlank()) {
            out.add(new Out(ChronologyJob.ERRORS, order, 0, problem(InputProblem.skipped(source,
                    article.text().isEmpty() ? "empty: no text to read" : "only white space: no text to read"))));
            return out;
        }
        DatedArticle dated;
        try {
            dated = dater.dateAlone(article);
        } catch (ArticleDater.ArticleFailed f) {
            out.add(new Out(ChronologyJob.ERRORS, order, 0, problem(f.problem())));
            return out;
        }
        // the writer's own nodes for this article: a chronology of one article, written, and its parts taken apart
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
        return out;
    }

    private static String problem(InputProblem p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("source", p.source());
        n.put("message", p.message());
        n.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
        return n.toString();
    }
}
