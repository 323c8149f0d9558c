package io.newsatlas.topics;

import static org.apache.spark.sql.functions.col;

import io.newsatlas.io.Tables;
import io.newsatlas.text.TermLexicon;
import io.newsatlas.timeline.Granularity;
import io.newsatlas.timeline.Periods;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Stage: the chosen model -> topics, document_topics, topics_over_time, topic_model_selection.
 * Topics are renumbered by share (0 the largest), so ids do not depend on LDA's arbitrary order.
 */
public final class Topics {
  public static final String ALL_LANGUAGES = "all";
  /**
   * Weights are summed as whole multiples of 2^-36: integer sums are exact in any order, so shares
   * and means do not depend on the order in which Spark merges partial sums (which follows the
   * cluster and the tasks' timing). 2^-36 is far below what a weight means; the sums overflow only
   * past 2^27 (134 million) documents.
   */
  static final double FIXED_POINT = 0x1p36;

  private Topics() {}

  private static final StructType WEIGHTS = new StructType()
      .add("docId", DataTypes.StringType, false)
      .add("language", DataTypes.StringType)
      .add("weights", DataTypes.createArrayType(DataTypes.DoubleType, false))
      .add("dominant", DataTypes.IntegerType, false);

  /** The chosen model's topic weights per document, in share order. */
  public record Assigned(Dataset<Row> weights, int[] order, double[] shares, long[] dominantDocuments) {}

  /**
   * Topic weights of every document of the fit's corpus (docId, language, weights[], dominant), topics renumbered.
   *
   * @param keep caches the model's inference, which the sums, the tables and the timeline all read
   */
  public static Assigned assign(TopicModels.Fit fit, UnaryOperator<Dataset<Row>> keep) {
    return assign(fit, keep, null);
  }

  /**
   * @param fixedOrder topic ids to keep (a saved model's: order[id] is the model's topic index), or null
   *     to number the topics by their share in this corpus
   */
  public static Assigned assign(TopicModels.Fit fit, UnaryOperator<Dataset<Row>> keep, int[] fixedOrder) {
    TopicCorpus corpus = fit.corpus();
    Dataset<Row> raw = keep.apply(fit.documentTopics());
    int k = fit.k();
    long[] sums = raw.javaRDD().map(row -> fixedPoint(((Vector) row.get(2)).toArray()))
        .fold(new long[k], Topics::plus);
    long modelled = corpus.modelled();
    // New id = rank by share; ties broken by LDA's index so the order is stable.
    int[] order = fixedOrder != null ? fixedOrder.clone() : IntStream.range(0, k).boxed()
        .sorted(Comparator.comparingLong((Integer t) -> -sums[t]).thenComparing(t -> t))
        .mapToInt(Integer::intValue).toArray();
    Dataset<Row> weights = raw.map((MapFunction<Row, Row>) row -> {
      double[] original = ((Vector) row.get(2)).toArray();
      double[] renumbered = new double[order.length];
      int dominant = 0;
      for (int topic = 0; topic < order.length; topic++) {
        renumbered[topic] = original[order[topic]];
        if (renumbered[topic] > renumbered[dominant]) {
          dominant = topic;
        }
      }
      // A Seq, as Row.getList expects: Spark can hand this row to the next map without encoding it.
      return RowFactory.create(row.getString(0), row.getString(1),
          scala.jdk.javaapi.CollectionConverters.asScala(Arrays.stream(renumbered).boxed().toList()).toSeq(), dominant);
    }, Encoders.row(WEIGHTS));
    double[] shares = new double[k];
    for (int topic = 0; topic < k; topic++) {
      shares[topic] = sums[order[topic]] / FIXED_POINT / modelled;
    }
    long[] dominantDocuments = new long[k];
    for (Row row : weights.groupBy("dominant").count().collectAsList()) {
      dominantDocuments[row.getInt(0)] = row.getLong(1);
    }
    return new Assigned(weights, order, shares, dominantDocuments);
  }

  /** document_topics: weights from {@code minWeight} up, and always the dominant topic. */
  public static Dataset<Row> documentTopics(Dataset<Row> weights, double minWeight, String modelId) {
    StructType schema = new StructType()
        .add("docId", DataTypes.StringType, false)
        .add("topicId", DataTypes.IntegerType, false)
        .add("weight", DataTypes.DoubleType, false)
        .add("dominant", DataTypes.BooleanType, false)
        .add("model_id", DataTypes.StringType, false);
    return weights.flatMap((FlatMapFunction<Row, Row>) row -> {
      List<Double> values = row.getList(2);
      int dominant = row.getInt(3);
      List<Row> out = new ArrayList<>();
      for (int topic = 0; topic < values.size(); topic++) {
        if (topic == dominant || values.get(topic) >= minWeight) {
          out.add(RowFactory.create(row.getString(0), topic, values.get(topic), topic == dominant, modelId));
        }
      }
      return out.iterator();
    }, Encoders.row(schema));
  }

  /** The topics table, built on the driver from the model and the per-language weight sums. */
  public static Dataset<Row> topicsTable(SparkSession spark, TopicModels.Fit fit, Assigned assigned,
      String[] vocabulary, int topTerms, String modelId) {
    Map<String, long[]> byLanguage = new TreeMap<>();
    for (Tuple2<String, long[]> entry : assigned.weights().javaRDD()
        .mapToPair(row -> new Tuple2<>(row.getString(1), fixedPoint(toArray(row.getList(2)))))
        .reduceByKey(Topics::plus).collect()) {
      byLanguage.put(entry._1(), entry._2());
    }
    List<Row> rows = new ArrayList<>();
    for (int topic = 0; topic < fit.k(); topic++) {
      int original = assigned.order()[topic];
      double[] weights = fit.termWeights()[original];
      List<Row> top = new ArrayList<>();
      for (int index : TopicModels.topTerms(weights, topTerms)) {
        top.add(RowFactory.create(vocabulary[index], weights[index]));
      }
      int t = topic;
      long total = byLanguage.values().stream().mapToLong(w -> w[t]).sum();
      Map<String, Double> mix = new TreeMap<>();
      byLanguage.forEach((language, w) -> mix.put(language, total == 0 ? 0 : (double) w[t] / total));
      rows.add(RowFactory.create(topic, label(fit.coherenceTerms()[original], vocabulary), top,
          fit.topicCoherence()[original], assigned.shares()[topic], assigned.dominantDocuments()[topic],
          scala.jdk.javaapi.CollectionConverters.asScala(mix), modelId));
    }
    return spark.createDataFrame(rows, Tables.TOPICS.schema());
  }

  /** Top three word terms, words separated by spaces: "money laundering · police · arrested". */
  static String label(int[] wordTerms, String[] vocabulary) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < Math.min(3, wordTerms.length); i++) {
      words.add(TermLexicon.words(vocabulary[wordTerms[i]]));
    }
    return String.join(" · ", words);
  }

  /** topic_model_selection: every fit tried. */
  public static Dataset<Row> selectionTable(SparkSession spark, TopicModels.Selection selection) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < selection.fits().size(); i++) {
      TopicModels.Fit fit = selection.fits().get(i);
      rows.add(RowFactory.create(fit.k(), fit.seed(), fit.coherence(), fit.logLikelihood(), fit.logPerplexity(), fit.seconds(),
          fit.optimizer(), fit.iterations(), fit.corpus().modelled(), fit.corpus().vocabulary().length, fit == selection.chosen(), selection.notes().get(i)));
    }
    return spark.createDataFrame(rows, Tables.TOPIC_MODEL_SELECTION.schema());
  }

  /** A timeline cell: modelled documents, dominant-topic counts and weight sums per topic (fixed point). */
  public record Cell(long documents, long[] dominant, long[] weights) implements java.io.Serializable {
    Cell plus(Cell other) {
      long[] d = dominant.clone();
      long[] w = weights.clone();
      for (int i = 0; i < d.length; i++) {
        d[i] += other.dominant[i];
        w[i] += other.weights[i];
      }
      return new Cell(documents + other.documents, d, w);
    }
  }

  /** A (period, language) of the timeline. */
  public record Slot(String label, LocalDate start, String bucket, String language) implements java.io.Serializable {}

  /** topics_over_time: cells per period and language (summed into 'all' here), on the full period axis. */
  public static List<Row> overTime(Map<Slot, Cell> cells, int k, Granularity granularity) {
    Map<Slot, Cell> all = new HashMap<>(cells);
    cells.forEach((slot, cell) -> all.merge(new Slot(slot.label(), slot.start(), slot.bucket(), ALL_LANGUAGES), cell,
        Cell::plus));
    List<Periods.Period> axis = Periods.axis(all.keySet().stream()
        .map(slot -> new Periods.Period(slot.label(), slot.start(), slot.bucket())).toList(), granularity);
    TreeSet<String> languages = new TreeSet<>();
    all.keySet().forEach(slot -> languages.add(slot.language()));
    Cell empty = new Cell(0, new long[k], new long[k]);
    List<Row> rows = new ArrayList<>();
    for (int topic = 0; topic < k; topic++) {
      for (String language : languages) {
        for (Periods.Period period : axis) {
          Cell cell = all.getOrDefault(new Slot(period.label(), period.start(), period.bucket(), language), empty);
          rows.add(RowFactory.create(period.label(), period.start() == null ? null : Date.valueOf(period.start()),
              period.bucket(), topic, language, cell.dominant()[topic],
              cell.documents() == 0 ? null : cell.weights()[topic] / FIXED_POINT / cell.documents(), cell.documents(),
              cell.documents() == 0 ? null : (double) cell.dominant()[topic] / cell.documents()));
        }
      }
    }
    return rows;
  }

  /** Cells per period and language: documents' weights joined with their periods, summed on the executors. */
  public static Map<Slot, Cell> cells(Dataset<Row> weights, Dataset<Row> documentPeriods, int k) {
    Dataset<Row> placed = weights.join(documentPeriods.select("docId", "period", "periodStart", "bucket"), "docId");
    Map<Slot, Cell> cells = new HashMap<>();
    for (Tuple2<Slot, Cell> entry : placed.javaRDD().mapToPair(row -> {
      Date start = row.getAs("periodStart");
      Slot slot = new Slot(row.getAs("period"), start == null ? null : start.toLocalDate(), row.getAs("bucket"),
          row.getAs("language"));
      long[] dominant = new long[k];
      dominant[row.<Integer>getAs("dominant")] = 1;
      return new Tuple2<>(slot, new Cell(1, dominant, fixedPoint(toArray(row.getList(row.fieldIndex("weights"))))));
    }).reduceByKey(Cell::plus).collect()) {
      cells.put(entry._1(), entry._2());
    }
    return cells;
  }

  public static Dataset<Row> overTimeFrame(SparkSession spark, List<Row> rows) {
    return spark.createDataFrame(rows, Tables.TOPICS_OVER_TIME.schema());
  }

  private static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static long[] fixedPoint(double[] weights) {
    long[] fixed = new long[weights.length];
    for (int i = 0; i < weights.length; i++) {
      fixed[i] = Math.round(weights[i] * FIXED_POINT);
    }
    return fixed;
  }

  private static long[] plus(long[] a, long[] b) {
    long[] sum = a.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += b[i];
    }
    return sum;
  }
}
