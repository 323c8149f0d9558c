package io.newsatlas.bench;

import static org.apache.spark.sql.functions.col;

import io.newsatlas.actors.Gazetteer;
import io.newsatlas.config.ActorSettings;
import io.newsatlas.config.JobConfig;
import io.newsatlas.config.JobConfigLoader;
import io.newsatlas.config.ThemeSettings;
import io.newsatlas.config.TopicSettings;
import io.newsatlas.eval.TopicAgreement;
import io.newsatlas.pipeline.Pipeline;
import io.newsatlas.text.Tokenizer;
import io.newsatlas.themes.ThemeDictionary;
import io.newsatlas.topics.Coherence;
import io.newsatlas.topics.TopicCorpus;
import io.newsatlas.topics.TopicModels;
import io.newsatlas.topics.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Benchmark (not a unit test; run by bench/run.sh): on a finished run's tokens table, newsatlas's
 * topic engines (TopicCorpus + TopicModels.fit + Topics.assign, K=20 or -Dbench.k; -Dbench.engines, default
 * gibbs,online, em also possible) against MALLET 2.0.8's
 * ParallelTopicModel on the same documents as the same vocabulary indices; for both: wall time,
 * corpus tokens per second of fitting, peak heap, NPMI of the top-10 word terms (Coherence.count
 * over the same documents) and NMI of dominant topics against Reuters TOPICS labels. Then the
 * tokenizer's single-thread throughput over the run's documents. Writes one CSV row per figure.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.newsatlas.bench.TopicBenchmark \
 *   -Dexec.args="/tmp/newsatlas-bench/out-x1 bench/results/topics.csv"</pre>
 */
public final class TopicBenchmark {
  /** The K every engine fits (-Dbench.k): 20 for Reuters; the job's chosen K for another corpus. */
  static final int K = Integer.getInteger("bench.k", 20);
  static final long SEED = 42;

  private TopicBenchmark() {}

  public static void main(String[] args) throws IOException {
    String output = args[0];
    Path csv = Path.of(args.length > 1 ? args[1] : "bench/results/topics.csv");
    List<String> rows = new ArrayList<>();
    rows.add("model,metric,value");
    JobConfig config = JobConfigLoader.load(Path.of("conf/newsatlas.yaml"), Map.of(), List.of("topics.k=" + K)).config();
    TopicSettings settings = config.topics();

    SparkSession spark = SparkSession.builder().master("local[2]").appName("newsatlas-bench")
        .config("spark.ui.enabled", "false").getOrCreate();
    Dataset<Row> tokens = spark.read().parquet(output + "/tables/tokens")
        .select(col("doc_id").as("docId"), col("language"), col("terms"), col("concepts")).cache();
    tokens.count();
    Map<String, String> labelOf = TopicAgreement.singleLabels(spark, output);

    // newsatlas: what the topics stage does for the chosen K, per engine (gibbs, MLlib's online and,
    // when asked, em), from the tokens table to dominant topics; every engine reads the Gibbs
    // fits' vocabulary, so that all of them and MALLET model the same tokens.
    List<String> engines = List.of(System.getProperty("bench.engines", "gibbs,online").split(","));
    TopicCorpus corpus = TopicCorpus.of(tokens, settings, TopicSettings.GIBBS);
    corpus.vectors().cache();
    MalletLda.Documents documents = MalletLda.documents(corpus);
    String[] vocabulary = documents.vocabulary();
    long tokenTotal = documents.tokens();
    System.out.printf("corpus: %d documents modelled, %d tokens, vocabulary %d%n", documents.terms().size(), tokenTotal,
        vocabulary.length);
    add(rows, "corpus", "documents", documents.terms().size());
    add(rows, "corpus", "tokens", tokenTotal);
    add(rows, "corpus", "vocabulary", vocabulary.length);
    List<List<int[]>> tops = new ArrayList<>();
    List<Map<String, Map<String, Long>>> tables = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String engine : engines) {
      System.gc();
      resetPeaks();
      long start = System.nanoTime();
      TopicModels.Fit fit = TopicModels.fit(corpus, K, settings, SEED, engine, iteration -> { }, System.out::println);
      Map<String, Map<String, Long>> table = new HashMap<>();
      for (Row row : Topics.assign(fit, Dataset::cache).weights().select("docId", "dominant").collectAsList()) {
        TopicAgreement.tally(table, labelOf.get(row.getString(0)), row.getInt(1));
      }
      String name = engine.equals(TopicSettings.GIBBS) ? "newsatlas_gibbs" : "mllib_" + engine;
      add(rows, name, "optimizer", fit.optimizer() + " " + fit.iterations() + " iterations");
      add(rows, name, "wall_s", (System.nanoTime() - start) / 1e9);
      add(rows, name, "fit_s", fit.seconds());
      add(rows, name, "peak_heap_mb", peakHeap() / 1048576.0);
      if (engine.equals(TopicSettings.GIBBS)) {
        add(rows, name, "token_samples_per_s_per_core",
            tokenTotal * (double) fit.iterations() / fit.seconds() / Math.min(2, Runtime.getRuntime().availableProcessors()));
      }
      add(rows, name, "npmi_stage", fit.coherence());
      names.add(name);
      tops.add(Arrays.asList(fit.coherenceTerms()));
      tables.add(table);
      fit.release();
    }

    System.gc();
    resetPeaks();
    long mStart = System.nanoTime();
    MalletLda.Fit mallet = MalletLda.fit(documents, K, SEED);
    double mFitSeconds = mallet.fitSeconds();
    Map<String, Map<String, Long>> mTable = new HashMap<>();
    for (int d = 0; d < mallet.dominant().length; d++) {
      TopicAgreement.tally(mTable, labelOf.get(documents.docIds().get(d)), mallet.dominant()[d]);
    }
    double mSeconds = (System.nanoTime() - mStart) / 1e9;
    long mHeap = peakHeap();
    List<int[]> mTop = new ArrayList<>();
    for (double[] weights : mallet.termWeights()) {
      mTop.add(TopicModels.topWordTerms(weights, vocabulary, settings.coherenceTerms()));
    }
    add(rows, "mallet", "optimizer", "Gibbs " + MalletLda.ITERATIONS + " iterations " + MalletLda.THREADS + " threads");
    add(rows, "mallet", "wall_s", mSeconds);
    add(rows, "mallet", "fit_s", mFitSeconds);
    add(rows, "mallet", "peak_heap_mb", mHeap / 1048576.0);
    add(rows, "mallet", "token_samples_per_s_per_core",
        tokenTotal * (double) MalletLda.ITERATIONS / mFitSeconds / MalletLda.THREADS);
    names.add("mallet");
    tops.add(mTop);
    tables.add(mTable);

    // The whole model selection as the job runs it with its defaults (the K grid, then the chosen K's
    // restarts), against one MALLET fit: issue #19's target is at most three MALLET fits.
    if (!Boolean.getBoolean("bench.skip_selection")) {
      TopicSettings defaults = JobConfigLoader.load(Path.of("conf/newsatlas.yaml"), Map.of(), List.of()).config().topics();
      TopicCorpus selectionCorpus = TopicCorpus.of(tokens, defaults);
      selectionCorpus.vectors().cache();
      long sStart = System.nanoTime();
      TopicModels.Selection selection = TopicModels.select(selectionCorpus, defaults, SEED, System.out::println);
      double sSeconds = (System.nanoTime() - sStart) / 1e9;
      add(rows, "selection", "grid", defaults.candidates() + " on " + (defaults.gridTokens() > 0
          ? "about " + defaults.gridTokens() + " tokens" : "all documents") + ", " + defaults.restarts() + " fits of the chosen K");
      add(rows, "selection", "chosen_k", selection.chosen().k());
      add(rows, "selection", "chosen_npmi_stage", selection.chosen().coherence());
      add(rows, "selection", "wall_s", sSeconds);
      add(rows, "selection", "mallet_fits", sSeconds / mFitSeconds);
      System.out.printf("model selection: K=%d in %.1f s = %.2f MALLET fits%n", selection.chosen().k(), sSeconds,
          sSeconds / mFitSeconds);
      selection.chosen().release();
      selectionCorpus.vectors().unpersist();
    }

    // Coherence of every model over the same documents, top word terms (no concepts) by topic-term weight.
    List<int[]> allTop = new ArrayList<>();
    tops.forEach(allTop::addAll);
    Coherence.Counts counts = Coherence.count(documents.terms(), allTop);
    for (int i = 0; i < names.size(); i++) {
      TopicAgreement.Agreement agreement = TopicAgreement.agreement(tables.get(i));
      add(rows, names.get(i), "npmi_top10", tops.get(i).stream().mapToDouble(counts::topic).average().orElse(0));
      add(rows, names.get(i), "nmi_single_label", agreement.nmi());
      add(rows, names.get(i), "purity_single_label", agreement.purity());
      printTopics(names.get(i), tops.get(i), vocabulary);
    }

    // Tokenizer: Tokenizer.terms over every document's text, one thread, after a warm-up pass.
    List<Row> texts = spark.read().parquet(output + "/tables/documents").select("text", "language").collectAsList();
    spark.stop();
    ThemeDictionary themes = ThemeDictionary.load(config.themes().dictionary(),
        config.themes().dictionary().equals(ThemeSettings.DEFAULT_DICTIONARY));
    Gazetteer gazetteer = Gazetteer.load(config.actors().gazetteer(),
        config.actors().gazetteer().equals(ActorSettings.DEFAULT_GAZETTEER));
    Tokenizer tokenizer = Tokenizer.of(Pipeline.dictionaryTerms(themes, gazetteer), config.tokens());
    long warm = 0;
    for (Row row : texts) {
      warm += tokenizer.terms(row.getString(0), row.getString(1)).size();
    }
    long terms = 0;
    long chars = 0;
    long tStart = System.nanoTime();
    for (Row row : texts) {
      terms += tokenizer.terms(row.getString(0), row.getString(1)).size();
      chars += row.getString(0).length();
    }
    double tSeconds = (System.nanoTime() - tStart) / 1e9;
    long words = texts.stream().mapToLong(r -> r.getString(0).split("\\s+").length).sum();
    add(rows, "tokenizer", "documents", texts.size());
    add(rows, "tokenizer", "seconds", tSeconds);
    add(rows, "tokenizer", "terms_out", terms);
    add(rows, "tokenizer", "words_in", words);
    add(rows, "tokenizer", "terms_per_s", terms / tSeconds);
    add(rows, "tokenizer", "words_per_s", words / tSeconds);
    add(rows, "tokenizer", "mb_text_per_s", chars / tSeconds / 1e6);
    if (warm != terms) {
      throw new IllegalStateException("tokenizer gave " + warm + " then " + terms + " terms for the same texts");
    }

    Files.createDirectories(csv.toAbsolutePath().getParent());
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv))) {
      rows.forEach(out::println);
    }
    rows.forEach(System.out::println);
  }

  private static void printTopics(String model, List<int[]> topics, String[] vocabulary) {
    System.out.println(model + " topics (top word terms):");
    for (int[] top : topics) {
      StringBuilder line = new StringBuilder("   ");
      for (int i : top) {
        line.append(' ').append(vocabulary[i]);
      }
      System.out.println(line);
    }
  }

  private static void add(List<String> rows, String model, String metric, Object value) {
    String v = value instanceof Double d ? String.format("%.4f", d) : String.valueOf(value);
    rows.add(model + "," + metric + "," + (v.contains(",") ? "\"" + v + "\"" : v));
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks since the reset: an upper bound of the heap in use at once. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
