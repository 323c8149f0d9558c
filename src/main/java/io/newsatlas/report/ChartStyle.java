package io.newsatlas.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * One look for every chart: the bundled DejaVu Sans in every text (so Vietnamese renders), sizes
 * that scale with the chart's width (read on a slide at 1600 px), white background, one palette.
 */
public final class ChartStyle {
  /** The width the font sizes are designed for. */
  private static final double BASE_WIDTH = 1600;
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  /** Tableau 10: distinguishable, and still apart in greyscale print. */
  static final List<Color> PALETTE = List.of(new Color(0x4E79A7), new Color(0xF28E2B), new Color(0x59A14F),
      new Color(0xE15759), new Color(0x76B7B2), new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7),
      new Color(0x9C755F), new Color(0x2F4B7C), new Color(0xBAB0AC), new Color(0x8CD17D), new Color(0xD37295),
      new Color(0x499894), new Color(0xF1CE63), new Color(0x86BCB6), new Color(0xA0CBE8), new Color(0xFFBE7D),
      new Color(0xD4A6C8), new Color(0x79706E));
  /** The band that gathers everything outside the top N. */
  static final Color OTHER = new Color(0xC8C8C8);
  static final Color TEXT = new Color(0x222222);
  static final Color GRID = new Color(0xDDDDDD);

  private final double scale;
  private final StandardChartTheme theme;

  public ChartStyle(int width) {
    this(width / BASE_WIDTH);
  }

  private ChartStyle(double scale) {
    this.scale = scale;
    this.theme = new StandardChartTheme("newsatlas");
    theme.setExtraLargeFont(Fonts.bold(size(34)));
    theme.setLargeFont(Fonts.regular(size(23)));
    theme.setRegularFont(Fonts.regular(size(20)));
    theme.setSmallFont(Fonts.regular(size(17)));
    theme.setTitlePaint(TEXT);
    theme.setSubtitlePaint(new Color(0x555555));
    theme.setAxisLabelPaint(TEXT);
    theme.setTickLabelPaint(TEXT);
    theme.setLegendItemPaint(TEXT);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(GRID);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setShadowVisible(false);
    theme.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE.toArray(Paint[]::new),
        DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
        DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
        DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
  }

  /** The same look at a fraction of the size, for the panels of a small-multiples figure. */
  public ChartStyle smaller(double factor) {
    return new ChartStyle(scale * factor);
  }

  /** A size in pixels designed for a 1600 px wide chart, scaled to this chart. */
  public float size(double base) {
    return (float) (base * scale);
  }

  public Font font(double base) {
    return Fonts.regular(size(base));
  }

  public Font boldFont(double base) {
    return Fonts.bold(size(base));
  }

  public Paint color(int index) {
    return PALETTE.get(index % PALETTE.size());
  }

  public BasicStroke line() {
    return new BasicStroke(size(3.5), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  /** Applies the fonts and colours to every part of the chart, then the finishing touches. */
  public JFreeChart apply(JFreeChart chart, String subtitle) {
    theme.apply(chart);
    chart.setPadding(new RectangleInsets(size(16), size(16), size(12), size(24)));
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    if (subtitle != null && !subtitle.isBlank()) {
      TextTitle sub = new TextTitle(subtitle, font(21), new Color(0x555555), RectangleEdge.TOP,
          org.jfree.chart.ui.HorizontalAlignment.CENTER, org.jfree.chart.ui.VerticalAlignment.TOP,
          new RectangleInsets(size(4), 0, size(10), 0));
      chart.addSubtitle(sub);
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(font(20));
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      legend.setItemLabelPadding(new RectangleInsets(size(2), size(6), size(2), size(18)));
    }
    // JFreeChart measures text in whole pixels per glyph; the PDF's glyph outlines come out about
    // 3% wider, so a label set flush right ran under the bars ("ministry of public securit"): labels
    // keep a gap of about two letters from the axis instead of 4 px.
    if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot
        && plot.getOrientation() == org.jfree.chart.plot.PlotOrientation.HORIZONTAL) {
      plot.getDomainAxis().setCategoryLabelPositionOffset(Math.round(size(24)));
    }
    return chart;
  }

  /**
   * A time axis in UTC (the tables' dates are calendar days) whose ticks read like the period
   * labels in the tables: 2026-02-13, 2026-02, 2026.
   */
  public DateAxis dateAxis(String label) {
    DateAxis axis = new DateAxis(label);
    axis.setTimeZone(UTC);
    TickUnits units = new TickUnits();
    for (int days : new int[] {1, 2, 7, 14}) {
      units.add(new DateTickUnit(DateTickUnitType.DAY, days, format("yyyy-MM-dd")));
    }
    for (int months : new int[] {1, 2, 3, 4, 6}) {
      units.add(new DateTickUnit(DateTickUnitType.MONTH, months, format("yyyy-MM")));
    }
    for (int years : new int[] {1, 2, 5, 10, 20, 50, 100}) {
      units.add(new DateTickUnit(DateTickUnitType.YEAR, years, format("yyyy")));
    }
    axis.setStandardTickUnits(units);
    axis.setLabelFont(font(23));
    axis.setTickLabelFont(font(19));
    // JFreeChart picks the finest unit whose labels it thinks fit, and its estimate counts these insets:
    // without room to spare, "2020-12" and "2021-04" run together.
    axis.setTickLabelInsets(new org.jfree.chart.ui.RectangleInsets(2, 14, 2, 14));
    return axis;
  }

  private static SimpleDateFormat format(String pattern) {
    SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ROOT);
    format.setTimeZone(UTC);
    return format;
  }
}
