package io.newsatlas.topics;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;

/**
 * Counts an EM fit's iterations while MLlib runs them in one call: each iteration ends with one
 * Spark job, the fold of the topic totals, named after its call site in MLlib's LDAOptimizer.
 */
final class EmIterations extends SparkListener implements AutoCloseable {
  static final String ITERATION_JOB = "fold at LDAOptimizer.scala";

  private final SparkContext spark;
  private final int every;
  private final IntConsumer report;
  private final AtomicInteger iterations = new AtomicInteger();

  /** Calls report with the iteration number on every {@code every}-th iteration, until closed. */
  EmIterations(SparkContext spark, int every, IntConsumer report) {
    this.spark = spark;
    this.every = every;
    this.report = report;
    spark.addSparkListener(this);
  }

  @Override
  public void onJobStart(SparkListenerJobStart job) {
    boolean iteration = scala.jdk.javaapi.CollectionConverters.asJava(job.stageInfos()).stream()
        .anyMatch(stage -> stage.name().startsWith(ITERATION_JOB));
    if (iteration) {
      int n = iterations.incrementAndGet();
      if (n % every == 0) {
        report.accept(n);
      }
    }
  }

  @Override
  public void close() {
    spark.removeSparkListener(this);
  }
}
