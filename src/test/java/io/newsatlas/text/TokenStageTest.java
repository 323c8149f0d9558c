package io.newsatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.SparkTestSession;
import io.newsatlas.TestDocuments;
import io.newsatlas.TestSettings;
import io.newsatlas.TestStage;
import io.newsatlas.actors.Gazetteer;
import io.newsatlas.ingest.DocumentRecord;
import io.newsatlas.pipeline.Pipeline;
import io.newsatlas.themes.ThemeDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tokens stage on hand-built documents: twelve English reports that all name the Mekong delta
 * (a collocation to learn), a Vietnamese one with a dictionary phrase, and concept mentions from the
 * themes and actors stages, which become the document's concepts in text order.
 */
class TokenStageTest {
  static TokenStage.Result result;
  static Map<String, Row> byDoc;
  static final TestStage STAGE = new TestStage();

  @BeforeAll
  static void run() {
    List<DocumentRecord> documents = new ArrayList<>();
    String[] crops = {"rice", "coffee", "pepper", "cashew", "rubber", "tea", "maize", "cassava", "sugar", "fruit",
        "shrimp", "catfish"};
    String[] who = {"Farmers", "Growers", "Cooperatives", "Villages", "Households", "Traders", "Exporters",
        "Provinces", "Planters", "Families", "Breeders", "Producers"};
    String[] did = {"sold", "harvested", "shipped", "stored", "planted", "exported", "packed", "dried", "graded",
        "priced", "bought", "raised"};
    for (int i = 0; i < crops.length; i++) {
      documents.add(TestDocuments.document("en-" + i, "en", "2026-02-" + String.format("%02d", i + 1),
          who[i] + " across the Mekong delta " + did[i] + " more " + crops[i] + " this season."));
    }
    documents.add(TestDocuments.document("vi", "vi", "2026-02-14",
        "Bộ Công an và các đối tác phối hợp đấu tranh phòng chống ma túy."));
    Dataset<DocumentRecord> frame = TestDocuments.frame(documents.toArray(DocumentRecord[]::new));
    StructType theme = new StructType().add("docId", DataTypes.StringType).add("charStart", DataTypes.IntegerType)
        .add("themeId", DataTypes.StringType);
    StructType actor = new StructType().add("docId", DataTypes.StringType).add("charStart", DataTypes.IntegerType)
        .add("actorId", DataTypes.StringType);
    var spark = SparkTestSession.get();
    Dataset<Row> themes = spark.createDataFrame(List.of(RowFactory.create("vi", 56, "drugs")), theme);
    Dataset<Row> actors = spark.createDataFrame(List.of(RowFactory.create("vi", 0, "vn_mops")), actor);
    Tokenizer tokenizer = Tokenizer.of(Pipeline.dictionaryTerms(ThemeDictionary.load("conf/themes.yaml", true),
        Gazetteer.load("conf/actors.yaml", true)), TestSettings.defaults().tokens());
    result = TokenStage.run(frame, themes, actors, tokenizer, TestSettings.defaults().tokens(), STAGE);
    byDoc = result.tokens().collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r));
  }

  private static List<String> terms(String docId) {
    return byDoc.get(docId).getList(byDoc.get(docId).fieldIndex("terms"));
  }

  @Test
  void everyDocumentIsOneRowAndTheCountsAddUp() {
    assertThat(result.documents()).isEqualTo(13);
    long terms = byDoc.values().stream().mapToLong(r -> r.<Integer>getAs("termCount")).sum();
    assertThat(result.terms()).isEqualTo(terms).isPositive();
    assertThat(STAGE.counts).containsEntry("tokens.terms", terms);
    assertThat(byDoc.get("vi").<String>getAs("language")).isEqualTo("vi");
  }

  @Test
  void aPairOfWordsThatAlwaysGoTogetherIsLearnedAsOneTerm() {
    // In all twelve reports, never apart: at least tokens.collocation_min_count (10) times.
    assertThat(result.collocations()).containsKey("en");
    assertThat(result.collocations().get("en")).isPositive();
    for (int i = 0; i < 12; i++) {
      assertThat(terms("en-" + i)).contains("mekong_delta").doesNotContain("mekong", "delta", "the", "this");
    }
    assertThat(STAGE.counts).containsEntry("tokens.collocations.en", (long) result.collocations().get("en"));
  }

  @Test
  void dictionaryPhrasesStayWholeAndConceptsFollowTheText() {
    assertThat(terms("vi")).contains("ma_túy", "bộ_công_an");
    List<String> concepts = byDoc.get("vi").getList(byDoc.get("vi").fieldIndex("concepts"));
    // The actor named at character 0 comes before the theme at 56.
    assertThat(concepts).containsExactly("actor:vn_mops", "concept:drugs");
    assertThat(byDoc.get("en-0").getList(byDoc.get("en-0").fieldIndex("concepts"))).isEmpty();
  }
}
