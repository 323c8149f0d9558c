package io.newsatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.SparkTestSession;
import io.newsatlas.TestSettings;
import io.newsatlas.io.RunManifest;
import io.newsatlas.io.Tables;
import io.newsatlas.report.Aggregates.Actor;
import io.newsatlas.report.Aggregates.PeriodTable;
import io.newsatlas.report.Aggregates.Series;
import io.newsatlas.timeline.Granularity;
import java.nio.file.Path;
import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

/** ReportData on a small output folder written here: what it aggregates on Spark, and what it says is missing. */
class ReportDataTest {
  @TempDir static Path dir;
  static SparkSession spark;
  static Path output;

  @BeforeAll
  static void writeTables() {
    spark = SparkTestSession.get();
    output = dir.resolve("out");
    write(Tables.RUN_MANIFEST.name(), Tables.RUN_MANIFEST.schema(), List.of(new RunManifest("r1", "2026-02-13T00:00:00Z",
        "2026-02-13T00:01:00Z", "0.1.0", "17", "4.1.0", "local[2]", "VectorBLAS", "file:/corpora/in", "conf/newsatlas.yaml",
        "{\"timeline\":{\"period\":\"month\"},\"topics\":{\"k\":2}}", 42, List.of(), List.of(),
        Map.of("inputs", 8L, "documents", 5L, "rejects", 3L), Map.of(), Map.of(), true).toRow()));
    // Only the columns the report reads; the others read back as nulls.
    StructType documents = new StructType().add("doc_id", "string").add("source_path", "string")
        .add("outlet", "string").add("language", "string").add("date", "date").add("date_precision", "string")
        .add("story_id", "string");
    write("documents", documents, List.of(
        RowFactory.create("d1", "a.txt", "vietnamnews.vn", "en", Date.valueOf("2025-08-19"), "day", "d1"),
        RowFactory.create("d2", "dantri/b.txt", null, "vi", Date.valueOf("2025-09-05"), "day", "d2"),
        // d4 is d3's translation: one story.
        RowFactory.create("d3", "c.txt", " ", "vi", Date.valueOf("2026-02-13"), "day", "d3"),
        RowFactory.create("d4", "d.txt", "vietnamnews.vn", "en", Date.valueOf("2026-02-13"), "day", "d3"),
        RowFactory.create("d5", "e.txt", "vietnamnews.vn", "en", null, "month_day", "d5")));
    StructType timeline = new StructType().add("period", "string").add("period_start", "date").add("bucket", "string")
        .add("theme_id", "string").add("language", "string").add("stories", "long")
        .add("period_stories", "long").add("spike", "boolean");
    write("theme_timeline", timeline, List.of(
        theme("2025-08", "cybersecurity", 0, 1), theme("2025-08", "drugs", 1, 1), theme("2025-08", "trade", 1, 1),
        theme("2025-09", "cybersecurity", 1, 1), theme("2025-09", "drugs", 1, 1),
        theme("2026-02", "cybersecurity", 2, 2), theme("2026-02", "drugs", 1, 2),
        RowFactory.create("partial_date", null, "partial_date", "drugs", "all", 1L, 1L, false),
        RowFactory.create("2026-02", Date.valueOf("2026-02-01"), "dated", "drugs", "en", 1L, 1L, false)));
    write("themes", new StructType().add("theme_id", "string").add("name_en", "string"), List.of(
        RowFactory.create("cybersecurity", "Cybersecurity"), RowFactory.create("drugs", "Drugs"),
        RowFactory.create("trade", "Trade")));
    write("actors", new StructType().add("actor_id", "string").add("type", "string").add("name_en", "string")
        .add("name_vi", "string").add("mentions", "long").add("documents", "long"), List.of(
        RowFactory.create("mps", "organisation", "Ministry of Public Security (Viet Nam)", "Bộ Công an", 6L, 4L),
        RowFactory.create("quang", "person", "Luong Tam Quang", "Lương Tam Quang", 3L, 3L),
        RowFactory.create("to_lam", "person", "To Lam", "Tô Lâm", 1L, 1L),
        RowFactory.create("unused", "person", "Nobody", "Không ai", 0L, 0L)));
    write("mentions", new StructType().add("doc_id", "string").add("actor_id", "string"), List.of(
        RowFactory.create("d1", "mps"), RowFactory.create("d1", "mps"), RowFactory.create("d2", "mps"),
        RowFactory.create("d3", "mps"), RowFactory.create("d4", "mps"), RowFactory.create("d5", "mps"),
        RowFactory.create("d1", "quang"), RowFactory.create("d3", "quang"), RowFactory.create("d5", "quang"),
        RowFactory.create("d3", "to_lam")));
    StructType pairs = new StructType().add("actor_a", "string").add("actor_b", "string").add("level", "string")
        .add("count", "long").add("example_doc_id", "string").add("example_sentence", "string").add("npmi", "double");
    write("cooccurrence", pairs, List.of(
        RowFactory.create("mps", "quang", "document", 3L, "d1", null, -0.2),
        // The minister is named with his ministry everywhere: no more than chance.
        RowFactory.create("mps", "quang", "sentence", 2L, "d3", "Bộ trưởng Bộ Công an Lương Tam Quang tiếp đoàn.", -0.05),
        RowFactory.create("mps", "to_lam", "document", 1L, "d3", "Tô Lâm thăm Bộ Công an.", 0.4),
        RowFactory.create("mps", "to_lam", "sentence", 2L, "d3", "Tô Lâm thăm Bộ Công an.", 0.6),
        RowFactory.create("quang", "to_lam", "document", 1L, "d3", null, 0.3)));
    write("rejects", new StructType().add("source_path", "string").add("source_row", "long").add("reason", "string")
        .add("message", "string"), List.of(
        RowFactory.create("b.jsonl", 7L, "too_short", "3 words"), RowFactory.create("b.jsonl", 2L, "too_short", "5 words"),
        RowFactory.create("z.bin", null, "binary", "a binary file")));
    write(Tables.EVENTS.name(), Tables.EVENTS.schema(), List.of(
        event("e1", "2025-08-19", "phone_call", "041", null, List.of("d1"), List.of("drugs")),
        event("e2", "2026-02-13", "reception", "043", "Hà Nội", List.of("d3", "d4"), List.of("cybersecurity", "drugs")),
        // A person the gazetteer lacks meets the minister: the network draws them by that meeting.
        event("e3", null, "meeting", "040", null, List.of("d5"), List.of(), List.of("quang", "name:Jane Roe"))));
    StructType term = new StructType().add("term", "string").add("weight", "double");
    StructType topics = new StructType().add("topic_id", "integer").add("label", "string")
        .add("top_terms", DataTypes.createArrayType(term)).add("coherence", "double").add("share", "double")
        .add("documents", "long");
    write("topics", topics, List.of(
        // T1 is the dominant topic of more documents, T0 holds the larger share: "largest" is by share.
        RowFactory.create(0, "an ninh mạng", seq(RowFactory.create("an_ninh_mạng", 0.1),
            RowFactory.create("concept:cybersecurity", 0.08), RowFactory.create("lừa_đảo", 0.05)), -1.5, 0.6, 3L),
        RowFactory.create(1, "drugs", seq(RowFactory.create("drugs", 0.2)), -2.0, 0.4, 4L)));
    StructType overTime = new StructType().add("period", "string").add("period_start", "date").add("bucket", "string")
        .add("topic_id", "integer").add("language", "string").add("documents", "long").add("period_documents", "long")
        .add("share", "double");
    write("topics_over_time", overTime, List.of(
        RowFactory.create("2025-08", Date.valueOf("2025-08-01"), "dated", 1, "all", 1L, 1L, 1.0),
        RowFactory.create("2026-02", Date.valueOf("2026-02-01"), "dated", 0, "all", 2L, 2L, 1.0),
        RowFactory.create("partial_date", null, "partial_date", 0, "all", 1L, 1L, 1.0)));
  }

  private static Row event(String id, String date, String kind, String cameo, String place, List<String> docs,
      List<String> themes) {
    return event(id, date, kind, cameo, place, docs, themes, List.of("quang", "to_lam"));
  }

  private static Row event(String id, String date, String kind, String cameo, String place, List<String> docs,
      List<String> themes, List<String> participants) {
    return RowFactory.create(id, date == null ? null : Date.valueOf(date), date == null ? "none" : "day", "sentence", null,
        kind, cameo, place, CollectionConverters.asScala(participants).toSeq(),
        CollectionConverters.asScala(List.of("mps")).toSeq(), CollectionConverters.asScala(List.of("vietnam")).toSeq(),
        null, null, CollectionConverters.asScala(themes).toSeq(), CollectionConverters.asScala(docs).toSeq(),
        CollectionConverters.asScala(List.<String>of()).toSeq(), CollectionConverters.asScala(List.of("d2")).toSeq(),
        CollectionConverters.asScala(Map.of("en", "Quang met To Lam.")), "'met' with 2 people");
  }

  /** Newest first, undated last; each reporting document as title (or file) · outlet · date; theme names. */
  /** Dân Trí files without a headline line are cited by their opening words, not a file name. */
  @Test
  void aDocumentWithoutATitleIsCitedByItsOpeningWords() {
    assertThat(ReportData.opening("Sự kiện được tổ chức với mong muốn giới thiệu mô hình trường học nội trú khác biệt,"
        + " nơi học sinh được trải nghiệm.\nĐoạn hai.")).isEqualTo(
            "Sự kiện được tổ chức với mong muốn giới thiệu mô hình trường học nội trú khác…");
    assertThat(ReportData.opening("A short lead.\nMore.")).isEqualTo("A short lead.");
    // A photo's caption before the lead is not the article's opening.
    assertThat(ReportData.opening("Người dân mang bình ôxy tới một nhà máy ở Ahmedabad, Ấn Độ (Ảnh: Reuters).\n"
        + "Một máy bay vận tải quân sự đã hạ cánh xuống New Delhi.")).isEqualTo("Một máy bay vận tải quân sự đã hạ cánh"
        + " xuống New Delhi.");
    assertThat(ReportData.opening("(Ảnh minh họa: The New Paper).\nShort lead.")).isEqualTo("Short lead.");
  }

  @Test
  void eventsAreListedNewestFirstWithTheirSources() throws Exception {
    ReportData data = load("report.events=2");
    assertThat(data.eventCount()).isEqualTo(3);
    assertThat(data.events()).extracting(Aggregates.Event::kind).containsExactly("reception", "phone_call");
    Aggregates.Event reception = data.events().get(0);
    assertThat(reception.sources()).containsExactlyInAnyOrder("c.txt · 2026-02-13", "d.txt · vietnamnews.vn · 2026-02-13");
    assertThat(reception.themes()).containsExactly("Cybersecurity", "Drugs");
    assertThat(reception.referredIn()).isEqualTo(1);
    assertThat(reception.evidence()).isEqualTo("Quang met To Lam.");
  }

  private static Row theme(String month, String theme, long documents, long periodDocuments) {
    return RowFactory.create(month, Date.valueOf(month + "-01"), "dated", theme, "all", documents, periodDocuments,
        false);
  }

  private static Object seq(Row... rows) {
    return CollectionConverters.asScala(Arrays.asList(rows)).toSeq();
  }

  private static void write(String table, StructType schema, List<Row> rows) {
    spark.createDataFrame(rows, schema).coalesce(1).write()
        .parquet(output.resolve("tables").resolve(table).toString());
  }

  private static ReportData withDefaults;

  /** A load costs a few seconds of Spark jobs: the tests that read the defaults share one. */
  private static synchronized ReportData load() throws Exception {
    if (withDefaults == null) {
      withDefaults = load(new String[0]);
    }
    return withDefaults;
  }

  private static ReportData load(String... sets) throws Exception {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(output.toUri());
    FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    return ReportData.load(spark, fs, root, TestSettings.defaults(sets).report(), Granularity.MONTH,
        TestSettings.defaults(sets).timeline());
  }

  private static double[] values(PeriodTable table, String series) {
    return table.series().stream().filter(s -> s.name().equals(series)).findFirst().map(Series::values).orElseThrow();
  }

  @Test
  void theCorpusIsCountedPerMonthWithThePartialDateApart() throws Exception {
    ReportData data = load();
    assertThat(data.missing()).isEmpty();
    PeriodTable byLanguage = data.byLanguage();
    assertThat(byLanguage.periods()).hasSize(7);
    assertThat(byLanguage.periods().get(0).label()).isEqualTo("2025-08");
    assertThat(byLanguage.periods().get(6).end()).isEqualTo("2026-03-01");
    assertThat(byLanguage.series()).extracting(Series::name).containsExactly("en", "vi");
    assertThat(values(byLanguage, "en")).containsExactly(1, 0, 0, 0, 0, 0, 1);
    assertThat(values(byLanguage, "vi")).containsExactly(0, 1, 0, 0, 0, 0, 1);
    assertThat(byLanguage.partialDate()).isEqualTo(1);
    assertThat(byLanguage.undated()).isZero();
    // Outlet, else the file's folder, else the input folder (a blank outlet is no outlet).
    assertThat(data.sourceCount()).isEqualTo(3);
    assertThat(data.bySource().series()).extracting(Series::name).containsExactly("vietnamnews.vn", "dantri/", "in/");
    assertThat(values(data.bySource(), "in/")).containsExactly(0, 0, 0, 0, 0, 0, 1);
    assertThat(data.run().languages()).containsEntry("en", 3L).containsEntry("vi", 2L);
    assertThat(data.run().firstDate()).isEqualTo("2025-08-19");
    assertThat(data.run().settings()).containsEntry("timeline.period", "month").containsEntry("topics.k", "2");
    assertThat(load("report.top_sources=1").bySource().series()).extracting(Series::name)
        .containsExactly("vietnamnews.vn", CorpusCharts.OTHER_SOURCES);
  }

  @Test
  void themesKeepTheTopOnesAndGatherTheRestForTheShares() throws Exception {
    ReportData data = load("report.top_themes=2");
    assertThat(data.themesFound()).isEqualTo(3);
    assertThat(data.themes().series()).extracting(Series::name).containsExactly("Cybersecurity", "Drugs");
    assertThat(values(data.themes(), "Cybersecurity")).containsExactly(0, 1, 0, 0, 0, 0, 2);
    // Every story of each period, from theme_timeline.period_stories: the denominator of a theme's share.
    assertThat(data.themes().periodTotals()).containsExactly(1, 1, 0, 0, 0, 0, 2);
    assertThat(data.themes().partialDate()).isEqualTo(1);
    assertThat(values(data.themeAssignments(), ThemeCharts.OTHER_THEMES)).containsExactly(1, 0, 0, 0, 0, 0, 0);
  }

  @Test
  void topicsComeWithTheirTermsAndShares() throws Exception {
    ReportData data = load();
    assertThat(data.topics()).extracting(Aggregates.Topic::title).containsExactly("T0 an ninh mạng", "T1 drugs");
    // Multi-word terms are stored joined by '_' and drawn with spaces, as in the labels.
    assertThat(data.topics().get(0).terms()).extracting(Aggregates.Term::term).containsExactly("an ninh mạng", "lừa đảo");
    assertThat(values(data.topicShares(), "T0 an ninh mạng")).containsExactly(0, 0, 0, 0, 0, 0, 1);
    assertThat(values(data.topicShares(), "T1 drugs")).containsExactly(1, 0, 0, 0, 0, 0, 0);
    assertThat(data.topicShares().partialDate()).isEqualTo(1);
  }

  @Test
  void actorsPairsAndMentionsOverTime() throws Exception {
    ReportData data = load();
    assertThat(data.actors()).containsOnlyKeys("mps", "quang", "to_lam", "name:Jane Roe");
    assertThat(data.actors().get("name:Jane Roe")).isEqualTo(new Actor("name:Jane Roe", "person", "Jane Roe", null, 1, 1));
    // Quang and Tô Lâm met in two events: a meeting ranks first, though they share one document only; then
    // Quang's meeting with a person the gazetteer lacks (in the one document reporting it). Then sentence
    // ties by npmi: Tô Lâm with the ministry above the minister with his own ministry.
    assertThat(data.pairs()).extracting(p -> p.a() + "+" + p.b()).containsExactly("quang+to_lam", "name:Jane Roe+quang",
        "mps+to_lam", "mps+quang");
    assertThat(data.pairs().get(0).documents()).isEqualTo(1);
    assertThat(data.pairs().get(0).meetings()).isEqualTo(2);
    assertThat(data.pairs().get(1).documents()).isEqualTo(1);
    assertThat(data.pairs().get(1).meetings()).isEqualTo(1);
    assertThat(data.pairs().get(0).npmi()).isNaN();
    // No sentence of cooccurrence names both: the evidence of their first event stands in.
    assertThat(data.pairs().get(0).exampleSentence()).isEqualTo("Quang met To Lam.");
    assertThat(data.pairs().get(0).exampleDocId()).isEqualTo("d3");
    assertThat(data.pairs().get(1).exampleDocId()).isEqualTo("d5");
    assertThat(data.pairs().get(2).npmi()).isEqualTo(0.6);
    // The network draws the meeting and the tie above chance first; with fewer ties than
    // report.network_actors, the sentence tie below chance fills in after them.
    assertThat(data.network().pairs()).extracting(p -> p.a() + "+" + p.b()).containsExactly("quang+to_lam",
        "name:Jane Roe+quang", "mps+to_lam", "mps+quang");
    assertThat(data.network().actors()).extracting(Actor::id).contains("name:Jane Roe");
    Aggregates.Pair inSentences = data.pairs().get(3);
    assertThat(inSentences.documents()).isEqualTo(3);
    assertThat(inSentences.sentences()).isEqualTo(2);
    // No sentence example at document level: the sentence level's stands in.
    assertThat(inSentences.exampleSentence()).isEqualTo("Bộ trưởng Bộ Công an Lương Tam Quang tiếp đoàn.");
    // Stories: d1's two mentions count once, as do d3 and its translation d4.
    assertThat(values(data.actorStories(), "Ministry of Public Security (Viet Nam)")).containsExactly(1, 1, 0, 0, 0, 0, 1);
    assertThat(values(data.actorStories(), "Lương Tam Quang")).containsExactly(1, 0, 0, 0, 0, 0, 1);
    // d5, which names both, is one story with a partial date.
    assertThat(data.actorStories().partialDate()).isEqualTo(1);
  }

  @Test
  void rejectsAreSummedByReasonWithTheFirstAsExample() throws Exception {
    assertThat(load().rejects()).containsExactly(
        new Aggregates.RejectSummary("too_short", 2, "b.jsonl:2", "5 words"),
        new Aggregates.RejectSummary("binary", 1, "z.bin", "a binary file"));
  }

  @Test
  void missingTablesAreNamedNotFatal(@TempDir Path empty) throws Exception {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(empty.toUri());
    ReportData data = ReportData.load(spark, root.getFileSystem(spark.sparkContext().hadoopConfiguration()), root,
        TestSettings.defaults().report(), Granularity.MONTH, TestSettings.defaults().timeline());
    assertThat(data.missing()).containsKeys(ReportData.CORPUS, ReportData.THEMES, ReportData.TOPIC_FAMILY,
        ReportData.ACTORS);
    java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
    Report.Outcome outcome = Report.render(data, TestSettings.defaults().report(), files::put);
    assertThat(files).containsOnlyKeys("report.pdf");
    assertThat(outcome.charts()).isEmpty();
    assertThat(outcome.leftOut()).hasSize(4);
  }
}
