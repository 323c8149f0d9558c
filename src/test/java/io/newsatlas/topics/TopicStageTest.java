package io.newsatlas.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsatlas.SparkTestSession;
import io.newsatlas.TestSettings;
import io.newsatlas.config.ConfigException;
import io.newsatlas.config.TopicSettings;
import io.newsatlas.TestStage;
import io.newsatlas.timeline.Granularity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * The topic stage on hand-built tokens of three word groups (each document written from one
 * group's words): the K grid on a sample, then the chosen K on every document; the saved model
 * then weighs the same documents again without a fit, keeping its topic ids and naming itself.
 */
class TopicStageTest {
  private static final int GROUPS = 3;
  private static Dataset<Row> tokens;
  private static Dataset<Row> periods;

  @BeforeAll
  static void corpus() {
    SparkSession spark = SparkTestSession.get();
    StructType tokenSchema = new StructType()
        .add("docId", DataTypes.StringType, false)
        .add("language", DataTypes.StringType)
        .add("terms", DataTypes.createArrayType(DataTypes.StringType, false))
        .add("concepts", DataTypes.createArrayType(DataTypes.StringType, false));
    StructType periodSchema = new StructType()
        .add("docId", DataTypes.StringType)
        .add("period", DataTypes.StringType)
        .add("periodStart", DataTypes.DateType)
        .add("bucket", DataTypes.StringType);
    Random random = new Random(5);
    List<Row> tokenRows = new ArrayList<>();
    List<Row> periodRows = new ArrayList<>();
    for (int group = 0; group < GROUPS; group++) {
      for (int d = 0; d < 60; d++) {
        String id = String.format("doc-%d-%02d", group, d);
        List<String> terms = new ArrayList<>();
        for (int w = 0; w < 40; w++) {
          terms.add("g" + group + "word" + random.nextInt(8));
        }
        tokenRows.add(RowFactory.create(id, d % 2 == 0 ? "en" : "vi", terms.toArray(String[]::new), new String[0]));
        int month = 1 + d % 3;
        periodRows.add(RowFactory.create(id, "2026-0" + month, java.sql.Date.valueOf(LocalDate.of(2026, month, 1)),
            "dated"));
      }
    }
    tokens = spark.createDataFrame(tokenRows, tokenSchema).cache();
    periods = spark.createDataFrame(periodRows, periodSchema).cache();
  }

  private static TopicSettings settings(String... sets) {
    List<String> all = new ArrayList<>(List.of("topics.k_grid=[2,3,4]", "topics.min_documents_per_topic=10",
        "topics.min_document_frequency=2", "topics.gibbs_iterations=60", "topics.grid_tokens=2000"));
    all.addAll(List.of(sets));
    return TestSettings.defaults(all.toArray(String[]::new)).topics();
  }

  private static TopicStage.Result run(TopicSettings settings, SavedTopicModel scoreWith, TestStage stage) {
    return TopicStage.run(SparkTestSession.get(), tokens, periods, settings, 42, Granularity.MONTH, scoreWith, stage,
        line -> { });
  }

  @Test
  void theGridReadsASampleAndTheChosenKEveryDocument() {
    TestStage stage = new TestStage();
    TopicStage.Result result = run(settings(), null, stage);
    List<Row> selection = result.selection().orderBy("k", "seed").collectAsList();
    // 7,200 tokens, a target of 2,000: each document is in the sample by its id's hash, about 28% of them.
    List<Row> grid = selection.stream().filter(r -> r.<Long>getAs("documents") < 180L).toList();
    assertThat(grid).extracting(r -> r.<Integer>getAs("k")).containsExactly(2, 3, 4);
    assertThat(grid).allSatisfy(r -> {
      assertThat(r.<Long>getAs("documents")).isBetween(25L, 80L);
      assertThat(r.<String>getAs("note")).contains("fitted on a sample of", "of the 180 documents (topics.grid_tokens)");
    });
    // The three word groups make K=3 the most coherent; its two restarts read all 180 documents.
    List<Row> finals = selection.stream().filter(r -> r.<Long>getAs("documents") == 180L).toList();
    assertThat(finals).extracting(r -> r.<Integer>getAs("k") + "/" + r.<Long>getAs("seed"))
        .containsExactlyInAnyOrder("3/42", "3/43");
    assertThat(result.chosen().k()).isEqualTo(3);
    assertThat(result.chosen().corpus().modelled()).isEqualTo(180);
    assertThat(stage.counts).containsEntry("topics.k", 3L).containsEntry("topics.modelled_documents", 180L);
    // Every topic's top term is one group's word, and each group has its topic.
    List<Row> topics = result.topics().orderBy("topic_id").collectAsList();
    assertThat(topics).extracting(r -> r.<Row>getList(r.fieldIndex("top_terms")).get(0).getString(0).substring(0, 2))
        .containsExactlyInAnyOrder("g0", "g1", "g2");
    assertThat(topics).extracting(r -> r.<String>getAs("model_id")).containsOnly(result.saved().modelId());
    assertThat(result.saved().modelId()).startsWith("gibbs-k3-seed4").hasSize("gibbs-k3-seed42-".length() + 12);
    result.release();
  }

  @Test
  void aSavedModelWeighsDocumentsWithItsOwnTopicIds(@TempDir Path folder) {
    TopicStage.Result fitted = run(settings("topics.k=3", "topics.restarts=1"), null, new TestStage());
    String saved = folder.resolve("model").toString();
    fitted.saved().save(SparkTestSession.get(), saved);
    Map<String, Integer> fittedDominant = dominant(fitted.documentTopics());
    List<Row> fittedTopics = fitted.topics().orderBy("topic_id").collectAsList();
    fitted.release();

    // The output folder is enough: the model is found in its model/ folder.
    SavedTopicModel loaded = SavedTopicModel.load(SparkTestSession.get(), folder.toString());
    assertThat(loaded.modelId()).isEqualTo(fitted.saved().modelId());
    TestStage stage = new TestStage();
    TopicStage.Result scored = run(settings("topics.k=3", "topics.model=" + folder), loaded, stage);

    List<Row> selection = scored.selection().collectAsList();
    assertThat(selection).hasSize(1);
    assertThat(selection.get(0).<String>getAs("note")).startsWith("not fitted: the saved model " + loaded.modelId());
    assertThat(selection.get(0).<Boolean>getAs("chosen")).isTrue();
    // Same topics under the same ids: the saved top terms, and each document's dominant topic by inference.
    List<Row> scoredTopics = scored.topics().orderBy("topic_id").collectAsList();
    for (int t = 0; t < fittedTopics.size(); t++) {
      assertThat(scoredTopics.get(t).getList(scoredTopics.get(t).fieldIndex("top_terms")))
          .isEqualTo(fittedTopics.get(t).getList(fittedTopics.get(t).fieldIndex("top_terms")));
    }
    assertThat(dominant(scored.documentTopics())).isEqualTo(fittedDominant);
    assertThat(scored.documentTopics().select("model_id").distinct().collectAsList())
        .extracting(r -> r.getString(0)).containsExactly(loaded.modelId());
    assertThat(scored.saved()).isSameAs(loaded);
    assertThat(stage.counts).containsEntry("topics.modelled_documents", 180L);
  }

  @Test
  void aFolderWithoutAModelSaysWhatWasExpected(@TempDir Path folder) {
    assertThatThrownBy(() -> SavedTopicModel.load(SparkTestSession.get(), folder.toString()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("holds no saved topic model: expected").hasMessageContaining("model.json");
  }

  private static Map<String, Integer> dominant(Dataset<Row> documentTopics) {
    Map<String, Integer> out = new HashMap<>();
    for (Row row : documentTopics.filter("dominant").select("docId", "topicId").collectAsList()) {
      out.put(row.getString(0), row.getInt(1));
    }
    return out;
  }
}
