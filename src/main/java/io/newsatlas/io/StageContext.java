package io.newsatlas.io;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a stage gets from the run it is part of: where to keep the Datasets it hands on, a progress
 * line (timed, with its Spark jobs) per step, and the run manifest's counts.
 */
public interface StageContext {
  /** The Dataset materialised once for the stages after this one (see spark.stage_outputs). */
  <T> Dataset<T> keep(Dataset<T> data);

  /** Runs one step with a progress line of {@code summary}, which is timed and counted with it (so may count rows). */
  <T> T step(String name, Supplier<T> work, Function<T, String> summary);

  /** A count for run_manifest.counts. */
  void manifestCount(String key, long value);

  /** Rows per value of one column, in one Spark job. */
  static Map<String, Long> countBy(Dataset<Row> data, String column) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row row : data.groupBy(column).count().collectAsList()) {
      counts.put(String.valueOf(row.get(0)), row.getLong(1));
    }
    return counts;
  }
}
