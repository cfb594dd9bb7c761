package org.chronologer.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
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
import scala.Tuple2;

/**
 * The links of {@link SameHappening#links} without the corpus in one place. What the candidates need of the corpus is
 * counted by joins: each word's document frequency (the TF-IDF weights of {@link CorpusSimilarity#weights}, and whether
 * it is in few enough articles, {@link SameHappening#MAX_POSTINGS}, to propose candidates), the same for the words of
 * dated sentences and the known events; a word many articles share is counted on salted keys ({@link #salted}), so that
 * no task receives all the articles of one word. Each article then carries what it offers for linking, compactly
 * ({@link Offer}: its vector, its words and events that may propose candidates, its clues).
 *
 * <p>Pairs are found and scored per cell: the articles are spread over {@code k} blocks (by a hash of their number), and
 * cell (b, c), b &lt;= c, receives the articles of blocks b and c; there the candidates of its pairs (one article of b,
 * the other of c; both of b when b = c) are found from inverted indexes as the engine finds them (a word among either
 * article's {@link SameHappening#TOP_TERMS} most weighted ones, a word of their dated sentences, a known event one dates
 * itself by and the other names), each pair once, and scored as the engine scores it ({@link SameHappening#score}, the
 * cosine summed in the engine's order), so the links equal the engine's to the last bit. Each article travels to
 * {@code k} cells, whatever the number of its candidates: the candidate pairs (hundreds per article) never travel.
 * Articles are numbered by their {@code order} (input order), as the engine numbers them.
 */
final class CorpusJoins {

    private CorpusJoins() {
    }

    private static final StructType LINK = new StructType()
            .add("i", DataTypes.LongType, false)
            .add("j", DataTypes.LongType, false)
            .add("strength", DataTypes.DoubleType, false);

    /** What an article's counted keys are: its words (with their counts and document frequencies), usable others. */
    private static final int WORD = 0;
    private static final int DATED = 1;
    private static final int DATED_BY = 2;
    private static final int ABOUT = 3;

    /**
     * The links of at least {@link ArticleLinks#WEAKEST} between the {@code n} articles read ({@code good}): (i, j,
     * strength), i before j. A word (or known event) many articles share is counted by an aggregate and its count joined
     * back on (key, salt), the counts copied to each of {@code salts} salts, so that no task receives all the articles of
     * one word. Pairs are found and scored in about {@code cells} cells.
     */
    static Dataset<Row> links(SparkSession spark, Dataset<Row> good, long n, int salts, int cells) {
        int max = SameHappening.MAX_POSTINGS;
        // word postings: (order, rank of the word in the article's sorted words, word, count)
        Dataset<Row> postings = good.select(col("order"), posexplode(col("words")).as(new String[] {"rank", "word"}), col("counts"))
                .withColumn("count", element_at(col("counts"), col("rank").plus(1))).drop("counts");
        // document frequency and the word's id as the engine numbers words: first article holding it, rank in it
        Dataset<Row> df = postings.groupBy(col("word"))
                .agg(count(lit(1)).as("df"), min(struct(col("order").as("fo"), col("rank").as("fr"))).as("first"));
        Dataset<Row> words = salted(postings, df, "word", salts)
                .select(col("order"), lit(WORD).as("kind"), col("word").as("key"), col("count"), col("df"), col("first.fo").as("fo"),
                        col("first.fr").as("fr"));

        // the distinct words of an article's dated sentences, in few enough articles
        Dataset<Row> datedWords = good.select(col("order"), explode(array_distinct(flatten(col("dated")))).as("w"));
        Dataset<Row> dated = salted(datedWords, datedWords.groupBy(col("w")).agg(count(lit(1)).as("c")), "w", salts)
                .filter(col("c").leq(max)).select(col("order"), lit(DATED).as("kind"), col("w").as("key"));

        // the known events it dates itself by and those it names, of the events few enough articles do either with
        Dataset<Row> datedBy = good.select(col("order"), explode(col("datedBy")).as("e"));
        Dataset<Row> about = good.select(col("order"), explode(col("about")).as("e"));
        Dataset<Row> usableEvents = datedBy.groupBy(col("e")).agg(count(lit(1)).as("cd"))
                .join(about.groupBy(col("e")).agg(count(lit(1)).as("ca")), "e")
                .filter(col("cd").leq(max).and(col("ca").leq(max))).select(col("e"), lit(true).as("usable"));
        Dataset<Row> events = salted(datedBy, usableEvents, "e", salts).select(col("order"), lit(DATED_BY).as("kind"), col("e").as("key"))
                .union(salted(about, usableEvents, "e", salts).select(col("order"), lit(ABOUT).as("kind"), col("e").as("key")));

        Dataset<Row> keys = words.unionByName(dated.withColumn("count", lit(0)).withColumn("df", lit(0L)).withColumn("fo", lit(0L))
                        .withColumn("fr", lit(0)), false)
                .unionByName(events.withColumn("count", lit(0)).withColumn("df", lit(0L)).withColumn("fo", lit(0L)).withColumn("fr", lit(0)),
                        false);
        Dataset<Row> offers = keys.groupBy(col("order"))
                .agg(collect_list(struct(col("kind"), col("key"), col("count"), col("df"), col("fo"), col("fr"))).as("keys"))
                .join(good.select(col("order"), col("earliest"), col("latest"), col("dated"), col("datedBy"), col("about")), "order");

        int total = Math.toIntExact(n);
        int k = blocks(cells);
        int numCells = k * (k + 1) / 2;
        JavaPairRDD<Integer, Offer> toCells = offers.javaRDD()
                .map(r -> offer(r, total))
                .flatMapToPair(o -> {
                    int b = block(o.order(), k);
                    List<Tuple2<Integer, Offer>> out = new ArrayList<>(k);
                    for (int c = 0; c < k; c++) {
                        out.add(new Tuple2<>(cell(Math.min(b, c), Math.max(b, c), k), o));
                    }
                    return out.iterator();
                })
                // an Integer's hash is itself: cell c is partition c
                .partitionBy(new HashPartitioner(numCells));
        JavaRDD<Row> scored = toCells.mapPartitions(in -> scoreCells(in, k));
        return spark.createDataFrame(scored, LINK);
    }

    /** The fewest blocks whose cells (one per pair of blocks, and one per block) are at least {@code cells}. */
    static int blocks(int cells) {
        int k = 1;
        while (k * (k + 1) / 2 < cells) {
            k++;
        }
        return k;
    }

    /** The block of an article: a hash of its number (input order numbers files in its high bits, lines in its low). */
    static int block(long order, int k) {
        long h = order * 0x9E3779B97F4A7C15L;
        return (int) Math.floorMod(h ^ (h >>> 29), (long) k);
    }

    /** The number of cell (b, c), b <= c, of k blocks: 0 .. k(k+1)/2 - 1. */
    static int cell(int b, int c, int k) {
        return b * k - b * (b - 1) / 2 + (c - b);
    }

    /**
     * What one article offers for linking, compactly (it travels to k cells).
     *
     * @param words     its words, in order ({@link CorpusSimilarity#wordCounts})
     * @param weights   their TF-IDF weights
     * @param usable    its words in few enough articles to propose candidates
     * @param top       of its {@link SameHappening#TOP_TERMS} most weighted words, those in few enough articles
     * @param datedWords the words of its dated sentences in few enough articles
     * @param datedByUsable the known events it dates itself by, of those few enough articles date by or name
     * @param aboutUsable   the known events it names, of those
     * @param dated     its dated sentences' words (for the score)
     * @param datedBy   every known event it dates itself by (for the score)
     * @param about     every known event it names (for the score)
     */
    record Offer(long order, String[] words, double[] weights, String[] usable, String[] top, String[] datedWords,
                 String[] datedByUsable, String[] aboutUsable, String[][] dated, String[] datedBy, String[] about, String earliest,
                 String latest) implements Serializable {
    }

    /** An article's offer from its counted keys (kind, key, count, df, first article, rank there) and its clues. */
    private static Offer offer(Row r, int n) {
        List<Row> terms = new ArrayList<>();
        List<String> datedWords = new ArrayList<>();
        List<String> datedByUsable = new ArrayList<>();
        List<String> aboutUsable = new ArrayList<>();
        for (Row t : r.<Row>getList(1)) {
            switch (t.getInt(0)) {
                case WORD -> terms.add(t);
                case DATED -> datedWords.add(t.getString(1));
                case DATED_BY -> datedByUsable.add(t.getString(1));
                default -> aboutUsable.add(t.getString(1));
            }
        }
        terms.sort(Comparator.comparing(t -> t.getString(1)));
        int k = terms.size();
        String[] words = new String[k];
        int[] counts = new int[k];
        int[] dfs = new int[k];
        for (int p = 0; p < k; p++) {
            words[p] = terms.get(p).getString(1);
            counts[p] = terms.get(p).getInt(2);
            dfs[p] = Math.toIntExact(terms.get(p).getLong(3));
        }
        double[] w = CorpusSimilarity.weights(counts, dfs, n);
        // heaviest first; ties: the word the engine numbered first (first article holding it, then its rank there);
        // of those, the words in few enough articles to propose candidates
        String[] top = IntStream.range(0, k).boxed()
                .sorted(Comparator.<Integer>comparingDouble(p -> -w[p])
                        .thenComparingLong(p -> terms.get(p).getLong(4))
                        .thenComparingInt(p -> terms.get(p).getInt(5)))
                .limit(SameHappening.TOP_TERMS).filter(p -> dfs[p] <= SameHappening.MAX_POSTINGS).map(p -> words[p])
                .toArray(String[]::new);
        String[] usable = IntStream.range(0, k).filter(p -> dfs[p] <= SameHappening.MAX_POSTINGS).mapToObj(p -> words[p])
                .toArray(String[]::new);
        List<Object> sentences = r.getList(4);
        String[][] dated = new String[sentences.size()][];
        for (int s = 0; s < dated.length; s++) {
            dated[s] = seq(sentences.get(s)).toArray(String[]::new);
        }
        return new Offer(r.getLong(0), words, w, usable, top, datedWords.toArray(String[]::new), datedByUsable.toArray(String[]::new),
                aboutUsable.toArray(String[]::new), dated, r.<String>getList(5).toArray(String[]::new),
                r.<String>getList(6).toArray(String[]::new), r.getString(2), r.getString(3));
    }

    /** The links of the pairs of the cells of one partition (their articles, keyed by cell, in any order). */
    private static Iterator<Row> scoreCells(Iterator<Tuple2<Integer, Offer>> in, int k) {
        Map<Integer, List<Offer>> byCell = new TreeMap<>();
        while (in.hasNext()) {
            Tuple2<Integer, Offer> t = in.next();
            byCell.computeIfAbsent(t._1(), c -> new ArrayList<>()).add(t._2());
        }
        List<Row> out = new ArrayList<>();
        byCell.forEach((cell, offers) -> new Cell(cell, offers, k).score(out));
        return out.iterator();
    }

    /** The articles of one cell, indexed as the engine indexes a corpus. */
    private static final class Cell {
        private final Offer[] offers;
        private final int[] blocks;
        private final boolean diagonal;
        private final SameHappening.Clues[] clues;
        /** Each article's words as ids of this cell (in the order of its words) and the number of ids. */
        private final int[][] ids;
        private final Map<String, int[]> withWord;
        private final Map<String, int[]> withTop;
        private final Map<String, int[]> withDated;
        private final Map<String, int[]> datedByEvent;
        private final Map<String, int[]> aboutEvent;
        private final int vocabulary;

        Cell(int id, List<Offer> cell, int k) {
            offers = cell.stream().sorted(Comparator.comparingLong(Offer::order)).toArray(Offer[]::new);
            int m = offers.length;
            blocks = new int[m];
            clues = new SameHappening.Clues[m];
            ids = new int[m][];
            Map<String, Integer> vocabulary = new HashMap<>();
            for (int x = 0; x < m; x++) {
                Offer o = offers[x];
                blocks[x] = block(o.order(), k);
                List<Set<String>> sentences = new ArrayList<>();
                for (String[] s : o.dated()) {
                    sentences.add(new LinkedHashSet<>(Arrays.asList(s)));
                }
                clues[x] = new SameHappening.Clues("", sentences, Set.copyOf(Arrays.asList(o.datedBy())),
                        Set.copyOf(Arrays.asList(o.about())), LocalDate.parse(o.earliest()),
                        LocalDate.parse(o.latest()));
                ids[x] = new int[o.words().length];
                for (int p = 0; p < ids[x].length; p++) {
                    ids[x][p] = vocabulary.computeIfAbsent(o.words()[p], w -> vocabulary.size());
                }
            }
            this.vocabulary = vocabulary.size();
            // every article of cell (b, c) is of block b or c
            diagonal = m > 0 && cell(blocks[0], blocks[0], k) == id;
            withWord = postings(Offer::usable);
            withTop = postings(Offer::top);
            withDated = postings(Offer::datedWords);
            datedByEvent = postings(Offer::datedByUsable);
            aboutEvent = postings(Offer::aboutUsable);
        }

        /** For each key, the articles (ascending) that hold it. */
        private Map<String, int[]> postings(java.util.function.Function<Offer, String[]> keys) {
            Map<String, List<Integer>> lists = new HashMap<>();
            for (int x = 0; x < offers.length; x++) {
                for (String key : keys.apply(offers[x])) {
                    lists.computeIfAbsent(key, w -> new ArrayList<>()).add(x);
                }
            }
            Map<String, int[]> out = new HashMap<>();
            lists.forEach((key, l) -> out.put(key, l.stream().mapToInt(Integer::intValue).toArray()));
            return out;
        }

        /** The links of this cell's pairs: each candidate pair once, from its first article, as the engine finds them. */
        void score(List<Row> out) {
            int m = offers.length;
            int[] seenBy = new int[m];
            Arrays.fill(seenBy, -1);
            int[] markedBy = new int[vocabulary];
            Arrays.fill(markedBy, -1);
            double[] weight = new double[vocabulary];
            int[] found = new int[m];
            for (int x = 0; x < m; x++) {
                Offer a = offers[x];
                int size = 0;
                // a word of x among y's top words, or a top word of x among y's words (both in few enough articles)
                size = addLater(a.usable(), withTop, x, seenBy, found, size);
                size = addLater(a.top(), withWord, x, seenBy, found, size);
                size = addLater(a.datedWords(), withDated, x, seenBy, found, size);
                size = addLater(a.datedByUsable(), aboutEvent, x, seenBy, found, size);
                size = addLater(a.aboutUsable(), datedByEvent, x, seenBy, found, size);
                if (size == 0) {
                    continue;
                }
                for (int p = 0; p < ids[x].length; p++) {
                    markedBy[ids[x][p]] = x;
                    weight[ids[x][p]] = a.weights()[p];
                }
                for (int f = 0; f < size; f++) {
                    int y = found[f];
                    SameHappening.Clues ca = clues[x];
                    SameHappening.Clues cb = clues[y];
                    if (ca.earliest().isAfter(cb.latest()) || cb.earliest().isAfter(ca.latest())) {
                        continue;
                    }
                    // CorpusSimilarity.cosine: over the shorter text's words, in their order, the products of the words
                    // both hold. Both texts' words are in the one order of wordCounts, so the shared words come in the same
                    // order from either text, and a product is the same whichever factor comes first: summed over y's
                    // words, it is the same sum to the last bit.
                    double dot = 0;
                    int[] yIds = ids[y];
                    double[] yWeights = offers[y].weights();
                    for (int p = 0; p < yIds.length; p++) {
                        if (markedBy[yIds[p]] == x) {
                            dot += weight[yIds[p]] * yWeights[p];
                        }
                    }
                    double cosine = Math.max(0, Math.min(1, dot));
                    double strength = SameHappening.score(ca, cb, cosine);
                    if (strength >= ArticleLinks.WEAKEST) {
                        out.add(RowFactory.create(a.order(), offers[y].order(), strength));
                    }
                }
            }
        }

        /** Adds the articles of each key's posting that come after x and make a pair of this cell, each once. */
        private int addLater(String[] keys, Map<String, int[]> postings, int x, int[] seenBy, int[] found, int size) {
            for (String key : keys) {
                int[] posting = postings.get(key);
                if (posting == null) {
                    continue;
                }
                int from = Arrays.binarySearch(posting, x + 1);
                for (int q = from >= 0 ? from : -from - 1; q < posting.length; q++) {
                    int y = posting[q];
                    if (seenBy[y] != x && (diagonal || blocks[y] != blocks[x])) {
                        seenBy[y] = x;
                        found[size++] = y;
                    }
                }
            }
            return size;
        }
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

    @SuppressWarnings("unchecked")
    private static List<String> seq(Object s) {
        if (s instanceof List<?> l) {
            return (List<String>) l;
        }
        return scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<String>) s);
    }
}
