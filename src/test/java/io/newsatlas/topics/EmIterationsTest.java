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
    try (EmIterations counted = new EmIterations(spark.sparkContext(), 1, reported::add)) {
      new LDA().setK(3).setOptimizer("em").setMaxIter(25).setSeed(1).setFeaturesCol(TopicCorpus.COUNTS)
          .fit(corpus.vectors().select(TopicCorpus.COUNTS));
      // Listeners hear of jobs asynchronously.
      spark.sparkContext().listenerBus().waitUntilEmpty();
    }
    assertThat(reported).isEqualTo(java.util.stream.IntStream.rangeClosed(1, 25).boxed().toList());
  }
}
