package org.chronologer.spark;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.chronologer.ArticleDater;
import org.chronologer.ChronologyBuilder;
import org.chronologer.corpus.CorpusSimilarity;
import org.chronologer.corpus.CorpusWords;
import org.chronologer.corpus.SameHappening;
import org.chronologer.date.Dating;
import org.chronologer.date.LinkClues;
import org.chronologer.date.Reading;
import org.chronologer.event.EventTaggers;
import org.chronologer.extract.Extraction;
import org.chronologer.extract.Mention;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.extract.Workers;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.link.EventAnchorer;
import org.chronologer.model.Chronology;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.EventMention;
import org.chronologer.model.Evidence;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.read.Article;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;
import org.chronologer.read.NormalizedText;
import org.chronologer.read.html.WebPageReader;
import org.chronologer.tag.HeidelTimeDatePhrases;
import org.chronologer.write.ChronologyWriter;

/**
 * The work done for one article on an executor, with the calling thread's taggers ({@link #local()}: created once per
 * executor thread, on its first article, and reused by every partition that thread runs; HeidelTime takes seconds to
 * start). Each article is tagged once: what its reading drew (its evidence, its mentions) travels to the dating pass
 * as {@link Codec} text, and the siblings' evidence with it.
 *
 * <ul>
 *   <li>{@link #read}: parse its line, tag it with no publication date, read its dating evidence and weigh it alone;
 *       what the corpus steps need of it (its link clues, its words and their counts, its label words, its evidence
 *       and mentions encoded).</li>
 *   <li>{@link #date}: date it with its own evidence and the shareable evidence of the articles linked to it
 *       ({@link Dating#withLinked}), resolve its mentions, find its event mentions and place them
 *       ({@link EventAnchorer}); its rows of the articles, mentions, errors and conflicts tables, each the JSON node the
 *       single-machine chronology JSON has for it, and what merging and ordering need of it.</li>
 * </ul>
 */
final class ArticleWork {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() { };
    static final TypeReference<List<Mention>> MENTIONS = new TypeReference<>() { };
    static final TypeReference<Told> TOLD_ROW = new TypeReference<>() { };

    /** One set of taggers per executor thread, created on the thread's first article. */
    private static final ThreadLocal<ArticleWork> LOCAL = ThreadLocal.withInitial(ArticleWork::new);

    /** How many sets of taggers this JVM has created (for the test: one per executor thread, not one per partition). */
    static final AtomicInteger CREATED = new AtomicInteger();

    /**
     * How a set of taggers makes its extractor: HeidelTime, Natty and our patterns. A test on {@code local[N]} (whose
     * executor threads are in its JVM) may put an extractor with taggers that fail on cue in its place; each thread's
     * taggers are made again when it changes.
     */
    static volatile java.util.function.Supplier<MentionExtractor> extractors = MentionExtractor::new;

    private final java.util.function.Supplier<MentionExtractor> madeBy;
    private final Dating dating;
    private final ArticleDater dater;
    private final EventTaggers events;
    /** Web pages read as the commands read them (the date phrases of pages not in English, the time budget). */
    private final WebPageReader pages = HeidelTimeDatePhrases.pageReader(ArticleDater.DEFAULT_ARTICLE_TIMEOUT);

    private ArticleWork() {
        this.madeBy = extractors;
        this.dating = new Dating(KnowledgeBase.defaults());
        this.dater = new ArticleDater(Workers.single(madeBy.get()), dating);
        this.events = new EventTaggers(1);
        CREATED.incrementAndGet();
    }

    /** The calling thread's taggers. */
    static ArticleWork local() {
        ArticleWork work = LOCAL.get();
        if (work.madeBy != extractors) {
            work = new ArticleWork();
            LOCAL.set(work);
        }
        return work;
    }

    /** One row of an output table: which table, where it sorts (phase, input order, place in the article), its JSON. */
    record Out(String table, int phase, long order, int sub, String json) {
    }

    /**
     * What the corpus steps need of one article, or why it is left out ({@code error}, a JSON node of the errors table:
     * the article failed; the other fields null), with the problems of reading its line ({@code problems}: JSON nodes
     * of the errors table, the line's warnings, or why it holds no article to date, when {@code id} is null too).
     */
    record Read(List<String> readProblems, String error, String id, SameHappening.Clues clues, String[] words, int[] counts,
                CorpusWords.OfText labelWords, String evidence, String mentions, List<String> problems, long spentNanos) {
    }

    /**
     * Reads one input line as the reader reads it ({@link ArticleReader#readJsonLine}: every check but the duplicate id):
     * the article's link clues, its words, its evidence and mentions; or why it has none.
     */
    Read read(String line, String source) {
        List<String> problems = new ArrayList<>();
        Article article = article(line, source, p -> problems.add(problem(p)));
        if (article == null) {
            return new Read(problems, null, null, null, null, null, null, null, null, null, 0);
        }
        try {
            Reading reading = dater.reading(article);
            PublicationEstimate alone = dater.alone(reading);
            SortedMap<String, Integer> counted = CorpusSimilarity.wordCounts(article.text());
            String[] words = counted.keySet().toArray(String[]::new);
            int[] counts = counted.values().stream().mapToInt(Integer::intValue).toArray();
            return new Read(problems, null, article.id(), LinkClues.words(reading).clues(alone), words, counts, CorpusWords.ofText(article.text()),
                    Codec.encode(reading.evidence()), Codec.encode(reading.mentions()), reading.extraction().problems(),
                    reading.spent().toNanos());
        } catch (ArticleDater.ArticleFailed f) {
            return new Read(problems, problem(f.problem()), null, null, null, null, null, null, null, null, 0);
        }
    }

    /** An article linked to the one dated: its id, the link's strength, its own evidence (encoded). */
    record Sibling(String id, double strength, String evidence) {
    }

    /**
     * Dates one article in its corpus: its rows of the articles, mentions, errors and conflicts tables, and its row of
     * what ordering needs (table {@code told}: its tellings, its publication day, the ids of its mentions by start).
     *
     * @param id       its id (the line's, or the name a duplicate id is read as)
     * @param siblings the articles linked to it, in input order
     * @param spentNanos the time its reading took, of its time budget
     */
    List<Out> date(String line, String source, String id, long order, String evidence, String mentions, List<String> problems,
                   List<Sibling> siblings, long spentNanos) {
        List<Out> out = new ArrayList<>();
        Article article = article(line, source, p -> { }).withId(id);
        try {
            List<Evidence> own = Codec.decode(evidence, EVIDENCE);
            Reading reading = new Reading(new Extraction(article, NormalizedText.of(article.text()), Codec.decode(mentions, MENTIONS), problems),
                    own, java.time.Duration.ofNanos(spentNanos));
            List<Dating.Linked> linked = new ArrayList<>();
            for (Sibling s : siblings) {
                linked.add(new Dating.Linked(s.id(), s.strength(), Codec.decode(s.evidence(), EVIDENCE)));
            }
            DatedArticle dated = dater.dated(reading, dating.withLinked(own, linked));
            rows(dated, order, out);
            List<EventMention> told = events.with(t -> t.events(article.text()));
            out.add(new Out(ChronologyJob.TOLD, 0, order, 0, toldRow(dated, EventAnchorer.anchor(dated, told))));
            ChronologyBuilder.declaredConflict(dated)
                    .ifPresent(c -> out.add(new Out(ChronologyJob.CONFLICTS, 1, order, 0, ChronologyWriter.conflictNode(c).toString())));
        } catch (ArticleDater.ArticleFailed f) {
            out.add(new Out(ChronologyJob.ERRORS, 1, order, 0, problem(f.problem())));
        }
        return out;
    }

    /** What ordering needs of a dated article: its tellings, its publication day, the ids of its mentions by start. */
    private static String toldRow(DatedArticle dated, EventAnchorer.Told told) {
        Map<Integer, String> ids = new TreeMap<>();
        for (int i = 0; i < dated.mentions().size(); i++) {
            ids.putIfAbsent(dated.mentions().get(i).start(), ChronologyWriter.mentionId(dated.article().id(), i));
        }
        LocalDate publication = dated.article().declared().orElse(dated.published().best());
        return Codec.encode(new Told(dated.article().id(), publication, told, ids));
    }

    /**
     * What ordering needs of one article.
     *
     * @param id          the article's id
     * @param publication its publication day (declared, else its best day)
     * @param told        its tellings and their relations
     * @param mentionIds  the id of its first mention at each start
     */
    record Told(String id, LocalDate publication, EventAnchorer.Told told, Map<Integer, String> mentionIds) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode a = (ObjectNode) tree.get("articles").get(0);
        out.add(new Out(ChronologyJob.ARTICLES, 0, order, 0, a.toString()));
        int k = 0;
        for (JsonNode m : tree.get("mentions")) {
            out.add(new Out(ChronologyJob.MENTIONS, 0, order, k++, m.toString()));
        }
        k = 0;
        for (JsonNode e : tree.get("errors")) {
            out.add(new Out(ChronologyJob.ERRORS, 2, order, k++, e.toString()));
        }
    }

    /** The article of a line as the reader reads it, or null when it has none to date; its problems told. */
    private Article article(String line, String source, java.util.function.Consumer<InputProblem> problems) {
        List<Article> got = new ArrayList<>(1);
        ArticleReader.readJsonLine(line, source, ArticleReader.DEFAULT_MAX_BYTES, pages, got::add, problems);
        return got.isEmpty() ? null : got.get(0);
    }

    static String problem(InputProblem p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("source", p.source());
        n.put("message", p.message());
        n.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
        return n.toString();
    }
}
