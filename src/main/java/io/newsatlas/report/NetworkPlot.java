package io.newsatlas.report;

import io.newsatlas.report.Aggregates.Actor;
import io.newsatlas.report.Aggregates.Pair;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The actor graph, force-directed: node area grows with mentions; a meeting (table events) is a red
 * edge, a tie of sentences a grey one, wider with more meetings or sentences. Seeded, so reruns
 * draw the same picture.
 */
public final class NetworkPlot extends Plot {
  private static final long serialVersionUID = 1L;
  /** Colours per actor type, also in the legend. */
  static final Map<String, Color> TYPE_COLORS = new LinkedHashMap<>();

  static {
    TYPE_COLORS.put("person", new Color(0xF28E2B));
    TYPE_COLORS.put("organisation", new Color(0x4E79A7));
    TYPE_COLORS.put("country", new Color(0x59A14F));
    TYPE_COLORS.put("international_body", new Color(0xB07AA1));
  }

  private static final Color EDGE = new Color(0x5A6B7D);
  private static final Color MEETING = new Color(0xE15759);

  private static final int LAYOUT_ITERATIONS = 300;
  private static final long LAYOUT_SEED = 42;

  private final List<Actor> order;
  private final List<Pair> edges;
  private final Map<String, Integer> degree;
  private final ChartStyle style;

  public NetworkPlot(List<Actor> actors, List<Pair> pairs, ChartStyle style) {
    this.style = style;
    Map<String, Actor> byId = new HashMap<>();
    actors.forEach(a -> byId.put(a.id(), a));
    this.edges = pairs.stream().filter(p -> byId.containsKey(p.a()) && byId.containsKey(p.b()))
        .sorted(Comparator.comparingLong(Pair::meetings).thenComparingLong(Pair::sentences)
            .thenComparingLong(Pair::documents).thenComparing(Pair::a).thenComparing(Pair::b)).toList();
    this.degree = new HashMap<>();
    actors.forEach(a -> degree.put(a.id(), 0));
    for (Pair p : edges) {
      degree.merge(p.a(), 1, Integer::sum);
      degree.merge(p.b(), 1, Integer::sum);
    }
    this.order = actors.stream().sorted(Comparator.<Actor>comparingInt(a -> -degree.get(a.id()))
        .thenComparing(Comparator.comparingLong(Actor::mentions).reversed()).thenComparing(Actor::id)).toList();
  }

  /** Actors best connected first (the order their labels are placed in). */
  public List<Actor> actors() {
    return order;
  }

  /** Edges drawn, weakest first (so the strong ones are on top). */
  public List<Pair> edges() {
    return edges;
  }

  public int degree(String actorId) {
    return degree.getOrDefault(actorId, 0);
  }

  @Override
  public String getPlotType() {
    return "Actor network";
  }

  @Override
  public LegendItemCollection getLegendItems() {
    LegendItemCollection items = new LegendItemCollection();
    TYPE_COLORS.forEach((type, color) -> {
      if (order.stream().anyMatch(a -> type.equals(a.type()))) {
        double d = style.size(16);
        LegendItem item = new LegendItem(type.replace('_', ' '), null, null, null,
            new Ellipse2D.Double(-d / 2, -d / 2, d, d), color);
        item.setLabelFont(style.font(20));
        items.add(item);
      }
    });
    return items;
  }

  /** How much worse a label over its own dot is than one as large over another's. */
  private static final double OWN_DOT_WEIGHT = 100;

  /** Where each actor (in {@link #actors()} order) and its label go, in the area's coordinates. */
  record Layout(Point2D[] centres, double[] radii, Rectangle2D[] labels, String[] texts) {}

  /**
   * Nodes by Fruchterman-Reingold (JGraphT, seeded, so a rerun draws the same picture), stretched to
   * fill the area less a margin for labels; then each label, best connected first, takes the first
   * of eight places around its node that, moved inside the area so none is clipped, overlaps no node
   * (its own included) and no label placed before it, or the least overlapping one.
   */
  Layout layout(Rectangle2D area, FontMetrics metrics) {
    int n = order.size();
    double maxNode = Math.min(style.size(26), Math.sqrt(area.getWidth() * area.getHeight() / Math.max(1, n)) * 0.12);
    double minNode = Math.min(style.size(7), maxNode / 2);
    long maxMentions = order.stream().mapToLong(Actor::mentions).max().orElse(1);
    double pad = style.size(6);
    String[] texts = new String[n];
    double widest = 0;
    for (int i = 0; i < n; i++) {
      texts[i] = fit(order.get(i).label(), metrics, area.getWidth() * 0.3);
      widest = Math.max(widest, metrics.stringWidth(texts[i]));
    }
    double marginX = Math.min(widest / 2 + pad, area.getWidth() * 0.2) + maxNode;
    double marginY = metrics.getHeight() + maxNode + pad;
    Rectangle2D inner = new Rectangle2D.Double(area.getX() + marginX, area.getY() + marginY,
        Math.max(1, area.getWidth() - 2 * marginX), Math.max(1, area.getHeight() - 2 * marginY));

    Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(order.get(i).id(), i);
      graph.addVertex(i);
    }
    for (Pair p : edges) {
      int a = index.get(p.a());
      int b = index.get(p.b());
      if (a != b && !graph.containsEdge(a, b)) {
        graph.addEdge(a, b);
      }
    }
    MapLayoutModel2D<Integer> model = new MapLayoutModel2D<>(new Box2D(inner.getWidth(), inner.getHeight()));
    new FRLayoutAlgorithm2D<Integer, DefaultEdge>(LAYOUT_ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
        new Random(LAYOUT_SEED)).layout(graph, model);
    double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      var p = model.get(i);
      minX = Math.min(minX, p.getX());
      maxX = Math.max(maxX, p.getX());
      minY = Math.min(minY, p.getY());
      maxY = Math.max(maxY, p.getY());
    }
    Point2D[] centres = new Point2D[n];
    double[] radii = new double[n];
    for (int i = 0; i < n; i++) {
      var p = model.get(i);
      double fx = maxX > minX ? (p.getX() - minX) / (maxX - minX) : 0.5;
      double fy = maxY > minY ? (p.getY() - minY) / (maxY - minY) : 0.5;
      centres[i] = new Point2D.Double(inner.getX() + fx * inner.getWidth(), inner.getY() + fy * inner.getHeight());
      radii[i] = minNode + (maxNode - minNode) * Math.sqrt((double) order.get(i).mentions() / Math.max(1, maxMentions));
    }

    Rectangle2D[] labels = new Rectangle2D[n];
    List<Rectangle2D> taken = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      taken.add(new Rectangle2D.Double(centres[i].getX() - radii[i], centres[i].getY() - radii[i], 2 * radii[i],
          2 * radii[i]));
    }
    double h = metrics.getHeight();
    for (int i = 0; i < n; i++) {
      double w = metrics.stringWidth(texts[i]);
      double x = centres[i].getX();
      double y = centres[i].getY();
      double r = radii[i] + pad;
      // Right, left, below, above, then the four diagonals.
      double[][] places = {{x + r, y - h / 2}, {x - r - w, y - h / 2}, {x - w / 2, y + r}, {x - w / 2, y - r - h},
          {x + r * 0.7, y + r * 0.7}, {x - r * 0.7 - w, y + r * 0.7}, {x + r * 0.7, y - r * 0.7 - h},
          {x - r * 0.7 - w, y - r * 0.7 - h}};
      Rectangle2D best = null;
      double bestOverlap = Double.MAX_VALUE;
      for (double[] place : places) {
        Rectangle2D candidate = inside(new Rectangle2D.Double(place[0], place[1], w, h), area);
        // Moved inside the area, a label at the edge can slide over its own dot: the worst place of all.
        double overlap = touches(candidate, centres[i], radii[i]) ? OWN_DOT_WEIGHT * w * h : 0;
        for (int j = 0; j < taken.size(); j++) {
          if (j != i) {
            overlap += overlap(candidate, taken.get(j));
          }
        }
        if (overlap < bestOverlap - 1e-9) {
          best = candidate;
          bestOverlap = overlap;
        }
        if (overlap == 0) {
          break;
        }
      }
      labels[i] = best;
      taken.add(best);
    }
    return new Layout(centres, radii, labels, texts);
  }

  /** Whether the rectangle reaches into the circle. */
  static boolean touches(Rectangle2D r, Point2D centre, double radius) {
    double dx = Math.max(r.getMinX() - centre.getX(), Math.max(0, centre.getX() - r.getMaxX()));
    double dy = Math.max(r.getMinY() - centre.getY(), Math.max(0, centre.getY() - r.getMaxY()));
    return dx * dx + dy * dy < radius * radius;
  }

  private static Rectangle2D inside(Rectangle2D r, Rectangle2D area) {
    double x = Math.max(area.getMinX(), Math.min(r.getX(), area.getMaxX() - r.getWidth()));
    double y = Math.max(area.getMinY(), Math.min(r.getY(), area.getMaxY() - r.getHeight()));
    return new Rectangle2D.Double(x, y, r.getWidth(), r.getHeight());
  }

  private static double overlap(Rectangle2D a, Rectangle2D b) {
    double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
    return w > 0 && h > 0 ? w * h : 0;
  }

  /** The label font: smaller when many actors share the page. */
  Font labelFont() {
    return style.font(order.size() > 24 ? 15 : order.size() > 14 ? 17 : 20);
  }

  @Override
  public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
    getInsets().trim(area);
    drawBackground(g2, area);
    int n = order.size();
    if (n == 0) {
      drawNoDataMessage(g2, area);
      return;
    }
    Font font = labelFont();
    FontMetrics metrics = g2.getFontMetrics(font);
    Layout layout = layout(area, metrics);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(order.get(i).id(), i);
    }

    long maxMeetings = edges.stream().mapToLong(Pair::meetings).max().orElse(1);
    long maxSentences = edges.stream().filter(p -> p.meetings() == 0).mapToLong(Pair::sentences).max().orElse(1);
    Composite before = g2.getComposite();
    for (Pair p : edges) {
      Point2D a = layout.centres()[index.get(p.a())];
      Point2D b = layout.centres()[index.get(p.b())];
      boolean met = p.meetings() > 0;
      long value = met ? p.meetings() : p.sentences();
      long most = met ? maxMeetings : maxSentences;
      double weight = most <= 1 ? 0.5 : Math.max(0, (double) (value - 1) / (most - 1));
      g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER,
          (float) (met ? 0.7 + 0.3 * weight : 0.25 + 0.45 * weight)));
      g2.setStroke(new BasicStroke((float) (style.size(met ? 3 : 1.5) + style.size(8) * weight),
          BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g2.setPaint(met ? MEETING : EDGE);
      g2.draw(new Line2D.Double(a, b));
    }
    g2.setComposite(before);

    for (int i = 0; i < n; i++) {
      Point2D c = layout.centres()[i];
      double radius = layout.radii()[i];
      Ellipse2D node = new Ellipse2D.Double(c.getX() - radius, c.getY() - radius, 2 * radius, 2 * radius);
      g2.setPaint(TYPE_COLORS.getOrDefault(order.get(i).type(), Color.GRAY));
      g2.fill(node);
      g2.setPaint(Color.WHITE);
      g2.setStroke(new BasicStroke(style.size(2)));
      g2.draw(node);
    }
    // Labels last, on a pale ground, so an edge under one does not cross its letters.
    g2.setFont(font);
    for (int i = 0; i < n; i++) {
      Rectangle2D box = layout.labels()[i];
      g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.75f));
      g2.setPaint(Color.WHITE);
      g2.fill(box);
      g2.setComposite(before);
      g2.setPaint(ChartStyle.TEXT);
      g2.drawString(layout.texts()[i], (float) box.getX(), (float) (box.getY() + metrics.getAscent()));
    }
    drawOutline(g2, area);
  }

  /** The label, cut with an ellipsis to fit {@code max} pixels. */
  static String fit(String label, FontMetrics metrics, double max) {
    if (metrics.stringWidth(label) <= max) {
      return label;
    }
    String cut = label;
    while (cut.length() > 1 && metrics.stringWidth(cut + "…") > max) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.stripTrailing() + "…";
  }

  /** The actors as a list of their labels, in layout order (for tests and the reading). */
  public List<String> labels() {
    List<String> labels = new ArrayList<>();
    order.forEach(a -> labels.add(a.label()));
    return labels;
  }
}
