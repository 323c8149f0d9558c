package io.newsatlas.pipeline;

import io.newsatlas.config.SparkSettings;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.execution.LogicalRDD;
import org.apache.spark.storage.StorageLevel;

/**
 * What a stage hands on to the next ones, kept once (spark.stage_outputs) and released at the end of
 * the run. A local checkpoint also cuts the lineage: a later query then plans a scan of the kept rows
 * instead of every stage before it, which on the seeds took most of the driver's time.
 */
final class StageOutputs implements AutoCloseable {
  private final String mode;
  private final List<Dataset<?>> kept = new ArrayList<>();

  StageOutputs(String mode) {
    this.mode = mode;
  }

  /** The Dataset materialised now (one Spark job), or itself when it is already kept. */
  <T> Dataset<T> keep(Dataset<T> data) {
    if (isKept(data)) {
      return data; // a stage that changed nothing returns its (already kept) input
    }
    Dataset<T> result = mode.equals(SparkSettings.CACHE)
        ? data.persist(StorageLevel.MEMORY_AND_DISK())
        : data.localCheckpoint(true, StorageLevel.MEMORY_AND_DISK());
    kept.add(result);
    return result;
  }

  private static boolean isKept(Dataset<?> data) {
    return data.storageLevel().useMemory() || data.storageLevel().useDisk() || checkpointed(data) != null;
  }

  private static LogicalRDD checkpointed(Dataset<?> data) {
    return ((org.apache.spark.sql.classic.Dataset<?>) data).logicalPlan() instanceof LogicalRDD rdd ? rdd : null;
  }

  /**
   * Waits for the blocks to go: the run ends right after, and removals still in flight when Spark
   * stops end as a screenful of RejectedExecutionException warnings (seen at 300,000 documents).
   */
  @Override
  public void close() {
    for (Dataset<?> data : kept) {
      LogicalRDD rdd = checkpointed(data);
      if (rdd != null) {
        rdd.rdd().unpersist(true);
      } else {
        data.unpersist(true);
      }
    }
    kept.clear();
  }
}
