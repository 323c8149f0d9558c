package io.newsatlas.report;

import io.newsatlas.report.Aggregates.PeriodTable;
import io.newsatlas.report.Aggregates.Series;
import io.newsatlas.report.Aggregates.Term;
import io.newsatlas.report.Aggregates.Topic;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Topics (tables topics and topics_over_time): shares over time and each topic's top terms. */
public final class TopicCharts {
  private TopicCharts() {}

  /**
   * @param shares share (0-1) of each period's documents per topic, series named by {@link Topic#title()}
   */
  /** A topic's peak is a period with at least this many modelled documents (when one has): 100% of one is no peak. */
  static final int PEAK_MIN_DOCUMENTS = 10;

  /** @param topicCount the model's topics, of which {@code topics} are the largest */
  public static ChartPage shares(PeriodTable shares, List<Topic> topics, long topicCount, ChartStyle style) {
    List<Series> percent = shares.series().stream()
        .map(s -> new Series(s.name(), Arrays.stream(s.values()).map(v -> 100 * v).toArray())).toList();
    PeriodTable table = new PeriodTable("% of documents", shares.periods(), percent, shares.partialDate(),
        shares.undated());
    double[] modelled = shares.periodTotals();
    double busiest = modelled == null ? 0 : Arrays.stream(modelled).max().orElse(0);
    double floor = Math.min(PEAK_MIN_DOCUMENTS, busiest);
    String kind = CorpusCharts.kind(table);
    JFreeChart chart = Timelines.overTime("Topics over time: share of each " + kind + "'s documents",
        String.format(Locale.ROOT, "The %s largest of %s, all languages · %s", percent.size(),
            Timelines.count(Math.max(topicCount, topics.size()), "topic", "topics"), Timelines.notPlaced(table)),
        table, "% of the " + kind + "'s documents", true, style);
    Topic largest = topics.stream().max(Comparator.comparingDouble(Topic::share)).orElseThrow();
    String largestLine = String.format(Locale.ROOT, "The largest topic is %s: %.0f%% of the corpus, %s.",
        largest.title(), 100 * largest.share(), Timelines.count(largest.documents(), "document", "documents"));
    // The highest share in a period with enough documents to mean something.
    Series peaked = null;
    int peak = -1;
    for (Series s : percent) {
      for (int p = 0; p < s.values().length; p++) {
        boolean enough = modelled == null || modelled[p] >= floor;
        if (enough && !Double.isNaN(s.values()[p]) && (peaked == null || s.values()[p] > peaked.values()[peak])) {
          peaked = s;
          peak = p;
        }
      }
    }
    if (peaked == null) {
      return new ChartPage(Figure.of("topic_shares", chart), List.of(largestLine));
    }
    String of = modelled == null ? "" : String.format(Locale.ROOT, " (of %,.0f)", modelled[peak]);
    return new ChartPage(Figure.of("topic_shares", chart), List.of(largestLine,
        String.format(Locale.ROOT, "%s peaked in %s with %.0f%% of that %s's documents%s.", peaked.name(),
            table.periods().get(peak).label(), peaked.values()[peak], kind, of)));
  }

  /** Small multiples: one horizontal bar chart of term weights per topic. */
  public static ChartPage terms(List<Topic> topics, int topTerms, ChartStyle style) {
    int columns = Math.min(4, topics.size());
    int rows = (topics.size() + columns - 1) / columns;
    ChartStyle panelStyle = style.smaller(rows > 2 ? 0.6 : 0.72);
    List<JFreeChart> panels = new ArrayList<>();
    for (int i = 0; i < topics.size(); i++) {
      Topic topic = topics.get(i);
      DefaultCategoryDataset dataset = new DefaultCategoryDataset();
      for (Term term : topic.terms().stream().limit(topTerms).toList()) {
        dataset.addValue(term.weight(), "weight", term.term());
      }
      NumberAxis weights = new NumberAxis(null);
      weights.setTickLabelsVisible(false);
      weights.setTickMarksVisible(false);
      BarRenderer renderer = new BarRenderer();
      CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), weights, renderer);
      plot.setOrientation(PlotOrientation.HORIZONTAL);
      JFreeChart panel = new JFreeChart(topic.title(), null, plot, false);
      panelStyle.apply(panel, String.format(Locale.ROOT, "%.0f%% of documents", 100 * topic.share()));
      panel.getTitle().setFont(panelStyle.boldFont(30));
      renderer.setSeriesPaint(0, style.color(i));
      renderer.setShadowVisible(false);
      renderer.setDrawBarOutline(false);
      renderer.setMaximumBarWidth(0.12);
      plot.setRangeGridlinesVisible(false);
      plot.setOutlineVisible(false);
      plot.setBackgroundPaint(Color.WHITE);
      plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.55f);
      // A term wider than the label space wraps onto a second line instead of being cut short.
      plot.getDomainAxis().setMaximumCategoryLabelLines(2);
      plot.getDomainAxis().setCategoryMargin(0.15);
      panels.add(panel);
    }
    Topic coherent = topics.stream().max(Comparator.comparingDouble(Topic::coherence)).orElseThrow();
    Topic first = topics.get(0);
    String title = "Top terms of the " + (topics.size() == 1 ? "topic" : topics.size() + " largest topics")
        + " (bar length: the term's weight in the topic)";
    return new ChartPage(new Figure("topic_terms", title, panels, columns), List.of(
        String.format(Locale.ROOT, "%s: %s.", first.title(),
            String.join(", ", first.terms().stream().limit(6).map(Term::term).toList())),
        String.format(Locale.ROOT, "The most coherent topic drawn is %s (coherence %.2f); its terms most often "
            + "appear in the same documents.", coherent.title(), coherent.coherence())));
  }
}
