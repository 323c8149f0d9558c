package io.newsatlas.bench;

import static org.apache.spark.sql.functions.col;

import io.newsatlas.config.JobConfig;
import io.newsatlas.config.JobConfigLoader;
import io.newsatlas.topics.GibbsBlock;
import io.newsatlas.topics.GibbsSampler;
import io.newsatlas.topics.TopicCorpus;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Benchmark (not a unit test): the Gibbs sampler alone, one thread, on a finished run's modelled
 * documents as one block, so a change to {@link GibbsSampler} is measured without Spark's rounds.
 * Prints token samples per second and the log-likelihood after the sweeps at each K.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.newsatlas.bench.SamplerBenchmark \
 *   -Dexec.args="OUTPUT [SWEEPS [K...]]"</pre>
 */
public final class SamplerBenchmark {
  private SamplerBenchmark() {}

  public static void main(String[] args) {
    String output = args[0];
    int sweeps = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int[] ks = args.length > 2 ? Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray()
        : new int[] {10, 20, 40};
    SparkSession spark = SparkSession.builder().master("local[*]").appName("newsatlas-sampler-benchmark")
        .config("spark.ui.enabled", "false").getOrCreate();
    JobConfig config = JobConfigLoader.load(Path.of("conf/newsatlas.yaml"), Map.of(), List.of()).config();
    TopicCorpus corpus = TopicCorpus.of(spark.read().parquet(output + "/tables/tokens")
        .select(col("doc_id").as("docId"), col("language"), col("terms"), col("concepts")), config.topics(), "gibbs");
    List<Row> rows = corpus.vectors().select("docId", TopicCorpus.COUNTS).orderBy("docId").collectAsList();
    spark.stop();
    int vocabulary = corpus.vocabulary().length;
    long tokens = corpus.tokens();
    System.out.printf("%d documents, %d tokens, %d terms, %d sweeps%n", rows.size(), tokens, vocabulary, sweeps);
    for (int k : ks) {
      double[] alpha = new double[k];
      Arrays.fill(alpha, config.topics().gibbsAlphaSum() / k);
      GibbsSampler sampler = new GibbsSampler(k, vocabulary, alpha, config.topics().gibbsBeta());
      GibbsBlock block = GibbsBlock.of(rows.iterator(), k, new SplittableRandom(config.seed()));
      int[] counts = block.counts(vocabulary, k);
      long started = System.nanoTime();
      // Rounds of 5 sweeps, as the job's default, each against the counts after the last.
      for (int done = 0; done < sweeps; done += 5) {
        block = sampler.sweep(block, counts, Math.min(5, sweeps - done), new SplittableRandom(config.seed() + done));
        counts = block.counts(vocabulary, k);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("K=%d: %.2fM token samples/s on one thread, log-likelihood %.6g (%.1f s)%n", k,
          (double) tokens * sweeps / seconds / 1e6,
          sampler.documentLogLikelihood(block) + sampler.wordLogLikelihood(counts), seconds);
    }
  }
}
