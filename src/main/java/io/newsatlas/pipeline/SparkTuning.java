package io.newsatlas.pipeline;

import io.newsatlas.config.SparkSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.spark.sql.SparkSession;

/**
 * The session settings a run sizes from its input: shuffle partitions (spark.shuffle_partitions),
 * adaptive execution (spark.adaptive) and whether Spark's expressions are compiled or interpreted
 * (spark.interpret_below_bytes).
 *
 * @param settings the Spark SQL settings to apply, by key
 * @param summary the progress line's text
 */
record SparkTuning(Map<String, String> settings, String summary) {
  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  static final String ADAPTIVE = "spark.sql.adaptive.enabled";
  static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";
  static final String FACTORY_MODE = "spark.sql.codegen.factoryMode";

  /**
   * @param parallelism the cluster's default parallelism, the fewest shuffle partitions sized from the input
   * @param givenToSpark whether a key was set in Spark's own configuration (spark.extra, spark-submit)
   */
  static SparkTuning of(long inputBytes, SparkSettings spark, int parallelism, Predicate<String> givenToSpark) {
    long bytesPerPartition = spark.shufflePartitionBytes();
    int partitions = spark.shufflePartitions() > 0
        ? spark.shufflePartitions()
        : (int) Math.max(parallelism, (inputBytes + bytesPerPartition - 1) / bytesPerPartition);
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(SHUFFLE_PARTITIONS, String.valueOf(partitions));
    settings.put(ADAPTIVE, String.valueOf(spark.adaptive()));
    // Our stages' work is in Java functions; Spark's generated code only speeds its own expressions,
    // and compiling it for each query cost more than it saved on every corpus below 32 MiB measured
    // (docs/benchmarks.md). The two codegen keys go together: when Spark was given either, both stay.
    boolean interpret = inputBytes < spark.interpretBelowBytes();
    boolean codegenGiven = givenToSpark.test(WHOLE_STAGE) || givenToSpark.test(FACTORY_MODE);
    if (!codegenGiven) {
      settings.put(WHOLE_STAGE, interpret ? "false" : "true");
      settings.put(FACTORY_MODE, interpret ? "NO_CODEGEN" : "FALLBACK");
    }
    String expressions = codegenGiven ? "as Spark's spark.sql.codegen settings give"
        : interpret ? String.format("interpreted (input below spark.interpret_below_bytes, %.1f MB)",
            spark.interpretBelowBytes() / 1e6)
        : "compiled";
    return new SparkTuning(settings, String.format("%d shuffle partitions, adaptive execution %s, expressions %s",
        partitions, spark.adaptive() ? "on" : "off", expressions));
  }

  /** Sets this run's settings on the session and says so in a progress line. */
  static void apply(SparkSession spark, SparkSettings settings, long inputBytes) {
    SparkTuning tuning = of(inputBytes, settings, spark.sparkContext().defaultParallelism(),
        spark.sparkContext().getConf()::contains);
    tuning.settings().forEach(spark.conf()::set);
    Progress.info("spark:     %s", tuning.summary());
  }
}
