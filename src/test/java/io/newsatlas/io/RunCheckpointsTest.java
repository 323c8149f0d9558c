package io.newsatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCheckpointsTest {
  @TempDir
  Path temp;

  @Test
  void checkpointsAreWrittenInTheStagingFolderAndDeletedOnClose() {
    SparkSession spark = SparkTestSession.get();
    OutputFolder output = OutputFolder.prepare(temp.resolve("out").toString(), spark.sparkContext().hadoopConfiguration(),
        "run1");
    Path staging = Path.of(output.staging().toUri());
    Path folder;
    try (RunCheckpoints checkpoints = RunCheckpoints.open(spark, output, "run1")) {
      folder = Path.of(checkpoints.folder().toUri());
      assertThat(folder).isEqualTo(staging.resolve("checkpoints"));
      JavaRDD<Integer> numbers = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(List.of(1, 2, 3), 2);
      numbers.checkpoint();
      assertThat(numbers.reduce(Integer::sum)).isEqualTo(6);
      assertThat(numbers.getCheckpointFile().orElse("none")).startsWith(checkpoints.folder().toString());
      assertThat(folder).isDirectoryRecursivelyContaining("glob:**/part-00001");
    }
    assertThat(folder).doesNotExist();
    assertThat(staging).isDirectory();
  }

  @Test
  void aConfiguredCheckpointDirectoryGetsAFolderPerRun() {
    org.apache.hadoop.fs.Path staging = new org.apache.hadoop.fs.Path("file:/data/.out.staging-run1");
    assertThat(RunCheckpoints.folder("hdfs://nn/checkpoints", staging, "run1"))
        .hasToString("hdfs://nn/checkpoints/newsatlas-run1");
    assertThat(RunCheckpoints.folder(null, staging, "run1")).hasToString("file:/data/.out.staging-run1/checkpoints");
  }
}
