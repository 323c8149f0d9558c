package io.newsatlas.report;

import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A chart to save: one JFreeChart, or small multiples (panels in a grid under one title).
 *
 * @param name file name without extension (charts/{name}.png)
 * @param title the figure's title; for a single chart, the chart carries it
 */
public record Figure(String name, String title, List<JFreeChart> panels, int columns) {
  public static Figure of(String name, JFreeChart chart) {
    return new Figure(name, chart.getTitle() == null ? name : chart.getTitle().getText(), List.of(chart), 1);
  }

  public JFreeChart chart() {
    return panels.get(0);
  }

  public boolean isGrid() {
    return panels.size() > 1 || columns > 1;
  }
}
