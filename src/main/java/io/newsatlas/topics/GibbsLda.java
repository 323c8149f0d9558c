package io.newsatlas.topics;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * LDA by collapsed Gibbs sampling on Spark partitions (AD-LDA), shaped like MLlib's {@code LDA}:
 * it reads a column of term-count vectors and gives a {@link GibbsLdaModel}.
 *
 * <p>Layout: the documents are split by a hash of {@code docIdCol} into one partition per
 * {@code partitionTokens} tokens (at least one), sorted by id within each. The split depends on the
 * data alone, never on the cores, so a seed gives the same topics on a laptop and a cluster.
 *
 * <p>A round: the word-topic counts are broadcast, every partition sweeps its documents
 * {@code sweepsPerRound} times against its own copy, and the partitions' counts are added up
 * (integers, so in any order alike). A corpus in one partition is sampled in a single job: it is
 * plain sequential collapsed Gibbs sampling. {@link #resume} carries a fitted chain on.
 */
public final class GibbsLda extends Estimator<GibbsLdaModel> {
  private final String uid;
  private final IntParam k;
  private final IntParam maxIter;
  private final IntParam sweepsPerRound;
  private final IntParam partitionTokens;
  private final IntParam inferenceIterations;
  private final IntParam optimizeInterval;
  private final IntParam optimizeBurnIn;
  private final LongParam seed;
  private final DoubleParam docConcentration;
  private final DoubleParam topicConcentration;
  private final Param<String> featuresCol;
  private final Param<String> docIdCol;
  private final Param<String> topicDistributionCol;
  private transient Consumer<String> progress = line -> { };
  private int progressRounds = 5;

  public GibbsLda() {
    this(Identifiable.randomUID("gibbsLda"));
  }

  public GibbsLda(String uid) {
    this.uid = uid;
    k = new IntParam(this, "k", "number of topics", ParamValidators.gtEq(2));
    maxIter = new IntParam(this, "maxIter", "sweeps over the corpus", ParamValidators.gtEq(1));
    sweepsPerRound = new IntParam(this, "sweepsPerRound",
        "sweeps each partition makes between two merges of the counts", ParamValidators.gtEq(1));
    partitionTokens = new IntParam(this, "partitionTokens", "tokens per partition of the sampled corpus",
        ParamValidators.gtEq(1));
    inferenceIterations = new IntParam(this, "inferenceIterations",
        "sweeps per document when the model infers topics of new documents", ParamValidators.gtEq(2));
    optimizeInterval = new IntParam(this, "optimizeInterval",
        "sweeps between two optimisations of an asymmetric alpha (0: alpha stays as set)", ParamValidators.gtEq(0));
    optimizeBurnIn = new IntParam(this, "optimizeBurnIn", "sweeps before alpha is first optimised",
        ParamValidators.gtEq(0));
    seed = new LongParam(this, "seed", "random seed");
    docConcentration = new DoubleParam(this, "docConcentration",
        "alpha, each topic's prior in a document; 0 for 5 / k (MALLET's alpha sum of 5)", ParamValidators.gtEq(0));
    topicConcentration = new DoubleParam(this, "topicConcentration", "beta, each word's prior in a topic",
        ParamValidators.gt(0));
    featuresCol = new Param<>(this, "featuresCol", "term-count vectors");
    docIdCol = new Param<>(this, "docIdCol", "document ids, which place each document in a partition");
    topicDistributionCol = new Param<>(this, "topicDistributionCol", "output column of topic weights");
    setDefault(k, 10);
    setDefault(maxIter, 200);
    setDefault(sweepsPerRound, 5);
    setDefault(partitionTokens, 500_000);
    setDefault(inferenceIterations, 50);
    setDefault(optimizeInterval, 0);
    setDefault(optimizeBurnIn, 50);
    setDefault(seed, 42L);
    setDefault(docConcentration, 0.0);
    setDefault(topicConcentration, 0.01);
    setDefault(featuresCol, "features");
    setDefault(docIdCol, "docId");
    setDefault(topicDistributionCol, "topicDistribution");
  }

  @Override
  public String uid() {
    return uid;
  }

  public IntParam k() { return k; }
  public IntParam maxIter() { return maxIter; }
  public IntParam sweepsPerRound() { return sweepsPerRound; }
  public IntParam partitionTokens() { return partitionTokens; }
  public IntParam inferenceIterations() { return inferenceIterations; }
  public IntParam optimizeInterval() { return optimizeInterval; }
  public IntParam optimizeBurnIn() { return optimizeBurnIn; }
  public LongParam seed() { return seed; }
  public DoubleParam docConcentration() { return docConcentration; }
  public DoubleParam topicConcentration() { return topicConcentration; }
  public Param<String> featuresCol() { return featuresCol; }
  public Param<String> docIdCol() { return docIdCol; }
  public Param<String> topicDistributionCol() { return topicDistributionCol; }

  public int getK() { return (Integer) getOrDefault(k); }
  public int getMaxIter() { return (Integer) getOrDefault(maxIter); }
  public int getSweepsPerRound() { return (Integer) getOrDefault(sweepsPerRound); }
  public int getPartitionTokens() { return (Integer) getOrDefault(partitionTokens); }
  public int getInferenceIterations() { return (Integer) getOrDefault(inferenceIterations); }
  public int getOptimizeInterval() { return (Integer) getOrDefault(optimizeInterval); }
  public int getOptimizeBurnIn() { return (Integer) getOrDefault(optimizeBurnIn); }
  public long getSeed() { return (Long) getOrDefault(seed); }
  public String getFeaturesCol() { return getOrDefault(featuresCol); }
  public String getDocIdCol() { return getOrDefault(docIdCol); }
  public String getTopicDistributionCol() { return getOrDefault(topicDistributionCol); }

  /** The alpha each topic gets: the set value, or 5 / k. */
  public double getEffectiveDocConcentration() {
    double alpha = (Double) getOrDefault(docConcentration);
    return alpha > 0 ? alpha : 5.0 / getK();
  }

  public double getTopicConcentration() { return (Double) getOrDefault(topicConcentration); }

  public GibbsLda setK(int value) { set(k, value); return this; }
  public GibbsLda setMaxIter(int value) { set(maxIter, value); return this; }
  public GibbsLda setSweepsPerRound(int value) { set(sweepsPerRound, value); return this; }
  public GibbsLda setPartitionTokens(int value) { set(partitionTokens, value); return this; }
  public GibbsLda setInferenceIterations(int value) { set(inferenceIterations, value); return this; }
  public GibbsLda setOptimizeInterval(int value) { set(optimizeInterval, value); return this; }
  public GibbsLda setOptimizeBurnIn(int value) { set(optimizeBurnIn, value); return this; }
  public GibbsLda setSeed(long value) { set(seed, value); return this; }
  public GibbsLda setDocConcentration(double value) { set(docConcentration, value); return this; }
  public GibbsLda setTopicConcentration(double value) { set(topicConcentration, value); return this; }
  public GibbsLda setFeaturesCol(String value) { set(featuresCol, value); return this; }
  public GibbsLda setDocIdCol(String value) { set(docIdCol, value); return this; }
  public GibbsLda setTopicDistributionCol(String value) { set(topicDistributionCol, value); return this; }

  /** Where progress lines go, and every how many rounds one is written (the last round always is). */
  public GibbsLda setProgress(Consumer<String> lines, int everyRounds) {
    this.progress = lines;
    this.progressRounds = Math.max(1, everyRounds);
    return this;
  }

  /** Seeds one partition's random numbers in one round. */
  static SplittableRandom random(long seed, int partition, int round) {
    return new SplittableRandom(new SplittableRandom(seed).split().nextLong()
        ^ (partition * 0x9E3779B97F4A7C15L) ^ (round * 0xC2B2AE3D27D4EB4FL));
  }

  @Override
  public GibbsLdaModel fit(Dataset<?> dataset) {
    return run(start(dataset), getMaxIter());
  }

  /**
   * Carries on a model's chain, fitted by this estimator, to {@code sweeps} sweeps in all: the same
   * sample as a straight fit of that many sweeps (rounds are seeded by their number), so a K grid can
   * stop its candidates early and carry only the best on. The model's training sample moves to the
   * model returned.
   */
  public GibbsLdaModel resume(GibbsLdaModel model, int sweeps) {
    GibbsLdaModel.Chain chain = model.chain();
    if (chain.seed() != getSeed() || chain.sampler().k() != getK()) {
      throw new IllegalArgumentException(String.format("The chain of %s (K=%d, seed %d) is not this estimator's"
          + " (K=%d, seed %d)", model.uid(), chain.sampler().k(), chain.seed(), getK(), getSeed()));
    }
    model.dropChain();
    return run(chain, sweeps);
  }

  /** The layout and the first (uniform) topics: one job sizes the corpus, one counts the first sample. */
  private GibbsLdaModel.Chain start(Dataset<?> dataset) {
    transformSchema(dataset.schema());
    int topics = getK();
    long fitSeed = getSeed();
    Dataset<Row> input = dataset.select(col(getDocIdCol()), col(getFeaturesCol()));
    long[] size = input.javaRDD().map(row -> {
      Vector counts = (Vector) row.get(1);
      return new long[] {tokens(counts), counts.size()};
    }).fold(new long[2], (a, b) -> new long[] {a[0] + b[0], Math.max(a[1], b[1])});
    long tokenTotal = size[0];
    int vocabulary = (int) size[1];
    int partitions = (int) Math.max(1, (tokenTotal + getPartitionTokens() - 1) / getPartitionTokens());
    double[] alpha = new double[topics];
    Arrays.fill(alpha, getEffectiveDocConcentration());
    GibbsSampler sampler = new GibbsSampler(topics, vocabulary, alpha, getTopicConcentration());
    JavaRDD<GibbsBlock> blocks = input.repartition(partitions, col(getDocIdCol()))
        .sortWithinPartitions(getDocIdCol())
        .javaRDD()
        .mapPartitionsWithIndex((partition, rows) -> List.of(GibbsBlock.of(rows, topics, random(fitSeed, partition, -1)))
            .iterator(), true);
    blocks.rdd().localCheckpoint();
    int[] global = sum(blocks, vocabulary, topics);
    return new GibbsLdaModel.Chain(blocks, sampler, global, fitSeed, tokenTotal, partitions, 0, 0, Double.NaN, 0);
  }

  /**
   * Rounds until the chain has {@code iterations} sweeps. Round r of partition p draws from
   * random(seed, p, r) whatever came before, so a chain carried on is a straight one. One partition
   * needs no merges: all its rounds run in one task, one Spark job.
   */
  private GibbsLdaModel run(GibbsLdaModel.Chain chain, int iterations) {
    GibbsSampler current = chain.sampler();
    int topics = current.k();
    int vocabulary = current.vocabulary();
    long fitSeed = chain.seed();
    int partitions = chain.partitions();
    long tokenTotal = chain.tokens();
    int perRound = getSweepsPerRound();
    JavaRDD<GibbsBlock> blocks = chain.blocks();
    int[] global = chain.counts();
    int swept = chain.sweeps();
    int round = chain.rounds();
    double logLikelihood = chain.logLikelihood();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(blocks.context());
    long started = System.nanoTime();
    if (swept > 0 && swept < iterations && optimizesAlphaAfter(swept - 1, swept)) {
      // The chain stopped where alpha was due, which its last round leaves alone: carried on, it is
      // optimised now, on the same sample, as a straight fit would have.
      current = optimised(current, tally(blocks, current, vocabulary, topics, false, true));
    }
    long lastLine = started;
    int sweptAtLastLine = swept;
    while (swept < iterations) {
      int remaining = (iterations - swept + perRound - 1) / perRound;
      // One partition: every round in one job, but alpha is optimised on the driver between rounds.
      int jobRounds = partitions == 1 ? Math.min(remaining, roundsUntilOptimisation(swept, perRound)) : 1;
      int firstRound = round;
      int firstSweep = swept;
      GibbsSampler sampler = current;
      Broadcast<int[]> counts = context.broadcast(global);
      JavaRDD<GibbsBlock> next = blocks.mapPartitionsWithIndex((partition, it) -> {
        List<GibbsBlock> out = new ArrayList<>(1);
        it.forEachRemaining(block -> {
          int[] seen = counts.value();
          int done = firstSweep;
          for (int r = 0; r < jobRounds; r++) {
            int sweeps = Math.min(perRound, iterations - done);
            block = sampler.sweep(block, seen, sweeps, random(fitSeed, partition, firstRound + r));
            done += sweeps;
            if (r < jobRounds - 1) {
              // Only with one partition: its own counts are the global ones.
              seen = block.counts(vocabulary, topics);
            }
          }
          out.add(block);
        });
        return out.iterator();
      }, true);
      next.rdd().localCheckpoint();
      round += jobRounds;
      swept = Math.min(iterations, swept + jobRounds * perRound);
      boolean last = swept == iterations;
      boolean report = last || round % progressRounds == 0;
      // Never after the last round: its sample, with the alpha it was drawn with, is the model.
      boolean optimize = !last && optimizesAlphaAfter(firstSweep, swept);
      Tally tally = tally(next, sampler, vocabulary, topics, report, optimize);
      // Not destroyed: the checkpointed block RDD still holds the closure that names it.
      counts.unpersist(false);
      blocks.unpersist(false);
      blocks = next;
      global = tally.counts();
      if (optimize) {
        current = optimised(sampler, tally);
      }
      if (report) {
        logLikelihood = tally.documentLogLikelihood() + sampler.wordLogLikelihood(global);
        long now = System.nanoTime();
        double seconds = (now - lastLine) / 1e9;
        progress.accept(String.format("K=%d gibbs: sweep %d of %d, log-likelihood %.6g, %.2fM tokens/s (%d partitions)%s",
            topics, swept, iterations, logLikelihood,
            (double) tokenTotal * (swept - sweptAtLastLine) / seconds / 1e6, partitions,
            getOptimizeInterval() > 0 ? String.format(", alpha sum %.3f", Arrays.stream(current.alpha()).sum()) : ""));
        lastLine = now;
        sweptAtLastLine = swept;
      }
    }
    double seconds = chain.seconds() + (System.nanoTime() - started) / 1e9;
    GibbsLdaModel model = new GibbsLdaModel(uid, topics, vocabulary, current.alpha(), current.beta(), global);
    copyValues(model, extractParamMap());
    model.setParent(this);
    model.chain(new GibbsLdaModel.Chain(blocks, current, global, fitSeed, tokenTotal, partitions, swept, round,
        logLikelihood, seconds));
    return model;
  }

  /** Whether alpha is due in the sweeps (from, to]: every optimizeInterval sweeps once optimizeBurnIn are done. */
  private boolean optimizesAlphaAfter(int from, int to) {
    return nextOptimisation(from) <= to;
  }

  /** Rounds from {@code swept} until the next optimisation of alpha is due (all of them when none is). */
  private int roundsUntilOptimisation(int swept, int perRound) {
    long due = nextOptimisation(swept);
    return due == Long.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.max(1, (due - swept + perRound - 1) / perRound);
  }

  /** The first sweep after {@code swept} at which alpha is due (as MALLET's optimizeInterval); never when off. */
  private long nextOptimisation(int swept) {
    int interval = getOptimizeInterval();
    if (interval == 0) {
      return Long.MAX_VALUE;
    }
    int burnIn = getOptimizeBurnIn();
    return swept < burnIn ? burnIn : burnIn + ((long) (swept - burnIn) / interval + 1) * interval;
  }

  /** The sampler with alpha moved one fixed-point step towards the tallied sample's. */
  private static GibbsSampler optimised(GibbsSampler sampler, Tally tally) {
    return sampler.withAlpha(DirichletFit.alpha(sampler.alpha(), tally.topicHistograms(), tally.lengthHistogram()));
  }

  /**
   * The partitions' counts added up, and (when asked) their documents' log-likelihood and the
   * histograms an optimisation of alpha reads (null when not asked).
   *
   * @param topicHistograms per topic, how many documents hold it c times (index c, from 1)
   * @param lengthHistogram how many documents are n tokens long (index n)
   */
  record Tally(int[] counts, double documentLogLikelihood, int[][] topicHistograms, int[] lengthHistogram)
      implements java.io.Serializable {
    /** Null counts: the empty tally, which every task receives, need not carry V x K zeros. */
    static final Tally ZERO = new Tally(null, 0, null, null);

    Tally plus(Tally other) {
      int[] sum = add(counts, other.counts);
      int[][] histograms = topicHistograms == null ? other.topicHistograms : topicHistograms;
      if (topicHistograms != null && other.topicHistograms != null) {
        histograms = new int[topicHistograms.length][];
        for (int t = 0; t < histograms.length; t++) {
          histograms[t] = add(topicHistograms[t], other.topicHistograms[t]);
        }
      }
      return new Tally(sum, documentLogLikelihood + other.documentLogLikelihood, histograms,
          add(lengthHistogram, other.lengthHistogram));
    }

    /** Element by element, the shorter as if padded with zeros; null is empty. */
    private static int[] add(int[] a, int[] b) {
      if (a == null || b == null) {
        return a == null ? b : a;
      }
      int[] sum = java.util.Arrays.copyOf(a.length >= b.length ? a : b, Math.max(a.length, b.length));
      int[] shorter = a.length >= b.length ? b : a;
      for (int i = 0; i < shorter.length; i++) {
        sum[i] += shorter[i];
      }
      return sum;
    }
  }

  private static int[] sum(JavaRDD<GibbsBlock> blocks, int vocabulary, int topics) {
    return tally(blocks, null, vocabulary, topics, false, false).counts();
  }

  /**
   * The log-likelihood is added in fixed point (whole multiples of 2^-20) so that its sum, like the
   * counts', does not depend on the order in which the partitions' tallies arrive.
   */
  private static Tally tally(JavaRDD<GibbsBlock> blocks, GibbsSampler sampler, int vocabulary, int topics,
      boolean withLikelihood, boolean withHistograms) {
    Tally sum = blocks.map(block -> {
      int[][] histograms = null;
      int[] lengths = null;
      if (withHistograms) {
        histograms = new int[topics][1];
        lengths = new int[1];
        for (int d = 0; d < block.documents(); d++) {
          int length = block.docStarts()[d + 1] - block.docStarts()[d];
          lengths = grow(lengths, length);
          lengths[length]++;
          int[] document = block.documentCounts(d, topics);
          for (int t = 0; t < topics; t++) {
            if (document[t] > 0) {
              histograms[t] = grow(histograms[t], document[t]);
              histograms[t][document[t]]++;
            }
          }
        }
      }
      return new Tally(block.counts(vocabulary, topics),
          withLikelihood ? Math.round(sampler.documentLogLikelihood(block) * 0x1p20) : 0, histograms, lengths);
    }).treeAggregate(Tally.ZERO, Tally::plus, Tally::plus);
    int[] counts = sum.counts() == null ? new int[vocabulary * topics + topics] : sum.counts();
    return new Tally(counts, sum.documentLogLikelihood() / 0x1p20, sum.topicHistograms(), sum.lengthHistogram());
  }

  private static int[] grow(int[] histogram, int index) {
    return index < histogram.length ? histogram : java.util.Arrays.copyOf(histogram, Math.max(index + 1,
        2 * histogram.length));
  }

  /** A count vector as its term indices, each repeated by its count (counts are whole numbers). */
  public static int[] expand(Vector counts) {
    SparseVector sparse = counts.toSparse();
    int total = 0;
    for (double value : sparse.values()) {
      total += (int) Math.round(value);
    }
    int[] out = new int[total];
    int at = 0;
    for (int i = 0; i < sparse.indices().length; i++) {
      for (int c = 0; c < (int) Math.round(sparse.values()[i]); c++) {
        out[at++] = sparse.indices()[i];
      }
    }
    return out;
  }

  private static long tokens(Vector counts) {
    long total = 0;
    for (double value : counts.toSparse().values()) {
      total += Math.round(value);
    }
    return total;
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return GibbsLdaModel.outputSchema(schema, getFeaturesCol(), getTopicDistributionCol());
  }

  @Override
  public GibbsLda copy(ParamMap extra) {
    GibbsLda copy = new GibbsLda(uid);
    copyValues(copy, extra);
    copy.progress = progress;
    copy.progressRounds = progressRounds;
    return copy;
  }
}
