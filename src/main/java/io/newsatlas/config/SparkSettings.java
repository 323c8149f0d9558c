package io.newsatlas.config;

import java.util.List;
import java.util.Map;

/**
 * How the job gets its SparkSession and how it keeps what stages hand on.
 *
 * @param master Spark master; empty means the one spark-submit gave, else local[*]
 * @param shufflePartitions 0 sizes shuffles from the input bytes, one per {@code shufflePartitionBytes}
 * @param adaptive Spark's adaptive query execution (spark.sql.adaptive.enabled)
 * @param interpretBelowBytes an input smaller than this runs Spark's expressions interpreted, with no
 *     code generated per query; 0 always generates code
 * @param stageOutputs how a stage's output Datasets are kept for the next stages: {@link #LOCAL_CHECKPOINT}
 *     or {@link #CACHE}
 * @param extra any other Spark setting, passed through unchanged
 */
public record SparkSettings(String master, String appName, int shufflePartitions, long shufflePartitionBytes,
    boolean adaptive, long interpretBelowBytes, String stageOutputs, Map<String, String> extra) implements java.io.Serializable {
  /** Kept on the executors with their lineage cut: later queries plan in milliseconds; lost with an executor. */
  public static final String LOCAL_CHECKPOINT = "local_checkpoint";
  /** Cached with the whole lineage: recomputed after an executor loss, but every later query plans it all again. */
  public static final String CACHE = "cache";
  public static final List<String> STAGE_OUTPUTS = List.of(LOCAL_CHECKPOINT, CACHE);

  void validate() {
    ConfigException.check(shufflePartitions >= 0,
        "Invalid spark.shuffle_partitions: %d (must be 0 for automatic, or a positive count)", shufflePartitions);
    ConfigException.check(shufflePartitionBytes >= 1 << 20,
        "Invalid spark.shuffle_partition_bytes: %d (must be at least 1 MiB, 1048576)", shufflePartitionBytes);
    ConfigException.check(interpretBelowBytes >= 0,
        "Invalid spark.interpret_below_bytes: %d (must be 0 to always generate code, or a size in bytes)",
        interpretBelowBytes);
    ConfigException.check(appName != null && !appName.isBlank(), "Invalid spark.app_name: empty (give the job a name)");
    ConfigException.check(STAGE_OUTPUTS.contains(stageOutputs),
        "Invalid spark.stage_outputs: '%s' (must be one of %s)", stageOutputs, STAGE_OUTPUTS);
  }
}
