package org.chronologer.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.chronologer.corpus.SameHappening;
import org.chronologer.date.DatingModel;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;

/**
 * Chronologer on Apache Spark: reads articles from JSON Lines (one article a line, {@code {"id", "text", "title"?,
 * "published"?}}) or Parquet with the same fields, from any path Spark reads, and writes the tables of
 * {@code timeline --format json}, one directory each under the output directory, in Parquet or JSON Lines: their rows
 * equal the chronology JSON's, field for field, ids included, whatever the number of partitions.
 *
 * <p>What runs where:
 * <ol>
 *   <li><b>per article, on the executors</b> ({@code mapPartitions}, after an explicit repartition; one set of taggers
 *       per executor thread, created once, {@link ArticleWork#local()}): parsing the line, tagging with no publication
 *       date, the article's own dating evidence and its estimate from it, its link clues, word counts and label words;
 *       its evidence and mentions encoded ({@link Codec}) for the later steps, so that no article is tagged twice.</li>
 *   <li><b>links</b> ({@link CorpusJoins}): document frequencies by a group-by on the word (counts joined on salted
 *       keys so that a common word is not one task), each article's TF-IDF vector and the words and events that may
 *       propose candidates (in at most 200 articles); then per cell of two blocks of articles (each article sent to as
 *       many cells as there are blocks), the candidate pairs found from inverted indexes and scored as the engine finds
 *       and scores them.</li>
 *   <li><b>per article again, on the executors</b>: each article, with the evidence of the articles linked to it
 *       strongly enough to share it (a join on the link, then a group-by on the article), is dated, its mentions
 *       resolved, its event mentions found and placed in time.</li>
 *   <li><b>episodes, as joins</b> ({@link Episodes}): the components of the links between articles published close
 *       together by iterated joins, labelled per episode, numbered by a global sort; each article's episode.</li>
 *   <li><b>merging and ordering the events, per episode</b> ({@link Ordering}): from what each article told (no
 *       text), an episode's articles grouped to one task, as the engine merges and orders each episode; the events
 *       numbered by a global sort of where they sit.</li>
 * </ol>
 * Each line is read with the reader's checks ({@code ArticleReader.readJsonLine}); a duplicate id is renamed as the
 * reader renames it, by a window over the ids. Nothing gathers the articles or the links on the driver. An article that
 * fails while its corpus dates it is reported, and the others are linked and dated again without it, as {@code timeline}
 * dates them.
 *
 * <p>Rows of every table are written in the chronology JSON's order (errors: reading problems, then failures, then
 * warnings, each in input order), whatever the number of partitions.
 */
public final class ChronologyJob {

    static final String ARTICLES = "articles";
    static final String MENTIONS = "mentions";
    static final String EVENTS = "events";
    static final String RELATIONS = "relations";
    static final String EPISODES = "episodes";
    static final String CONFLICTS = "conflicts";
    static final String ERRORS = "errors";
    /** What the dating pass hands to ordering (not an output table). */
    static final String TOLD = "told";
    /** The tables, in the order of the chronology JSON's fields. */
    static final List<String> TABLES = List.of(ARTICLES, EPISODES, EVENTS, MENTIONS, RELATIONS, CONFLICTS, ERRORS);

    /** Lines per input at most 2^40: the input's number and the line's make one sort key. */
    private static final int LINE_BITS = 40;

    /** The output format of the tables. */
    public enum Format { PARQUET, JSONL }

    /** The format of the inputs. */
    public enum InputFormat { JSONL, PARQUET }

    /**
     * What to run: inputs, output directory, output format, number of partitions of the per-article work (0: four per
     * core of the cluster), input format, whether to write the links too.
     */
    public record Options(List<String> inputs, String output, Format format, int partitions, InputFormat inputFormat, boolean linksOutput) {
        public Options {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no input path");
            }
            if (partitions < 0) {
                throw new IllegalArgumentException("--partitions must be at least 1, not " + partitions);
            }
        }

        /**
         * Options from the command line: {@code INPUT... --output DIR [--format parquet|jsonl] [--input-format
         * jsonl|parquet] [--partitions N] [--links]}; an input ending in {@code .parquet} is read as Parquet.
         */
        public static Options parse(String... args) {
            List<String> inputs = new ArrayList<>();
            String output = null;
            Format format = Format.PARQUET;
            int partitions = 0;
            InputFormat inputFormat = null;
            boolean links = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--output", "-o" -> output = value(args, ++i);
                    case "--format" -> format = Format.valueOf(value(args, ++i).toUpperCase(Locale.ROOT));
                    case "--input-format" -> inputFormat = InputFormat.valueOf(value(args, ++i).toUpperCase(Locale.ROOT));
                    case "--partitions" -> {
                        partitions = Integer.parseInt(value(args, ++i));
                        if (partitions < 1) {
                            throw new IllegalArgumentException("--partitions must be at least 1, not " + partitions);
                        }
                    }
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
            if (inputFormat == null) {
                inputFormat = !inputs.isEmpty() && inputs.stream().allMatch(p -> p.endsWith(".parquet")) ? InputFormat.PARQUET : InputFormat.JSONL;
            }
            return new Options(inputs, output, format, partitions, inputFormat, links);
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
            System.err.println("usage: ChronologyJob INPUT... --output DIR [--format parquet|jsonl] [--input-format jsonl|parquet] "
                    + "[--partitions N] [--links]");
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("chronologer").getOrCreate();
        try {
            for (StageLog.Stage s : run(spark, options)) {
                System.err.println(s);
            }
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on the given session; the stages it ran ({@link StageLog}). */
    public static List<StageLog.Stage> run(SparkSession spark, Options options) {
        StageLog log = StageLog.start(spark.sparkContext());
        try {
            steps(spark, options);
        } finally {
            spark.sparkContext().setJobDescription(null);
        }
        return log.stop();
    }

    private static void steps(SparkSession spark, Options options) {
        org.apache.spark.SparkContext context = spark.sparkContext();
        int partitions = options.partitions() > 0 ? options.partitions() : 4 * spark.sparkContext().defaultParallelism();
        int salts = Math.max(2, spark.sparkContext().defaultParallelism());
        // the joins, group-bys and the sort shuffle into as many partitions as the articles were spread over, unless the
        // session says otherwise (Spark's default of 200 makes hundreds of near-empty tasks per stage on a small cluster)
        if (!spark.conf().contains("spark.sql.shuffle.partitions")) {
            spark.conf().set("spark.sql.shuffle.partitions", partitions);
        }
        // and keep them: adaptive execution would coalesce a shuffle of little data (the ids, the episodes' numbers, the
        // small counts) into one partition, a task that reads a row of every article of the corpus
        if (!spark.conf().contains("spark.sql.adaptive.coalescePartitions.enabled")) {
            spark.conf().set("spark.sql.adaptive.coalescePartitions.enabled", false);
        }
        // each step names the jobs it runs (StageLog); with adaptive execution, turning a dataset into an RDD already runs
        // the shuffles below it, so a step is named before its datasets are built
        context.setJobDescription("reading");
        // one large file is otherwise one or two partitions: spread the articles over the executors' threads
        JavaRDD<Row> spread = input(spark, options).repartition(partitions).javaRDD();

        // per article: tag with no publication date, read the dating evidence, weigh it alone, draw the link clues
        Dataset<Row> read = spark.createDataFrame(spread.mapPartitions(ChronologyJob::readPartition), READ)
                .persist(StorageLevel.MEMORY_AND_DISK());
        context.setJobDescription("tagging");
        Dataset<Row> named = read.filter(col("error").isNull());
        // a duplicate id is read as the reader reads it: the k-th article with an id, in input order, is ID~k, with a
        // warning (the window runs over the ids and their order alone; the few renamed are joined back)
        Dataset<Row> renamed = named.select(col("order"), col("source"), col("id"))
                .withColumn("nth", row_number().over(Window.partitionBy(col("id")).orderBy(col("order"))))
                .filter(col("nth").gt(1))
                .select(col("order"), col("source"), col("id"), concat(col("id"), lit("~"), col("nth").cast(DataTypes.StringType)).as("renamed"))
                .localCheckpoint();
        Dataset<Row> good = named.join(broadcast(renamed.select(col("order"), col("renamed"))), new String[] {"order"}, "left")
                .select(Arrays.stream(READ.fieldNames()).map(f -> f.equals("id") ? coalesce(col("renamed"), col("id")).as("id") : col(f))
                        .toArray(Column[]::new));
        long n = good.count();

        // linking and dating; an article that fails while its corpus dates it may have shared its evidence, so the
        // others are linked and dated again without it, as timeline dates them (failures are few: a round is a rare event)
        Dataset<Row> survivors = good;
        Dataset<Row> failures = null;
        Dataset<Row> links;
        Dataset<Row> datedRows;
        while (true) {
            context.setJobDescription("links");
            links = CorpusJoins.links(spark, survivors, n, salts, partitions).persist(StorageLevel.MEMORY_AND_DISK());
            // a persisted dataset is kept by the first job that computes it whole; two stages of one job that both read it
            // before then (the two sides of a union, of a join) would each compute it: materialise it first
            links.count();
            context.setJobDescription("dating");
            datedRows = dated(spark, survivors, links, partitions);
            Dataset<Row> failed = datedRows.filter(col("table").equalTo(ERRORS).and(col("phase").equalTo(1))).localCheckpoint();
            long failedCount = failed.count();
            if (failedCount == 0) {
                break;
            }
            failures = failures == null ? failed : failures.union(failed).localCheckpoint();
            survivors = survivors.join(broadcast(failed.select(col("order"))), new String[] {"order"}, "left_anti");
            n -= failedCount;
            links.unpersist();
            datedRows.unpersist();
        }
        Dataset<Row> allDated = failures == null ? datedRows : datedRows.union(failures);

        // episodes: components of the links, among articles published close together, as iterated joins
        context.setJobDescription("episodes");
        Dataset<Row> datedArticles = allDated.filter(col("table").equalTo(ARTICLES));
        Dataset<Row> members = datedArticles.select(col("order"), get_json_object(col("json"), "$.published.best").as("best"),
                get_json_object(col("json"), "$.published.earliest").as("earliest"),
                get_json_object(col("json"), "$.published.latest").as("latest"),
                get_json_object(col("json"), "$.published.guess").as("guess"));
        Episodes.Result episodes = Episodes.find(spark, survivors, links, members, n);
        Dataset<Row> articles = datedArticles.join(episodes.ofArticle(), "order")
                .select(col("table"), col("phase"), col("order"), col("sub"), withEpisode(col("json"), col("episode")).as("json"));
        // merging and ordering the events, from what each article told; computed once (the sort below reads its input
        // twice: once to sample the range of its keys, once to sort)
        context.setJobDescription("ordering");
        Dataset<Row> ordered = Ordering.rows(spark, allDated.filter(col("table").equalTo(TOLD)).select(col("order"), col("json")),
                episodes.ofArticle()).localCheckpoint();
        context.setJobDescription("writing");
        Dataset<Row> out = allDated.filter(col("table").notEqual(ARTICLES).and(col("table").notEqual(TOLD)))
                .union(articles)
                .union(episodes.rows())
                .union(ordered)
                .union(read.filter(col("error").isNotNull())
                        .select(lit(ERRORS).as("table"), col("phase"), col("order"), col("sub"), col("error").as("json")))
                // after the line's other reading problems, as the reader tells a duplicate id when it hands the article on
                .union(renamed.select(lit(ERRORS).as("table"), lit(0).as("phase"), col("order"), lit(Integer.MAX_VALUE).as("sub"),
                        duplicateWarning(col("source"), col("id"), col("renamed")).as("json")))
                // one range-partitioned sort for every table: a table's rows are then in order within and across the
                // partitions, which a filter keeps
                .orderBy(col("table"), col("phase"), col("order"), col("sub"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            for (String table : TABLES) {
                Dataset<String> json = out.filter(col("table").equalTo(table)).select(col("json")).as(Encoders.STRING());
                write(spark, json, options.output() + "/" + table, options.format());
            }
            if (options.linksOutput()) {
                links.orderBy(col("i"), col("j")).write().mode("overwrite").json(options.output() + "/links");
            }
        } finally {
            out.unpersist();
            datedRows.unpersist();
            links.unpersist();
            read.unpersist();
        }
    }

    /**
     * Each article with the evidence of the articles linked to it strongly enough to share it, dated: the rows of its
     * tables, computed once (dating, resolving and placing the events is the costliest pass after tagging, and the
     * episodes' and the ordering's jobs read it).
     */
    private static Dataset<Row> dated(SparkSession spark, Dataset<Row> good, Dataset<Row> links, int partitions) {
        // each article with the evidence of the articles linked to it strongly enough to share it, then dated
        Dataset<Row> strong = links.filter(col("strength").geq(DatingModel.defaults().siblingLink()));
        Dataset<Row> both = strong.select(col("i").as("x"), col("j").as("y"), col("strength"))
                .union(strong.select(col("j").as("x"), col("i").as("y"), col("strength")));
        Dataset<Row> siblings = both.join(good.select(col("order").as("y"), col("id").as("yid"), col("evidence").as("yevidence")), "y")
                .groupBy(col("x")).agg(collect_list(struct(col("y"), col("strength"), col("yid"), col("yevidence"))).as("siblings"));
        Dataset<Row> toDate = good.select(col("order"), col("line"), col("source"), col("evidence"), col("mentions"), col("problems"), col("id"),
                        col("spent"))
                .join(siblings, col("order").equalTo(col("x")), "left")
                .select(col("order"), col("line"), col("source"), col("evidence"), col("mentions"), col("problems"), col("siblings"), col("id"),
                        col("spent"))
                .repartition(partitions);
        JavaRDD<Row> dated = toDate.javaRDD().mapPartitions(ChronologyJob::datePartition);
        Dataset<Row> datedRows = spark.createDataFrame(dated, OUT).persist(StorageLevel.MEMORY_AND_DISK());
        datedRows.count();
        return datedRows;
    }

    /** The input articles as (line, source, order): a JSON line each, its source and its place in the input. */
    static Dataset<Row> input(SparkSession spark, Options options) {
        StructType lineSchema = new StructType()
                .add("line", DataTypes.StringType, false)
                .add("source", DataTypes.StringType, false)
                .add("order", DataTypes.LongType, false)
                .add("problem", DataTypes.StringType, true);
        JavaRDD<Row> lines = null;
        for (int f = 0; f < options.inputs().size(); f++) {
            String path = options.inputs().get(f);
            long base = (long) f << LINE_BITS;
            JavaRDD<Row> numbered;
            if (options.inputFormat() == InputFormat.PARQUET) {
                // the same fields as a JSON line; a row's source is its place in the input, as a line's is
                Dataset<Row> rows = spark.read().parquet(path);
                List<String> fields = Arrays.asList(rows.columns());
                Column[] known = ARTICLE_FIELDS.stream().filter(fields::contains)
                        .map(c -> c.equals("published") ? col(c).cast(DataTypes.StringType).as(c) : col(c)).toArray(Column[]::new);
                numbered = rows.select(to_json(struct(known))).as(Encoders.STRING()).javaRDD().zipWithIndex()
                        .map(t -> RowFactory.create(t._1(), path + ":" + (t._2() + 1), base + t._2(), null));
            } else {
                // each line's bytes (Hadoop's line reader: LF, CR LF or CR, a UTF-8 byte-order mark skipped), decoded as the
                // reader decodes a line, so that one that is not valid UTF-8 is reported as timeline reports it; zipWithIndex
                // numbers the lines as they stand in the input (one pass to count each partition's lines)
                numbered = JavaSparkContext.fromSparkContext(spark.sparkContext())
                        .newAPIHadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, spark.sparkContext().hadoopConfiguration())
                        .map(t -> Arrays.copyOf(t._2().getBytes(), t._2().getLength()))
                        .zipWithIndex()
                        .map(t -> line(t._1(), path + ":" + (t._2() + 1), base + t._2()))
                        .filter(r -> !r.isNullAt(3) || !r.getString(0).isBlank());
            }
            lines = lines == null ? numbered : lines.union(numbered);
        }
        return spark.createDataFrame(lines, lineSchema);
    }

    /** A line of a JSON Lines input: (text, source, order, null), or ("", source, order, why it is not valid UTF-8). */
    private static Row line(byte[] bytes, String source, long order) {
        String[] problem = new String[1];
        java.util.Optional<String> text = ArticleReader.decodeUtf8Line(bytes, bytes.length, ArticleReader.DEFAULT_MAX_BYTES, source,
                p -> problem[0] = ArticleWork.problem(p));
        return RowFactory.create(text.orElse(""), source, order, problem[0]);
    }

    /** The fields of an article (ArticleReader's JSON Lines). */
    private static final List<String> ARTICLE_FIELDS = List.of("id", "title", "text", "published");

    /** The warning the reader gives an article read under another name, its id being an earlier article's. */
    private static Column duplicateWarning(Column source, Column id, Column renamed) {
        return org.apache.spark.sql.functions.udf((UDF3<String, String, String, String>) (s, i, r) -> ArticleWork.problem(
                InputProblem.warning(s, "duplicate id '" + i + "' (an earlier article has it), read as '" + r + "'")),
                DataTypes.StringType).apply(source, id, renamed);
    }

    /** The article's JSON with its episode. */
    private static Column withEpisode(Column json, Column episode) {
        return org.apache.spark.sql.functions.udf((UDF2<String, String, String>) (j, e) -> {
            ObjectNode n = (ObjectNode) JSON.readTree(j);
            n.put("episode", e);
            return n.toString();
        }, DataTypes.StringType).apply(json, episode);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the per-article reading gives the corpus steps. */
    static final StructType READ = new StructType()
            .add("order", DataTypes.LongType, false)
            .add("source", DataTypes.StringType, false)
            .add("line", DataTypes.StringType, false)
            .add("error", DataTypes.StringType, true)
            .add("phase", DataTypes.IntegerType, false)
            .add("sub", DataTypes.IntegerType, false)
            .add("id", DataTypes.StringType, true)
            .add("earliest", DataTypes.StringType, true)
            .add("latest", DataTypes.StringType, true)
            .add("dated", DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.StringType)), true)
            .add("datedBy", DataTypes.createArrayType(DataTypes.StringType), true)
            .add("about", DataTypes.createArrayType(DataTypes.StringType), true)
            .add("words", DataTypes.createArrayType(DataTypes.StringType), true)
            .add("counts", DataTypes.createArrayType(DataTypes.IntegerType), true)
            .add("content", DataTypes.createArrayType(DataTypes.StringType), true)
            .add("names", DataTypes.createArrayType(DataTypes.StringType), true)
            .add("evidence", DataTypes.StringType, true)
            .add("mentions", DataTypes.StringType, true)
            .add("problems", DataTypes.createArrayType(DataTypes.StringType), true)
            .add("spent", DataTypes.LongType, true);

    /** A row of an output table: the table, where it sorts (phase, input order, place in the article), its JSON. */
    static final StructType OUT = new StructType()
            .add("table", DataTypes.StringType, false)
            .add("phase", DataTypes.IntegerType, false)
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
            if (!line.isNullAt(3)) {
                // not valid UTF-8: reported as the reader reports it, with nothing to read
                out.add(RowFactory.create(line.getLong(2), source, "", line.getString(3), 0, 0, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null));
                continue;
            }
            ArticleWork.Read r = work.read(line.getString(0), source);
            // the line's reading problems (phase 0), in the order the reader tells them
            for (int k = 0; k < r.readProblems().size(); k++) {
                out.add(RowFactory.create(line.getLong(2), source, line.getString(0), r.readProblems().get(k), 0, k, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null));
            }
            if (r.error() != null) {
                out.add(RowFactory.create(line.getLong(2), source, line.getString(0), r.error(), 1, 0, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null));
            }
            if (r.id() == null) {
                continue;
            }
            SameHappening.Clues c = r.clues();
            out.add(RowFactory.create(line.getLong(2), source, line.getString(0), null, 0, 0, r.id(),
                    c.earliest().toString(), c.latest().toString(),
                    seq(c.datedSentences().stream().map(w -> seq(new ArrayList<>(w))).toList()),
                    seq(new ArrayList<>(c.datedBy())), seq(new ArrayList<>(c.about())), seq(List.of(r.words())),
                    seq(Arrays.stream(r.counts()).boxed().toList()),
                    seq(new ArrayList<>(r.labelWords().content())), seq(new ArrayList<>(r.labelWords().names())),
                    r.evidence(), r.mentions(), seq(r.problems()), r.spentNanos()));
        }
        return out.iterator();
    }

    /** A list as the value of an array column of a row (Spark's rows take Scala sequences). */
    static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }

    /** The dating of one partition's articles in their corpus, with the calling executor thread's taggers. */
    private static Iterator<Row> datePartition(Iterator<Row> rows) {
        ArticleWork work = ArticleWork.local();
        List<Row> out = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            List<Row> linked = r.isNullAt(6) ? new ArrayList<>() : new ArrayList<>(r.getList(6));
            linked.sort(Comparator.comparingLong(s -> s.getLong(0)));
            List<ArticleWork.Sibling> siblings = linked.stream()
                    .map(s -> new ArticleWork.Sibling(s.getString(2), s.getDouble(1), s.getString(3))).toList();
            for (ArticleWork.Out o : work.date(r.getString(1), r.getString(2), r.getString(7), r.getLong(0), r.getString(3), r.getString(4),
                    r.getList(5), siblings, r.getLong(8))) {
                out.add(RowFactory.create(o.table(), o.phase(), o.order(), o.sub(), o.json()));
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
