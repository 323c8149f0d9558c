package io.newsatlas.eval;

import static org.apache.spark.sql.functions.col;

import io.newsatlas.bench.MalletLda;
import io.newsatlas.config.JobConfigLoader;
import io.newsatlas.config.TopicSettings;
import io.newsatlas.topics.Coherence;
import io.newsatlas.topics.TopicCorpus;
import io.newsatlas.topics.TopicModels;
import io.newsatlas.topics.Topics;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Evaluation (not a unit test): refits the topic model (one fit of the chosen K, with
 * topics.final_optimizer) on a finished run's tokens table with other settings, and prints coherence,
 * NMI and purity against Reuters TOPICS labels for each, so settings can be compared without
 * rerunning the whole job. Each argument after the output is
 * one variant: --set overrides separated by semicolons, e.g. "topics.k=20;topics.max_iterations=200"; "seed=7"
 * refits with another seed, which shows how much of a difference is noise; "model=mallet" fits MALLET's
 * LDA (as bench/run.sh does) instead of the stage's, a fast reference for the effect of corpus settings;
 * "terms=words" splits multi-word terms (collocations, dictionary phrases) back into their words.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.newsatlas.eval.TopicTuning \
 *   -Dexec.args="reports/reuters topics.k=20 topics.k=20;topics.subsampling_rate=0.5"</pre>
 */
public final class TopicTuning {
  private TopicTuning() {}

  public static void main(String[] args) {
    String output = args[0];
    SparkSession spark = SparkSession.builder().master("local[*]").appName("newsatlas-topic-tuning")
        .config("spark.ui.enabled", "false").config("spark.driver.memory", "6g").getOrCreate();
    Dataset<Row> tokens = spark.read().parquet(output + "/tables/tokens")
        .select(col("doc_id").as("docId"), col("language"), col("terms"), col("concepts")).cache();
    Map<String, String> labelOf = TopicAgreement.singleLabels(spark, output);
    for (String variant : Arrays.copyOfRange(args, 1, args.length)) {
      List<String> sets = new java.util.ArrayList<>(Arrays.asList(variant.split(";")));
      boolean mallet = sets.remove("model=mallet");
      boolean words = sets.remove("terms=words");
      io.newsatlas.config.JobConfig config = JobConfigLoader.load(Path.of("conf/newsatlas.yaml"), Map.of(), sets).config();
      TopicSettings settings = config.topics();
      boolean concepts = !sets.contains("tokens.concepts=false");
      Dataset<Row> input = concepts ? tokens : tokens.withColumn("concepts", org.apache.spark.sql.functions.expr(
          "cast(array() as array<string>)"));
      // Stop words set in the variant are taken out of the stored terms (as the tokenizer would have).
      List<String> stop = config.tokens().extraStopWords("en").stream().map(w -> w.toLowerCase().replace(' ', '_')).toList();
      org.apache.spark.sql.Column stopColumn = org.apache.spark.sql.functions.array(stop.stream()
          .map(org.apache.spark.sql.functions::lit).toArray(org.apache.spark.sql.Column[]::new)).cast("array<string>");
      input = input.withColumn("terms", org.apache.spark.sql.functions.filter(col("terms"),
          term -> org.apache.spark.sql.functions.not(org.apache.spark.sql.functions.array_contains(stopColumn, term))));
      if (words) {
        input = input.withColumn("terms", org.apache.spark.sql.functions.flatten(org.apache.spark.sql.functions.transform(
            col("terms"), term -> org.apache.spark.sql.functions.split(term, "_"))));
      }
      long start = System.nanoTime();
      TopicCorpus corpus = TopicCorpus.of(input, settings, settings.finalOptimizer());
      corpus.vectors().cache();
      int k = settings.candidates().get(0);
      String[] vocabulary = corpus.vocabulary();
      Map<String, Map<String, Long>> table = new HashMap<>();
      int[][] top;
      double[] perTopic;
      double npmi;
      double fitSeconds;
      double logPerplexity = Double.NaN;
      if (mallet) {
        MalletLda.Documents documents = MalletLda.documents(corpus);
        MalletLda.Fit fit = MalletLda.fit(documents, k, config.seed());
        for (int d = 0; d < fit.dominant().length; d++) {
          TopicAgreement.tally(table, labelOf.get(documents.docIds().get(d)), fit.dominant()[d]);
        }
        top = Arrays.stream(fit.termWeights())
            .map(w -> TopicModels.topWordTerms(w, vocabulary, settings.coherenceTerms())).toArray(int[][]::new);
        Coherence.Counts counts = Coherence.count(documents.terms(), Arrays.asList(top));
        perTopic = Arrays.stream(top).mapToDouble(counts::topic).toArray();
        npmi = Arrays.stream(perTopic).average().orElse(0);
        fitSeconds = fit.fitSeconds();
      } else {
        TopicModels.Fit fit = TopicModels.fit(corpus, k, settings, config.seed(), settings.finalOptimizer());
        for (Row row : Topics.assign(fit, Dataset::cache).weights().select("docId", "dominant").collectAsList()) {
          TopicAgreement.tally(table, labelOf.get(row.getString(0)), row.getInt(1));
        }
        top = fit.coherenceTerms();
        perTopic = fit.topicCoherence();
        npmi = fit.coherence();
        fitSeconds = fit.seconds();
        logPerplexity = fit.logPerplexity();
        fit.release();
      }
      TopicAgreement.Agreement agreement = TopicAgreement.agreement(table);
      System.out.printf("%s: docs %d, tokens %d, vocabulary %d | NPMI %.3f, log-perplexity %.3f | NMI %.3f purity %.3f"
              + " (%d docs) | fit %.1f s, total %.1f s%n", variant, corpus.modelled(), corpus.tokens(), vocabulary.length,
          npmi, logPerplexity, agreement.nmi(), agreement.purity(), agreement.documents(), fitSeconds, (System.nanoTime() - start) / 1e9);
      // Every topic, least coherent first: junk topics show at the top.
      int[] order = java.util.stream.IntStream.range(0, k).boxed()
          .sorted(java.util.Comparator.comparingDouble((Integer t) -> perTopic[t])).mapToInt(Integer::intValue).toArray();
      for (int t : order) {
        StringBuilder line = new StringBuilder(String.format("    %6.3f", perTopic[t]));
        for (int i : top[t]) {
          line.append(' ').append(vocabulary[i]);
        }
        System.out.println(line);
      }
      corpus.vectors().unpersist();
    }
    spark.stop();
  }
}
