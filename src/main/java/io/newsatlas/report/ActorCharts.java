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

  private ActorCharts() {}

  /**
   * @param network the most mentioned actors and the document-level pairs among them
   * @param namedActors actors named at least once in the corpus (the network may draw fewer)
   */
  public static ChartPage network(Network network, int namedActors, ChartStyle style) {
    NetworkPlot plot = new NetworkPlot(network.actors(), network.pairs(), style);
    JFreeChart chart = new JFreeChart("Who is named with whom", null, plot, true);
    String drawn = network.actors().size() == namedActors ? "All " + namedActors + " actors named"
        : String.format(Locale.ROOT, "The %d most mentioned of %d actors named", network.actors().size(), namedActors);
    style.apply(chart, drawn + " · a line: named in one document (thicker: more documents) · dot size: mentions");
    Actor hub = plot.actors().get(0);
    Pair strongest = plot.edges().isEmpty() ? null : plot.edges().get(plot.edges().size() - 1);
    String second = strongest == null ? "No two of them are named in the same document."
        : String.format(Locale.ROOT, "The strongest tie is %s – %s, named together in %s.",
            labelOf(strongest.a(), network.actors()), labelOf(strongest.b(), network.actors()),
            Timelines.count(strongest.documents(), "document", "documents"));
    return new ChartPage(Figure.of("actor_network", chart), List.of(
        String.format(Locale.ROOT, "%s and %s; the most connected is %s, named with %s.",
            Timelines.count(network.actors().size(), "actor", "actors"),
            Timelines.count(plot.edges().size(), "pair", "pairs"), hub.label(),
            Timelines.count(plot.degree(hub.id()), "other actor", "other actors")),
        second));
  }

  /** Ranked horizontal bars: documents and sentences naming both, for the top pairs. */
  public static ChartPage pairs(List<Pair> pairs, Map<String, Actor> actors, ChartStyle style) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Pair p : pairs) {
      String key = pairLabel(p, actors);
      dataset.addValue(p.documents(), DOCUMENTS, key);
      dataset.addValue(p.sentences(), SENTENCES, key);
    }
    NumberAxis counts = new NumberAxis("Documents or sentences");
    counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    counts.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ROOT));
    BarRenderer renderer = new BarRenderer();
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), counts, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart("Who meets whom: the strongest actor ties", null, plot, true);
    style.apply(chart, String.format(Locale.ROOT, "The %s strongest pairs: those who met first (table events), then "
        + "by sentences and documents naming both (table cooccurrence)", pairs.size()));
    renderer.setSeriesPaint(0, style.color(0));
    renderer.setSeriesPaint(1, style.color(1));
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
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
    plot.getDomainAxis().setCategoryMargin(0.25);
    plot.getDomainAxis().setTickLabelFont(style.font(18));
    counts.setUpperMargin(0.08);
    Pair top = pairs.get(0);
    long tied = pairs.stream().filter(p -> p.documents() == top.documents()).count();
    Pair bySentences = pairs.stream().max(Comparator.comparingLong(Pair::sentences)).orElseThrow();
    return new ChartPage(Figure.of("actor_pairs", chart), List.of(
        String.format(Locale.ROOT, "%s are named together in %s%s.", pairLabel(top, actors),
            Timelines.count(top.documents(), "document", "documents"),
            tied > 1 ? String.format(Locale.ROOT, ", as are %d other pairs", tied - 1) : ""),
        String.format(Locale.ROOT, "Named in one sentence most often: %s, %s.", pairLabel(bySentences, actors),
            Timelines.count(bySentences.sentences(), "sentence", "sentences"))));
  }

  /** @param mentions mentions per period of the most mentioned actors (series named by their label) */
  public static ChartPage timeline(PeriodTable mentions, int namedActors, ChartStyle style) {
    String kind = CorpusCharts.kind(mentions);
    JFreeChart chart = Timelines.overTime("Mentions of the most named actors per " + kind,
        String.format(Locale.ROOT, "The %s most mentioned of %s named · %s", mentions.series().size(), namedActors,
            Timelines.notPlacedWithin(mentions, "mention", "mentions")),
        mentions, "Mentions", false, style);
    Series most = mentions.series().stream().max(Comparator.comparingDouble(Series::total)).orElseThrow();
    Series peaked = mentions.series().stream()
        .max(Comparator.comparingDouble((Series s) -> s.values()[s.peak()]).thenComparingDouble(Series::total))
        .orElseThrow();
    return new ChartPage(Figure.of("actor_timeline", chart), List.of(
        String.format(Locale.ROOT, "%s is mentioned most often in dated documents: %s.", most.name(),
            Timelines.count(Math.round(most.total()), "mention", "mentions")),
        String.format(Locale.ROOT, "%s peaked in %s with %s.", peaked.name(),
            mentions.periods().get(peaked.peak()).label(),
            Timelines.count(Math.round(peaked.values()[peaked.peak()]), "mention", "mentions"))));
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
