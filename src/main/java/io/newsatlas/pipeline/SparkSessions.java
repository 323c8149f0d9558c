package io.newsatlas.pipeline;

import io.newsatlas.config.SparkSettings;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The job's SparkSession: the master spark-submit gave, else the configured one, else local[*]. */
public final class SparkSessions {
  public static final String LOCAL = "local[*]";

  private SparkSessions() {}

  public static SparkSession create(SparkSettings settings) {
    SparkConf conf = new SparkConf().setAppName(settings.appName());
    if (!settings.master().isBlank()) {
      conf.setMaster(settings.master());
    } else if (!conf.contains("spark.master")) {
      conf.setMaster(LOCAL);
    }
    // Dates are calendar days: one time zone everywhere keeps them the same on every machine.
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.ui.showConsoleProgress", String.valueOf(System.console() != null));
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    settings.extra().forEach(conf::set);
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
