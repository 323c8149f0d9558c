package io.newsatlas.report;

import io.newsatlas.report.Aggregates.Period;
import io.newsatlas.report.Aggregates.PeriodTable;
import io.newsatlas.report.Aggregates.Series;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimeTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Lines and stacked bars over a time axis, shared by the chart families. */
final class Timelines {
  private Timelines() {}

  static long millis(java.time.LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /** The middle of a period: lines put their points there, where the bars of the other charts stand. */
  static long middle(Period period) {
    return (millis(period.start()) + millis(period.end())) / 2;
  }

  /** Below this share of periods with any value, lines of zeros would hide the few periods that matter. */
  static final double SPARSE_SHARE = 0.5;

  /** Fewer than {@link #SPARSE_SHARE} of the periods hold a value. */
  static boolean sparse(PeriodTable table) {
    double[] totals = table.totals();
    long active = java.util.Arrays.stream(totals).filter(v -> v > 0).count();
    return active < SPARSE_SHARE * totals.length;
  }

  /**
   * Lines over time, or for a sparse table one lane per series with a dot for each period that
   * holds a value, sized by it and labelled: equal lines no longer hide each other, and a few
   * scattered documents read as dots, not as zero-filled lines.
   */
  static JFreeChart overTime(String title, String subtitle, PeriodTable table, String valueLabel, boolean percent,
      ChartStyle style) {
    String kind = kindOf(table.periods().get(0));
    String dots = percent ? String.format(Locale.ROOT, " · a dot per %s with a share, sized by it", kind)
        : String.format(Locale.ROOT, " · a dot per %s with %s, sized by their number", kind,
            valueLabel.toLowerCase(Locale.ROOT));
    return sparse(table) ? lanes(title, subtitle + dots, table, percent, style)
        : lines(title, subtitle, table, valueLabel, percent, style);
  }

  /** One lane per series (the first on top), a dot in the middle of each period with a value. */
  static JFreeChart lanes(String title, String subtitle, PeriodTable table, boolean percent, ChartStyle style) {
    int lanes = table.series().size();
    XYSeriesCollection dataset = new XYSeriesCollection();
    double most = 0;
    for (int s = 0; s < lanes; s++) {
      Series series = table.series().get(s);
      XYSeries dots = new XYSeries(series.name(), false, true);
      for (int i = 0; i < table.periods().size(); i++) {
        double value = series.values()[i];
        if (value > 0 && !Double.isNaN(value)) {
          dots.add(middle(table.periods().get(i)), lanes - 1 - s);
          most = Math.max(most, value);
        }
      }
      dataset.addSeries(dots);
    }
    double largest = most;
    // A dot no wider than its period's share of the axis, so neighbours do not touch.
    double spacing = style.size(1300) / Math.max(1, table.periods().size());
    double bigDot = Math.max(style.size(14), Math.min(style.size(44), spacing * 0.8));
    double smallDot = Math.min(style.size(12), bigDot / 2);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true) {
      @Override
      public java.awt.Shape getItemShape(int series, int item) {
        double size = smallDot + (bigDot - smallDot) * Math.sqrt(value(series, item) / largest);
        return new Ellipse2D.Double(-size / 2, -size / 2, size, size);
      }

      private double value(int series, int item) {
        long x = (long) dataset.getXValue(series, item);
        Series values = table.series().get(series);
        for (int i = 0; i < table.periods().size(); i++) {
          if (middle(table.periods().get(i)) == x) {
            return values.values()[i];
          }
        }
        return 0;
      }
    };
    renderer.setDefaultItemLabelGenerator((data, series, item) -> {
      long x = (long) data.getXValue(series, item);
      for (int i = 0; i < table.periods().size(); i++) {
        if (middle(table.periods().get(i)) == x) {
          double v = table.series().get(series).values()[i];
          return percent ? String.format(Locale.ROOT, "%.0f%%", v) : number(v);
        }
      }
      return null;
    });
    // Counts above the dots, where the lane has room; on a crowded axis the dots' sizes say it.
    renderer.setDefaultItemLabelsVisible(spacing >= style.size(40));
    renderer.setDefaultItemLabelFont(style.font(15));
    renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
        org.jfree.chart.labels.ItemLabelAnchor.CENTER, org.jfree.chart.ui.TextAnchor.BOTTOM_CENTER));
    renderer.setItemLabelAnchorOffset(bigDot / 2 + style.size(2));
    String[] names = new String[lanes];
    for (int s = 0; s < lanes; s++) {
      names[lanes - 1 - s] = table.series().get(s).name();
    }
    org.jfree.chart.axis.SymbolAxis laneAxis = new org.jfree.chart.axis.SymbolAxis(null, names);
    laneAxis.setGridBandsVisible(false);
    laneAxis.setRange(-0.7, lanes - 0.3);
    laneAxis.setTickLabelFont(style.font(17));
    XYPlot plot = new XYPlot(dataset, style.dateAxis(axisLabel(table)), laneAxis, renderer);
    JFreeChart chart = new JFreeChart(title, null, plot, false);
    style.apply(chart, subtitle);
    laneAxis.setTickLabelFont(style.font(17));
    spanPeriods((DateAxis) plot.getDomainAxis(), table, style);
    for (int i = 0; i < lanes; i++) {
      renderer.setSeriesPaint(i, style.color(i));
    }
    return chart;
  }

  /** One line per series, a point in the middle of each period; dots only where the value is not zero. */
  static JFreeChart lines(String title, String subtitle, PeriodTable table, String valueLabel, boolean percent,
      ChartStyle style) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (Series s : table.series()) {
      XYSeries line = new XYSeries(s.name(), false, false);
      for (int i = 0; i < table.periods().size(); i++) {
        double value = s.values()[i];
        line.add(middle(table.periods().get(i)), Double.isNaN(value) ? null : (Number) value);
      }
      dataset.addSeries(line);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true) {
      @Override
      public boolean getItemShapeVisible(int series, int item) {
        // With many empty periods, dots on the zeros would hide the few periods that matter.
        return dataset.getYValue(series, item) != 0;
      }

      @Override
      public org.jfree.chart.LegendItem getLegendItem(int datasetIndex, int series) {
        org.jfree.chart.LegendItem item = super.getLegendItem(datasetIndex, series);
        if (item != null) {
          item.setShapeVisible(true); // the same key for every series, whatever its first value
        }
        return item;
      }
    };
    XYPlot plot = new XYPlot(dataset, style.dateAxis(axisLabel(table)), valueAxis(valueLabel, percent, false),
        renderer);
    niceTicks((NumberAxis) plot.getRangeAxis(), java.util.Arrays.stream(table.series().stream()
        .flatMapToDouble(s -> java.util.Arrays.stream(s.values())).toArray()).filter(v -> !Double.isNaN(v)).max()
        .orElse(1));
    JFreeChart chart = new JFreeChart(title, null, plot, table.series().size() > 1);
    style.apply(chart, subtitle);
    spanPeriods((DateAxis) plot.getDomainAxis(), table, style);
    double dot = style.size(11);
    for (int i = 0; i < table.series().size(); i++) {
      renderer.setSeriesPaint(i, style.color(i));
      renderer.setSeriesStroke(i, style.line());
      renderer.setSeriesShape(i, new Ellipse2D.Double(-dot / 2, -dot / 2, dot, dot));
    }
    return chart;
  }

  /** Bars stacked per period; empty periods stay as gaps on the time axis. */
  static JFreeChart stackedBars(String title, String subtitle, PeriodTable table, String valueLabel, boolean percent,
      String otherName, ChartStyle style) {
    TimeTableXYDataset dataset = new TimeTableXYDataset(java.util.TimeZone.getTimeZone("UTC"), Locale.ROOT);
    double[] totals = table.totals();
    for (int p = 0; p < table.periods().size(); p++) {
      if (totals[p] == 0) {
        continue;
      }
      Period period = table.periods().get(p);
      SimpleTimePeriod time = new SimpleTimePeriod(millis(period.start()), millis(period.end()) - 1);
      for (Series s : table.series()) {
        dataset.add(time, s.values()[p], s.name(), false);
      }
    }
    StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.08);
    renderer.setDrawBarOutline(false);
    renderer.setShadowVisible(false);
    renderer.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
    XYPlot plot = new XYPlot(dataset, style.dateAxis(axisLabel(table)), valueAxis(valueLabel, percent, percent),
        renderer);
    if (!percent) {
      niceTicks((NumberAxis) plot.getRangeAxis(), java.util.Arrays.stream(totals).max().orElse(1));
    }
    JFreeChart chart = new JFreeChart(title, null, plot, table.series().size() > 1);
    style.apply(chart, subtitle);
    double box = style.size(16);
    renderer.setLegendBar(new java.awt.geom.Rectangle2D.Double(-box / 2, -box / 2, box, box));
    for (int i = 0; i < table.series().size(); i++) {
      boolean other = table.series().get(i).name().equals(otherName);
      renderer.setSeriesPaint(i, other ? ChartStyle.OTHER : style.color(i));
    }
    spanPeriods((DateAxis) plot.getDomainAxis(), table, style);
    return chart;
  }

  private static String axisLabel(PeriodTable table) {
    return table.periods().isEmpty() ? "Period" : "Period (" + kindOf(table.periods().get(0)) + ")";
  }

  /** day, week, month, quarter or year, read from a period's length. */
  static String kindOf(Period period) {
    long days = period.end().toEpochDay() - period.start().toEpochDay();
    if (days <= 1) {
      return "day";
    }
    if (days <= 7) {
      return "week";
    }
    if (days <= 31) {
      return "month";
    }
    return days <= 92 ? "quarter" : "year";
  }

  /**
   * The time axis spans every period, the empty ones at both ends included, with as many ticks as
   * fit (JFreeChart's own choice misjudges the width of these labels and lets them overlap).
   */
  static void spanPeriods(DateAxis axis, PeriodTable table, ChartStyle style) {
    if (table.periods().isEmpty()) {
      return;
    }
    java.time.LocalDate first = table.periods().get(0).start();
    java.time.LocalDate end = table.periods().get(table.periods().size() - 1).end();
    axis.setRange(millis(first), millis(end));
    double spanDays = end.toEpochDay() - first.toEpochDay();
    double plotWidth = style.size(1600 * 0.86);
    double charWidth = style.size(19) * 0.64;
    for (Object[] unit : TICKS) {
      int chars = ((String) unit[3]).length();
      double maxTicks = plotWidth / (charWidth * chars + style.size(48));
      if (spanDays / (double) unit[2] <= maxTicks || unit == TICKS[TICKS.length - 1]) {
        java.text.SimpleDateFormat format = new java.text.SimpleDateFormat((String) unit[3], Locale.ROOT);
        format.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        axis.setTickUnit(new org.jfree.chart.axis.DateTickUnit((org.jfree.chart.axis.DateTickUnitType) unit[0],
            (int) unit[1], format), false, true);
        return;
      }
    }
  }

  /** Tick units from finest to coarsest: unit, multiple, approximate days, label format. */
  private static final Object[][] TICKS = {
      {org.jfree.chart.axis.DateTickUnitType.DAY, 1, 1.0, "yyyy-MM-dd"},
      {org.jfree.chart.axis.DateTickUnitType.DAY, 2, 2.0, "yyyy-MM-dd"},
      {org.jfree.chart.axis.DateTickUnitType.DAY, 7, 7.0, "yyyy-MM-dd"},
      {org.jfree.chart.axis.DateTickUnitType.DAY, 14, 14.0, "yyyy-MM-dd"},
      {org.jfree.chart.axis.DateTickUnitType.MONTH, 1, 30.4, "yyyy-MM"},
      {org.jfree.chart.axis.DateTickUnitType.MONTH, 2, 60.9, "yyyy-MM"},
      {org.jfree.chart.axis.DateTickUnitType.MONTH, 3, 91.3, "yyyy-MM"},
      {org.jfree.chart.axis.DateTickUnitType.MONTH, 6, 182.6, "yyyy-MM"},
      {org.jfree.chart.axis.DateTickUnitType.YEAR, 1, 365.25, "yyyy"},
      {org.jfree.chart.axis.DateTickUnitType.YEAR, 2, 730.5, "yyyy"},
      {org.jfree.chart.axis.DateTickUnitType.YEAR, 5, 1826.0, "yyyy"},
      {org.jfree.chart.axis.DateTickUnitType.YEAR, 10, 3652.5, "yyyy"},
      {org.jfree.chart.axis.DateTickUnitType.YEAR, 25, 9131.0, "yyyy"},
      {org.jfree.chart.axis.DateTickUnitType.YEAR, 100, 36525.0, "yyyy"}};

  /** At most about eight ticks on a 1, 2, 5 ladder (whole numbers for counts). */
  static void niceTicks(NumberAxis axis, double max) {
    double step = 1;
    while (max / step > 8) {
      step = step * (String.valueOf((long) step).startsWith("2") ? 2.5 : 2);
    }
    axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(step), false, true);
  }

  /** @param whole a stacked share: the axis runs from 0 to 100% exactly */
  private static NumberAxis valueAxis(String label, boolean percent, boolean whole) {
    NumberAxis axis = new NumberAxis(label);
    if (percent) {
      axis.setNumberFormatOverride(new DecimalFormat("0'%'"));
      if (whole) {
        axis.setRange(0, 100);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20));
      }
    } else {
      axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ROOT));
    }
    axis.setAutoRangeIncludesZero(true);
    axis.setAutoRangeStickyZero(true);
    return axis;
  }

  /** "outside the timeline: 1 with a partial date, 2 undated", for a table that counts documents or stories. */
  static String notPlaced(PeriodTable table) {
    return String.format(Locale.ROOT, "outside the timeline: %,d with a partial date, %,d undated%s", table.partialDate(),
        table.undated(), apart(table));
  }

  /** "outside the timeline: 3 mentions in documents with a partial date, 2 in undated ones", for what documents hold. */
  static String notPlacedWithin(PeriodTable table, String singular, String plural) {
    return String.format(Locale.ROOT, "outside the timeline: %s in documents with a partial date, %,d in undated ones%s",
        count(table.partialDate(), singular, plural), table.undated(), apart(table));
  }

  /** ", 2 dated far from the rest" (timeline.outlier_gap), when the axis left any out. */
  private static String apart(PeriodTable table) {
    return table.apart() == 0 ? "" : String.format(Locale.ROOT, ", %,d dated far from the rest", table.apart());
  }

  static String count(long n, String singular, String plural) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
  }

  static String number(double value) {
    return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
