package io.newsatlas.pipeline;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress lines for the user ("ingest: read 5 files in 3.2 s") and wall time per stage for the
 * run manifest. Also names Spark jobs after the stage, so the Spark UI reads like the pipeline.
 */
public final class Progress {
  private static final Logger LOG = LoggerFactory.getLogger("newsatlas");

  private final SparkContext spark;
  private final java.util.function.Consumer<String> afterStage;
  private final Map<String, Long> timingsMs = new LinkedHashMap<>();
  private final Map<String, Long> jobsByStage = new LinkedHashMap<>();

  private final java.util.concurrent.atomic.AtomicInteger jobs = new java.util.concurrent.atomic.AtomicInteger();

  /** @param afterStage called with each stage's name when it is done (tests use it to inject failures) */
  public Progress(SparkContext spark, java.util.function.Consumer<String> afterStage) {
    this.spark = spark;
    this.afterStage = afterStage;
    spark.addSparkListener(new org.apache.spark.scheduler.SparkListener() {
      @Override
      public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart jobStart) {
        jobs.incrementAndGet();
      }
    });
  }

  public static void info(String format, Object... args) {
    LOG.info(String.format(Locale.ROOT, format, args));
  }

  /**
   * Runs one stage, records its wall time and Spark jobs, and prints the line {@code summary} makes of
   * its result. The summary is made within the stage's time and jobs: counts it runs are the stage's.
   */
  public <T> T stage(String name, Supplier<T> work, java.util.function.Function<T, String> summary) {
    spark.setJobDescription(name);
    long start = System.nanoTime();
    int jobsBefore = jobs.get();
    T result = work.get();
    String line = summary.apply(result);
    long ms = (System.nanoTime() - start) / 1_000_000;
    int stageJobs = jobs.get() - jobsBefore;
    timingsMs.merge(name, ms, Long::sum);
    jobsByStage.merge(name, (long) stageJobs, Long::sum);
    spark.setJobDescription(null);
    info("%-10s %s (%.1f s, %d Spark jobs)", name + ":", line, ms / 1000.0, stageJobs);
    afterStage.accept(name);
    return result;
  }

  public Map<String, Long> orderedTimingsMs() {
    return new LinkedHashMap<>(timingsMs);
  }

  /** Spark jobs each stage ran, in stage order. */
  public Map<String, Long> orderedJobs() {
    return new LinkedHashMap<>(jobsByStage);
  }
}
