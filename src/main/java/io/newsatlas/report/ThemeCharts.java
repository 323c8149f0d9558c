package io.newsatlas.report;

import io.newsatlas.report.Aggregates.PeriodTable;
import io.newsatlas.report.Aggregates.Series;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/** The theme timeline (table theme_timeline, all languages): counts per theme and period, and shares. */
public final class ThemeCharts {
  public static final String OTHER_THEMES = "other themes";

  private ThemeCharts() {}

  /**
   * @param documents stories per period for the top themes (theme names as series), largest first
   * @param themesFound themes found in at least one document
   * @param spikes "Theme period" for every flagged spike (theme_timeline.spike), may be empty
   */
  public static ChartPage timeline(PeriodTable documents, int themesFound, List<String> spikes, ChartStyle style) {
    String kind = CorpusCharts.kind(documents);
    JFreeChart chart = Timelines.overTime("Stories per theme and " + kind,
        String.format(Locale.ROOT, "%s, all languages · %s",
            documents.series().size() == themesFound ? "All " + themesFound + " themes found"
                : "The " + documents.series().size() + " largest of " + themesFound + " themes found",
            Timelines.notPlaced(documents) + " · a story is an article with its translations and copies"),
        documents, "Stories", false, style);
    List<Series> bySize = documents.series().stream().sorted(Comparator.comparingDouble(Series::total).reversed()).toList();
    double most = bySize.get(0).total();
    List<String> largest = bySize.stream().filter(s -> s.total() == most).map(Series::name).toList();
    Series peaked = documents.series().stream()
        .max(Comparator.comparingDouble((Series s) -> s.values()[s.peak()]).thenComparingDouble(Series::total))
        .orElseThrow();
    int at = peaked.peak();
    double top = peaked.values()[at];
    long alsoThere = documents.series().stream().filter(s -> s != peaked && s.values()[at] == top).count();
    String first = largest.size() == 1
        ? String.format(Locale.ROOT, "%s is in the most dated stories (%s).", largest.get(0), Timelines.number(most))
        : String.format(Locale.ROOT, "%s are in the most dated stories (%s each).", join(largest), Timelines.number(most));
    String second = String.format(Locale.ROOT, "%s peaked in %s with %s%s.", peaked.name(),
        documents.periods().get(at).label(), Timelines.count(Math.round(top), "story", "stories"),
        alsoThere == 0 ? "" : String.format(Locale.ROOT, " (%s had as many there)",
            Timelines.count(alsoThere, "other theme", "other themes")));
    if (!spikes.isEmpty()) {
      second += " Spikes against the theme's own history: " + String.join("; ", spikes.stream().limit(4).toList())
          + (spikes.size() > 4 ? "; and " + (spikes.size() - 4) + " more" : "") + ".";
    }
    return new ChartPage(Figure.of("theme_timeline", chart), List.of(first, second));
  }

  /**
   * @param assignments documents per period for the top themes plus {@link #OTHER_THEMES}: a document
   *     with two themes counts once in each
   */
  public static ChartPage shares(PeriodTable assignments, ChartStyle style) {
    double[] totals = assignments.totals();
    List<Series> percent = new ArrayList<>();
    for (Series s : assignments.series()) {
      double[] values = new double[totals.length];
      for (int i = 0; i < totals.length; i++) {
        values[i] = totals[i] == 0 ? 0 : 100 * s.values()[i] / totals[i];
      }
      percent.add(new Series(s.name(), values));
    }
    PeriodTable shares = new PeriodTable("% of theme assignments", assignments.periods(), percent,
        assignments.partialDate(), assignments.undated());
    String kind = CorpusCharts.kind(assignments);
    JFreeChart chart = Timelines.stackedBars("Share of each theme per " + kind,
        "A document with two themes counts in both; " + kind + "s without documents are gaps · "
            + Timelines.notPlaced(assignments),
        shares, "% of theme assignments in the " + kind, true, OTHER_THEMES, style);
    int last = totals.length - 1;
    while (last > 0 && totals[last] == 0) {
      last--;
    }
    int latest = last;
    Series leader = assignments.series().stream().filter(s -> !s.name().equals(OTHER_THEMES))
        .max(Comparator.comparingDouble(s -> s.values()[latest])).orElseThrow();
    double all = CorpusCharts.total(assignments);
    double other = assignments.series().stream().filter(s -> s.name().equals(OTHER_THEMES))
        .mapToDouble(Series::total).sum();
    return new ChartPage(Figure.of("theme_shares", chart), List.of(
        String.format(Locale.ROOT, "In %s, the latest %s with documents, %s held the largest share: %s of %s theme "
            + "assignments (%s).", assignments.periods().get(latest).label(), kind, leader.name(),
            Timelines.number(leader.values()[latest]), Timelines.number(totals[latest]),
            CorpusCharts.percent(leader.values()[latest], totals[latest])),
        other == 0
            ? String.format(Locale.ROOT, "The themes drawn hold every one of the %s assignments in dated %ss.",
                Timelines.number(all), kind)
            : String.format(Locale.ROOT, "Over the timeline the themes drawn hold %s of the %s assignments; "
                + "the other themes together %s.", CorpusCharts.percent(all - other, all), Timelines.number(all),
                CorpusCharts.percent(other, all))));
  }

  static String join(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
