package io.newsatlas.themes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.SparkTestSession;
import io.newsatlas.TestDocuments;
import io.newsatlas.TestSettings;
import io.newsatlas.TestStage;
import io.newsatlas.actors.ActorMatcher;
import io.newsatlas.actors.ActorMention;
import io.newsatlas.actors.Actors;
import io.newsatlas.actors.Gazetteer;
import io.newsatlas.ingest.DocumentRecord;
import io.newsatlas.timeline.DocumentPeriods;
import io.newsatlas.timeline.Granularity;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The themes stage on hand-built documents: a story in English and Vietnamese, and two other February articles. */
class ThemeStageTest {
  static ThemeStage.Tables tables;
  static TestStage stage = new TestStage();

  @BeforeAll
  static void run() {
    DocumentRecord en = TestDocuments.document("en", "en", "2026-02-13",
        "The two ministries agreed to fight drug trafficking and cybercrime together.");
    DocumentRecord vi = TestDocuments.document("vi", "vi", "2026-02-14",
        "Hai bộ nhất trí phối hợp đấu tranh phòng chống ma túy và tội phạm mạng.");
    vi.setStoryId("en");
    en.setStoryId("en");
    Dataset<DocumentRecord> documents = TestDocuments.frame(en, vi,
        TestDocuments.document("rice", "en", "2026-02-20", "Rice exports from the Mekong delta rose in February."),
        TestDocuments.document("heroin", "en", "2026-04-02", "Police seized heroin and methamphetamine at the border."),
        TestDocuments.document("inl", "en", "2026-05-04",
            "The Bureau of International Narcotics and Law Enforcement Affairs opened an office in Hanoi."));
    Dataset<ActorMention> actorMentions = Actors.mentions(documents,
        new ActorMatcher(Gazetteer.load("conf/actors.yaml", false)));
    tables = ThemeStage.run(SparkTestSession.get(), documents, DocumentPeriods.of(documents, Granularity.MONTH),
        ThemeDictionary.load("conf/themes.yaml", false), actorMentions,
        TestSettings.defaults().themes(), TestSettings.defaults().timeline(), Granularity.MONTH, stage);
  }

  private static Row timeline(String theme, String language, String period) {
    return tables.timeline().filter(String.format("theme_id = '%s' AND language = '%s' AND period = '%s'", theme,
        language, period)).first();
  }

  @Test
  void aStoryToldInTwoLanguagesIsOneStoryOfAllLanguagesAndTwoDocuments() {
    Row february = timeline("drugs", "all", "2026-02");
    assertThat(february.<Long>getAs("documents")).isEqualTo(2L);
    assertThat(february.<Long>getAs("stories")).isEqualTo(1L);
    assertThat(february.<Long>getAs("period_documents")).isEqualTo(3L);
    assertThat(february.<Long>getAs("period_stories")).isEqualTo(2L);
    assertThat(february.<Double>getAs("share")).isEqualTo(0.5);
    Row vietnamese = timeline("drugs", "vi", "2026-02");
    assertThat(vietnamese.<Long>getAs("stories")).isEqualTo(1L);
    assertThat(vietnamese.<Double>getAs("share")).isEqualTo(1.0);
  }

  @Test
  void aMonthWithoutTheThemeIsAZeroBetweenTheFirstAndLastMonths() {
    Row march = timeline("drugs", "all", "2026-03");
    assertThat(march.<Long>getAs("documents")).isZero();
    assertThat(march.<Object>getAs("share")).isNull();
    assertThat(timeline("drugs", "all", "2026-04").<Long>getAs("stories")).isEqualTo(1L);
  }

  @Test
  void everyMentionIsARowWithItsSentenceAndEachDocumentThemeItsTerms() {
    List<Row> vi = tables.documentThemes().filter("docId = 'vi' AND themeId = 'drugs'").collectAsList();
    assertThat(vi).singleElement().satisfies(r -> assertThat(r.getList(r.fieldIndex("terms"))).contains("ma túy"));
    assertThat(tables.mentions().filter("docId = 'rice' AND themeId = 'drugs'").count()).isZero();
    // "Narcotics" and "Law Enforcement" are words of an actor's name, which the actor stage found.
    assertThat(tables.mentions().filter("docId = 'inl'").count()).isZero();
    assertThat(tables.documentsByTheme()).containsEntry("drugs", 3L);
    assertThat(stage.counts).containsEntry("theme_mentions", tables.mentionRows());
  }
}
