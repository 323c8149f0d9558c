package io.newsatlas.report;

import io.newsatlas.report.Aggregates.Actor;
import io.newsatlas.report.Aggregates.Network;
import io.newsatlas.report.Aggregates.Pair;
import io.newsatlas.report.Aggregates.PeriodTable;
import io.newsatlas.report.Aggregates.Series;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Actors: the co-occurrence network, the strongest pairs, and mentions over time. */
public final class ActorCharts {
  public static final String DOCUMENTS = "documents naming both";
  public static final String SENTENCES = "sentences naming both";
  public static final String MEETINGS = "meetings (table events)";

  private ActorCharts() {}

  /**
   * @param network the most mentioned actors and the document-level pairs among them
   * @param namedActors actors named at least once in the corpus (the network may draw fewer)
   */
  /**
   * @param network the actors in the salient ties (or, without any, the most mentioned) and those ties
   * @param minSentences report.pair_min_sentences: sentences that make a tie without a meeting
   */
  public static ChartPage network(Network network, int namedActors, int minSentences, ChartStyle style) {
    NetworkPlot plot = new NetworkPlot(network.actors(), network.pairs(), style);
    JFreeChart chart = new JFreeChart("Who met whom, and who is named with whom", null, plot, true);
    String drawn = network.actors().size() == namedActors ? "All " + namedActors + " actors named"
        : String.format(Locale.ROOT, "%d of %d actors named, those in the strongest ties", network.actors().size(),
            namedActors);
    style.apply(chart, String.format(Locale.ROOT, "%s · red: they met (table events) · grey: named together in "
        + "%d or more sentences, those most above chance (cooccurrence.npmi) first (thicker: more) · dot size: "
        + "mentions", drawn, minSentences));
    Actor hub = plot.actors().get(0);
    Pair strongest = plot.edges().isEmpty() ? null : plot.edges().get(plot.edges().size() - 1);
    String second = strongest == null ? String.format(Locale.ROOT, "No two of them met or are named together in "
        + "%d sentences more often than chance.", minSentences)
        : String.format(Locale.ROOT, "The strongest tie is %s – %s, %s.",
            labelOf(strongest.a(), network.actors()), labelOf(strongest.b(), network.actors()), tie(strongest));
    return new ChartPage(Figure.of("actor_network", chart), List.of(
        String.format(Locale.ROOT, "%s and %s; the most connected is %s, tied to %s.",
            Timelines.count(network.actors().size(), "actor", "actors"),
            Timelines.count(plot.edges().size(), "tie", "ties"), hub.label(),
            Timelines.count(plot.degree(hub.id()), "other actor", "other actors")),
        second));
  }

  /** Ranked horizontal bars: documents and sentences naming both, for the top pairs. */
  public static ChartPage pairs(List<Pair> pairs, Map<String, Actor> actors, int minSentences, ChartStyle style) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    boolean anyMet = pairs.stream().anyMatch(p -> p.meetings() > 0);
    for (Pair p : pairs) {
      String key = pairLabel(p, actors);
      if (anyMet) {
        dataset.addValue(p.meetings(), MEETINGS, key);
      }
      dataset.addValue(p.sentences(), SENTENCES, key);
      dataset.addValue(p.documents(), DOCUMENTS, key);
    }
    NumberAxis counts = new NumberAxis(anyMet ? "Meetings, sentences or documents" : "Sentences or documents");
    counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    counts.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ROOT));
    BarRenderer renderer = new BarRenderer();
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), counts, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart("Who meets whom: the strongest actor ties", null, plot, true);
    style.apply(chart, String.format(Locale.ROOT, "The %s strongest ties: those who met first (table events), then "
        + "pairs named together in %d or more sentences, most above chance first (cooccurrence.npmi), then the rest",
        pairs.size(), minSentences));
    int series = 0;
    if (anyMet) {
      renderer.setSeriesPaint(series++, new Color(0xE15759));
    }
    renderer.setSeriesPaint(series++, style.color(1));
    renderer.setSeriesPaint(series, style.color(0));
    double box = style.size(16);
    renderer.setDefaultLegendShape(new java.awt.geom.Rectangle2D.Double(-box / 2, -box / 2, box, box));
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.05);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
      @Override
      public String generateLabel(org.jfree.data.category.CategoryDataset data, int row, int column) {
        Number value = data.getValue(row, column);
        return value == null || value.doubleValue() == 0 ? null : super.generateLabel(data, row, column);
      }
    });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
        org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
    renderer.setItemLabelAnchorOffset(style.size(6));
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
    renderer.setDefaultItemLabelFont(style.font(16));
    renderer.setDefaultItemLabelPaint(new Color(0x444444));
    // A long pair wraps onto a second line rather than losing its end ("Bureau of International Narcoti…").
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    plot.getDomainAxis().setCategoryMargin(0.25);
    plot.getDomainAxis().setTickLabelFont(style.font(18));
    counts.setUpperMargin(0.08);
    Pair top = pairs.get(0);
    long met = pairs.stream().filter(p -> p.meetings() > 0).count();
    Pair bySentences = pairs.stream().max(Comparator.comparingLong(Pair::sentences)).orElseThrow();
    return new ChartPage(Figure.of("actor_pairs", chart), List.of(
        String.format(Locale.ROOT, "The strongest tie: %s, %s%s.", pairLabel(top, actors), tie(top),
            met > 1 ? String.format(Locale.ROOT, "; %d of the %d pairs shown met", met, pairs.size()) : ""),
        String.format(Locale.ROOT, "Named in one sentence most often: %s, %s.", pairLabel(bySentences, actors),
            Timelines.count(bySentences.sentences(), "sentence", "sentences"))));
  }

  /**
   * @param stories stories naming each of the most mentioned actors per period (series named by
   *     their label): a translation or another outlet's copy does not count again
   */
  public static ChartPage timeline(PeriodTable stories, int namedActors, ChartStyle style) {
    String kind = CorpusCharts.kind(stories);
    JFreeChart chart = Timelines.overTime("Stories naming the most mentioned actors per " + kind,
        String.format(Locale.ROOT, "The %s most mentioned of %s named · %s · a story is an article with its "
            + "translations and copies", stories.series().size(), namedActors, Timelines.notPlaced(stories)),
        stories, "Stories", false, style);
    Series most = stories.series().stream().max(Comparator.comparingDouble(Series::total)).orElseThrow();
    Series peaked = stories.series().stream()
        .max(Comparator.comparingDouble((Series s) -> s.values()[s.peak()]).thenComparingDouble(Series::total))
        .orElseThrow();
    return new ChartPage(Figure.of("actor_timeline", chart), List.of(
        String.format(Locale.ROOT, "%s is named in the most dated stories: %s.", most.name(),
            Timelines.count(Math.round(most.total()), "story", "stories")),
        String.format(Locale.ROOT, "%s peaked in %s with %s.", peaked.name(),
            stories.periods().get(peaked.peak()).label(),
            Timelines.count(Math.round(peaked.values()[peaked.peak()]), "story", "stories"))));
  }

  /** "who met 2 times", or "named together in 5 sentences (npmi 0.45)". */
  static String tie(Pair p) {
    if (p.meetings() > 0) {
      return p.meetings() == 1 ? "who met once" : String.format(Locale.ROOT, "who met %d times", p.meetings());
    }
    return String.format(Locale.ROOT, "named together in %s%s", Timelines.count(p.sentences(), "sentence", "sentences"),
        Double.isNaN(p.npmi()) ? "" : String.format(Locale.ROOT, " (npmi %.2f)", p.npmi()));
  }

  static String pairLabel(Pair p, Map<String, Actor> actors) {
    return name(p.a(), actors) + " – " + name(p.b(), actors);
  }

  static String name(String id, Map<String, Actor> actors) {
    Actor actor = actors.get(id);
    return actor == null ? id : actor.label();
  }

  private static String labelOf(String id, List<Actor> actors) {
    return actors.stream().filter(a -> a.id().equals(id)).map(Actor::label).findFirst().orElse(id);
  }
}
