package io.newsatlas.report;

import io.newsatlas.report.Aggregates.EventMark;
import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The event timeline: one mark per dated event, in the lane of the partner it was with. */
public final class EventCharts {
  /** Kinds in the legend's order; a kind the dictionary adds is drawn in the last colour. */
  private static final List<String> KINDS = List.of("reception", "visit", "talks", "phone_call", "dialogue",
      "meeting", "signing");

  private EventCharts() {}

  /**
   * @param marks dated events, oldest first
   * @param lanes the partners in report.partners order (those with events), then "other"
   */
  public static ChartPage timeline(List<EventMark> marks, List<String> lanes, ChartStyle style) {
    Map<String, XYSeries> byKind = new LinkedHashMap<>();
    for (String kind : KINDS) {
      byKind.put(kind, new XYSeries(kind.replace('_', ' '), false, true));
    }
    double[] heights = stackedHeights(marks, lanes);
    for (int i = 0; i < marks.size(); i++) {
      EventMark m = marks.get(i);
      String kind = KINDS.contains(m.kind()) ? m.kind() : "meeting";
      byKind.get(kind).add(Timelines.millis(m.date()) + 43_200_000L, heights[i]);
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    List<String> shown = new ArrayList<>();
    byKind.forEach((kind, series) -> {
      if (series.getItemCount() > 0) {
        dataset.addSeries(series);
        shown.add(kind);
      }
    });
    String[] names = new String[lanes.size()];
    for (int i = 0; i < lanes.size(); i++) {
      names[lanes.size() - 1 - i] = lanes.get(i);
    }
    SymbolAxis laneAxis = new SymbolAxis(null, names);
    laneAxis.setGridBandsVisible(false);
    laneAxis.setRange(-0.7, lanes.size() - 0.3);
    DateAxis time = style.dateAxis("Date of the event");
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    XYPlot plot = new XYPlot(dataset, time, laneAxis, renderer);
    JFreeChart chart = new JFreeChart("Events by partner", null, plot, true);
    style.apply(chart, String.format(Locale.ROOT, "%s on their day, in the lane of the partner among their sides "
        + "(report.partners; %s: none of them), stacked when close · colour: kind", Timelines.count(marks.size(), "dated event",
        "dated events"), ReportData.OTHER_PARTNER));
    laneAxis.setTickLabelFont(style.font(18));
    double dot = style.size(18);
    for (int i = 0; i < shown.size(); i++) {
      renderer.setSeriesPaint(i, style.color(KINDS.indexOf(shown.get(i))));
      renderer.setSeriesShape(i, new Ellipse2D.Double(-dot / 2, -dot / 2, dot, dot));
    }
    LocalDate first = marks.get(0).date();
    LocalDate last = marks.get(marks.size() - 1).date();
    long pad = Math.max(1, (last.toEpochDay() - first.toEpochDay()) / 40);
    time.setRange(Timelines.millis(first.minusDays(pad)), Timelines.millis(last.plusDays(pad + 1)));
    Map<String, Long> perLane = new LinkedHashMap<>();
    lanes.forEach(l -> perLane.put(l, marks.stream().filter(m -> m.lane().equals(l)).count()));
    String busiest = perLane.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse("");
    EventMark latest = marks.get(marks.size() - 1);
    return new ChartPage(Figure.of("event_timeline", chart), List.of(
        String.format(Locale.ROOT, "%s from %s to %s; the most with %s (%d).",
            Timelines.count(marks.size(), "dated event", "dated events"), first, last, withLane(busiest),
            perLane.get(busiest)),
        String.format(Locale.ROOT, "The latest: %s with %s on %s.", latest.kind().replace('_', ' '),
            withLane(latest.lane()), latest.date())));
  }

  /** Share of the time axis a dot covers, about: closer marks of one lane would hide each other. */
  private static final double DOT_SHARE = 0.015;
  /** Lane heights between stacked marks. */
  private static final double STACK_STEP = 0.16;

  /**
   * Each mark's height: its lane (the first partner on top), moved up or down a step when a mark of
   * the same lane placed before it is closer in time than a dot is wide ("a visit on 4 September and
   * the dialogue on the 5th" both show).
   */
  static double[] stackedHeights(List<EventMark> marks, List<String> lanes) {
    long first = marks.stream().mapToLong(m -> m.date().toEpochDay()).min().orElse(0);
    long last = marks.stream().mapToLong(m -> m.date().toEpochDay()).max().orElse(0);
    double gap = Math.max(1, (last - first + 1) * DOT_SHARE);
    double[] heights = new double[marks.size()];
    int[] levels = new int[marks.size()];
    for (int i = 0; i < marks.size(); i++) {
      EventMark m = marks.get(i);
      java.util.Set<Integer> taken = new java.util.HashSet<>();
      for (int j = 0; j < i; j++) {
        if (marks.get(j).lane().equals(m.lane())
            && Math.abs(marks.get(j).date().toEpochDay() - m.date().toEpochDay()) < gap) {
          taken.add(levels[j]);
        }
      }
      int level = 0;
      for (int k = 1; taken.contains(level); k++) {
        level = k % 2 == 1 ? (k + 1) / 2 : -k / 2;
      }
      levels[i] = level;
      heights[i] = lanes.size() - 1 - lanes.indexOf(m.lane()) + level * STACK_STEP;
    }
    return heights;
  }

  private static String withLane(String lane) {
    return lane.equals(ReportData.OTHER_PARTNER) ? "sides outside report.partners" : lane;
  }
}
