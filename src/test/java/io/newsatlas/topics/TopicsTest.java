package io.newsatlas.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsatlas.SparkTestSession;
import io.newsatlas.timeline.Granularity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class TopicsTest {
  /** What Topics.assign gives: a document's weights in share order and its dominant topic. */
  static final StructType WEIGHTS = new StructType()
      .add("docId", DataTypes.StringType)
      .add("language", DataTypes.StringType)
      .add("weights", DataTypes.createArrayType(DataTypes.DoubleType))
      .add("dominant", DataTypes.IntegerType);

  @Test
  void overTimeFillsEmptyPeriodsAndKeepsBuckets() {
    Topics.Slot january = new Topics.Slot("2026-01", LocalDate.of(2026, 1, 1), "dated", "en");
    Topics.Slot march = new Topics.Slot("2026-03", LocalDate.of(2026, 3, 1), "dated", "vi");
    Topics.Slot partial = new Topics.Slot("partial_date", null, "partial_date", "en");
    Map<Topics.Slot, Topics.Cell> cells = Map.of(
        january, new Topics.Cell(2, new long[] {2, 0}, Topics.fixedPoint(new double[] {1.5, 0.5})),
        march, new Topics.Cell(1, new long[] {0, 1}, Topics.fixedPoint(new double[] {0.2, 0.8})),
        partial, new Topics.Cell(1, new long[] {1, 0}, Topics.fixedPoint(new double[] {0.9, 0.1})));
    List<Row> rows = Topics.overTime(cells, 2, Granularity.MONTH);
    // 2 topics x 3 languages (en, vi, all) x 4 periods (January to March, and the partial bucket).
    assertThat(rows).hasSize(2 * 3 * 4);
    Row februaryAll = find(rows, "2026-02", 0, "all");
    assertThat(februaryAll.getLong(5)).isZero();
    assertThat(februaryAll.get(6)).isNull();
    assertThat(februaryAll.getLong(7)).isZero();
    Row januaryEn = find(rows, "2026-01", 0, "en");
    assertThat(januaryEn.getLong(5)).isEqualTo(2);
    assertThat(januaryEn.getDouble(6)).isEqualTo(0.75);
    assertThat(januaryEn.getDouble(8)).isEqualTo(1.0);
    Row marchAll = find(rows, "2026-03", 1, "all");
    assertThat(marchAll.getLong(5)).isEqualTo(1);
    assertThat(marchAll.getDouble(6)).isCloseTo(0.8, within(1e-10));
    Row partialAll = find(rows, "partial_date", 0, "all");
    assertThat(partialAll.get(1)).isNull();
    assertThat(partialAll.getString(2)).isEqualTo("partial_date");
    assertThat(partialAll.getLong(5)).isEqualTo(1);
  }

  private static Row find(List<Row> rows, String period, int topic, String language) {
    return rows.stream().filter(r -> r.getString(0).equals(period) && r.getInt(3) == topic
        && r.getString(4).equals(language)).findFirst().orElseThrow();
  }

  /** Spark merges partial sums in the order tasks finish; the timeline must not depend on it. */
  @Test
  void timelineIsTheSameWhateverThePartitioning() {
    StructType periodsSchema = new StructType()
        .add("docId", DataTypes.StringType)
        .add("period", DataTypes.StringType)
        .add("periodStart", DataTypes.DateType)
        .add("bucket", DataTypes.StringType);
    java.util.Random random = new java.util.Random(3);
    List<Row> weightRows = new java.util.ArrayList<>();
    List<Row> periodRows = new java.util.ArrayList<>();
    for (int d = 0; d < 300; d++) {
      double a = random.nextDouble() / 3;
      double b = random.nextDouble() / 3;
      weightRows.add(RowFactory.create("d" + d, d % 3 == 0 ? "vi" : "en", new Double[] {a, b, 1 - a - b}, 2));
      int month = 1 + d % 4;
      periodRows.add(RowFactory.create("d" + d, "2026-0" + month, java.sql.Date.valueOf(LocalDate.of(2026, month, 1)),
          "dated"));
    }
    var spark = SparkTestSession.get();
    Dataset<Row> weights = spark.createDataFrame(weightRows, WEIGHTS);
    Dataset<Row> periods = spark.createDataFrame(periodRows, periodsSchema);
    List<Row> onePartition = Topics.overTime(Topics.cells(weights.coalesce(1), periods, 3), 3, Granularity.MONTH);
    List<Row> shuffled = Topics.overTime(Topics.cells(weights.repartition(7).orderBy(
        org.apache.spark.sql.functions.col("docId").desc()), periods.repartition(5), 3), 3, Granularity.MONTH);
    assertThat(shuffled).isEqualTo(onePartition);
    // 75 documents a month, each weighing 1 - a - b on topic 2 (a and b below 1/3): a mean near 2/3.
    Row january = find(onePartition, "2026-01", 2, "all");
    assertThat(january.getLong(7)).isEqualTo(75);
    assertThat(january.getDouble(6)).isBetween(0.6, 0.73);
  }

  @Test
  void documentTopicsKeepHeavyWeightsAndTheDominantOne() {
    Dataset<Row> weights = SparkTestSession.get().createDataFrame(List.of(
        RowFactory.create("a", "en", new Double[] {0.005, 0.6, 0.395}, 1),
        RowFactory.create("b", "vi", new Double[] {0.34, 0.33, 0.33}, 0)), WEIGHTS);
    List<Row> rows = Topics.documentTopics(weights, 0.35, "m1").orderBy("docId", "topicId").collectAsList();
    assertThat(rows).extracting(Row::toString).containsExactly("[a,1,0.6,true,m1]", "[a,2,0.395,false,m1]",
        "[b,0,0.34,true,m1]");
  }

  @Test
  void labelJoinsTheTopThreeWords() {
    String[] vocabulary = {"money_laundering", "police", "concept:drugs", "arrested", "bank"};
    assertThat(Topics.label(new int[] {0, 1, 3, 4}, vocabulary)).isEqualTo("money laundering · police · arrested");
  }
}
