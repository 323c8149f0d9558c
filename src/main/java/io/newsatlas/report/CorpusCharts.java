package io.newsatlas.report;

import io.newsatlas.report.Aggregates.PeriodTable;
import io.newsatlas.report.Aggregates.Series;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/** The corpus at a glance: documents per period, by language and by source. */
public final class CorpusCharts {
  public static final String OTHER_SOURCES = "other sources";

  private CorpusCharts() {}

  /** @param byLanguage documents per period, one series per language code */
  public static ChartPage byLanguage(PeriodTable byLanguage, ChartStyle style) {
    PeriodTable named = new PeriodTable(byLanguage.unit(), byLanguage.periods(),
        byLanguage.series().stream().map(s -> new Series(languageName(s.name()), s.values())).toList(),
        byLanguage.partialDate(), byLanguage.undated());
    String kind = kind(named);
    JFreeChart chart = Timelines.stackedBars("Documents per " + kind + " by language",
        Timelines.count(Math.round(total(named)), "dated document", "dated documents") + " " + span(named) + " · "
            + Timelines.notPlaced(named), named, "Documents", false, null,
        style);
    long dated = Math.round(total(named));
    long all = dated + named.partialDate() + named.undated();
    String languages = String.join(", ", named.series().stream()
        .sorted(Comparator.comparingDouble(Series::total).reversed())
        .map(s -> String.format(Locale.ROOT, "%s %s (%s)", s.name(), Timelines.number(s.total()),
            percent(s.total(), dated)))
        .toList());
    double[] totals = named.totals();
    int busiest = new Series("all", totals).peak();
    return new ChartPage(Figure.of("corpus_by_language", chart), List.of(
        String.format(Locale.ROOT, "%s; in dated %ss: %s.", Timelines.count(all, "document", "documents"), kind,
            languages),
        String.format(Locale.ROOT, "The busiest %s was %s with %s; %d with a partial date and %d undated are counted "
            + "outside the timeline.", kind, named.periods().get(busiest).label(),
            Timelines.count(Math.round(totals[busiest]), "document", "documents"), named.partialDate(),
            named.undated())));
  }

  /** @param bySource documents per period, one series per source (outlet or input folder), the rest last */
  public static ChartPage bySource(PeriodTable bySource, int sourceCount, ChartStyle style) {
    String kind = kind(bySource);
    String sources = bySource.series().size() == 1
        ? "All from one source, " + bySource.series().get(0).name() + " (the outlet, or else the input folder)"
        : "Source: the outlet, or else the input folder";
    JFreeChart chart = Timelines.stackedBars("Documents per " + kind + " by source",
        sources + " · " + Timelines.notPlaced(bySource),
        bySource, "Documents", false, OTHER_SOURCES, style);
    double dated = total(bySource);
    Series top = bySource.series().stream().filter(s -> !s.name().equals(OTHER_SOURCES))
        .max(Comparator.comparingDouble(Series::total)).orElse(bySource.series().get(0));
    String first = sourceCount == 1
        ? String.format(Locale.ROOT, "All %s dated documents come from one source, %s.", Timelines.number(dated),
            top.name())
        : String.format(Locale.ROOT, "%s, most dated documents from %s: %s of %s (%s).",
            Timelines.count(sourceCount, "source", "sources"), top.name(), Timelines.number(top.total()),
            Timelines.number(dated), percent(top.total(), dated));
    return new ChartPage(Figure.of("corpus_by_source", chart), List.of(first,
        sourceCount > bySource.series().stream().filter(s -> !s.name().equals(OTHER_SOURCES)).count()
            ? "Sources beyond the largest are drawn together as '" + OTHER_SOURCES + "' (report.top_sources)."
            : "Every source is drawn; each band is one source, as in documents.outlet or the input folder."));
  }

  /** "English (en)", "Vietnamese (vi)", "undetermined (und)". */
  static String languageName(String code) {
    if (code == null || code.equals("und")) {
      return "undetermined (und)";
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
  }

  static String kind(PeriodTable table) {
    return table.periods().isEmpty() ? "period" : Timelines.kindOf(table.periods().get(0));
  }

  static String span(PeriodTable table) {
    return table.periods().isEmpty() ? "no dated documents"
        : "from " + table.periods().get(0).label() + " to " + table.periods().get(table.periods().size() - 1).label();
  }

  static double total(PeriodTable table) {
    return table.series().stream().mapToDouble(Series::total).sum();
  }

  static String percent(double part, double whole) {
    return whole == 0 ? "0%" : Report.share(part, whole);
  }
}
