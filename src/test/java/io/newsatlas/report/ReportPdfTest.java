package io.newsatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.TestSettings;
import io.newsatlas.config.ReportSettings;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole report from hand-made aggregates: the files written, and the PDF's pages and text. */
class ReportPdfTest {
  static ReportSettings settings;

  @BeforeAll
  static void headless() {
    Fonts.headless();
    settings = TestSettings.defaults().report();
  }

  private static Map<String, byte[]> render(ReportData data) {
    Map<String, byte[]> files = new TreeMap<>();
    Report.render(data, settings, files::put);
    return files;
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
    }
  }

  private static final int PAGES = 15;

  @Test
  void anEventIsDatedAsPreciselyAsItIsKnown() {
    java.util.function.BiFunction<java.time.LocalDate, String, Aggregates.Event> event = (date, precision) ->
        new Aggregates.Event(date, precision, "meeting", "040", null, List.of(), List.of(), null, null, List.of(),
            List.of(), List.of(), "", 0);
    java.time.LocalDate monday = java.time.LocalDate.of(1987, 3, 23);
    assertThat(Report.when(event.apply(monday, "day"))).isEqualTo("1987-03-23");
    assertThat(Report.when(event.apply(monday, "week"))).isEqualTo("week of 1987-03-23");
    assertThat(Report.when(event.apply(monday.withDayOfMonth(1), "month"))).isEqualTo("1987-03");
    assertThat(Report.when(event.apply(null, "none"))).isEqualTo("undated");
  }

  @Test
  void everyChartAndTheReportAreWritten() throws IOException {
    Map<String, byte[]> files = render(ReportFixtures.data());
    assertThat(files.keySet()).containsExactly("charts/actor_network.png", "charts/actor_pairs.png",
        "charts/actor_timeline.png", "charts/corpus_by_language.png", "charts/corpus_by_source.png",
        "charts/event_timeline.png", "charts/theme_shares.png", "charts/theme_timeline.png", "charts/topic_shares.png",
        "charts/topic_terms.png", "report.pdf");
    try (PDDocument doc = Loader.loadPDF(files.get("report.pdf"))) {
      // Title; events with the partners, the event timeline; 9 chart pages, the topic table, the pair table; the run
      // with its rejects.
      assertThat(doc.getNumberOfPages()).isEqualTo(PAGES);
      // The outline (bookmarks) holds every section of the contents.
      assertThat(doc.getDocumentCatalog().getDocumentOutline().children()).extracting(i -> i.getTitle())
          .containsExactly("Events: who met whom", "Partners", "Corpus", "Themes", "Topics",
              "Topics and their top terms", "Actors", "Actor pairs with evidence", "The run and its rejects");
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("newsatlas report: file:/corpora/seeds");
    }
  }

  @Test
  void theTextCarriesVietnameseNamesReadingsAndEvidence() throws IOException {
    String text = text(render(ReportFixtures.data()).get("report.pdf"));
    assertThat(text).contains("Lương Tam Quang", "Bộ Công an", "Tô Lâm")
        .contains("(Viet Nam) / Bộ Công an")
        .contains("Cybersecurity peaked in 2026-02 with 2 stories.")
        .contains("Cybersecurity and Drugs are in the most dated stories (3 each).")
        .contains("The largest topic is T0 an ninh mạng: 60% of the corpus, 3 documents.")
        // The evidence sentence, wrapped over lines but whole.
        .contains("Đại tướng Lương Tam Quang")
        .contains("(no single sentence names both; see d3)")
        // Evidence cites its document by title, outlet and date.
        .contains("— Hanoi talks · VNA/VNS · 2026-02-13")
        // Partners side by side.
        .contains("People in its events", "Lương Tam Quang (1), Wang Xiaohong (1)")
        .contains("too_short").contains("notes/short.txt").contains("Only 4 words")
        .contains("6 inputs from 6 files = 5 documents + 1 rejects")
        .contains("topics.k = 2");
  }

  /** The events page comes right after the title page and lists the four meetings, newest first. */
  @Test
  void theEventsPageListsTheMeetingsNewestFirst() throws IOException {
    String text = text(render(ReportFixtures.data()).get("report.pdf"));
    // The title page's contents name the events page first; the page itself comes next.
    int contents = text.indexOf("Contents");
    int page = text.indexOf("Events: who met whom", text.indexOf("Events: who met whom", contents) + 1);
    assertThat(page).isGreaterThan(contents);
    // Table cells wrap: compare with the line breaks as spaces.
    String events = text.substring(page, text.indexOf("Corpus", page)).replaceAll("\\s+", " ");
    assertThat(events).contains("Every event, newest first (table events: 4 in all)", "reception (043)",
        "phone call (041)", "dialogue (040)", "Washington", "round 2", "referred to in 2 more");
    assertThat(events.indexOf("2026-02-13")).isLessThan(events.indexOf("2025-09-05"));
    assertThat(events.indexOf("2025-08-19")).isLessThan(events.indexOf("2020-10-30"));
  }

  /** The contents on page 1 give each section's page. */
  @Test
  void theContentsGiveEachSectionItsPage() throws IOException {
    String contents;
    try (PDDocument doc = Loader.loadPDF(render(ReportFixtures.data()).get("report.pdf"))) {
      // The page numbers are written last, once known: read the page in reading order.
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      contents = stripper.getText(doc);
    }
    assertThat(contents).containsPattern("Events: who met whom\\s+2\\b").containsPattern("Partners\\s+\\d+")
        .containsPattern("The run and its rejects\\s+" + PAGES);
  }

  /** A busier week makes every theme's count rise: the finding compares shares of the stories. */
  @Test
  void roseMostComparesSharesOfThePeriodsStories() {
    List<Aggregates.Period> weeks = List.of(new Aggregates.Period("1987-W27", java.time.LocalDate.of(1987, 6, 29),
        java.time.LocalDate.of(1987, 7, 5)), new Aggregates.Period("1987-W43", java.time.LocalDate.of(1987, 10, 19),
        java.time.LocalDate.of(1987, 10, 25)));
    Aggregates.PeriodTable themes = new Aggregates.PeriodTable("stories", weeks, List.of(
        new Aggregates.Series("Trade", new double[] {5, 60}), new Aggregates.Series("Drugs", new double[] {1, 40})),
        0, 0);
    assertThat(Report.roseMost(themes)).isEqualTo("Rose most in 1987-W43: Trade, 60 stories against 5 in 1987-W27.");
    assertThat(Report.roseMost(themes.withPeriodTotals(new double[] {10, 100}))).isEqualTo("Rose most in 1987-W43:"
        + " Drugs, in 40% of the stories (40 of 100) against 10% in 1987-W27 (1 of 10).");
    // A small share is written so that two of them can be told apart.
    assertThat(Report.roseMost(themes.withPeriodTotals(new double[] {451, 1247}))).isEqualTo("Rose most in 1987-W43:"
        + " Trade, in 4.8% of the stories (60 of 1,247) against 1.1% in 1987-W27 (5 of 451).");
  }

  /** Page 1 leads with findings from the tables; versions and settings wait on the last page. */
  @Test
  void theTitlePageLeadsWithFindings() throws IOException {
    assertThat(Report.findings(ReportFixtures.data())).containsExactly(
        "Latest meeting: 2026-02-13, reception in Hà Nội: Lương Tam Quang – michael desombre"
            + " (000_0e4843c05f27767b.txt · 2026-02-13; 001_66657b37b6429b82.txt · 2026-02-13).",
        "4 meetings found (table events); in most of them: Lương Tam Quang (2), chris landberg (1), le quoc hung (1),"
            + " michael desombre (1).",
        "Partners most active: United States (4 documents, 3 events), China (1 document, 1 event).",
        "Themes in the most stories: Cybersecurity (3), Drugs (3).",
        "Rose most in 2026-02: Cybersecurity, 2 stories against 1 in 2025-09.");
    String text = text(render(ReportFixtures.data()).get("report.pdf"));
    String first = text.substring(0, text.indexOf("Events: who met whom", text.indexOf("Contents") + 30));
    assertThat(first).contains("Findings", "5 documents in 4 stories (a translation or copy counts once) from 2 sources"
        + " (6 inputs, 1 rejects)").doesNotContain("Key settings");
    assertThat(text.substring(text.lastIndexOf("The run"))).contains("Key settings", "timeline.period = month",
        "2026-02-13 00:00:00 to 00:01:05 UTC (1 min 5 s");
  }

  /** Topics of five documents are not worth pages: one line says so, and the charts are not drawn. */
  @Test
  void topicsOfATinyCorpusAreOneLine() throws IOException {
    ReportData d = ReportFixtures.data();
    Aggregates.RunSummary r = d.run();
    Map<String, Long> counts = new java.util.HashMap<>(r.counts());
    counts.put("topics.modelled_documents", 5L);
    Aggregates.RunSummary tiny = new Aggregates.RunSummary(r.runId(), r.input(), r.startedAt(), r.finishedAt(),
        r.version(), r.sparkVersion(), r.sparkMaster(), counts, r.settings(), r.firstDate(), r.lastDate(), r.languages(),
        r.period());
    Map<String, byte[]> files = render(new ReportData(tiny, d.byLanguage(), d.bySource(), d.sourceCount(), d.themes(),
        d.themeAssignments(), d.themesFound(), d.themeSpikes(), d.topicShares(), d.topics(), d.network(), d.actors(),
        d.pairs(), d.actorStories(), d.events(), d.eventCount(), d.eventMarks(), d.partners(), d.sources(), d.rejects(),
        d.missing()));
    assertThat(files.keySet()).doesNotContain("charts/topic_shares.png", "charts/topic_terms.png");
    assertThat(text(files.get("report.pdf")).replaceAll("\\s+", " ")).contains(
        "Topics: left out of the report: 5 modelled documents, fewer than report.min_topic_documents (100)");
  }

  @Test
  void withoutTopicTablesTheTopicChartsAreLeftOutAndTheReportSaysWhy() throws IOException {
    Map<String, byte[]> files = render(ReportFixtures.withoutTopics());
    assertThat(files.keySet()).doesNotContain("charts/topic_shares.png", "charts/topic_terms.png")
        .contains("charts/theme_timeline.png", "report.pdf");
    String text = text(files.get("report.pdf"));
    assertThat(text).contains("Topics").contains("Left out: tables topics and topics_over_time are not in this output");
    try (PDDocument doc = Loader.loadPDF(files.get("report.pdf"))) {
      assertThat(doc.getNumberOfPages()).isEqualTo(13);
    }
  }

  @Test
  void longTextWrapsWithinTheMargins() throws IOException {
    var pdf = new ReportPdf("t", "f");
    String longWord = "x".repeat(400);
    pdf.newPage();
    List<String> lines = ReportPdf.wrap("A sentence with a " + longWord + " in it and Lương Tam Quang at the end.",
        org.apache.pdfbox.pdmodel.font.PDType0Font.load(new PDDocument(), Fonts.ttf(false)), 10,
        ReportPdf.contentWidth());
    assertThat(lines.size()).isGreaterThan(2);
    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(
        ("A sentence with a " + longWord + " in it and Lương Tam Quang at the end.").replace(" ", ""));
    pdf.close();
  }
}
