package io.newsatlas.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.TestDocuments;
import io.newsatlas.TestSettings;
import io.newsatlas.TestStage;
import io.newsatlas.config.ActorSettings;
import io.newsatlas.ingest.DocumentRecord;
import io.newsatlas.timeline.DocumentPeriods;
import io.newsatlas.timeline.Granularity;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The actors stage on three hand-built documents: a reception in English and Vietnamese, and an unrelated visit. */
class ActorStageTest {
  static final Gazetteer GAZETTEER = Gazetteer.load("conf/actors.yaml", false);
  static final ActorSettings SETTINGS = TestSettings.defaults().actors();
  static ActorStage.Storied storied;
  static ActorStage.Tables tables;
  static TestStage stage = new TestStage();

  @BeforeAll
  static void run() {
    Dataset<DocumentRecord> documents = TestDocuments.frame(
        TestDocuments.document("en", "en", "2026-02-13", "On February 13 in Hanoi, General Luong Tam Quang received "
            + "Michael DeSombre of the US Department of State. Ambassador Marc Knapper attended."),
        TestDocuments.document("vi", "vi", "2026-02-13", "Chiều 13/2, tại Hà Nội, Đại tướng Lương Tam Quang tiếp "
            + "Michael DeSombre, Bộ Ngoại giao Hoa Kỳ. Hai bên trao đổi về hợp tác."),
        TestDocuments.document("cn", "en", "2025-06-01", "Wang Xiaohong met the Vietnamese Ministry of Public Security "
            + "delegation in Beijing. Ambassador Marc Knapper was not there."));
    storied = ActorStage.stories(documents, GAZETTEER, SETTINGS, stage);
    tables = ActorStage.run(storied.documents(), storied.mentions(),
        DocumentPeriods.of(storied.documents(), Granularity.MONTH), GAZETTEER, SETTINGS, stage);
  }

  @Test
  void aTranslationAndItsOriginalShareAStoryAndAnUnrelatedDocumentKeepsItsOwn() {
    Map<String, String> storyOf = storied.documents().collectAsList().stream()
        .collect(Collectors.toMap(DocumentRecord::getDocId, DocumentRecord::getStoryId));
    assertThat(storyOf.get("en")).isEqualTo(storyOf.get("vi"));
    assertThat(storyOf.get("cn")).isEqualTo("cn");
    assertThat(storied.storyOf()).containsOnlyKeys("en", "vi");
  }

  @Test
  void aPairNamedInOneSentenceOfBothVersionsCountsTwiceAsDocumentsAndOnceAsAStory() {
    Map<String, Long> levels = tables.cooccurrence()
        .filter("actorA = 'luong_tam_quang' AND actorB = 'michael_desombre'").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("level"), r -> r.<Long>getAs("count")));
    assertThat(levels).containsExactlyInAnyOrderEntriesOf(Map.of(Actors.DOCUMENT, 2L, Actors.SENTENCE, 2L,
        Actors.STORY, 1L));
    assertThat(tables.cooccurrence().filter("actorA = 'michael_desombre' OR actorB = 'michael_desombre'")
        .filter("actorA = 'wang_xiaohong' OR actorB = 'wang_xiaohong'").count()).isZero();
    assertThat(stage.counts).containsEntry("cooccurrence", tables.cooccurrenceRows());
  }

  @Test
  void peopleNamedOnlyTogetherHaveAnNpmiOfOne() {
    // Quang and DeSombre share the first sentence of both versions and are named nowhere else.
    List<Row> pair = tables.cooccurrence().filter("actorA = 'luong_tam_quang' AND actorB = 'michael_desombre'")
        .collectAsList();
    assertThat(pair).hasSize(3).allSatisfy(r -> assertThat(r.<Double>getAs("npmi")).isEqualTo(1.0));
    assertThat(tables.cooccurrence().collectAsList()).allSatisfy(r ->
        assertThat(r.<Double>getAs("npmi")).isBetween(-1.0, 1.0));
  }

  @Test
  void theActorsTableCountsMentionsAndDatesPerActor() {
    Row quang = tables.actors().filter("actorId = 'luong_tam_quang'").first();
    assertThat(quang.<Long>getAs("documents")).isEqualTo(2L);
    assertThat(quang.<Long>getAs("mentions")).isEqualTo(2L);
    assertThat(quang.getAs("firstDate").toString()).isEqualTo("2026-02-13");
    Row mops = tables.actors().filter("actorId = 'ministry_public_security_vn'").first();
    assertThat(mops.getAs("firstDate").toString()).isEqualTo("2025-06-01");
    assertThat(tables.actorRows()).isEqualTo(GAZETTEER.actors().size());
    assertThat(tables.nodes()).extracting(ActorGraph.Node::id).contains("luong_tam_quang", "wang_xiaohong")
        .doesNotContain("to_lam");
  }

  @Test
  void aNameTheGazetteerLacksIsACandidateWithItsDocumentCount() {
    List<Row> knapper = tables.candidates().filter("name = 'Marc Knapper'").collectAsList();
    assertThat(knapper).singleElement().satisfies(r -> {
      assertThat(r.<Long>getAs("documents")).isEqualTo(2L);
      assertThat(r.<String>getAs("exampleDocId")).isEqualTo("cn");
    });
    assertThat(tables.candidates().filter("name = 'Michael DeSombre' OR name = 'Luong Tam Quang'").count()).isZero();
  }
}
