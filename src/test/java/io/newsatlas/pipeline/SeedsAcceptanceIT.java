package io.newsatlas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsatlas.SparkTestSession;
import io.newsatlas.TestSettings;
import io.newsatlas.io.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on seeds/, held to ../shared/gold/seeds.yaml. One run shared by the assertions (and
 * the notebooks and cluster tests: {@link io.newsatlas.SeedsRun}); a copy of its output is what a failed
 * run must leave intact. That a second run of the same settings writes the same tables is held by
 * {@code StandaloneClusterIT}, whose cluster run is compared with the shared one. An integration test
 * (failsafe): whole runs are the suite's cost.
 */
class SeedsAcceptanceIT {
  @TempDir static Path dir;
  static Path output;
  static Path rerun;
  static Pipeline.Result result;
  static SparkSession spark;

  @BeforeAll
  static void runOnSeedsTwice() {
    spark = SparkTestSession.get();
    result = io.newsatlas.SeedsRun.result();
    output = io.newsatlas.SeedsRun.output();
    rerun = dir.resolve("rerun").resolve("again");
    copy(output, rerun);
    manifestBeforeFailedRun = readManifest(rerun);
    // A run over that output fits MLlib's EM (checkpointed in its staging folder), then crashes
    // after the topic stage: the previous output must survive, and no checkpoint remain.
    failedRun = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> new Pipeline(spark, TestSettings.load(Path.of("seeds"), rerun, "topics.final_optimizer=em",
            "topics.restarts=1"), stage -> {
              if (stage.equals("topics")) {
                throw new IllegalStateException("simulated crash after the topics stage");
              }
            }).run());
  }

  static String manifestBeforeFailedRun;
  static IllegalStateException failedRun;

  private static void copy(Path from, Path to) {
    try (Stream<Path> paths = Files.walk(from)) {
      Files.createDirectories(to.getParent());
      for (Path path : paths.toList()) {
        Files.copy(path, to.resolve(from.relativize(path).toString()));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String readManifest(Path out) {
    try {
      return Files.readString(out.resolve("run_manifest.json"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, Row> documentsByFile(Path out) {
    Map<String, Row> byFile = new HashMap<>();
    for (Row row : spark.read().parquet(out.resolve("tables/documents").toString()).collectAsList()) {
      byFile.put(row.getAs("source_path"), row);
    }
    return byFile;
  }

  @Test
  void everySeedIsADocumentWithTheGoldDateAndLanguage() {
    Map<String, Row> documents = documentsByFile(output);
    assertThat(documents).hasSize(Gold.documents().size());
    for (Gold.Document gold : Gold.documents()) {
      Row doc = documents.get(gold.file());
      assertThat(doc).as(gold.file()).isNotNull();
      assertThat(doc.<String>getAs("language")).as("language of %s", gold.file()).isEqualTo(gold.language());
      assertThat(String.valueOf(doc.<Object>getAs("date"))).as("date of %s", gold.file()).isEqualTo(gold.date());
      assertThat(doc.<String>getAs("date_precision")).as(gold.file()).isEqualTo("day");
    }
  }

  /** The default timeline.period (auto) on the seeds' dated span: quarters, with the reason. */
  @Test
  void theSeedsDatesChooseQuartersByDefault() {
    var span = io.newsatlas.timeline.PeriodChoice.span(spark.read().parquet(output.resolve("tables/documents")
        .toString()), "date", "date_precision", TestSettings.defaults().timeline());
    assertThat(span.first()).hasToString(Gold.documents().stream().map(Gold.Document::date).min(String::compareTo)
        .orElseThrow());
    assertThat(span.withDay()).isEqualTo(5);
    var choice = io.newsatlas.timeline.PeriodChoice.choose(span, TestSettings.defaults().timeline());
    assertThat(choice.period()).isEqualTo(io.newsatlas.timeline.Granularity.QUARTER);
    assertThat(choice.reason()).contains("at most 60 periods from 2020-10-31 to 2026-02-13");
  }

  @Test
  void datesSayWhereTheyCameFrom() {
    Map<String, Row> documents = documentsByFile(output);
    assertThat(documents.get("000_0e4843c05f27767b.txt").<String>getAs("date_source")).isEqualTo("header_line");
    assertThat(documents.get("002_cb2f719aa211d3bc.txt").<String>getAs("date_source")).isEqualTo("header_line");
    assertThat(documents.get("003_beb61ad7c67d1cbe.txt").<String>getAs("date_evidence")).isEqualTo("dateline 'October, 31 2020'");
    // The two partial dates get their year only with recorded evidence (see the gold's date_evidence).
    Row vi = documents.get("001_66657b37b6429b82.txt");
    assertThat(vi.<String>getAs("date_source")).isEqualTo("dateline+year:same_story,text_reference");
    assertThat(vi.<String>getAs("date_evidence")).startsWith("dateline 'Chiều 13/2'; year 2026 from")
        .contains("000_0e4843c05f27767b.txt dated 2026-02-13").contains("'Tháng 9/2025'");
    Row dialogue = documents.get("004_c15bed645eba28ea.txt");
    assertThat(dialogue.<String>getAs("date_source")).isEqualTo("text+year:cross_reference");
    assertThat(dialogue.<String>getAs("date_evidence")).contains("000_0e4843c05f27767b.txt writes 'September 2025'");
  }

  @Test
  void withoutResolutionTheTwoPartialDatesStayPartial(@TempDir Path other) {
    Path out = other.resolve("partial");
    new Pipeline(spark, TestSettings.load(Path.of("seeds"), out, "dates.resolve_partial=false", "topics.enabled=false")).run();
    Map<String, Row> documents = documentsByFile(out);
    for (String file : List.of("001_66657b37b6429b82.txt", "004_c15bed645eba28ea.txt")) {
      Row doc = documents.get(file);
      assertThat(doc.<String>getAs("date_precision")).as(file).isEqualTo("month_day");
      assertThat(doc.<Object>getAs("date")).as(file).isNull();
      assertThat(doc.<Integer>getAs("date_year")).as(file).isNull();
    }
    assertThat(documents.get("004_c15bed645eba28ea.txt").<Integer>getAs("date_month")).isEqualTo(9);
    assertThat(documents.get("004_c15bed645eba28ea.txt").<Integer>getAs("date_day")).isEqualTo(5);
    // As the gold says: with its date partial, 004 is counted in an explicit bucket, not in 2025-09.
    List<Row> partial = spark.read().parquet(out.resolve("tables/theme_timeline").toString())
        .filter("language = 'all' AND bucket = 'partial_date'").collectAsList();
    Map<String, Long> partialByTheme = new HashMap<>();
    partial.forEach(r -> partialByTheme.put(r.getAs("theme_id"), r.getAs("documents")));
    assertThat(partialByTheme).containsEntry("money_laundering", 1L).containsEntry("wildlife_trafficking", 1L)
        .containsEntry("maritime_security", 1L).containsEntry("drugs", 2L);
    assertThat(partial.get(0).<Long>getAs("period_documents")).isEqualTo(2);
    // The report counts them outside the timeline too, and says so.
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("report.pdf").toFile())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
          .contains("2 with a partial date and 0 undated are counted outside the timeline");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyGoldThemeOfEachSeedIsFoundWithEvidence() {
    Map<String, Row> documents = documentsByFile(output);
    List<Row> mentions = spark.read().parquet(output.resolve("tables/theme_mentions").toString()).collectAsList();
    for (Gold.Document gold : Gold.documents()) {
      String docId = documents.get(gold.file()).getAs("doc_id");
      List<Row> ofDoc = mentions.stream().filter(m -> m.getAs("doc_id").equals(docId)).toList();
      assertThat(ofDoc).extracting(m -> (String) m.getAs("theme_id")).as("themes of %s", gold.file())
          .containsAll(gold.themes());
      for (Row mention : ofDoc) {
        assertThat(mention.<String>getAs("sentence")).contains(mention.<String>getAs("matched_text"));
        String text = documents.get(gold.file()).getAs("text");
        assertThat(text.substring(mention.<Integer>getAs("char_start"), mention.<Integer>getAs("char_end")))
            .isEqualTo(mention.<String>getAs("matched_text"));
      }
      gold.themeEvidenceVi().forEach((theme, phrase) -> assertThat(ofDoc)
          .filteredOn(m -> m.getAs("theme_id").equals(theme))
          .as("evidence '%s' for %s in %s", phrase, theme, gold.file())
          .anySatisfy(m -> assertThat(m.<String>getAs("sentence")).contains(phrase)));
    }
    // The translation pair tells one story: the same themes in English and Vietnamese.
    java.util.function.Function<String, java.util.Set<String>> themesOf = file -> mentions.stream()
        .filter(m -> m.getAs("doc_id").equals(documents.get(file).getAs("doc_id")))
        .map(m -> m.<String>getAs("theme_id")).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    assertThat(themesOf.apply("000_0e4843c05f27767b.txt")).isNotEmpty()
        .isEqualTo(themesOf.apply("001_66657b37b6429b82.txt"));
  }

  @Test
  void themeTimelineByMonthHoldsTheGoldCounts() {
    Dataset<Row> timeline = spark.read().parquet(output.resolve("tables/theme_timeline").toString())
        .filter("language = 'all'");
    Map<String, Long> byPeriodAndTheme = new HashMap<>();
    for (Row row : timeline.collectAsList()) {
      byPeriodAndTheme.put(row.getAs("period") + "/" + row.getAs("theme_id"), row.getAs("documents"));
    }
    Gold.themeTimeline().forEach((month, themes) -> themes.forEach((theme, atLeast) ->
        assertThat(byPeriodAndTheme.get(month + "/" + theme)).as("%s %s", month, theme).isGreaterThanOrEqualTo(atLeast)));
    // Every month from the first to the last dated document is there, the empty ones with zeros.
    List<Row> drugs = timeline.filter("theme_id = 'drugs'").orderBy("period_start").collectAsList();
    assertThat(drugs).hasSize(65);
    assertThat(drugs.get(0).<String>getAs("period")).isEqualTo("2020-10");
    assertThat(drugs.get(64).<String>getAs("period")).isEqualTo("2026-02");
    assertThat(drugs.stream().filter(r -> r.getAs("period").equals("2021-01")).findFirst().orElseThrow()
        .<Long>getAs("documents")).isZero();
    // Stories: the gold's documents of a month that share a story count once (000 and its translation 001).
    Map<String, Long> goldStories = Gold.documents().stream().filter(d -> d.themes().contains("drugs"))
        .collect(java.util.stream.Collectors.groupingBy(d -> d.date().substring(0, 7),
            java.util.stream.Collectors.mapping(Gold.Document::story,
                java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toSet(), set -> (long) set.size()))));
    assertThat(goldStories).containsEntry("2026-02", 1L);
    Map<String, Long> stories = drugs.stream().filter(r -> r.<Long>getAs("stories") > 0)
        .collect(java.util.stream.Collectors.toMap(r -> r.getAs("period"), r -> r.<Long>getAs("stories")));
    assertThat(stories).isEqualTo(goldStories);
  }

  @Test
  void everyGoldActorIsNamedAndNoCreditIs() {
    Map<String, Row> documents = documentsByFile(output);
    List<Row> mentions = spark.read().parquet(output.resolve("tables/mentions").toString()).collectAsList();
    for (GoldActors.Doc gold : GoldActors.documents()) {
      String docId = documents.get(gold.file()).getAs("doc_id");
      List<Row> ofDoc = mentions.stream().filter(m -> m.getAs("doc_id").equals(docId)).toList();
      assertThat(ofDoc).extracting(m -> (String) m.getAs("actor_id")).as("actors of %s", gold.file())
          .containsAll(gold.actors());
      for (String notActor : gold.notActors()) {
        assertThat(ofDoc).extracting(m -> (String) m.getAs("surface")).as("credit in %s", gold.file())
            .noneMatch(surface -> surface.contains(notActor) || notActor.contains(surface));
      }
      for (Row m : ofDoc) {
        assertThat(m.<String>getAs("sentence")).contains(m.<String>getAs("surface"));
      }
    }
  }

  @Test
  void coOccurrenceHoldsTheGoldPairsAndNotTheExcludedOnes() {
    Map<String, Long> byPair = new HashMap<>();
    for (Row row : spark.read().parquet(output.resolve("tables/cooccurrence").toString()).collectAsList()) {
      byPair.put(row.getAs("level") + ":" + row.getAs("actor_a") + "+" + row.getAs("actor_b"), row.getAs("count"));
    }
    for (GoldActors.Pair pair : GoldActors.mustInclude()) {
      String key = "document:" + ordered(pair.a(), pair.b());
      assertThat(byPair.get(key)).as(key).isNotNull().isGreaterThanOrEqualTo((long) pair.count());
    }
    for (GoldActors.Pair pair : GoldActors.mustExclude()) {
      assertThat(byPair).doesNotContainKey("document:" + ordered(pair.a(), pair.b()))
          .doesNotContainKey("sentence:" + ordered(pair.a(), pair.b()));
    }
    // 000 and 001 are one event in two languages: one story, as the gold notes.
    assertThat(byPair.get("story:" + ordered("luong_tam_quang", "michael_desombre"))).isEqualTo(1L);
    Map<String, Row> documents = documentsByFile(output);
    assertThat(documents.get("001_66657b37b6429b82.txt").<String>getAs("story_id"))
        .isEqualTo(documents.get("000_0e4843c05f27767b.txt").getAs("story_id"));
    assertThat(documents.values().stream().map(r -> (String) r.getAs("story_id")).distinct()).hasSize(4);
  }

  /**
   * Each gold meeting is one row: its day, kind, place, people and sides, every document that
   * reports it (000 and 001 are one reception), and the documents that only refer to it.
   */
  @Test
  void everyGoldMeetingIsOneEventRow() {
    Map<String, String> fileOf = new HashMap<>();
    documentsByFile(output).forEach((file, row) -> fileOf.put(row.getAs("doc_id"), file));
    List<Row> events = spark.read().parquet(output.resolve("tables/events").toString()).collectAsList();
    for (Gold.Event gold : Gold.events()) {
      List<Row> matching = events.stream().filter(e -> new java.util.HashSet<>(e.<String>getList(
          e.fieldIndex("participants"))).equals(new java.util.HashSet<>(gold.participants()))).toList();
      assertThat(matching).as("events of %s", gold.participants()).hasSize(1);
      Row event = matching.get(0);
      assertThat(String.valueOf(event.<Object>getAs("date"))).as("date of %s", gold.id()).isEqualTo(gold.date());
      assertThat(event.<String>getAs("date_precision")).as(gold.id()).isEqualTo("day");
      assertThat(event.<String>getAs("kind")).as("kind of %s", gold.id()).isEqualTo(gold.kind());
      assertThat(event.<String>getAs("place")).as("place of %s", gold.id()).isEqualTo(gold.place());
      assertThat(event.<String>getList(event.fieldIndex("sides"))).as("sides of %s", gold.id())
          .containsExactlyInAnyOrderElementsOf(gold.sides());
      assertThat(event.<String>getList(event.fieldIndex("doc_ids"))).extracting(fileOf::get).as(gold.id())
          .containsExactlyInAnyOrderElementsOf(gold.documents());
      assertThat(event.<String>getList(event.fieldIndex("referred_in"))).extracting(fileOf::get).as(gold.id())
          .containsExactlyInAnyOrderElementsOf(gold.alsoReferredToIn());
      if (gold.mechanism() != null) {
        // "Viet Nam-US Law Enforcement and Security Dialogue (second)": the name, and the round apart.
        assertThat(gold.mechanism()).startsWith(event.<String>getAs("mechanism"));
        assertThat(event.<Integer>getAs("mechanism_round")).isEqualTo(2);
      }
    }
    // A reception in two languages has its evidence in both.
    Row reception = events.stream().filter(e -> e.<String>getList(e.fieldIndex("doc_ids")).size() == 2).findFirst()
        .orElseThrow();
    Map<String, String> evidence = reception.getJavaMap(reception.fieldIndex("evidence"));
    assertThat(evidence.get("en")).contains("received US Assistant Secretary of State", "Michael DeSombre");
    assertThat(evidence.get("vi")).contains("đã tiếp Trợ lý Ngoại trưởng Hoa Kỳ");
    // No event joins people the seeds never name together.
    for (GoldActors.Pair pair : GoldActors.mustExclude()) {
      assertThat(events).noneMatch(e -> e.<String>getList(e.fieldIndex("participants")).containsAll(
          List.of(pair.a(), pair.b())) || e.<String>getList(e.fieldIndex("sides")).containsAll(List.of(pair.a(), pair.b())));
    }
  }

  /** The report's pairs: who met ranks above pairs named together in passing (the gold's background pairs). */
  @Test
  void meetingsRankAboveBackgroundPairs() throws Exception {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(output.toUri());
    io.newsatlas.report.ReportData data = io.newsatlas.report.ReportData.load(spark,
        root.getFileSystem(spark.sparkContext().hadoopConfiguration()), root,
        TestSettings.defaults("report.top_pairs=50").report(), io.newsatlas.timeline.Granularity.MONTH,
        TestSettings.defaults().timeline());
    List<String> ranked = data.pairs().stream().map(p -> ordered(p.a(), p.b())).toList();
    int lastMeeting = -1;
    for (Gold.Event event : Gold.events()) {
      int rank = ranked.indexOf(ordered(event.participants().get(0), event.participants().get(1)));
      assertThat(rank).as("rank of %s", event.participants()).isNotNegative();
      lastMeeting = Math.max(lastMeeting, rank);
    }
    for (List<String> pair : Gold.backgroundPairs()) {
      int rank = ranked.indexOf(ordered(pair.get(0), pair.get(1)));
      assertThat(rank < 0 || rank > lastMeeting).as("%s ranks below every meeting (%s)", pair, ranked).isTrue();
    }
  }

  @Test
  void theActorGraphOpensAsGraphMlAndGexf() throws Exception {
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document graphml = factory.newDocumentBuilder().parse(output.resolve("graphs/actors.graphml").toFile());
    long named = spark.read().parquet(output.resolve("tables/actors").toString()).filter("mentions > 0").count();
    long edges = spark.read().parquet(output.resolve("tables/cooccurrence").toString()).filter("level = 'document'").count();
    assertThat(graphml.getElementsByTagName("node").getLength()).isEqualTo((int) named);
    assertThat(graphml.getElementsByTagName("edge").getLength()).isEqualTo((int) edges);
    org.w3c.dom.Element quang = null;
    var nodes = graphml.getElementsByTagName("node");
    for (int i = 0; i < nodes.getLength(); i++) {
      var node = (org.w3c.dom.Element) nodes.item(i);
      if (node.getAttribute("id").equals("luong_tam_quang")) {
        quang = node;
      }
    }
    assertThat(quang).isNotNull();
    assertThat(quang.getTextContent()).contains("person").contains("Lương Tam Quang").contains("2025-08-19");
    org.w3c.dom.Document gexf = factory.newDocumentBuilder().parse(output.resolve("graphs/actors.gexf").toFile());
    assertThat(gexf.getElementsByTagName("node").getLength()).isEqualTo((int) named);
    assertThat(gexf.getElementsByTagName("edge").getLength()).isEqualTo((int) edges);
  }

  @Test
  void theReportHasEveryChartAndAPdfThatReadsInVietnamese() throws IOException {
    List<String> charts = new java.util.ArrayList<>(List.of("corpus_by_language", "corpus_by_source", "theme_timeline",
        "theme_shares", "actor_network", "actor_pairs", "actor_timeline"));
    // Five modelled documents, below report.min_topic_documents: the topics get one line, no charts.
    assertThat(output.resolve("charts/topic_shares.png")).doesNotExist();
    var settings = TestSettings.defaults().report();
    for (String chart : charts) {
      java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(output.resolve("charts/" + chart + ".png").toFile());
      assertThat(png).as(chart).isNotNull();
      assertThat(png.getWidth()).as(chart).isEqualTo(settings.width());
      assertThat(png.getHeight()).as(chart).isEqualTo(settings.height());
    }
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(output.resolve("report.pdf").toFile())) {
      String text = java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf),
          java.text.Normalizer.Form.NFC);
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(charts.size() + 2);
      // Page 1 holds the corpus line with its stories, the findings and the contents, to its last line.
      var firstPage = new org.apache.pdfbox.text.PDFTextStripper();
      firstPage.setEndPage(1);
      assertThat(firstPage.getText(pdf).replaceAll("\\s+", " ")).contains("5 documents in 4 stories")
          .contains("Findings").contains("Contents").contains("Each chart is also a PNG in charts/");
      // The gold's counts, read back from the report: drugs in four articles, of which 000 and its
      // translation 001 are one story; five documents, no rejects.
      long drugStories = Gold.documents().stream().filter(d -> d.themes().contains("drugs")).map(Gold.Document::story)
          .distinct().count();
      assertThat(drugStories).isEqualTo(3);
      assertThat(text.replaceAll("\\s+", " ")).contains("Drugs (" + drugStories + ")");
      assertThat(text)
          .contains("5 inputs from 5 files = 5 documents + 0 rejects")
          .contains("Lương Tam Quang").contains("Bộ Công an")
          .contains("No rejects: every one of the 5 inputs became a document.");
      String flat = text.replaceAll("\\s+", " ");
      assertThat(flat).contains("Topics: left out of the report: 5 modelled documents");
      // The events page: the four gold meetings, newest first.
      String events = flat.substring(flat.indexOf("Every event, newest first"));
      assertThat(events).contains("reception (043)", "phone call (041)", "dialogue (040)", "Washington DC", "round 2");
      int last = -1;
      for (String date : List.of("2026-02-13", "2025-09-05", "2025-08-19", "2020-10-30")) {
        assertThat(events.indexOf(date)).as(date).isGreaterThan(last);
        last = events.indexOf(date);
      }
    }
  }

  private static String ordered(String a, String b) {
    return a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a;
  }

  @Test
  void tokensKeepWordsAndConceptsAndTheTopicModelFitsTheSmallCorpus() throws IOException {
    Map<String, String> idOf = new HashMap<>();
    documentsByFile(output).forEach((file, row) -> idOf.put(file.substring(0, 3), row.getAs("doc_id")));
    Map<String, Row> tokens = new HashMap<>();
    for (Row row : spark.read().parquet(output.resolve("tables/tokens").toString()).collectAsList()) {
      tokens.put(row.getAs("doc_id"), row);
    }
    assertThat(tokens).hasSize(5);
    Row vietnamese = tokens.get(idOf.get("001"));
    assertThat(vietnamese.<String>getAs("language")).isEqualTo("vi");
    assertThat(vietnamese.<String>getList(vietnamese.fieldIndex("terms")))
        .contains("an_ninh_mạng", "ma_túy", "bộ_công_an", "tội_phạm_xuyên_quốc_gia");
    assertThat(vietnamese.<String>getList(vietnamese.fieldIndex("concepts")))
        .contains("concept:drugs", "concept:cybersecurity", "actor:ministry_public_security_vn", "actor:luong_tam_quang");
    Row english = tokens.get(idOf.get("000"));
    assertThat(english.<String>getList(english.fieldIndex("terms"))).contains("transnational_crime", "human_trafficking");
    // The translation pair 000/001 shares concepts across languages.
    assertThat(english.<String>getList(english.fieldIndex("concepts")))
        .contains("concept:drugs", "concept:cybersecurity", "actor:ministry_public_security_vn", "actor:luong_tam_quang");

    List<Row> selection = spark.read().parquet(output.resolve("tables/topic_model_selection").toString()).collectAsList();
    // K capped at 2: the grid's Gibbs fit with the run's seed, then one more restart (topics.restarts 2).
    assertThat(selection).extracting(r -> r.<Integer>getAs("k")).containsOnly(2);
    assertThat(selection).extracting(r -> r.<String>getAs("optimizer") + " " + r.<Long>getAs("seed"))
        .containsExactlyInAnyOrder("gibbs 42", "gibbs 43");
    assertThat(selection).extracting(r -> r.<Integer>getAs("iterations")).containsOnly(200);
    assertThat(selection).filteredOn(r -> r.<Boolean>getAs("chosen")).hasSize(1);
    Row chosenFit = selection.stream().filter(r -> r.<Boolean>getAs("chosen")).findFirst().orElseThrow();
    assertThat(selection).allSatisfy(r -> assertThat(
        r.<Double>getAs("coherence")).isLessThanOrEqualTo(chosenFit.<Double>getAs("coherence")));
    assertThat(selection).allSatisfy(r -> assertThat(r.<String>getAs("note"))
        .contains("K capped at 2: 5 modelled documents"));

    // The chosen fit is saved as a Spark ML model that loads back with its counts.
    io.newsatlas.topics.GibbsLdaModel saved = io.newsatlas.topics.GibbsLdaModel.load(output.resolve("model/topics").toString());
    assertThat(saved.k()).isEqualTo(2);
    assertThat(java.util.Arrays.stream(saved.topicTotals()).sum()).isEqualTo(
        new ObjectMapper().readTree(output.resolve("run_manifest.json").toFile()).get("counts").get("topics.tokens").asLong());
    assertThat(saved.uid()).isEqualTo("newsatlas_gibbs_k2_seed" + chosenFit.<Long>getAs("seed"));

    List<Row> topics = spark.read().parquet(output.resolve("tables/topics").toString()).orderBy("topic_id").collectAsList();
    assertThat(topics).extracting(r -> r.<Integer>getAs("topic_id")).containsExactly(0, 1);
    assertThat(topics.stream().mapToDouble(r -> r.<Double>getAs("share")).sum()).isCloseTo(1.0, within(1e-9));
    assertThat(topics.get(0).<Double>getAs("share")).isGreaterThanOrEqualTo(topics.get(1).<Double>getAs("share"));
    for (Row topic : topics) {
      assertThat(topic.getList(topic.fieldIndex("top_terms"))).hasSize(15);
      Map<String, Double> mix = topic.getJavaMap(topic.fieldIndex("language_mix"));
      assertThat(mix.keySet()).isSubsetOf("en", "vi");
      assertThat(mix.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
      assertThat(topic.<String>getAs("label")).doesNotContain("_", "concept:");
    }

    List<Row> documentTopics = spark.read().parquet(output.resolve("tables/document_topics").toString()).collectAsList();
    assertThat(documentTopics.stream().filter(r -> r.<Boolean>getAs("dominant")).map(r -> r.<String>getAs("doc_id")))
        .containsExactlyInAnyOrderElementsOf(idOf.values());
    Dataset<Row> overTime = spark.read().parquet(output.resolve("tables/topics_over_time").toString())
        .filter("language = 'all'");
    // Every month from October 2020 to February 2026, per topic; the five documents counted once.
    assertThat(overTime.filter("topic_id = 0").count()).isEqualTo(65);
    assertThat(overTime.agg(org.apache.spark.sql.functions.sum("documents")).first().getLong(0)).isEqualTo(5);
    assertThat(result.manifest().counts()).containsEntry("topics.k", 2L).containsEntry("topics.modelled_documents", 5L);
  }

  @Test
  void countsBalanceAndTheManifestSaysSo() throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(output.resolve("run_manifest.json").toFile());
    assertThat(manifest.get("counts").get("inputs").asLong()).isEqualTo(5);
    assertThat(manifest.get("counts").get("documents").asLong()).isEqualTo(5);
    assertThat(manifest.get("counts").get("rejects").asLong()).isZero();
    assertThat(manifest.get("balanced").asBoolean()).isTrue();
    assertThat(manifest.get("input_files")).hasSize(5);
    assertThat(manifest.get("input_files").get(0).get("sha256").asText()).hasSize(64);
    assertThat(manifest.get("spark_version").asText()).isEqualTo(spark.version());
    // The surefire JVM has jdk.incubator.vector, as bin/newsatlas and Spark's executors do.
    assertThat(manifest.get("blas").asText()).isEqualTo("VectorBLAS");
    assertThat(manifest.get("settings_json").asText()).contains("\"min_words\"");
    assertThat(manifest.get("timings_ms").has("read")).isTrue();
    assertThat(result.manifest().counts()).containsEntry("language.vi", 1L).containsEntry("language.en", 4L);
  }

  @Test
  void tablesOpenInDuckDbWithTheDeclaredColumns() throws SQLException {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
      for (var table : Tables.ALL) {
        String glob = output.resolve("tables").resolve(table.name()).resolve("*.parquet").toString();
        try (ResultSet columns = sql.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + glob + "')")) {
          List<String> names = new java.util.ArrayList<>();
          while (columns.next()) {
            names.add(columns.getString("column_name"));
          }
          assertThat(names).as(table.name()).containsExactlyElementsOf(
              table.columns().stream().map(c -> c.name()).toList());
        }
      }
      String documents = output.resolve("tables/documents/*.parquet").toString();
      try (ResultSet rs = sql.executeQuery("SELECT language, count(*) AS n, min(date) AS first, max(date) AS last"
          + " FROM read_parquet('" + documents + "') GROUP BY language ORDER BY language")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("language")).isEqualTo("en");
        assertThat(rs.getLong("n")).isEqualTo(4);
        assertThat(rs.getString("first")).isEqualTo("2020-10-31");
        assertThat(rs.getString("last")).isEqualTo("2026-02-13");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("language")).isEqualTo("vi");
      }
      try (ResultSet rs = sql.executeQuery("SELECT text FROM read_parquet('" + documents + "')"
          + " WHERE source_path = '001_66657b37b6429b82.txt'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).startsWith("Chiều 13/2, tại Hà Nội, Đại tướng Lương Tam Quang");
      }
    }
  }

  @Test
  void emFitsAreCheckpointedInTheRunsStagingFolderWhichLeavesNoTrace() throws IOException {
    // The failed run was the last to fit topics, with EM as its final optimizer.
    // Spark was pointed at a folder in the run's staging area, deleted with it when the run failed.
    assertThat(spark.sparkContext().getCheckpointDir().get()).contains("/.again.staging-").contains("/checkpoints/");
    try (var files = Files.walk(rerun.getParent())) {
      assertThat(files.map(Path::toString)).noneMatch(path -> path.contains("checkpoint"));
    }
  }

  @Test
  void aRunThatFailsMidwayLeavesThePreviousOutputIntact() throws IOException {
    assertThat(failedRun).hasMessageContaining("simulated crash");
    assertThat(readManifest(rerun)).isEqualTo(manifestBeforeFailedRun);
    assertThat(spark.read().parquet(rerun.resolve("tables/documents").toString()).count()).isEqualTo(5);
    try (Stream<Path> siblings = Files.list(rerun.getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("again");
    }
  }
}
