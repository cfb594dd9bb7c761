package org.chronologer.spark;

import static org.apache.spark.sql.functions.col;

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
import org.chronologer.ChronologyBuilder;
import org.chronologer.episode.EpisodeFinder;
import org.chronologer.link.EventAnchorer;
import org.chronologer.model.Conflict;
import org.chronologer.model.Event;
import org.chronologer.model.Relation;
import org.chronologer.write.ChronologyWriter;

/**
 * Merging and ordering the events ({@link ChronologyBuilder#order(List, Map)}) from what each dated article told (its
 * tellings and their relations, its publication day: a few hundred bytes an article, no text), in one task: the
 * engine's merging compares tellings of the whole corpus (a telling of one episode merges with another's when their
 * times and names agree), its event ids follow the chronological order of the whole corpus, and its ordering graph
 * relates the intervals of all events and publication moments; split by episode it would give other events, ids and
 * relations than {@code timeline}. The one stage that runs on one task (README, On Apache Spark).
 */
final class Ordering {

    private Ordering() {
    }

    /**
     * The rows of the events, relations and conflicts tables (ChronologyJob.OUT).
     *
     * @param told      (order, json): each dated article's {@link ArticleWork.Told}
     * @param ofArticle (order, episode)
     */
    static Dataset<Row> rows(SparkSession spark, Dataset<Row> told, Dataset<Row> ofArticle) {
        JavaRDD<Row> rows = told.join(ofArticle, "order").select(col("order"), col("json"), col("episode"))
                .repartition(1).sortWithinPartitions(col("order")).javaRDD().mapPartitions(Ordering::order);
        return spark.createDataFrame(rows, ChronologyJob.OUT);
    }

    private static Iterator<Row> order(Iterator<Row> in) {
        List<EventAnchorer.Told> told = new ArrayList<>();
        Map<String, LocalDate> publication = new TreeMap<>();
        Map<String, String> episodeOfArticle = new HashMap<>();
        Map<String, Map<Integer, String>> mentionIds = new HashMap<>();
        while (in.hasNext()) {
            Row r = in.next();
            ArticleWork.Told t = Codec.decode(r.getString(1), ArticleWork.TOLD_ROW);
            told.add(t.told());
            publication.put(t.id(), t.publication());
            episodeOfArticle.put(t.id(), r.getString(2));
            mentionIds.put(t.id(), t.mentionIds());
        }
        List<Row> out = new ArrayList<>();
        if (told.isEmpty()) {
            return out.iterator();
        }
        ChronologyBuilder.Ordered ordered = ChronologyBuilder.order(told, publication);
        long k = 0;
        for (Event e : ordered.events()) {
            String episode = EpisodeFinder.episodeOf(e, episodeOfArticle).orElse(null);
            out.add(RowFactory.create(ChronologyJob.EVENTS, 0, k++, 0, ChronologyWriter.eventNode(e, mentionIds, episode).toString()));
        }
        k = 0;
        for (Relation r : ordered.relations()) {
            out.add(RowFactory.create(ChronologyJob.RELATIONS, 0, k++, 0, ChronologyWriter.relationNode(r).toString()));
        }
        k = 0;
        for (Conflict c : ordered.conflicts()) {
            out.add(RowFactory.create(ChronologyJob.CONFLICTS, 0, k++, 0, ChronologyWriter.conflictNode(c).toString()));
        }
        return out.iterator();
    }
}
