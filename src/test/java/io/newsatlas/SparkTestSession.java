package io.newsatlas;

import org.apache.spark.sql.SparkSession;

/** One small local SparkSession per test JVM, as Spark's own SharedSparkSession does. */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null || session.sparkContext().isStopped()) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("newsatlas-test")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          // As the job sets it (spark.adaptive); a stage test then plans as the job does.
          .config("spark.sql.adaptive.enabled", "false")
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
    }
    return session;
  }
}
