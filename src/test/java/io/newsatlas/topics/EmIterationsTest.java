package io.newsatlas.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.SparkTestSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmIterationsTest {
  @Test
  void countsEachIterationOnceThoughCheckpointsRunJobsOfTheSameName(@TempDir Path checkpoints) throws Exception {
    SparkSession spark = SparkTestSession.get();
    // As in a run: MLlib checkpoints EM's graph every 10 iterations, each with two more jobs.
    spark.sparkContext().setCheckpointDir(checkpoints.toString());
    TopicCorpus corpus = TopicCorpus.of(TopicModelsTest.tokens(spark, 10, 15, new Random(3)),
        io.newsatlas.TestSettings.defaults("topics.max_document_share=0.5").topics());
    List<Integer> reported = new CopyOnWriteArrayList<>();
    try (EmIterations counted = new EmIterations(spark.sparkContext(), 1, 0, reported::add)) {
      new LDA().setK(3).setOptimizer("em").setMaxIter(25).setSeed(1).setFeaturesCol(TopicCorpus.COUNTS)
          .fit(corpus.vectors().select(TopicCorpus.COUNTS));
      // Listeners hear of jobs asynchronously.
      spark.sparkContext().listenerBus().waitUntilEmpty();
    }
    assertThat(reported).isEqualTo(java.util.stream.IntStream.rangeClosed(1, 25).boxed().toList());
  }

  @Test
  void skipsALineWithinTheLeastTimeBetweenLines() {
    long[] now = {0};
    List<Integer> reported = new java.util.ArrayList<>();
    try (EmIterations counted = new EmIterations(SparkTestSession.get().sparkContext(), 10, 15, () -> now[0],
        reported::add)) {
      // 10 comes 20 s after the start, 20 only 5 s after 10's line, 30 15 s after it; 35 is no tenth.
      int[] secondsAt = {20, 25, 35, 37, 40, 55};
      int[] iteration = {10, 20, 30, 35, 40, 50};
      for (int i = 0; i < iteration.length; i++) {
        now[0] = secondsAt[i] * 1_000_000_000L;
        counted.iterationStarted(iteration[i]);
      }
    }
    assertThat(reported).containsExactly(10, 30, 50);
  }
}
