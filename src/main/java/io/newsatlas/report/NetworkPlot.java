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
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * The actor co-occurrence graph drawn on two arcs of an ellipse (left and right, so every label
 * stands on its own line), actors ordered by degree clockwise from the top right: node area grows
 * with mentions; a meeting (table events) is an orange edge, a tie of sentences a grey one, wider
 * with more meetings or sentences. A fixed layout, so reruns draw the same picture.
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

  /** Actors in layout order (highest degree first). */
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

  @Override
  public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
    getInsets().trim(area);
    drawBackground(g2, area);
    int n = order.size();
    if (n == 0) {
      drawNoDataMessage(g2, area);
      return;
    }
    long maxMentions = order.stream().mapToLong(Actor::mentions).max().orElse(1);
    int right = (n + 1) / 2;
    int left = n - right;
    // Labels on one side stand one above the other, evenly spaced: shrink nodes and font when a side is crowded.
    double spacing = (area.getHeight() - style.size(40)) / Math.max(1, Math.max(right, left));
    double maxNode = Math.min(style.size(26), spacing * 0.48);
    double minNode = Math.min(style.size(7), maxNode / 2);
    Font font = style.font(Math.min(21, 21 * spacing / style.size(32)));
    FontMetrics metrics = g2.getFontMetrics(font);
    double pad = style.size(10);
    double maxLabel = area.getWidth() * 0.26;
    String[] labels = new String[n];
    double widest = 0;
    for (int i = 0; i < n; i++) {
      labels[i] = fit(order.get(i).label(), metrics, maxLabel);
      widest = Math.max(widest, metrics.stringWidth(labels[i]));
    }
    double rx = area.getWidth() / 2 - widest - maxNode - 2 * pad;
    double ry = (area.getHeight() - style.size(40)) / 2;
    double cx = area.getCenterX();
    double cy = area.getCenterY();

    // Right side from top to bottom, then left side from bottom to top: clockwise, highest degree first.
    // Nodes sit on an ellipse at evenly spaced heights, so their labels never overlap.
    Point2D[] at = new Point2D[n];
    boolean[] onRight = new boolean[n];
    double reach = 0.92;
    for (int i = 0; i < n; i++) {
      onRight[i] = i < right;
      int k = onRight[i] ? i : i - right;
      int count = onRight[i] ? right : left;
      double t = count == 1 ? 0.5 : (double) k / (count - 1);
      double h = onRight[i] ? -reach + 2 * reach * t : reach - 2 * reach * t;
      double x = Math.sqrt(1 - h * h);
      at[i] = new Point2D.Double(cx + (onRight[i] ? 1 : -1) * rx * x, cy + ry * h);
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(order.get(i).id(), i);
    }

    long maxMeetings = edges.stream().mapToLong(Pair::meetings).max().orElse(1);
    long maxSentences = edges.stream().filter(p -> p.meetings() == 0).mapToLong(Pair::sentences).max().orElse(1);
    Composite before = g2.getComposite();
    for (Pair p : edges) {
      Point2D a = at[index.get(p.a())];
      Point2D b = at[index.get(p.b())];
      boolean met = p.meetings() > 0;
      long value = met ? p.meetings() : p.sentences();
      long most = met ? maxMeetings : maxSentences;
      double weight = most <= 1 ? 0.5 : Math.max(0, (double) (value - 1) / (most - 1));
      g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER,
          (float) (met ? 0.7 + 0.3 * weight : 0.25 + 0.45 * weight)));
      g2.setStroke(new BasicStroke((float) (style.size(met ? 3 : 1.5) + style.size(8) * weight),
          BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g2.setPaint(met ? MEETING : EDGE);
      // Bent towards the centre, so edges between neighbours do not run along the arc.
      double mx = (a.getX() + b.getX()) / 2;
      double my = (a.getY() + b.getY()) / 2;
      g2.draw(new QuadCurve2D.Double(a.getX(), a.getY(), mx + (cx - mx) * 0.45, my + (cy - my) * 0.45,
          b.getX(), b.getY()));
    }
    g2.setComposite(before);

    g2.setFont(font);
    for (int i = 0; i < n; i++) {
      Actor actor = order.get(i);
      double radius = minNode + (maxNode - minNode) * Math.sqrt((double) actor.mentions() / Math.max(1, maxMentions));
      Paint fill = TYPE_COLORS.getOrDefault(actor.type(), Color.GRAY);
      Ellipse2D node = new Ellipse2D.Double(at[i].getX() - radius, at[i].getY() - radius, 2 * radius, 2 * radius);
      g2.setPaint(fill);
      g2.fill(node);
      g2.setPaint(Color.WHITE);
      g2.setStroke(new BasicStroke(style.size(2)));
      g2.draw(node);
      String label = labels[i];
      double width = metrics.stringWidth(label);
      double x = onRight[i] ? at[i].getX() + radius + pad : at[i].getX() - radius - pad - width;
      double y = at[i].getY() + (metrics.getAscent() - metrics.getDescent()) / 2.0;
      g2.setPaint(ChartStyle.TEXT);
      g2.drawString(label, (float) x, (float) y);
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
