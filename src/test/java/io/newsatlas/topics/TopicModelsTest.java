package io.newsatlas.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsatlas.SparkTestSession;
import io.newsatlas.TestSettings;
import io.newsatlas.config.TopicSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a corpus built with three known topics (three disjoint ten-word vocabularies, each document
 * written from one of them), the grid must find K = 3, fits must repeat exactly under one seed
 * (on two partitions, whose partial sums MLlib adds in the order the tasks finish), and every
 * document's topic weights must sum to 1.
 */
class TopicModelsTest {
  static final int GROUPS = 3;
  static final int WORDS = 10;
  static SparkSession spark;
  static TopicCorpus corpus;
  static TopicSettings settings;

  @BeforeAll
  static void corpus() {
    spark = SparkTestSession.get();
    // Every word is in about a quarter of the documents: above the default share for boilerplate.
    settings = TestSettings.defaults("topics.optimizer=online", "topics.k_grid=[2, 3, 6]", "topics.max_iterations=15", "topics.max_document_share=0.5",
        "topics.subsampling_rate=0.5", "topics.partition_documents=100", "topics.restarts=1",
        "topics.final_optimizer=online").topics();
    corpus = TopicCorpus.of(tokens(spark, 50, 15, new Random(7)), settings);
  }

  /** docsPerGroup documents per group, each of {@code length} words drawn from its group's vocabulary. */
  static Dataset<Row> tokens(SparkSession spark, int docsPerGroup, int length, Random random) {
    List<Row> rows = new ArrayList<>();
    for (int group = 0; group < GROUPS; group++) {
      for (int d = 0; d < docsPerGroup; d++) {
        String[] terms = new String[length];
        for (int i = 0; i < length; i++) {
          terms[i] = "g" + group + "w" + random.nextInt(WORDS);
        }
        rows.add(RowFactory.create(String.format("doc-%d-%03d", group, d), group == 2 ? "vi" : "en", terms,
            new String[0]));
      }
    }
    StructType schema = new StructType()
        .add("docId", DataTypes.StringType)
        .add("language", DataTypes.StringType)
        .add("terms", DataTypes.createArrayType(DataTypes.StringType))
        .add("concepts", DataTypes.createArrayType(DataTypes.StringType));
    return spark.createDataFrame(rows, schema);
  }

  @Test
  void corpusKeepsEveryWordAndDocument() {
    assertThat(corpus.modelled()).isEqualTo(150);
    assertThat(corpus.tokens()).isEqualTo(150 * 15);
    assertThat(corpus.vocabulary()).hasSize(GROUPS * WORDS);
    // Tiny corpora lower the document-frequency floor rather than losing every term.
    assertThat(corpus.minDocumentFrequency()).isEqualTo(2);
    // 150 documents at 100 a partition.
    assertThat(corpus.vectors().rdd().getNumPartitions()).isEqualTo(2);
  }

  @Test
  void partitionsAreCappedForReproducibleSums() {
    TopicSettings capped = TestSettings.defaults("topics.optimizer=online", "topics.max_document_share=0.5", "topics.partition_documents=100",
        "topics.max_partitions=1").topics();
    TopicCorpus one = TopicCorpus.of(tokens(spark, 100, 15, new Random(7)), capped);
    assertThat(one.modelled()).isEqualTo(300);
    assertThat(one.vectors().rdd().getNumPartitions()).isEqualTo(1);
  }

  @Test
  void partitionsHoldTheSameDocumentsWhateverTheInputLayout() {
    // The online optimizer samples mini-batches by partition and position, so the same documents
    // read in another order or split (a rerun's Parquet files, another listing) must land alike.
    TopicSettings two = TestSettings.defaults("topics.optimizer=online", "topics.max_document_share=0.5", "topics.partition_documents=1000")
        .topics();
    Dataset<Row> rows = tokens(spark, 1000, 15, new Random(7));
    List<Row> inOne = layout(TopicCorpus.of(rows.coalesce(1), two));
    List<Row> shuffled = layout(TopicCorpus.of(rows.repartition(5).orderBy(org.apache.spark.sql.functions.rand(3)), two));
    assertThat(inOne).hasSize(3000);
    assertThat(inOne.stream().map(r -> r.getInt(0)).distinct()).containsExactly(0, 1);
    assertThat(shuffled).isEqualTo(inOne);
  }

  /** Partition index and docId of every modelled document, in partition and position order. */
  private static List<Row> layout(TopicCorpus corpus) {
    return corpus.vectors().select(org.apache.spark.sql.functions.spark_partition_id(), org.apache.spark.sql.functions.col("docId"))
        .collectAsList();
  }

  @Test
  void gridChoosesTheKnownNumberOfTopics() {
    TopicModels.Selection selection = TopicModels.select(corpus, settings, 42, line -> { });
    assertThat(selection.fits()).extracting(TopicModels.Fit::k).containsExactly(2, 3, 6);
    assertThat(selection.chosen().k()).isEqualTo(3);
    TopicModels.Fit three = selection.chosen();
    // Each topic's top ten words are exactly one group's vocabulary.
    for (int[] top : three.coherenceTerms()) {
      assertThat(java.util.Arrays.stream(top).mapToObj(i -> corpus.vocabulary()[i].substring(0, 2)).distinct())
          .hasSize(1);
    }
    assertThat(selection.fits().get(0).coherence()).isLessThan(three.coherence());
    assertThat(selection.fits().get(2).coherence()).isLessThan(three.coherence());
    assertThat(selection.notes().get(1)).isEqualTo("highest coherence of the grid");
  }

  @Test
  void gibbsGridChoosesTheKnownNumberOfTopicsAndWeighsEveryDocument() {
    TopicSettings gibbs = TestSettings.defaults("topics.k_grid=[2, 3, 6]", "topics.max_document_share=0.5",
        "topics.gibbs_iterations=100", "topics.restarts=2", "topics.grid_sweeps=0").topics();
    List<String> lines = new ArrayList<>();
    TopicModels.Selection selection = TopicModels.select(corpus, gibbs, 42, lines::add);
    assertThat(selection.fits()).extracting(TopicModels.Fit::k).containsExactly(2, 3, 6, 3);
    assertThat(selection.fits()).extracting(TopicModels.Fit::optimizer).containsOnly("gibbs");
    TopicModels.Fit chosen = selection.chosen();
    assertThat(chosen.k()).isEqualTo(3);
    for (int[] top : chosen.coherenceTerms()) {
      assertThat(java.util.Arrays.stream(top).mapToObj(i -> corpus.vocabulary()[i].substring(0, 2)).distinct())
          .hasSize(1);
    }
    List<Row> weights = chosen.documentTopics().orderBy("docId").collectAsList();
    assertThat(weights).hasSize(150);
    assertThat(weights.get(0).getString(1)).isEqualTo("en");
    assertThat(weights.get(149).getString(1)).isEqualTo("vi");
    assertThat(chosen.logPerplexity()).isPositive();
    // 2,250 tokens: one partition, so each fit samples in one round and prints one line.
    assertThat(lines).filteredOn(line -> line.contains("gibbs: sweep 100 of 100")).hasSize(4);
    assertThat(selection.fits().stream().filter(fit -> fit != chosen)
        .map(fit -> ((GibbsLdaModel) fit.model()).hasTraining())).containsOnly(false);
  }

  @Test
  void gibbsGridCarriesOnlyItsMostCoherentKOnAndTheyAreTheStraightFits() {
    List<String> settings = List.of("topics.k_grid=[2, 3, 6]", "topics.max_document_share=0.5",
        "topics.gibbs_iterations=100", "topics.restarts=1", "topics.grid_finalists=2");
    List<String> lines = new ArrayList<>();
    TopicModels.Selection halving = TopicModels.select(corpus, TestSettings.defaults(
        java.util.stream.Stream.concat(settings.stream(), java.util.stream.Stream.of("topics.grid_sweeps=50"))
            .toArray(String[]::new)).topics(), 42, lines::add);
    TopicModels.Selection straight = TopicModels.select(corpus, TestSettings.defaults(
        java.util.stream.Stream.concat(settings.stream(), java.util.stream.Stream.of("topics.grid_sweeps=0"))
            .toArray(String[]::new)).topics(), 42, line -> { });
    assertThat(halving.fits()).extracting(TopicModels.Fit::k).containsExactly(2, 3, 6);
    // The early ranking: each K's coherence after 50 sweeps, from its progress line.
    java.util.Map<Integer, Double> early = new java.util.HashMap<>();
    java.util.regex.Pattern line = java.util.regex.Pattern.compile("K=(\\d+): coherence (-?[0-9.]+), .* \\(after 50 of 100 sweeps\\)");
    for (String one : lines) {
      java.util.regex.Matcher m = line.matcher(one);
      if (m.matches()) {
        early.put(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)));
      }
    }
    assertThat(early).containsOnlyKeys(2, 3, 6);
    int worst = early.entrySet().stream().min(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    for (int i = 0; i < 3; i++) {
      TopicModels.Fit fit = halving.fits().get(i);
      if (fit.k() == worst) {
        assertThat(fit.iterations()).isEqualTo(50);
        assertThat(fit.coherence()).isCloseTo(early.get(worst), within(0.0005));
        assertThat(halving.notes().get(i)).contains("after 50 of 100 sweeps", "not sampled further");
        assertThat(((GibbsLdaModel) fit.model()).hasTraining()).isFalse();
      } else {
        // A finalist carried on is the straight fit of 100 sweeps: the same topics to the last digit.
        assertThat(fit.iterations()).isEqualTo(100);
        assertThat(fit.coherence()).isEqualTo(straight.fits().get(i).coherence());
        assertThat(fit.termWeights()).isDeepEqualTo(straight.fits().get(i).termWeights());
      }
    }
    assertThat(halving.chosen().k()).isEqualTo(3);
    assertThat(lines).anyMatch(one -> one.startsWith("K grid: carrying [") && one.contains("on to 100 sweeps"));
    for (TopicModels.Selection selection : List.of(halving, straight)) {
      selection.chosen().release();
    }
  }

  @Test
  void aHalvingGridChoosesAsTheFullGridAndKeepsARestartFittedAsideForALeaderOvertaken() {
    List<String> common = List.of("topics.k_grid=[2, 3, 6]", "topics.max_document_share=0.5",
        "topics.gibbs_iterations=100", "topics.restarts=2");
    TopicModels.Selection halving = TopicModels.select(corpus, TestSettings.defaults(java.util.stream.Stream.concat(
        common.stream(), java.util.stream.Stream.of("topics.grid_sweeps=2")).toArray(String[]::new)).topics(), 42,
        line -> { });
    TopicModels.Selection full = TopicModels.select(corpus, TestSettings.defaults(java.util.stream.Stream.concat(
        common.stream(), java.util.stream.Stream.of("topics.grid_sweeps=0")).toArray(String[]::new)).topics(), 42,
        line -> { });
    // Here K=2 led after 2 sweeps (after 50 the right K=3 already leads), so its restart ran beside the
    // finalists, and K=3 overtook it: that restart is kept in the table with a note, and K=3's restart ran after, as in the full grid.
    assertThat(halving.fits()).extracting(TopicModels.Fit::k).containsExactly(2, 3, 6, 2, 3);
    assertThat(halving.fits()).extracting(TopicModels.Fit::seed).containsExactly(42L, 42L, 42L, 43L, 43L);
    assertThat(halving.notes().get(3)).contains("fitted beside the grid's finalists in case K=2", "K=3 overtook it");
    assertThat(full.fits()).extracting(TopicModels.Fit::k).containsExactly(2, 3, 6, 3);
    // The same restart of the chosen K either way, and the same model chosen.
    assertThat(halving.fits().get(4).coherence()).isEqualTo(full.fits().get(3).coherence());
    assertThat(halving.chosen().k()).isEqualTo(full.chosen().k());
    assertThat(halving.chosen().seed()).isEqualTo(full.chosen().seed());
    assertThat(halving.chosen().termWeights()).isDeepEqualTo(full.chosen().termWeights());
    halving.chosen().release();
    full.chosen().release();
  }

  @Test
  void restartsRefitTheChosenKAndKeepTheMostCoherentSeed() {
    // Few iterations leave the fits unconverged, so the seeds give different topics.
    TopicSettings restarting = TestSettings.defaults("topics.optimizer=online", "topics.k_grid=[2, 3]", "topics.max_iterations=2",
        "topics.max_document_share=0.5", "topics.subsampling_rate=0.5", "topics.partition_documents=100",
        "topics.restarts=4", "topics.final_optimizer=online").topics();
    TopicModels.Selection selection = TopicModels.select(corpus, restarting, 42, line -> { });
    List<TopicModels.Fit> fits = selection.fits();
    int k = fits.get(0).coherence() >= fits.get(1).coherence() ? 2 : 3;
    assertThat(fits).extracting(TopicModels.Fit::k).containsExactly(2, 3, k, k, k);
    assertThat(fits).extracting(TopicModels.Fit::seed).containsExactly(42L, 42L, 43L, 44L, 45L);
    List<TopicModels.Fit> ofK = fits.stream().filter(f -> f.k() == k).toList();
    assertThat(ofK.stream().map(TopicModels.Fit::coherence).distinct()).hasSizeGreaterThan(1);
    double best = ofK.stream().mapToDouble(TopicModels.Fit::coherence).max().orElseThrow();
    assertThat(selection.chosen().coherence()).isEqualTo(best);
    assertThat(selection.chosen().k()).isEqualTo(k);
    int chosen = fits.indexOf(selection.chosen());
    assertThat(selection.notes().get(chosen)).isEqualTo("highest coherence of the grid and its restarts");
    for (int i = 0; i < fits.size(); i++) {
      if (i != chosen) {
        assertThat(selection.notes().get(i)).startsWith("coherence ").contains("below");
      }
    }
  }

  @Test
  void finalOptimizerFitsTheGridsMostCoherentKAgain() {
    TopicSettings em = TestSettings.defaults("topics.optimizer=online", "topics.k_grid=[2, 3, 6]", "topics.max_iterations=15",
        "topics.max_document_share=0.5", "topics.subsampling_rate=0.5", "topics.partition_documents=100",
        "topics.final_optimizer=em", "topics.em_iterations=30", "topics.restarts=2",
        "topics.em_progress_seconds=0").topics();
    List<String> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
    // The same documents built again: which fit read which corpus shows by identity.
    TopicCorpus emCorpus = TopicCorpus.of(tokens(spark, 50, 15, new Random(7)), em, "em");
    TopicModels.Selection selection = TopicModels.select(corpus, emCorpus, em, 42, progress::add);
    List<TopicModels.Fit> fits = selection.fits();
    assertThat(fits).extracting(TopicModels.Fit::k).containsExactly(2, 3, 6, 3, 3);
    assertThat(fits).extracting(TopicModels.Fit::corpus).containsExactly(corpus, corpus, corpus, emCorpus, emCorpus);
    assertThat(fits.get(0).corpus()).isSameAs(corpus);
    assertThat(fits.get(3).corpus()).isSameAs(emCorpus);
    // EM's iterations are counted from Spark's jobs as MLlib runs them (the listener may lag behind
    // the last ones): every tenth is a progress line.
    assertThat(progress).contains("K=3 em fit 1 of 2: iteration 10 of 30", "K=3 em fit 2 of 2: iteration 10 of 30");
    assertThat(progress).filteredOn(line -> line.contains(": iteration ")).allMatch(line -> line.matches(
        "K=3 em fit [12] of 2: iteration [123]0 of 30"));
    assertThat(fits).extracting(TopicModels.Fit::optimizer).containsExactly("online", "online", "online", "em", "em");
    assertThat(fits).extracting(TopicModels.Fit::iterations).containsExactly(15, 15, 15, 30, 30);
    assertThat(fits).extracting(TopicModels.Fit::seed).containsExactly(42L, 42L, 42L, 42L, 43L);
    TopicModels.Fit chosen = selection.chosen();
    assertThat(chosen.optimizer()).isEqualTo("em");
    assertThat(chosen.coherence()).isEqualTo(Math.max(fits.get(3).coherence(), fits.get(4).coherence()));
    int at = fits.indexOf(chosen);
    assertThat(selection.notes().get(at)).isEqualTo("em fit of the grid's most coherent K, most coherent seed");
    assertThat(selection.notes().get(1)).isEqualTo("highest coherence of the grid, fitted again with em");
    // Grid fits are compared with the grid's best, the other EM fit with the chosen one.
    assertThat(selection.notes().get(0)).isEqualTo(String.format("coherence %.3f below %.3f of K=3 seed 42",
        fits.get(0).coherence(), fits.get(1).coherence()));
    int other = at == 3 ? 4 : 3;
    assertThat(selection.notes().get(other)).isEqualTo(String.format("coherence %.3f below %.3f of K=3 seed %d",
        fits.get(other).coherence(), chosen.coherence(), chosen.seed()));
    // EM has its own priors: the conf's em_doc_concentration (1.25) and MLlib's eta (1.1, as
    // em_topic_concentration is 0), not the online eta of the conf (0.02).
    assertThat(((org.apache.spark.ml.clustering.LDAModel) chosen.model()).getEffectiveTopicConcentration()).isEqualTo(1.1);
    assertThat(((org.apache.spark.ml.clustering.LDAModel) chosen.model()).getEffectiveDocConcentration()).containsOnly(1.25);
    // EM finds the three groups too: each topic's top ten words are one group's vocabulary.
    for (int[] top : chosen.coherenceTerms()) {
      assertThat(java.util.Arrays.stream(top).mapToObj(i -> emCorpus.vocabulary()[i].substring(0, 2)).distinct())
          .hasSize(1);
    }
  }

  @Test
  void eachOptimizerReadsAVocabularyCappedByItsOwnShare() {
    // One word in every document, the groups' words in about a quarter of them.
    Dataset<Row> tokens = tokens(spark, 50, 15, new Random(7)).withColumn("terms",
        org.apache.spark.sql.functions.concat(org.apache.spark.sql.functions.col("terms"),
            org.apache.spark.sql.functions.array(org.apache.spark.sql.functions.lit("said"))));
    TopicSettings capped = TestSettings.defaults("topics.optimizer=online", "topics.max_document_share=0.5", "topics.em_max_document_share=1.0")
        .topics();
    TopicCorpus online = TopicCorpus.of(tokens, capped);
    TopicCorpus em = TopicCorpus.of(tokens, capped, "em");
    assertThat(online.maxDocumentShare()).isEqualTo(0.5);
    assertThat(online.maxDocumentFrequency()).isEqualTo(75);
    assertThat(em.maxDocumentFrequency()).isEqualTo(150);
    assertThat(online.vocabulary()).hasSize(GROUPS * WORDS).doesNotContain("said");
    assertThat(em.maxDocumentShare()).isEqualTo(1.0);
    assertThat(em.vocabulary()).hasSize(GROUPS * WORDS + 1).contains("said");
    assertThat(em.modelled()).isEqualTo(online.modelled()).isEqualTo(150);
    assertThat(em.tokens()).isEqualTo(online.tokens() + 150);
  }

  @Test
  void emFitsAndTheirDocumentWeightsRepeatUnderOneSeed() {
    // MLlib infers an EM model's document topics with a seed of its own, drawn at random.
    TopicSettings em = TestSettings.defaults("topics.optimizer=online", "topics.max_document_share=0.5", "topics.partition_documents=100",
        "topics.em_iterations=30").topics();
    TopicModels.Fit first = TopicModels.fit(corpus, 3, em, 11, "em");
    TopicModels.Fit second = TopicModels.fit(corpus, 3, em, 11, "em");
    assertThat(second.termWeights()).isDeepEqualTo(first.termWeights());
    List<Row> firstWeights = Topics.assign(first, Dataset::cache).weights().orderBy("docId").collectAsList();
    List<Row> secondWeights = Topics.assign(second, Dataset::cache).weights().orderBy("docId").collectAsList();
    assertThat(firstWeights).hasSize(150);
    assertThat(secondWeights).isEqualTo(firstWeights);
  }

  @Test
  void oneSeedGivesTheSameTopicsAndWeightsSumToOne() {
    TopicModels.Fit first = TopicModels.fit(corpus, 3, settings, 11);
    TopicModels.Fit second = TopicModels.fit(corpus, 3, settings, 11);
    assertThat(second.termWeights()).isDeepEqualTo(first.termWeights());
    assertThat(second.coherence()).isEqualTo(first.coherence());

    Topics.Assigned assigned = Topics.assign(first, Dataset::cache);
    List<Row> weights = assigned.weights().orderBy("docId").collectAsList();
    assertThat(weights).hasSize(150);
    for (Row row : weights) {
      List<Double> w = row.getList(2);
      assertThat(w.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
      assertThat(w.get(row.getInt(3))).isEqualTo(w.stream().mapToDouble(Double::doubleValue).max().getAsDouble());
    }
    // Topics are renumbered by share, and each group's documents share a dominant topic.
    assertThat(assigned.shares()[0]).isGreaterThanOrEqualTo(assigned.shares()[1]);
    assertThat(assigned.shares()[1]).isGreaterThanOrEqualTo(assigned.shares()[2]);
    for (int group = 0; group < GROUPS; group++) {
      String prefix = "doc-" + group;
      assertThat(weights.stream().filter(r -> r.getString(0).startsWith(prefix)).map(r -> r.getInt(3)).distinct())
          .hasSize(1);
    }
    List<Row> again = Topics.assign(second, Dataset::cache).weights().orderBy("docId").collectAsList();
    assertThat(again).isEqualTo(weights);
  }
}
