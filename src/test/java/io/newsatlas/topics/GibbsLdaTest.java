package io.newsatlas.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsatlas.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gibbs engine on a corpus of three known word groups (each document written from one group's
 * ten words): the groups come back as topics, fits repeat exactly, the input's layout does not
 * matter, the counts add up, and a saved model infers what the fitted one does.
 */
class GibbsLdaTest {
  static final int GROUPS = 3;
  static final int WORDS = 10;
  static final int LENGTH = 20;
  static SparkSession spark;
  static Dataset<Row> corpus;
  /** Four partitions of 750 tokens: the fits below sample in rounds and merge, as on a real corpus. */
  static final int PARTITION_TOKENS = 750;

  @BeforeAll
  static void corpus() {
    spark = SparkTestSession.get();
    corpus = vectors(50, new Random(11), 1);
  }

  /** docsPerGroup documents per group as count vectors over the 30 words (group g owns words 10g..10g+9). */
  static Dataset<Row> vectors(int docsPerGroup, Random random, int partitions) {
    List<Row> rows = new ArrayList<>();
    for (int group = 0; group < GROUPS; group++) {
      for (int d = 0; d < docsPerGroup; d++) {
        double[] counts = new double[GROUPS * WORDS];
        for (int i = 0; i < LENGTH; i++) {
          counts[group * WORDS + random.nextInt(WORDS)]++;
        }
        rows.add(RowFactory.create(String.format("doc-%d-%03d", group, d), Vectors.dense(counts).compressed()));
      }
    }
    StructType schema = new StructType()
        .add("docId", DataTypes.StringType, false)
        .add("counts", SQLDataTypes.VectorType(), false);
    return spark.createDataFrame(rows, schema).repartition(partitions);
  }

  static GibbsLda lda(long seed) {
    return new GibbsLda("gibbs-test").setK(GROUPS).setMaxIter(60).setSweepsPerRound(10).setSeed(seed)
        .setPartitionTokens(PARTITION_TOKENS).setFeaturesCol("counts");
  }

  static Map<String, double[]> weights(Dataset<Row> topics) {
    Map<String, double[]> byDoc = new HashMap<>();
    for (Row row : topics.collectAsList()) {
      byDoc.put(row.getString(0), ((Vector) row.get(1)).toArray());
    }
    return byDoc;
  }

  @Test
  void recoversTheWordGroups() {
    GibbsLdaModel model = lda(42).fit(corpus);
    assertThat(model.trainingPartitions()).isEqualTo(4);
    double[][] terms = model.termWeights();
    Set<Integer> groups = new HashSet<>();
    for (double[] topic : terms) {
      int[] top = TopicModels.topTerms(topic, WORDS);
      int group = top[0] / WORDS;
      // Every one of the topic's ten heaviest words is from one group, and each group has a topic.
      assertThat(Arrays.stream(top).map(w -> w / WORDS).distinct().toArray()).containsExactly(group);
      groups.add(group);
    }
    assertThat(groups).hasSize(GROUPS);
    // Documents lean on their group's topic.
    Map<String, double[]> theta = weights(model.trainingTopics("docId"));
    assertThat(theta).hasSize(GROUPS * 50);
    for (Map.Entry<String, double[]> doc : theta.entrySet()) {
      int group = doc.getKey().charAt(4) - '0';
      int dominant = argmax(doc.getValue());
      assertThat(TopicModels.topTerms(terms[dominant], 1)[0] / WORDS).isEqualTo(group);
      assertThat(doc.getValue()[dominant]).isGreaterThan(0.8);
    }
    model.releaseTraining();
  }

  @Test
  void countsAddUpToTheTokensAndWeightsToOne() {
    GibbsLdaModel model = lda(7).fit(corpus);
    int tokens = GROUPS * 50 * LENGTH;
    assertThat(model.trainingTokens()).isEqualTo(tokens);
    assertThat(Arrays.stream(model.topicTotals()).sum()).isEqualTo(tokens);
    int wordTopic = 0;
    for (int w = 0; w < model.vocabSize(); w++) {
      int perWord = 0;
      for (int t = 0; t < model.k(); t++) {
        perWord += model.count(w, t);
      }
      wordTopic += perWord;
    }
    assertThat(wordTopic).isEqualTo(tokens);
    for (double[] theta : weights(model.trainingTopics("docId")).values()) {
      assertThat(Arrays.stream(theta).sum()).isCloseTo(1.0, within(1e-12));
      // theta * (n_d + sum alpha) - alpha is the document's topic counts, which sum to its length.
      double alpha = model.alpha()[0];
      double counts = Arrays.stream(theta).map(p -> p * (LENGTH + GROUPS * alpha) - alpha).sum();
      assertThat(counts).isCloseTo(LENGTH, within(1e-9));
    }
    assertThat(model.trainingLogLikelihood()).isNegative();
    model.releaseTraining();
  }

  @Test
  void oneSeedGivesTheSameModelWhateverTheInputLayout() {
    // Layout rule: partitions = ceil(tokens / partitionTokens), each document placed by a hash of
    // its id; so one input partition or five give the same blocks and the same sample.
    GibbsLdaModel one = lda(3).fit(corpus.repartition(1));
    GibbsLdaModel five = lda(3).fit(corpus.repartition(5));
    GibbsLdaModel again = lda(3).fit(corpus.repartition(1));
    GibbsLdaModel otherSeed = lda(4).fit(corpus.repartition(1));
    assertThat(countsOf(five)).isEqualTo(countsOf(one));
    assertThat(countsOf(again)).isEqualTo(countsOf(one));
    assertThat(countsOf(otherSeed)).isNotEqualTo(countsOf(one));
    Map<String, double[]> a = weights(one.trainingTopics("docId"));
    Map<String, double[]> b = weights(five.trainingTopics("docId"));
    assertThat(b.keySet()).isEqualTo(a.keySet());
    a.forEach((doc, theta) -> assertThat(b.get(doc)).containsExactly(theta));
    assertThat(five.trainingLogLikelihood()).isEqualTo(one.trainingLogLikelihood());
    for (GibbsLdaModel model : List.of(one, five, again, otherSeed)) {
      model.releaseTraining();
    }
  }

  @Test
  void aChainCarriedOnIsTheStraightFit() {
    // Rounds are seeded by their number, so 30 sweeps carried on to 60 are the 60-sweep fit: in rounds
    // and merges (four partitions) and in one task (one partition). (Another seed's fit differs: see
    // oneSeedGivesTheSameModelWhateverTheInputLayout.)
    for (int partitionTokens : new int[] {PARTITION_TOKENS, 1_000_000}) {
      GibbsLdaModel straight = lda(5).setPartitionTokens(partitionTokens).fit(corpus);
      GibbsLda estimator = lda(5).setPartitionTokens(partitionTokens).setMaxIter(30);
      GibbsLdaModel early = estimator.fit(corpus);
      assertThat(early.trainingSweeps()).isEqualTo(30);
      GibbsLdaModel carried = estimator.resume(early, 60);
      assertThat(early.hasTraining()).isFalse();
      assertThat(carried.trainingSweeps()).isEqualTo(60);
      assertThat(carried.trainingPartitions()).isEqualTo(partitionTokens == PARTITION_TOKENS ? 4 : 1);
      assertThat(countsOf(carried)).isEqualTo(countsOf(straight));
      assertThat(carried.trainingLogLikelihood()).isEqualTo(straight.trainingLogLikelihood());
      Map<String, double[]> a = weights(straight.trainingTopics("docId"));
      Map<String, double[]> b = weights(carried.trainingTopics("docId"));
      a.forEach((doc, theta) -> assertThat(b.get(doc)).containsExactly(theta));
      straight.releaseTraining();
      carried.releaseTraining();
    }
  }

  @Test
  void anOptimisedAlphaLeansTowardsTheTopicsDocumentsUse() {
    // Group 0 writes four documents in five: its topic deserves the larger prior.
    Dataset<Row> skewed = vectors(20, new Random(3), 1).filter("docId like 'doc-0-%' or docId like '%-00%'");
    GibbsLdaModel fixed = lda(9).fit(skewed);
    GibbsLda optimising = lda(9).setOptimizeInterval(10).setOptimizeBurnIn(10);
    GibbsLdaModel optimised = optimising.fit(skewed);
    GibbsLdaModel again = lda(9).setOptimizeInterval(10).setOptimizeBurnIn(10).fit(skewed.repartition(3));
    assertThat(fixed.alpha()).containsOnly(5.0 / GROUPS);
    double[] alpha = optimised.alpha();
    assertThat(again.alpha()).containsExactly(alpha);
    int[] totals = optimised.topicTotals();
    int biggest = argmax(Arrays.stream(totals).asDoubleStream().toArray());
    for (int t = 0; t < GROUPS; t++) {
      if (t != biggest) {
        assertThat(alpha[biggest]).isGreaterThan(alpha[t]);
      }
    }
    // Alpha changes between rounds, and a chain carried on still is the straight fit.
    GibbsLda early = lda(9).setOptimizeInterval(10).setOptimizeBurnIn(10).setMaxIter(30);
    GibbsLdaModel carried = early.resume(early.fit(skewed), 60);
    assertThat(carried.alpha()).containsExactly(alpha);
    assertThat(countsOf(carried)).isEqualTo(countsOf(optimised));
    for (GibbsLdaModel model : List.of(fixed, optimised, again, carried)) {
      model.releaseTraining();
    }
  }

  @Test
  void minkasStepFitsAnAlphaOfTheHistograms() {
    // 100 documents of 10 tokens. Pure: topic 0 holds all ten in 60 of them, topic 1 in 40.
    int[][] pure = {new int[11], new int[11]};
    pure[0][10] = 60;
    pure[1][10] = 40;
    // Mixed: every document holds 4 to 6 of each topic.
    int[][] mixed = {new int[11], new int[11]};
    mixed[0][4] = 30;
    mixed[0][5] = 40;
    mixed[0][6] = 30;
    mixed[1][6] = 30;
    mixed[1][5] = 40;
    mixed[1][4] = 30;
    int[] lengths = new int[11];
    lengths[10] = 100;
    double[] alphaPure = {0.5, 0.5};
    double[] alphaMixed = {0.5, 0.5};
    for (int step = 0; step < 30; step++) {
      alphaPure = DirichletFit.alpha(alphaPure, pure, lengths);
      alphaMixed = DirichletFit.alpha(alphaMixed, mixed, lengths);
    }
    // One topic a document: a small alpha, shared in the ratio the topics are used; even mixtures: a large one.
    assertThat(alphaPure[0] / alphaPure[1]).isCloseTo(1.5, within(0.05));
    assertThat(alphaPure[0] + alphaPure[1]).isLessThan(0.1);
    assertThat(alphaMixed[0]).isEqualTo(alphaMixed[1]).isGreaterThan(2.0);
    // Perfectly even documents have no finite alpha: the step leaves alpha as it was.
    int[][] even = {new int[11], new int[11]};
    even[0][5] = 100;
    even[1][5] = 100;
    double[] large = {1000, 1000};
    assertThat(DirichletFit.alpha(large, even, lengths)).containsExactly(1000, 1000);
  }

  @Test
  void aChainIsCarriedOnOnlyByItsOwnEstimator() {
    GibbsLdaModel early = lda(5).setMaxIter(10).fit(corpus);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> lda(6).resume(early, 20))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seed 5").hasMessageContaining("seed 6");
    // Refused, the chain stays with its model.
    assertThat(early.hasTraining()).isTrue();
    early.releaseTraining();
  }

  @Test
  void aSavedModelInfersWhatTheFittedOneDoes(@TempDir Path folder) throws java.io.IOException {
    GibbsLdaModel model = lda(42).fit(corpus);
    Map<String, double[]> fitted = weights(model.trainingTopics("docId"));
    model.releaseTraining();
    String path = folder.resolve("model").toString();
    model.write().save(path);
    assertThat(Files.isDirectory(folder.resolve("model").resolve("data"))).isTrue();
    GibbsLdaModel loaded = GibbsLdaModel.load(path);
    assertThat(countsOf(loaded)).isEqualTo(countsOf(model));
    assertThat(loaded.getFeaturesCol()).isEqualTo("counts");
    Map<String, double[]> inferred = weights(model.transform(corpus).select("docId", "topicDistribution"));
    Map<String, double[]> reloaded = weights(loaded.transform(corpus.repartition(3)).select("docId", "topicDistribution"));
    inferred.forEach((doc, theta) -> assertThat(reloaded.get(doc)).containsExactly(theta));
    // Inference against the fixed topics agrees with the final sample's weights.
    fitted.forEach((doc, theta) -> {
      assertThat(argmax(inferred.get(doc))).isEqualTo(argmax(theta));
      assertThat(inferred.get(doc)[argmax(theta)]).isCloseTo(theta[argmax(theta)], within(0.1));
    });
  }

  @Test
  void describesTopicsAsMllibDoes() {
    GibbsLdaModel model = lda(42).fit(corpus);
    model.releaseTraining();
    List<Row> topics = model.describeTopics(4).collectAsList();
    assertThat(topics).hasSize(GROUPS);
    double[][] weights = model.termWeights();
    for (Row row : topics) {
      int topic = row.getInt(0);
      List<Integer> indices = row.getList(1);
      assertThat(indices).hasSize(4);
      assertThat(row.<Double>getList(2).get(0)).isEqualTo(weights[topic][indices.get(0)]);
    }
    assertThat(model.topicsMatrix().numRows()).isEqualTo(GROUPS * WORDS);
    assertThat(model.topicsMatrix().apply(5, 1)).isEqualTo(weights[1][5]);
  }

  private static int[] countsOf(GibbsLdaModel model) {
    int[] counts = new int[model.vocabSize() * model.k()];
    for (int w = 0; w < model.vocabSize(); w++) {
      for (int t = 0; t < model.k(); t++) {
        counts[w * model.k() + t] = model.count(w, t);
      }
    }
    return counts;
  }

  private static int argmax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
