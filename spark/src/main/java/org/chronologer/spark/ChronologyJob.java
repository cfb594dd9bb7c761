package org.chronologer.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import static org.apache.spark.sql.functions.col;

/**
 * Chronologer on Apache Spark: reads articles from JSON Lines (one article a line, {@code {"id", "text", "title"?,
 * "published"?}}, from any path Spark reads), and writes the tables of {@code timeline --format json}, one directory
 * each under the output directory, in Parquet or JSON Lines.
 *
 * <p>What runs where, in this version:
 * <ul>
 *   <li><b>per article, on the executors</b> ({@code mapPartitions}, after an explicit repartition): parsing the line,
 *       tagging (HeidelTime, Natty, our patterns), interpretation, the article's own dating evidence, its date from
 *       that evidence, and the resolution of its mentions against that date. One set of taggers per executor
 *       thread, created once ({@link ArticleWork#local()}).</li>
 *   <li><b>not yet done</b>: the corpus steps of {@code timeline} (links between articles telling the same
 *       happening, the corpus period and the evidence shared along links, event merging, ordering, episodes). The
 *       job's dates are therefore each article's own ({@code ArticleDater.dateAlone}), which equal {@code timeline}'s
 *       only where no sibling's evidence or the corpus period moves them; the tables {@code events},
 *       {@code relations}, {@code episodes} and {@code conflicts} are written empty. Nothing is gathered on the
 *       driver.</li>
 * </ul>
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
    public record Options(List<String> inputs, String output, Format format, int partitions) {
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
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--output", "-o" -> output = value(args, ++i);
                    case "--format" -> format = Format.valueOf(value(args, ++i).toUpperCase(Locale.ROOT));
                    case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
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
            return new Options(inputs, output, format, partitions == 0 ? 1 : partitions);
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
        JavaRDD<Row> rows = spread.mapPartitions(ChronologyJob::perArticle);
        StructType outSchema = new StructType()
                .add("table", DataTypes.StringType, false)
                .add("order", DataTypes.LongType, false)
                .add("sub", DataTypes.IntegerType, false)
                .add("json", DataTypes.StringType, false);
        Dataset<Row> out = spark.createDataFrame(rows, outSchema).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            for (String table : TABLES) {
                Dataset<String> json = out.filter(col("table").equalTo(table)).orderBy(col("order"), col("sub"))
                        .select(col("json")).as(Encoders.STRING());
                write(spark, json, options.output() + "/" + table, options.format());
            }
        } finally {
            out.unpersist();
        }
    }

    /** The per-article work of one partition, with the calling executor thread's taggers. */
    private static Iterator<Row> perArticle(Iterator<Row> lines) {
        ArticleWork work = ArticleWork.local();
        List<Row> out = new ArrayList<>();
        while (lines.hasNext()) {
            Row line = lines.next();
            for (ArticleWork.Out o : work.work(line.getString(0), line.getString(1), line.getLong(2))) {
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
