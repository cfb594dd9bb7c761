package org.chronologer.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.chronologer.date.DatingModel;
import org.chronologer.episode.EpisodeFinder;

/**
 * The episodes of {@link EpisodeFinder#find} without the corpus in one place: the connected components of the links of
 * at least the dating model's {@link DatingModel#siblingLink()} between articles whose windows come within
 * {@link EpisodeFinder#MAX_GAP_DAYS} days of each other, by iterated joins (each round, each article takes the smallest
 * number among itself and its neighbours, then the number of that number, until none changes: rounds grow with the
 * logarithm of the longest shortest path); labels from the words of each episode's articles against the corpus's
 * document frequencies, as the engine scores them; numbered E1, E2, ... by start, end and first article, as the
 * engine numbers them.
 */
final class Episodes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Episodes() {
    }

    /**
     * @param ofArticle (order, episode, k) for every article dated: its episode and the episode's place (0, 1, ...) among them
     * @param rows      the rows of the episodes table (ChronologyJob.OUT)
     */
    record Result(Dataset<Row> ofArticle, Dataset<Row> rows) {
    }

    private static final StructType EPISODE = new StructType()
            .add("c", DataTypes.LongType, false)
            .add("start", DataTypes.StringType, false)
            .add("end", DataTypes.StringType, false)
            .add("first", DataTypes.StringType, false)
            .add("label", DataTypes.StringType, false)
            .add("articles", DataTypes.createArrayType(DataTypes.StringType), false);

    /**
     * @param good  the articles read (ChronologyJob.READ)
     * @param links (i, j, strength)
     * @param best  (order, best, earliest, latest, guess): each dated article's best day, window and whether the best day
     *              is a guess ("true")
     * @param n     the number of articles read
     */
    static Result find(SparkSession spark, Dataset<Row> good, Dataset<Row> links, Dataset<Row> best, long n) {
        // published close together: the days between their windows (0 when they overlap), as EpisodeFinder.Member
        Dataset<Row> edges = links.filter(col("strength").geq(DatingModel.defaults().siblingLink()))
                .join(best.select(col("order").as("i"), to_date(col("earliest")).as("ei"), to_date(col("latest")).as("li")), "i")
                .join(best.select(col("order").as("j"), to_date(col("earliest")).as("ej"), to_date(col("latest")).as("lj")), "j")
                .filter(datediff(greatest(col("ei"), col("ej")), least(col("li"), col("lj"))).leq(EpisodeFinder.MAX_GAP_DAYS))
                .select(col("i"), col("j"));
        Dataset<Row> both = edges.select(col("i").as("src"), col("j").as("dst"))
                .union(edges.select(col("j").as("src"), col("i").as("dst"))).localCheckpoint();
        Dataset<Row> component = best.select(col("order").as("v"), col("order").as("c")).localCheckpoint();
        while (true) {
            // each article takes the smallest number among itself and its neighbours, then the number its number has
            // (a number is always that of an article of the same component, and never above it): the reach doubles each
            // round, so the rounds grow with the logarithm of the longest path, not with the path
            Dataset<Row> next = component.join(both, col("v").equalTo(col("src"))).select(col("dst").as("v"), col("c"))
                    .union(component).groupBy(col("v")).agg(min(col("c")).as("c"));
            // with the number each article had, so that counting the changes reads the checkpoint and shuffles nothing
            Dataset<Row> jumped = next.join(next.select(col("v").as("cv"), col("c").as("cc")), col("c").equalTo(col("cv")))
                    .select(col("v"), least(col("c"), col("cc")).as("c"))
                    .join(component.select(col("v"), col("c").as("was")), "v").localCheckpoint();
            long changed = jumped.filter(col("c").notEqual(col("was"))).count();
            component = jumped.select(col("v"), col("c"));
            if (changed == 0) {
                break;
            }
        }

        Dataset<Row> members = component.join(best, col("v").equalTo(col("order")))
                .join(good.select(col("order"), col("id"), col("content"), col("names")), "order")
                .select(col("c"), col("order"), col("id"), col("best"), col("guess"), col("content"), col("names"));
        Dataset<Row> df = good.select(explode(col("content")).as("word")).groupBy(col("word")).agg(count(lit(1)).as("df"));
        Dataset<Row> inMembers = members.select(col("c"), explode(col("content")).as("word")).groupBy(col("c"), col("word"))
                .agg(count(lit(1)).as("in"));
        Dataset<Row> names = members.select(col("c"), explode(col("names")).as("word")).distinct().withColumn("name", lit(true));
        Dataset<Row> words = inMembers.join(df, "word").join(names, new String[] {"c", "word"}, "left")
                .groupBy(col("c")).agg(collect_list(struct(col("word"), col("in"), col("df"), col("name"))).as("words"));
        // a best day marked a guess is no date: an episode runs over its other articles' days when it has others
        Column sure = when(col("guess").equalTo("true"), lit(null)).otherwise(col("best"));
        Dataset<Row> groups = members.groupBy(col("c")).agg(count(lit(1)).as("size"), coalesce(min(sure), min(col("best"))).as("start"),
                coalesce(max(sure), max(col("best"))).as("end"),
                sort_array(collect_list(struct(col("order"), col("id")))).as("articles"));
        int total = Math.toIntExact(n);
        JavaRDD<Row> labelled = groups.join(words, new String[] {"c"}, "left").javaRDD().map(r -> {
            List<EpisodeFinder.LabelWord> candidates = new ArrayList<>();
            if (!r.isNullAt(r.fieldIndex("words"))) {
                for (Row w : r.<Row>getList(r.fieldIndex("words"))) {
                    candidates.add(new EpisodeFinder.LabelWord(w.getString(0), Math.toIntExact(w.getLong(1)), Math.toIntExact(w.getLong(2)),
                            !w.isNullAt(3) && w.getBoolean(3)));
                }
            }
            List<String> ids = new ArrayList<>();
            for (Row a : r.<Row>getList(r.fieldIndex("articles"))) {
                ids.add(a.getString(1));
            }
            String label = EpisodeFinder.label(candidates, Math.toIntExact(r.getLong(r.fieldIndex("size"))), total);
            return RowFactory.create(r.getLong(r.fieldIndex("c")), r.getString(r.fieldIndex("start")), r.getString(r.fieldIndex("end")),
                    ids.get(0), label, ChronologyJob.seq(ids));
        });
        // numbered in the engine's order: start, end, first article's id
        JavaRDD<Row> numbered = spark.createDataFrame(labelled, EPISODE).orderBy(col("start"), col("end"), col("first"))
                .javaRDD().zipWithIndex().map(t -> {
                    Row e = t._1();
                    String id = "E" + (t._2() + 1);
                    ObjectNode node = JSON.createObjectNode();
                    node.put("id", id);
                    node.put("start", e.getString(1));
                    node.put("end", e.getString(2));
                    node.put("label", e.getString(4));
                    ArrayNode ids = node.putArray("articles");
                    e.<String>getList(5).forEach(ids::add);
                    return RowFactory.create(e.getLong(0), t._2(), id, node.toString());
                });
        Dataset<Row> episodes = spark.createDataFrame(numbered, new StructType()
                .add("c", DataTypes.LongType, false).add("k", DataTypes.LongType, false)
                .add("episode", DataTypes.StringType, false).add("json", DataTypes.StringType, false)).localCheckpoint();
        Dataset<Row> ofArticle = component.join(episodes, "c").select(col("v").as("order"), col("episode"), col("k"));
        Dataset<Row> rows = episodes.select(lit(ChronologyJob.EPISODES).as("table"), lit(0).as("phase"), col("k").as("order"), lit(0).as("sub"),
                col("json"));
        return new Result(ofArticle, rows);
    }
}
