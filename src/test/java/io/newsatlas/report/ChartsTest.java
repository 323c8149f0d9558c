package io.newsatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.report.Aggregates.Actor;
import io.newsatlas.report.Aggregates.PeriodTable;
import io.newsatlas.report.Aggregates.Series;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.time.TimeTableXYDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Chart builders on small hand-made aggregates: what they plot, what they say, and the PNG they make. */
class ChartsTest {
  static final int WIDTH = 1600;
  static final int HEIGHT = 900;
  static ChartStyle style;

  @BeforeAll
  static void headless() {
    Fonts.headless();
    style = new ChartStyle(WIDTH);
  }

  private static BufferedImage png(ChartPage page) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(FigureWriter.png(page.figure(), WIDTH, HEIGHT)));
    assertThat(image).as(page.figure().name()).isNotNull();
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
    return image;
  }

  @Test
  void theBundledFontHasVietnameseLetters() {
    assertThat(Fonts.regular(20).getFamily()).isEqualTo(Fonts.FAMILY);
    assertThat(Fonts.regular(20).canDisplayUpTo("Bộ Công an, Lương Tam Quang, Tô Lâm, Đảng")).isEqualTo(-1);
    assertThat(Fonts.bold(20).canDisplayUpTo("Nguyễn Quốc Dũng")).isEqualTo(-1);
  }

  @Test
  void aDenseThemeTimelineDrawsOneLinePerTheme() throws IOException {
    PeriodTable dense = new PeriodTable("stories", ReportFixtures.themes().periods(), List.of(
        new Series("Cybersecurity", new double[] {1, 1, 2, 1, 1, 1, 2}),
        new Series("Drugs", new double[] {1, 1, 2, 1, 1, 1, 2})), 0, 0);
    ChartPage page = ThemeCharts.timeline(dense, 2, List.of(), style);
    XYSeriesCollection lines = (XYSeriesCollection) page.figure().chart().getXYPlot().getDataset();
    assertThat(lines.getSeriesCount()).isEqualTo(2);
    assertThat(lines.getItemCount(0)).isEqualTo(7);
    assertThat(lines.getYValue(0, 6)).isEqualTo(2.0);
    assertThat(subtitle(page)).doesNotContain("a dot per");
    png(page);
  }

  @Test
  void aSparseThemeTimelineDrawsALanePerThemeWithADotPerPeriodThatHasStories() throws IOException {
    // Three of seven months hold stories: lines of zeros would hide them, and equal lines each other.
    ChartPage page = ThemeCharts.timeline(ReportFixtures.themes(), 3, List.of("Cybersecurity 2026-02"), style);
    XYPlot plot = page.figure().chart().getXYPlot();
    XYSeriesCollection dots = (XYSeriesCollection) plot.getDataset();
    assertThat(dots.getSeriesCount()).isEqualTo(2);
    assertThat(dots.getSeriesKey(0)).isEqualTo("Cybersecurity");
    assertThat(dots.getItemCount(0)).isEqualTo(2); // 2025-09 and 2026-02
    assertThat(dots.getItemCount(1)).isEqualTo(3);
    assertThat(dots.getYValue(0, 0)).isEqualTo(1.0); // the largest theme's lane on top
    assertThat(dots.getYValue(1, 0)).isEqualTo(0.0);
    assertThat(plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(dots, 0, 1)).isEqualTo("2");
    assertThat(((org.jfree.chart.axis.SymbolAxis) plot.getRangeAxis()).getSymbols()).containsExactly("Drugs",
        "Cybersecurity");
    assertThat(subtitle(page)).contains("a dot per month with stories, sized by their number");
    assertThat(page.reading()).containsExactly(
        "Cybersecurity and Drugs are in the most dated stories (3 each).",
        "Cybersecurity peaked in 2026-02 with 2 stories. Spikes against the theme's own history: Cybersecurity 2026-02.");
    assertThat(subtitle(page)).contains("The 2 largest of 3 themes").contains("1 with a partial date, 0 undated");
    png(page);
  }

  @Test
  void themeSharesStackToAHundredPercentInEveryMonthWithDocuments() throws IOException {
    ChartPage page = ThemeCharts.shares(ReportFixtures.themeAssignments(), style);
    TimeTableXYDataset bars = (TimeTableXYDataset) page.figure().chart().getXYPlot().getDataset();
    // Months without documents are left out (gaps), not drawn as 0% of nothing.
    assertThat(bars.getItemCount()).isEqualTo(3);
    assertThat(bars.getSeriesCount()).isEqualTo(3);
    for (int item = 0; item < bars.getItemCount(); item++) {
      double total = 0;
      for (int s = 0; s < 3; s++) {
        total += bars.getYValue(s, item);
      }
      assertThat(total).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
    }
    // 2026-02: Cybersecurity 2 of 4 assignments.
    assertThat(bars.getYValue(0, 2)).isCloseTo(50.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(page.reading().get(0))
        .isEqualTo("In 2026-02, the latest month with documents, Cybersecurity held the largest share: 2 of 4 theme "
            + "assignments (50%).");
    assertThat(page.reading().get(1)).contains("hold 75% of the 8 assignments; the other themes together 25%");
    png(page);
  }

  @Test
  void corpusChartsCountDocumentsByLanguageAndSource() throws IOException {
    ChartPage language = CorpusCharts.byLanguage(ReportFixtures.byLanguage(), style);
    TimeTableXYDataset bars = (TimeTableXYDataset) language.figure().chart().getXYPlot().getDataset();
    assertThat(bars.getSeriesKey(0)).isEqualTo("English (en)");
    assertThat(bars.getSeriesKey(1)).isEqualTo("Vietnamese (vi)");
    assertThat(bars.getItemCount()).isEqualTo(3);
    assertThat(bars.getYValue(1, 2)).isEqualTo(1.0);
    assertThat(language.reading()).containsExactly(
        "5 documents; in dated months: English (en) 3 (75%), Vietnamese (vi) 1 (25%).",
        "The busiest month was 2026-02 with 2 documents; 1 with a partial date and 0 undated are counted outside the "
            + "timeline.");
    png(language);
    ChartPage source = CorpusCharts.bySource(ReportFixtures.bySource(), 2, style);
    assertThat(source.reading().get(0)).isEqualTo("2 sources, most dated documents from vietnamnews.vn: 3 of 4 (75%).");
    png(source);
  }

  @Test
  void topicChartsShowSharesInPercentAndTheTermsOfEachTopic() throws IOException {
    ChartPage shares = TopicCharts.shares(ReportFixtures.topicShares(), ReportFixtures.topics(), 2, style);
    XYSeriesCollection lines = (XYSeriesCollection) shares.figure().chart().getXYPlot().getDataset();
    assertThat(lines.getSeriesKey(0)).isEqualTo("T0 an ninh mạng");
    assertThat(lines.getItemCount(0)).isEqualTo(2);
    assertThat(shares.figure().chart().getXYPlot().getRenderer().getDefaultItemLabelGenerator()
        .generateLabel(lines, 0, 1)).isEqualTo("100%");
    assertThat(shares.reading()).containsExactly("The largest topic is T0 an ninh mạng: 60% of the corpus, 3 documents.",
        "T0 an ninh mạng peaked in 2026-02 with 100% of that month's documents.");
    png(shares);

    // Months without documents have no share: gaps in the lines, not falls to 0%, and no peak there.
    var withEmptyMonths = new Aggregates.PeriodTable("share", ReportFixtures.topicShares().periods(), List.of(
        new Aggregates.Series("T0 an ninh mạng", new double[] {Double.NaN, 0.5, Double.NaN, Double.NaN, 0, 0, 1.0}),
        new Aggregates.Series("T1 ma túy", new double[] {Double.NaN, 0.5, Double.NaN, Double.NaN, 1.0, 1.0, 0})), 0, 0);
    ChartPage gaps = TopicCharts.shares(withEmptyMonths, ReportFixtures.topics(), 2, style);
    XYSeriesCollection gapLines = (XYSeriesCollection) gaps.figure().chart().getXYPlot().getDataset();
    assertThat(gapLines.getY(0, 2)).isNull();
    assertThat(gapLines.getY(0, 4)).isEqualTo(0.0);
    assertThat(gaps.reading().get(1)).isEqualTo("T0 an ninh mạng peaked in 2026-02 with 100% of that month's documents.");
    png(gaps);

    // A month whose one document is all of a topic is no peak when other months have ten or more.
    var fewDocuments = new Aggregates.PeriodTable("share", ReportFixtures.topicShares().periods(), List.of(
        new Aggregates.Series("T0 an ninh mạng", new double[] {Double.NaN, 0.5, Double.NaN, Double.NaN, 0, 0, 0.8}),
        new Aggregates.Series("T1 ma túy", new double[] {Double.NaN, 0.5, Double.NaN, Double.NaN, 0.9, 1.0, 0.2})), 0, 0)
        .withPeriodTotals(new double[] {0, 20, 0, 0, 12, 1, 30});
    ChartPage busy = TopicCharts.shares(fewDocuments, ReportFixtures.topics(), 40, style);
    assertThat(busy.reading().get(1)).isEqualTo("T1 ma túy peaked in 2025-12 with 90% of that month's documents (of 12).");
    assertThat(busy.figure().chart().getSubtitles().stream()
        .filter(t -> t instanceof org.jfree.chart.title.TextTitle).map(t -> ((org.jfree.chart.title.TextTitle) t).getText()))
        .anyMatch(text -> text.startsWith("The 2 largest of 40 topics"));

    ChartPage terms = TopicCharts.terms(ReportFixtures.topics(), 2, style);
    assertThat(terms.figure().panels()).hasSize(2);
    CategoryDataset first = ((CategoryPlot) terms.figure().panels().get(0).getPlot()).getDataset();
    assertThat(first.getColumnKeys()).containsExactly("an ninh mạng", "lừa đảo");
    assertThat(first.getValue(0, 0)).isEqualTo(0.09);
    assertThat(terms.reading().get(0)).isEqualTo("T0 an ninh mạng: an ninh mạng, lừa đảo, cybersecurity.");
    png(terms);
  }

  @Test
  void actorNetworkPutsTheBestConnectedFirstAndShowsVietnameseNames() throws IOException {
    var network = new Aggregates.Network(List.copyOf(ReportFixtures.actors().values()), ReportFixtures.pairs());
    ChartPage page = ActorCharts.network(network, 4, 2, style);
    NetworkPlot plot = (NetworkPlot) page.figure().chart().getPlot();
    // Two actors have two partners each: the more mentioned comes first.
    assertThat(plot.actors()).extracting(Actor::id).containsExactly("ministry_public_security_vn",
        "luong_tam_quang", "united_states", "to_lam");
    assertThat(plot.degree("luong_tam_quang")).isEqualTo(2);
    assertThat(plot.edges()).hasSize(3);
    assertThat(plot.labels()).contains("Lương Tam Quang", "Tô Lâm", "Ministry of Public Security (Viet Nam)");
    assertThat(page.reading()).containsExactly(
        "4 actors and 3 ties; the most connected is Ministry of Public Security (Viet Nam), tied to 2 other actors.",
        "The strongest tie is Ministry of Public Security (Viet Nam) – United States, named together in 5 sentences "
            + "(npmi 0.12).");
    png(page);
  }

  /** Marks of one lane a day apart on a five-year axis would hide each other: the later one moves up a step. */
  @Test
  void eventsCloseInTimeInOneLaneAreStacked() {
    List<Aggregates.EventMark> marks = List.of(
        new Aggregates.EventMark(java.time.LocalDate.of(2020, 10, 30), "United States", "reception"),
        new Aggregates.EventMark(java.time.LocalDate.of(2025, 8, 19), "China", "phone_call"),
        new Aggregates.EventMark(java.time.LocalDate.of(2025, 9, 4), "United States", "visit"),
        new Aggregates.EventMark(java.time.LocalDate.of(2025, 9, 5), "United States", "dialogue"),
        new Aggregates.EventMark(java.time.LocalDate.of(2025, 9, 5), "China", "meeting"),
        new Aggregates.EventMark(java.time.LocalDate.of(2026, 2, 13), "United States", "reception"));
    double[] heights = EventCharts.stackedHeights(marks, List.of("United States", "China"));
    // United States is the top lane (1), China the bottom (0). A dot covers about a month of this axis:
    // China's marks 17 days apart stack too, the receptions five years and five months from the rest do not.
    assertThat(heights).containsExactly(1.0, 0.0, 1.0, 1.16, 0.16, 1.0);
  }

  @Test
  void theNetworkLayoutIsRepeatableAndNoLabelOverlapsAnotherOrItsDotOrLeavesThePicture() {
    // Thirty actors in two clusters joined by one tie: crowded enough that labels must move.
    List<Actor> actors = new java.util.ArrayList<>();
    List<Aggregates.Pair> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      actors.add(new Actor("a" + i, i % 3 == 0 ? "person" : "organisation", "Ministry of Public Security no. " + i,
          null, 30 - i, 1));
      if (i > 0 && i != 15) {
        pairs.add(new Aggregates.Pair("a" + (i < 15 ? 0 : 15), "a" + i, 1, 2, 0, 0.2, null, "d"));
      }
    }
    pairs.add(new Aggregates.Pair("a0", "a15", 2, 3, 1, 0.5, null, "d"));
    NetworkPlot plot = new NetworkPlot(actors, pairs, style);
    var metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(plot.labelFont());
    var area = new java.awt.geom.Rectangle2D.Double(10, 20, WIDTH - 40, HEIGHT - 120);
    NetworkPlot.Layout layout = plot.layout(area, metrics);
    NetworkPlot.Layout again = plot.layout(area, metrics);
    assertThat(again.centres()).containsExactly(layout.centres());
    java.awt.geom.Rectangle2D[] labels = layout.labels();
    for (int i = 0; i < labels.length; i++) {
      assertThat(area.contains(labels[i])).as("label %d inside", i).isTrue();
      assertThat(NetworkPlot.touches(labels[i], layout.centres()[i], layout.radii()[i])).as("label %d on its own dot", i)
          .isFalse();
      for (int j = 0; j < i; j++) {
        assertThat(labels[i].intersects(labels[j])).as("labels %d and %d", i, j).isFalse();
      }
    }
    // The two hubs are apart: force-directed, each cluster gathers round its hub.
    assertThat(layout.centres()[0].distance(layout.centres()[1])).isGreaterThan(area.getWidth() / 6);
  }

  @Test
  void actorPairsRankDocumentsAndSentences() throws IOException {
    ChartPage page = ActorCharts.pairs(ReportFixtures.pairs(), ReportFixtures.actors(), 2, style);
    CategoryDataset bars = ((CategoryPlot) page.figure().chart().getPlot()).getDataset();
    assertThat(bars.getRowKeys()).doesNotContain(ActorCharts.MEETINGS); // none of them met
    assertThat(page.reading().get(0)).isEqualTo("The strongest tie: Ministry of Public Security (Viet Nam) – United "
        + "States, named together in 5 sentences (npmi 0.12).");
    assertThat(bars.getColumnKeys()).containsExactly("Ministry of Public Security (Viet Nam) – United States",
        "Lương Tam Quang – Ministry of Public Security (Viet Nam)", "Lương Tam Quang – Tô Lâm");
    assertThat(bars.getValue(ActorCharts.DOCUMENTS, "Lương Tam Quang – Tô Lâm")).isEqualTo(1.0);
    assertThat(bars.getValue(ActorCharts.SENTENCES, "Lương Tam Quang – Tô Lâm")).isEqualTo(0.0);
    assertThat(page.reading().get(1))
        .isEqualTo("Named in one sentence most often: Ministry of Public Security (Viet Nam) – United States, 5 sentences.");
    png(page);
  }

  @Test
  void pairsWhoMetShowTheirMeetingsFirst() throws IOException {
    List<Aggregates.Pair> pairs = List.of(new Aggregates.Pair("luong_tam_quang", "to_lam", 1, 0, 2, Double.NaN, null,
        "d3"), ReportFixtures.pairs().get(0));
    ChartPage page = ActorCharts.pairs(pairs, ReportFixtures.actors(), 2, style);
    CategoryDataset bars = ((CategoryPlot) page.figure().chart().getPlot()).getDataset();
    assertThat(bars.getRowKeys()).containsExactly(ActorCharts.MEETINGS, ActorCharts.SENTENCES, ActorCharts.DOCUMENTS);
    assertThat(bars.getValue(ActorCharts.MEETINGS, "Lương Tam Quang – Tô Lâm")).isEqualTo(2.0);
    assertThat(page.reading().get(0)).isEqualTo("The strongest tie: Lương Tam Quang – Tô Lâm, who met 2 times.");
    png(page);
  }

  @Test
  void actorTimelineCountsMentionsAndSaysWhereTheUnplacedOnesAre() throws IOException {
    ChartPage page = ActorCharts.timeline(ReportFixtures.actorStories(), 4, style);
    XYPlot plot = page.figure().chart().getXYPlot();
    assertThat(plot.getDataset().getSeriesCount()).isEqualTo(3);
    // Sparse: Lương Tam Quang's lane (the second of three) has dots in 2025-09 and 2026-02, labelled with the count.
    assertThat(plot.getDataset().getItemCount(1)).isEqualTo(2);
    assertThat(plot.getDataset().getYValue(1, 1)).isEqualTo(1.0);
    assertThat(plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 1, 1)).isEqualTo("11");
    assertThat(subtitle(page)).contains("2 with a partial date", "a story is an article with its translations");
    assertThat(page.reading()).containsExactly("Bộ Công an is named in the most dated stories: 19 stories.",
        "Bộ Công an peaked in 2026-02 with 12 stories.");
    png(page);
  }

  @Test
  void anActorLabelIsVietnameseOnlyWhenItIsTheEnglishOneWithDiacritics() {
    assertThat(new Actor("a", "person", "Luong Tam Quang", "Lương Tam Quang", 1, 1).label()).isEqualTo("Lương Tam Quang");
    assertThat(new Actor("b", "country", "Viet Nam", "Việt Nam", 1, 1).label()).isEqualTo("Việt Nam");
    Actor ministry = new Actor("c", "organisation", "Ministry of Public Security (Viet Nam)", "Bộ Công an", 1, 1);
    assertThat(ministry.label()).isEqualTo("Ministry of Public Security (Viet Nam)");
    assertThat(ministry.bilingual()).isEqualTo("Ministry of Public Security (Viet Nam) / Bộ Công an");
    assertThat(new Actor("d", "person", "Wang Xiaohong", "Vương Tiểu Hồng", 1, 1).label()).isEqualTo("Wang Xiaohong");
  }

  private static String subtitle(ChartPage page) {
    var chart = page.figure().chart();
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle text) {
        return text.getText();
      }
    }
    return "";
  }
}
