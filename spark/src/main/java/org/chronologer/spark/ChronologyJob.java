package org.chronologer.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.chronologer.corpus.SameHappening;
import org.chronologer.date.CorpusPeriod;
import org.chronologer.date.Dating;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

/**
 * Chronologer on Apache Spark: reads articles from JSON Lines (one article a line, {@code {"id", "text", "title"?,
 * "published"?}}, from any path Spark reads), and writes the tables of {@code timeline --format json}, one directory
 * each under the output directory, in Parquet or JSON Lines.
 *
 * <p>What runs where, in this version:
 * <ol>
 *   <li><b>per article, on the executors</b> ({@code mapPartitions}, after an explicit repartition; one set of taggers
 *       per executor thread, created once, {@link ArticleWork#local()}): parsing the line, tagging with no publication
 *       date, the article's own dating evidence and its estimate from it, its link clues and word counts.</li>
 *   <li><b>corpus period</b>: an aggregate, how many articles have each best day (at most one row a day, about 73,000
 *       over the solver's two centuries), collected and broadcast.</li>
 *   <li><b>links, as joins</b> ({@link CorpusJoins}): document frequencies by a group-by on the word, each article's
 *       TF-IDF vector, the candidate pairs from the inverted indexes (words in more than 200 articles left out, so
 *       no key fans out further), each pair scored as the engine scores it.</li>
 *   <li><b>per article again, on the executors</b>: each article, with the input lines of the articles linked to it
 *       strongly enough to share evidence (a join), is dated with its own evidence, the period's prior and theirs,
 *       and its mentions resolved. The siblings are tagged again there (their evidence holds functions, which do not
 *       travel) unless the thread read them lately: an article costs up to one tagging plus one per strong link (the
 *       main cost to remove).</li>
 *   <li><b>episodes, as joins</b> ({@link Episodes}): the components of the links between articles published close
 *       together by iterated joins, labelled per episode, numbered by a global sort; each article's episode set.</li>
 *   <li><b>not yet done</b>: event tagging, merging and ordering, and conflicts: the tables {@code events},
 *       {@code relations} and {@code conflicts} are written empty.</li>
 * </ol>
 * Nothing gathers the articles or the links on the driver. An article that fails while its corpus dates it is
 * reported, but unlike {@code timeline} the others are not dated again without its evidence. Errors are sorted by
 * input position (timeline lists the reading problems first, then the failures, then the warnings).
 *
 * <p>Rows of every table are written in input order (input path, then line), whatever the number of partitions.
 */
public final class ChronologyJob {

    static final String ARTICLES = "articles";
    static final String MENTIONS = "mentions";
    static final String EVENTS = "events";
    static final String RELATIONS = "relations";
    static final String EPISODES = "episodes";
    static final String CONFLICTS = "conflicts";
    static final String ERRORS = "errors";
    /** The tables, in the order of the chronology JSON's fields. */
    static final List<String> TABLES = List.of(ARTICLES, EPISODES, EVENTS, MENTIONS, RELATIONS, CONFLICTS, ERRORS);

    /** Lines per input at most 2^40: the input's number and the line's make one sort key. */
    private static final int LINE_BITS = 40;

    /** The output format of the tables. */
    public enum Format { PARQUET, JSONL }

    /** What to run: inputs, output directory, format, number of partitions of the per-article work. */
    public record Options(List<String> inputs, String output, Format format, int partitions, boolean linksOutput) {
        public Options {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no input path");
            }
            if (partitions < 1) {
                throw new IllegalArgumentException("--partitions must be at least 1, not " + partitions);
            }
        }

        /** Options from the command line: {@code INPUT... --output DIR [--format parquet|jsonl] [--partitions N]}. */
        public static Options parse(String... args) {
            List<String> inputs = new ArrayList<>();
            String output = null;
            Format format = Format.PARQUET;
            int partitions = 0;
            boolean links = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--output", "-o" -> output = value(args, ++i);
                    case "--format" -> format = Format.valueOf(value(args, ++i).toUpperCase(Locale.ROOT));
                    case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
                    case "--links" -> links = true;
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        inputs.add(args[i]);
                    }
                }
            }
            if (output == null) {
                throw new IllegalArgumentException("--output DIR is required");
            }
            return new Options(inputs, output, format, partitions == 0 ? 1 : partitions, links);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }
    }

    private ChronologyJob() {
    }

    /** {@code spark-submit --class org.chronologer.spark.ChronologyJob chronologer-spark.jar INPUT... --output DIR ...} */
    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("chronologer-spark: " + e.getMessage());
            System.err.println("usage: ChronologyJob INPUT... --output DIR [--format parquet|jsonl] [--partitions N]");
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("chronologer").getOrCreate();
        try {
            run(spark, options);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on the given session. */
    public static void run(SparkSession spark, Options options) {
        StructType lineSchema = new StructType()
                .add("line", DataTypes.StringType, false)
                .add("source", DataTypes.StringType, false)
                .add("order", DataTypes.LongType, false);
        JavaRDD<Row> lines = null;
        for (int f = 0; f < options.inputs().size(); f++) {
            String path = options.inputs().get(f);
            long base = (long) f << LINE_BITS;
            // zipWithIndex numbers the lines as they stand in the input (one pass to count each partition's lines)
            JavaRDD<Row> numbered = spark.read().textFile(path).javaRDD().zipWithIndex()
                    .filter(t -> !t._1().isBlank())
                    .map(t -> RowFactory.create(t._1(), path + ":" + (t._2() + 1), base + t._2()));
            lines = lines == null ? numbered : lines.union(numbered);
        }
        // one large file is otherwise one or two partitions: spread the articles over the executors' threads
        JavaRDD<Row> spread = spark.createDataFrame(lines, lineSchema).repartition(options.partitions()).javaRDD();

        // per article: tag with no publication date, read the dating evidence, weigh it alone, draw the link clues
        Dataset<Row> read = spark.createDataFrame(spread.mapPartitions(ChronologyJob::readPartition), READ)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> good = read.filter(col("error").isNull());
        long n = good.count();

        // the corpus period: how many articles have each best day (at most one row a day) -> every executor
        java.util.TreeMap<LocalDate, Long> bestDays = new java.util.TreeMap<>();
        for (Row r : good.filter(col("tells")).groupBy(col("best")).count().collectAsList()) {
            bestDays.put(LocalDate.parse(r.getString(0)), r.getLong(1));
        }
        Broadcast<java.util.TreeMap<LocalDate, Long>> period = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(bestDays);

        Dataset<Row> links = CorpusJoins.links(spark, good, n);

        // each article with the articles linked to it strongly enough to share evidence, then dated in its corpus
        Dataset<Row> strong = links.filter(col("strength").geq(Dating.siblingLink()));
        Dataset<Row> both = strong.select(col("i").as("x"), col("j").as("y"), col("strength"))
                .union(strong.select(col("j").as("x"), col("i").as("y"), col("strength")));
        Dataset<Row> siblings = both.join(good.select(col("order").as("y"), col("line").as("yline"), col("source").as("ysource")), "y")
                .groupBy(col("x")).agg(collect_list(struct(col("y"), col("strength"), col("yline"), col("ysource"))).as("siblings"));
        Dataset<Row> toDate = good.select(col("order"), col("line"), col("source"))
                .join(siblings, col("order").equalTo(col("x")), "left").select(col("order"), col("line"), col("source"), col("siblings"))
                .repartition(options.partitions());
        JavaRDD<Row> dated = toDate.javaRDD().mapPartitions(rows -> datePartition(rows, period.value()));
        Dataset<Row> datedRows = spark.createDataFrame(dated, OUT).persist(StorageLevel.MEMORY_AND_DISK());
        // episodes: components of the links, among articles published close together, as iterated joins
        Dataset<Row> best = datedRows.filter(col("table").equalTo(ARTICLES))
                .select(col("order"), get_json_object(col("json"), "$.published.best").as("best"));
        Episodes.Result episodes = Episodes.find(spark, good, links, best, n);
        Dataset<Row> articles = datedRows.filter(col("table").equalTo(ARTICLES)).join(episodes.ofArticle(), "order")
                .select(lit(ARTICLES).as("table"), col("order"), col("sub"), withEpisode(col("json"), col("episode")).as("json"));
        Dataset<Row> out = datedRows.filter(col("table").notEqual(ARTICLES))
                .union(articles)
                .union(episodes.rows())
                .union(read.filter(col("error").isNotNull()).select(lit(ERRORS).as("table"), col("order"), lit(0).as("sub"), col("error").as("json")))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            for (String table : TABLES) {
                Dataset<String> json = out.filter(col("table").equalTo(table)).orderBy(col("order"), col("sub"))
                        .select(col("json")).as(Encoders.STRING());
                write(spark, json, options.output() + "/" + table, options.format());
            }
            if (options.linksOutput()) {
                links.orderBy(col("i"), col("j")).write().mode("overwrite").json(options.output() + "/links");
            }
        } finally {
            out.unpersist();
            datedRows.unpersist();
            read.unpersist();
        }
    }

    /** The article's JSON with its episode set. */
    private static org.apache.spark.sql.Column withEpisode(org.apache.spark.sql.Column json, org.apache.spark.sql.Column episode) {
        return org.apache.spark.sql.functions.udf((org.apache.spark.sql.api.java.UDF2<String, String, String>) (j, e) -> {
            com.fasterxml.jackson.databind.node.ObjectNode n = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(j);
            n.put("episode", e);
            return n.toString();
        }, DataTypes.StringType).apply(json, episode);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** What the per-article reading gives the corpus steps. */
    static final StructType READ = new StructType()
            .add("order", DataTypes.LongType, false)
            .add("source", DataTypes.StringType, false)
            .add("line", DataTypes.StringType, false)
            .add("error", DataTypes.StringType, true)
            .add("id", DataTypes.StringType, true)
            .add("best", DataTypes.StringType, true)
            .add("tells", DataTypes.BooleanType, false)
            .add("earliest", DataTypes.StringType, true)
            .add("latest", DataTypes.StringType, true)
            .add("dated", DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.StringType)), true)
            .add("datedBy", DataTypes.createArrayType(DataTypes.StringType), true)
            .add("about", DataTypes.createArrayType(DataTypes.StringType), true)
            .add("words", DataTypes.createArrayType(DataTypes.StringType), true)
            .add("counts", DataTypes.createArrayType(DataTypes.IntegerType), true)
            .add("content", DataTypes.createArrayType(DataTypes.StringType), true)
            .add("names", DataTypes.createArrayType(DataTypes.StringType), true);

    /** A row of an output table. */
    static final StructType OUT = new StructType()
            .add("table", DataTypes.StringType, false)
            .add("order", DataTypes.LongType, false)
            .add("sub", DataTypes.IntegerType, false)
            .add("json", DataTypes.StringType, false);

    /** The per-article reading of one partition, with the calling executor thread's taggers. */
    private static Iterator<Row> readPartition(Iterator<Row> lines) {
        ArticleWork work = ArticleWork.local();
        List<Row> out = new ArrayList<>();
        while (lines.hasNext()) {
            Row line = lines.next();
            String source = line.getString(1);
            ArticleWork.Read r = work.read(line.getString(0), source);
            if (r.error() != null) {
                out.add(RowFactory.create(line.getLong(2), source, line.getString(0), r.error(), null, null, false, null, null, null, null,
                        null, null, null, null, null));
                continue;
            }
            SameHappening.Clues c = r.clues();
            out.add(RowFactory.create(line.getLong(2), source, line.getString(0), null, r.id(), r.best().toString(), r.tellsPeriod(),
                    c.earliest().toString(), c.latest().toString(),
                    seq(c.datedSentences().stream().map(w -> seq(new ArrayList<>(w))).toList()),
                    seq(new ArrayList<>(c.datedBy())), seq(new ArrayList<>(c.about())), seq(List.of(r.words())),
                    seq(java.util.Arrays.stream(r.counts()).boxed().toList()),
                    seq(new ArrayList<>(r.labelWords().content())), seq(new ArrayList<>(r.labelWords().names()))));
        }
        return out.iterator();
    }

    /** A list as the value of an array column of a row (Spark's rows take Scala sequences). */
    static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }

    /** The corpus period of the broadcast histogram, built once per executor JVM and histogram. */
    private static final Map<java.util.SortedMap<LocalDate, Long>, CorpusPeriod> PERIODS = new java.util.WeakHashMap<>();

    private static synchronized CorpusPeriod period(java.util.SortedMap<LocalDate, Long> bestDays) {
        return PERIODS.computeIfAbsent(bestDays, CorpusPeriod::ofBestDays);
    }

    /** The dating of one partition's articles in their corpus, with the calling executor thread's taggers. */
    private static Iterator<Row> datePartition(Iterator<Row> rows, java.util.SortedMap<LocalDate, Long> bestDays) {
        ArticleWork work = ArticleWork.local();
        CorpusPeriod period = period(bestDays);
        List<Row> out = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            List<Row> linked = r.isNullAt(3) ? new ArrayList<>() : new ArrayList<>(r.getList(3));
            linked.sort(java.util.Comparator.comparingLong(s -> s.getLong(0)));
            List<ArticleWork.Sibling> siblings = linked.stream()
                    .map(s -> new ArticleWork.Sibling(s.getString(2), s.getString(3), s.getDouble(1))).toList();
            for (ArticleWork.Out o : work.date(r.getString(1), r.getString(2), r.getLong(0), siblings, period)) {
                out.add(RowFactory.create(o.table(), o.order(), o.sub(), o.json()));
            }
        }
        return out.iterator();
    }

    private static void write(SparkSession spark, Dataset<String> json, String dir, Format format) {
        if (format == Format.JSONL) {
            json.write().mode("overwrite").text(dir);
            return;
        }
        Dataset<Row> table = spark.read().json(json);
        if (table.schema().fields().length == 0) {
            // an empty table: no row to infer its columns from
            table = json.toDF("json");
        }
        table.write().mode("overwrite").parquet(dir);
    }
}
