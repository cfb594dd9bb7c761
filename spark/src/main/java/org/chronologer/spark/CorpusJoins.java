package org.chronologer.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.chronologer.corpus.ArticleLinks;
import org.chronologer.corpus.CorpusSimilarity;
import org.chronologer.corpus.SameHappening;

/**
 * The links of {@link SameHappening#links} as joins: the same candidate pairs from inverted indexes (a word among
 * either article's {@link SameHappening#TOP_TERMS} most weighted ones; a word of their dated sentences; a known event
 * one dates itself by and the other names), words and events in more than {@link SameHappening#MAX_POSTINGS} articles
 * proposing none, so that no key fans out to more than that (and counted on salted keys, {@link #salted}); each pair scored as the engine scores it
 * ({@link SameHappening#score}, the cosine summed in the engine's order, the TF-IDF weights of
 * {@link CorpusSimilarity#weights}). Articles are numbered by their {@code order} (input order), as the engine numbers
 * them.
 */
final class CorpusJoins {

    private CorpusJoins() {
    }

    /** Each article's TF-IDF vector: its words in order, their weights, its most weighted words. */
    private static final StructType VECTOR = new StructType()
            .add("order", DataTypes.LongType, false)
            .add("words", DataTypes.createArrayType(DataTypes.StringType), false)
            .add("weights", DataTypes.createArrayType(DataTypes.DoubleType), false)
            .add("top", DataTypes.createArrayType(DataTypes.StringType), false);

    private static final StructType LINK = new StructType()
            .add("i", DataTypes.LongType, false)
            .add("j", DataTypes.LongType, false)
            .add("strength", DataTypes.DoubleType, false);

    /**
     * The links of at least {@link ArticleLinks#WEAKEST} between the {@code n} articles read ({@code good}): (i, j,
     * strength), i before j. A word (or known event) many articles share is counted by an aggregate and its count joined
     * back on (key, salt), the counts copied to each of {@code salts} salts, so that no task receives all the articles of
     * one word; words in more than {@link SameHappening#MAX_POSTINGS} articles are then left out before any join on the
     * word.
     */
    static Dataset<Row> links(SparkSession spark, Dataset<Row> good, long n, int salts) {
        int max = SameHappening.MAX_POSTINGS;
        // word postings: (order, rank of the word in the article's sorted words, word, count)
        Dataset<Row> postings = good.select(col("order"), posexplode(col("words")).as(new String[] {"rank", "word"}), col("counts"))
                .withColumn("count", element_at(col("counts"), col("rank").plus(1))).drop("counts");
        // document frequency and the word's id as the engine numbers words: first article holding it, rank in it
        Dataset<Row> df = postings.groupBy(col("word"))
                .agg(count(lit(1)).as("df"), min(struct(col("order").as("fo"), col("rank").as("fr"))).as("first"));
        Dataset<Row> counted = salted(postings, df, "word", salts);
        Dataset<Row> terms = counted.groupBy(col("order"))
                .agg(collect_list(struct(col("word"), col("count"), col("df"), col("first.fo").as("fo"), col("first.fr").as("fr"))).as("terms"));
        int total = Math.toIntExact(n);
        JavaRDD<Row> vectorRows = terms.javaRDD().map(r -> vector(r.getLong(0), r.getList(1), total));
        Dataset<Row> vectors = spark.createDataFrame(vectorRows, VECTOR);

        Dataset<Row> tops = vectors.select(col("order").as("a"), explode(col("top")).as("word"));
        Dataset<Row> holds = counted.filter(col("df").leq(max)).select(col("order").as("b"), col("word"));
        Dataset<Row> byText = pairs(tops.join(holds, "word"));

        Dataset<Row> datedWords = good.select(col("order"), explode(array_distinct(flatten(col("dated")))).as("w"));
        Dataset<Row> dw = salted(datedWords, datedWords.groupBy(col("w")).agg(count(lit(1)).as("c")), "w", salts)
                .filter(col("c").leq(max));
        Dataset<Row> byDated = pairs(dw.select(col("w"), col("order").as("a")).join(dw.select(col("w"), col("order").as("b")), "w"));

        Dataset<Row> datedBy = good.select(col("order"), explode(col("datedBy")).as("e"));
        Dataset<Row> about = good.select(col("order"), explode(col("about")).as("e"));
        Dataset<Row> usableEvents = datedBy.groupBy(col("e")).agg(count(lit(1)).as("cd"))
                .join(about.groupBy(col("e")).agg(count(lit(1)).as("ca")), "e")
                .filter(col("cd").leq(max).and(col("ca").leq(max))).select(col("e"), lit(true).as("usable"));
        Dataset<Row> byEvent = pairs(salted(datedBy, usableEvents, "e", salts).select(col("e"), col("order").as("a"))
                .join(salted(about, usableEvents, "e", salts).select(col("e"), col("order").as("b")), "e"));

        Dataset<Row> candidates = byText.union(byDated).union(byEvent).distinct();

        Dataset<Row> features = good.select(col("order"), col("earliest"), col("latest"), col("dated"), col("datedBy"), col("about"))
                .join(vectors.select(col("order"), col("words"), col("weights")), "order");
        Dataset<Row> fi = features.select(col("order").as("i"), struct(allOf(features)).as("fi"));
        Dataset<Row> fj = features.select(col("order").as("j"), struct(allOf(features)).as("fj"));
        JavaRDD<Row> scored = candidates.join(fi, "i").join(fj, "j").javaRDD()
                .map(r -> {
                    long i = r.getLong(r.fieldIndex("i"));
                    long j = r.getLong(r.fieldIndex("j"));
                    Row a = r.getStruct(r.fieldIndex("fi"));
                    Row b = r.getStruct(r.fieldIndex("fj"));
                    double cosine = CorpusSimilarity.cosine(strings(a.getList(6)), doubles(a.getList(7)), strings(b.getList(6)), doubles(b.getList(7)));
                    return RowFactory.create(i, j, SameHappening.score(clues(a), clues(b), cosine));
                })
                .filter(r -> r.getDouble(2) >= ArticleLinks.WEAKEST);
        return spark.createDataFrame(scored, LINK);
    }

    /**
     * The rows of {@code rows} with the columns of their key's row in {@code perKey} (inner join on {@code key}), the
     * rows of one key spread over {@code salts} tasks: each row takes a salt from its own hash, each key's row is copied
     * to every salt.
     */
    static Dataset<Row> salted(Dataset<Row> rows, Dataset<Row> perKey, String key, int salts) {
        Dataset<Row> spread = rows.withColumn("salt", pmod(hash(allOf(rows)), lit(salts)));
        Dataset<Row> copies = perKey.withColumn("salt", explode(sequence(lit(0), lit(salts - 1))));
        return spread.join(copies, new String[] {key, "salt"}).drop("salt");
    }

    private static org.apache.spark.sql.Column[] allOf(Dataset<Row> d) {
        return java.util.Arrays.stream(d.columns()).map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new);
    }

    /** The distinct pairs (i, j), i before j, of rows (a, b). */
    private static Dataset<Row> pairs(Dataset<Row> ab) {
        return ab.filter(col("a").notEqual(col("b")))
                .select(least(col("a"), col("b")).as("i"), greatest(col("a"), col("b")).as("j")).distinct();
    }

    /** An article's vector from its (word, count, df, first article, rank there) terms, as CorpusSimilarity weighs it. */
    private static Row vector(long order, List<Row> terms, int n) {
        List<Row> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparing(t -> t.getString(0)));
        int k = sorted.size();
        String[] words = new String[k];
        int[] counts = new int[k];
        int[] dfs = new int[k];
        for (int p = 0; p < k; p++) {
            words[p] = sorted.get(p).getString(0);
            counts[p] = sorted.get(p).getInt(1);
            dfs[p] = Math.toIntExact(sorted.get(p).getLong(2));
        }
        double[] w = CorpusSimilarity.weights(counts, dfs, n);
        // heaviest first; ties: the word the engine numbered first (first article holding it, then its rank there);
        // of those, the words in few enough articles to propose candidates
        List<String> top = IntStream.range(0, k).boxed()
                .sorted(Comparator.<Integer>comparingDouble(p -> -w[p])
                        .thenComparingLong(p -> sorted.get(p).getLong(3))
                        .thenComparingInt(p -> sorted.get(p).getInt(4)))
                .limit(SameHappening.TOP_TERMS).filter(p -> dfs[p] <= SameHappening.MAX_POSTINGS).map(p -> words[p]).toList();
        return RowFactory.create(order, ChronologyJob.seq(List.of(words)), ChronologyJob.seq(java.util.Arrays.stream(w).boxed().toList()),
                ChronologyJob.seq(top));
    }

    private static SameHappening.Clues clues(Row f) {
        List<Set<String>> dated = new ArrayList<>();
        for (Object s : f.getList(3)) {
            dated.add(new LinkedHashSet<>(seq(s)));
        }
        return new SameHappening.Clues("", dated, Set.copyOf(f.<String>getList(4)), Set.copyOf(f.<String>getList(5)),
                LocalDate.parse(f.getString(1)), LocalDate.parse(f.getString(2)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> seq(Object s) {
        if (s instanceof List<?> l) {
            return (List<String>) l;
        }
        return scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<String>) s);
    }

    private static String[] strings(List<String> l) {
        return l.toArray(String[]::new);
    }

    private static double[] doubles(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
