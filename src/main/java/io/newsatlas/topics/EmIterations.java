package io.newsatlas.topics;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.StageInfo;

/**
 * Counts an EM fit's iterations while MLlib runs them in one call: each iteration ends with one
 * Spark job, the fold of the topic totals, named after its call site in MLlib's LDAOptimizer; the
 * set-up runs one more before the first iteration. Every tenth iteration the graph's checkpoint
 * adds two jobs of the same name, which write the graph's vertices and edges: those are told apart
 * by the RDD their last stage computes. A line is skipped when the last one is too recent: on a small
 * corpus iterations take milliseconds and their lines would only scroll.
 */
final class EmIterations extends SparkListener implements AutoCloseable {
  static final String ITERATION_JOB = "fold at LDAOptimizer.scala";
  // The fold's own RDD; a checkpoint job's is GraphX's VertexRDD or EdgeRDD.
  static final String ITERATION_RDD = "values at LDAOptimizer.scala";

  private final SparkContext spark;
  private final int every;
  private final long minNanosBetween;
  private final LongSupplier clock;
  private final IntConsumer report;
  private final AtomicInteger folds = new AtomicInteger();
  private long lastLine;

  /**
   * Calls report with the iteration number on every {@code every}-th iteration at least
   * minSecondsBetween after the previous call (or after this was made), until closed.
   */
  EmIterations(SparkContext spark, int every, double minSecondsBetween, IntConsumer report) {
    this(spark, every, minSecondsBetween, System::nanoTime, report);
  }

  EmIterations(SparkContext spark, int every, double minSecondsBetween, LongSupplier clock, IntConsumer report) {
    this.spark = spark;
    this.every = every;
    this.minNanosBetween = (long) (minSecondsBetween * 1e9);
    this.clock = clock;
    this.report = report;
    this.lastLine = clock.getAsLong();
    spark.addSparkListener(this);
  }

  @Override
  public void onJobStart(SparkListenerJobStart job) {
    // A job's last stage (the highest id) is its result stage, whose first RDD is the one computed.
    boolean iteration = scala.jdk.javaapi.CollectionConverters.asJava(job.stageInfos()).stream()
        .max(java.util.Comparator.comparingInt(StageInfo::stageId))
        .filter(last -> last.name().startsWith(ITERATION_JOB) && !last.rddInfos().isEmpty()
            && last.rddInfos().head().callSite().startsWith(ITERATION_RDD))
        .isPresent();
    if (iteration) {
      iterationStarted(folds.incrementAndGet() - 1);
    }
  }

  /** Iteration n is under way (0 is the set-up's fold): its predecessor is done. */
  void iterationStarted(int n) {
    if (n > 0 && n % every == 0) {
      long now = clock.getAsLong();
      if (now - lastLine >= minNanosBetween) {
        lastLine = now;
        report.accept(n);
      }
    }
  }

  @Override
  public void close() {
    spark.removeSparkListener(this);
  }
}
