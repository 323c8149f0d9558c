package io.newsatlas.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The run's checkpoint folder, for EM LDA. EM adds a graph to its lineage with every iteration, and
 * MLlib cuts that lineage (every checkpointInterval iterations) only when Spark has a checkpoint
 * folder; without one, a long fit can overflow a task's stack. The folder is a run-named child of
 * spark.checkpoint.dir when that is set, else of the run's staging folder, which executors reach as
 * they reach the output. Closing deletes it, so the published output never holds checkpoints.
 */
public final class RunCheckpoints implements AutoCloseable {
  static final String FOLDER = "checkpoints";

  private final FileSystem fs;
  private final Path folder;

  private RunCheckpoints(FileSystem fs, Path folder) {
    this.fs = fs;
    this.folder = folder;
  }

  /** Points Spark's checkpoints at this run's folder (the setting is per SparkContext, so every run sets it anew). */
  public static RunCheckpoints open(SparkSession spark, OutputFolder output, String runId) {
    var configured = spark.sparkContext().getConf().getOption("spark.checkpoint.dir");
    Path folder = folder(configured.isDefined() ? configured.get() : null, output.staging(), runId);
    try {
      FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
      Path qualified = fs.makeQualified(folder);
      spark.sparkContext().setCheckpointDir(qualified.toString());
      return new RunCheckpoints(fs, qualified);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the checkpoint folder " + folder + " (spark.checkpoint.dir): "
          + e.getMessage(), e);
    }
  }

  /** A run-named child of spark.checkpoint.dir (shared by runs), else a child of the run's own staging folder. */
  static Path folder(String configured, Path staging, String runId) {
    return configured != null ? new Path(configured, "newsatlas-" + runId) : new Path(staging, FOLDER);
  }

  public Path folder() {
    return folder;
  }

  @Override
  public void close() {
    try {
      fs.delete(folder, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the checkpoint folder " + folder + "; delete it by hand: "
          + e.getMessage(), e);
    }
  }
}
