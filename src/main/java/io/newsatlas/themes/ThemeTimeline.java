package io.newsatlas.themes;

import io.newsatlas.timeline.CoreSpan;
import io.newsatlas.timeline.Granularity;
import io.newsatlas.timeline.Periods;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds theme_timeline from small aggregated counts (no Spark here): every theme and language in
 * every period of the corpus's core span (timeline.CoreSpan: without the few documents far from the
 * rest), zeros included so a chart never draws a line across a gap, and the periods outside it that
 * hold documents; the partial-date and undated buckets when the corpus has such documents; the
 * languages rolled up as 'all' (by the caller, since a story told in two languages is one story in
 * 'all'); and a spike flag against each series' own recent past.
 */
public final class ThemeTimeline {
  public static final String ALL_LANGUAGES = "all";

  private ThemeTimeline() {}

  /** Where counts are kept: a period or bucket, and a language. */
  public record Slot(String label, LocalDate start, String bucket, String language) {}

  /** Counts of one theme in one slot: documents, the stories they tell, and matches. */
  public record Cell(long documents, long stories, long mentions, long documentsWithSubthemes) {}

  /** All documents of one slot, and the stories they tell. */
  public record Totals(long documents, long stories) {}

  /** One row of theme_timeline. */
  public record Row(String period, LocalDate periodStart, String bucket, String themeId, String language,
      long documents, long stories, long documentsWithSubthemes, long mentions, long periodDocuments,
      long periodStories, Double share, Double zScore, boolean spike) {}

  /** Spike settings: see conf/newsatlas.yaml (themes.spike_*). */
  public record Spikes(int window, double z, int minDocuments) {}

  /** What sets documents apart from the rest: timeline.outlier_gap and outlier_share. */
  public record Apart(int minGap, double maxShare) {}

  /**
   * @param totals documents and stories per slot, for every language and for 'all'
   * @param counts counts per slot (also 'all') and theme id
   */
  public static List<Row> build(Map<Slot, Totals> totals, Map<Slot, Map<String, Cell>> counts,
      List<String> themeIds, Granularity granularity, Spikes spikes, Apart apart) {
    TreeSet<String> languages = new TreeSet<>();
    totals.keySet().forEach(slot -> languages.add(slot.language()));
    List<Periods.Period> periods = core(Periods.axis(totals.keySet().stream()
        .map(slot -> new Periods.Period(slot.label(), slot.start(), slot.bucket())).toList(), granularity), totals, apart);

    List<Row> rows = new ArrayList<>();
    for (String theme : themeIds) {
      for (String language : languages) {
        List<Row> series = new ArrayList<>();
        for (Periods.Period period : periods) {
          Slot slot = new Slot(period.label(), period.start(), period.bucket(), language);
          Cell cell = counts.getOrDefault(slot, Map.of()).getOrDefault(theme, new Cell(0, 0, 0, 0));
          Totals inPeriod = totals.getOrDefault(slot, new Totals(0, 0));
          // Shares of stories: a story told in two languages (or by two outlets) weighs once.
          series.add(new Row(period.label(), period.start(), period.bucket(), theme, language, cell.documents(),
              cell.stories(), cell.documentsWithSubthemes(), cell.mentions(), inPeriod.documents(),
              inPeriod.stories(), inPeriod.stories() == 0 ? null : (double) cell.stories() / inPeriod.stories(), null,
              false));
        }
        rows.addAll(flagSpikes(series, spikes));
      }
    }
    return rows;
  }

  /**
   * The axis without the empty periods around documents far from the rest: one 1977 item in a 1987
   * newswire would otherwise give every theme and language 500 weeks of zeros.
   */
  private static List<Periods.Period> core(List<Periods.Period> axis, Map<Slot, Totals> totals, Apart apart) {
    long[] documents = new long[axis.size()];
    for (int i = 0; i < axis.size(); i++) {
      Periods.Period p = axis.get(i);
      documents[i] = Periods.DATED.equals(p.bucket())
          ? totals.getOrDefault(new Slot(p.label(), p.start(), p.bucket(), ALL_LANGUAGES), new Totals(0, 0)).documents()
          : 0;
    }
    int firstDated = -1;
    int lastDated = -1;
    for (int i = 0; i < axis.size(); i++) {
      if (Periods.DATED.equals(axis.get(i).bucket())) {
        firstDated = firstDated < 0 ? i : firstDated;
        lastDated = i;
      }
    }
    if (firstDated < 0) {
      return axis;
    }
    int[] core = CoreSpan.of(java.util.Arrays.copyOfRange(documents, firstDated, lastDated + 1), apart.minGap(),
        apart.maxShare());
    List<Periods.Period> kept = new ArrayList<>();
    for (int i = 0; i < axis.size(); i++) {
      boolean inCore = i >= firstDated + core[0] && i < firstDated + core[1];
      if (!Periods.DATED.equals(axis.get(i).bucket()) || inCore || documents[i] > 0) {
        kept.add(axis.get(i));
      }
    }
    return kept;
  }

  /**
   * z = (share - mean share of the previous window) / max(sd, one story's share of this period),
   * over dated periods that have documents. Shares, not counts: a corpus with ten times more
   * articles in one month must not make every theme spike in it. The floor keeps a move of one
   * story from being a spike.
   */
  static List<Row> flagSpikes(List<Row> series, Spikes spikes) {
    List<Row> out = new ArrayList<>(series.size());
    List<Double> history = new ArrayList<>();
    for (Row row : series) {
      if (!row.bucket().equals(Periods.DATED) || row.share() == null) {
        out.add(row);
        continue;
      }
      Double z = null;
      boolean spike = false;
      if (history.size() >= spikes.window()) {
        List<Double> window = history.subList(history.size() - spikes.window(), history.size());
        double mean = window.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double variance = window.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / window.size();
        double oneStory = 1.0 / row.periodStories();
        z = (row.share() - mean) / Math.max(Math.sqrt(variance), oneStory);
        spike = z >= spikes.z() && row.stories() >= spikes.minDocuments();
      }
      history.add(row.share());
      out.add(new Row(row.period(), row.periodStart(), row.bucket(), row.themeId(), row.language(), row.documents(),
          row.stories(), row.documentsWithSubthemes(), row.mentions(), row.periodDocuments(), row.periodStories(),
          row.share(), z, spike));
    }
    return out;
  }
}
