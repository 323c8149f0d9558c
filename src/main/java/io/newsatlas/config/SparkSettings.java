package io.newsatlas.config;

import java.util.Map;

/**
 * How the job gets its SparkSession.
 *
 * @param master Spark master; empty means the one spark-submit gave, else local[*]
 * @param shufflePartitions 0 sizes shuffles from the input bytes
 * @param extra any other Spark setting, passed through unchanged
 */
public record SparkSettings(String master, String appName, int shufflePartitions, Map<String, String> extra) implements java.io.Serializable {
  void validate() {
    ConfigException.check(shufflePartitions >= 0,
        "Invalid spark.shuffle_partitions: %d (must be 0 for automatic, or a positive count)", shufflePartitions);
    ConfigException.check(appName != null && !appName.isBlank(), "Invalid spark.app_name: empty (give the job a name)");
  }
}
