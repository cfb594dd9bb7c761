package org.chronologer.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.chronologer.ChronologyBuilder;
import org.chronologer.link.EventAnchorer;
import org.chronologer.link.EventMerger;
import org.chronologer.model.Conflict;
import org.chronologer.model.Event;
import org.chronologer.model.Relation;
import org.chronologer.write.ChronologyWriter;

/**
 * Merging and ordering the events episode by episode, as {@link ChronologyBuilder#orderByEpisode} does, in three steps:
 * <ol>
 *   <li>the articles of one episode are grouped to one task (a shuffle on the episode), where what they told (their
 *       tellings and relations, their publication days: a few hundred bytes an article, no text) is merged
 *       ({@link EventMerger#merge}) to find where each of its events sits ({@link EventMerger.Place});</li>
 *   <li>the places of all events are sorted (a range-partitioned sort) and numbered ({@code zipWithIndex}): the events'
 *       ids, e1, e2, ... in chronological order across the episodes;</li>
 *   <li>each episode again in one task, with its events' numbers: merged, renumbered and ordered
 *       ({@link ChronologyBuilder#order(EventMerger.Result, Map)}).</li>
 * </ol>
 * An episode's work is one task: a corpus of one giant episode is one task, as it is one merge in the engine.
 */
final class Ordering {

    private Ordering() {
    }

    private static final StructType PLACE = new StructType()
            .add("k", DataTypes.LongType, false)
            .add("i", DataTypes.IntegerType, false)
            .add("day", DataTypes.LongType, false)
            .add("rank", DataTypes.IntegerType, false)
            .add("latest", DataTypes.LongType, false)
            .add("article", DataTypes.StringType, false)
            .add("start", DataTypes.IntegerType, false)
            .add("episode", DataTypes.StringType, false);

    /** A row of step 3's input: an event's number (kind 0, order i) or an article's tellings (kind 1, its order). */
    private static final StructType STEP = new StructType()
            .add("k", DataTypes.LongType, false)
            .add("kind", DataTypes.IntegerType, false)
            .add("order", DataTypes.LongType, false)
            .add("json", DataTypes.StringType, true)
            .add("episode", DataTypes.StringType, false)
            .add("number", DataTypes.LongType, false);

    /**
     * The rows of the events, relations and conflicts tables (ChronologyJob.OUT).
     *
     * @param told      (order, json): each dated article's {@link ArticleWork.Told}
     * @param ofArticle (order, episode, k): each article's episode and the episode's place among the episodes
     */
    static Dataset<Row> rows(SparkSession spark, Dataset<Row> told, Dataset<Row> ofArticle) {
        Dataset<Row> tellings = told.join(ofArticle, "order")
                .select(col("k"), lit(1).as("kind"), col("order"), col("json"), col("episode"), lit(0L).as("number"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        // 1: where each episode's events sit
        JavaRDD<Row> placed = byEpisode(tellings).javaRDD().mapPartitions(in -> episodes(in, Ordering::places));
        // computed once: the sort below reads its input twice (to sample the range of its keys, then to sort), and each
        // read would merge every episode again (a corpus that is one story is one task's merge each time)
        Dataset<Row> places = spark.createDataFrame(placed, PLACE).persist(StorageLevel.MEMORY_AND_DISK());
        places.count();
        // 2: numbered in chronological order across the episodes
        JavaRDD<Row> numbered = places
                .orderBy(col("day"), col("rank"), col("latest").desc(), col("article"), col("start"), col("k"), col("i"))
                .javaRDD().zipWithIndex()
                .map(t -> RowFactory.create(t._1().getLong(0), 0, (long) t._1().getInt(1), null, t._1().getString(7), t._2() + 1));
        // 3: each episode merged again, numbered and ordered
        JavaRDD<Row> rows = byEpisode(spark.createDataFrame(numbered, STEP).union(tellings)).javaRDD()
                .mapPartitions(in -> episodes(in, Ordering::order));
        // an episode's rows are in its one partition: spread them, so that no later stage reads a large episode's
        // events and relations in one task
        return spark.createDataFrame(rows, ChronologyJob.OUT).repartition(partitions(spark));
    }

    /** The session's number of shuffle partitions (the job sets it to its number of partitions). */
    private static int partitions(SparkSession spark) {
        return Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    }

    /** The rows of each episode in one partition, one episode after another: its numbers, then its articles in input order. */
    private static Dataset<Row> byEpisode(Dataset<Row> steps) {
        return steps.repartition(col("k")).sortWithinPartitions(col("k"), col("kind"), col("order"));
    }

    /** What the articles of one episode told, read from its rows, with its events' numbers when step 2 gave them. */
    private record Episode(long k, String id, List<Integer> numbers, List<EventAnchorer.Told> told, Map<String, LocalDate> publication,
                           Map<String, Map<Integer, String>> mentionIds) {
        EventMerger.Result merged() {
            return EventMerger.merge(told, publication);
        }
    }

    /** The work on one episode: the rows it gives. */
    private interface Work {
        List<Row> on(Episode e);
    }

    /** Applies the work to each episode of a partition whose rows are sorted by episode (k), kind and order. */
    private static Iterator<Row> episodes(Iterator<Row> in, Work work) {
        List<Row> out = new ArrayList<>();
        Episode current = null;
        while (in.hasNext()) {
            Row r = in.next();
            long k = r.getLong(0);
            if (current == null || current.k() != k) {
                if (current != null) {
                    out.addAll(work.on(current));
                }
                current = new Episode(k, r.getString(4), new ArrayList<>(), new ArrayList<>(), new TreeMap<>(), new HashMap<>());
            }
            if (r.getInt(1) == 0) {
                current.numbers().add(Math.toIntExact(r.getLong(5)));
                continue;
            }
            ArticleWork.Told t = Codec.decode(r.getString(3), ArticleWork.TOLD_ROW);
            current.told().add(t.told());
            current.publication().put(t.id(), t.publication());
            current.mentionIds().put(t.id(), t.mentionIds());
        }
        if (current != null) {
            out.addAll(work.on(current));
        }
        return out.iterator();
    }

    /** (k, i, place...) of each event of one episode's merge. */
    private static List<Row> places(Episode e) {
        List<Row> out = new ArrayList<>();
        List<EventMerger.Place> places = e.merged().places();
        for (int i = 0; i < places.size(); i++) {
            EventMerger.Place p = places.get(i);
            out.add(RowFactory.create(e.k(), i, p.day().toEpochDay(), p.rank(), p.latest().toEpochDay(), p.article(), p.start(), e.id()));
        }
        return out;
    }

    /**
     * The events of one episode at their numbers, its relations and conflicts after those of the episodes before it
     * (sorted by the episode's place k, then their place in the episode).
     */
    private static List<Row> order(Episode e) {
        EventMerger.Result merged = e.merged();
        int[] numbers = e.numbers().stream().mapToInt(Integer::intValue).toArray();
        ChronologyBuilder.Ordered ordered = ChronologyBuilder.order(merged.renumbered(numbers), e.publication());
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < ordered.events().size(); i++) {
            Event ev = ordered.events().get(i);
            out.add(RowFactory.create(ChronologyJob.EVENTS, 0, (long) numbers[i], 0, ChronologyWriter.eventNode(ev, e.mentionIds(), e.id()).toString()));
        }
        int i = 0;
        for (Relation r : ordered.relations()) {
            out.add(RowFactory.create(ChronologyJob.RELATIONS, 0, e.k(), i++, ChronologyWriter.relationNode(r).toString()));
        }
        i = 0;
        for (Conflict c : ordered.conflicts()) {
            out.add(RowFactory.create(ChronologyJob.CONFLICTS, 0, e.k(), i++, ChronologyWriter.conflictNode(c).toString()));
        }
        return out;
    }
}
