package io.newsatlas.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The small, already aggregated tables that charts and the PDF are drawn from. {@link ReportData}
 * builds them on Spark from an output folder; tests build them by hand. No Spark here.
 */
public final class Aggregates {
  private Aggregates() {}

  /** A dated timeline period: its label as in the tables (2026-02, 2026-W07), first day, first day of the next. */
  public record Period(String label, LocalDate start, LocalDate end) {}

  /** One line (or band) of a timeline: a value per period, in the order of the table's periods. */
  public record Series(String name, double[] values) {
    public double total() {
      return Arrays.stream(values).filter(v -> !Double.isNaN(v)).sum();
    }

    /** Index of the first period holding the largest value. */
    public int peak() {
      int best = 0;
      for (int i = 1; i < values.length; i++) {
        if (values[i] > values[best] || (Double.isNaN(values[best]) && !Double.isNaN(values[i]))) {
          best = i;
        }
      }
      return best;
    }
  }

  /**
   * Values per series and dated period, plus what could not be placed in a period: documents whose
   * date is coarser than the period or has no year (partial) and undated ones, shown beside the
   * chart, never guessed into a period.
   *
   * @param unit what the values count ("documents", "mentions", "share")
   * @param periodTotals what each period holds in all, null when the table does not say
   */
  public record PeriodTable(String unit, List<Period> periods, List<Series> series, long partialDate, long undated,
      long apart, double[] periodTotals) {
    public PeriodTable(String unit, List<Period> periods, List<Series> series, long partialDate, long undated) {
      this(unit, periods, series, partialDate, undated, 0);
    }

    public PeriodTable(String unit, List<Period> periods, List<Series> series, long partialDate, long undated,
        long apart) {
      this(unit, periods, series, partialDate, undated, apart, null);
    }

    /** The same table with what each period holds in all (every story, with a theme or not), for shares. */
    public PeriodTable withPeriodTotals(double[] totals) {
      return new PeriodTable(unit, periods, series, partialDate, undated, apart, totals);
    }

    public PeriodTable {
      for (Series s : series) {
        if (s.values().length != periods.size()) {
          throw new IllegalArgumentException("series " + s.name() + " has " + s.values().length + " values for "
              + periods.size() + " periods");
        }
      }
    }

    public boolean isEmpty() {
      return periods.isEmpty() || series.isEmpty() || series.stream().allMatch(s -> s.total() == 0);
    }

    /** Sum over the series, per period. */
    public double[] totals() {
      double[] totals = new double[periods.size()];
      for (Series s : series) {
        for (int i = 0; i < totals.length; i++) {
          totals[i] += s.values()[i];
        }
      }
      return totals;
    }
  }

  /** A topic of the topic model: its label, top terms and size. */
  public record Topic(int id, String label, List<Term> terms, double coherence, double share, long documents) {
    public String title() {
      return "T" + id + (label == null || label.isBlank() ? "" : " " + label);
    }
  }

  public record Term(String term, double weight) {}

  /** An actor of the gazetteer with its counts. */
  public record Actor(String id, String type, String nameEn, String nameVi, long mentions, long documents) {
    /**
     * The name charts show: the Vietnamese one when it is the English one with its diacritics
     * ("Lương Tam Quang" for "Luong Tam Quang", "Việt Nam"), otherwise the English one ("Wang
     * Xiaohong", "Ministry of Public Security (Viet Nam)").
     */
    public String label() {
      if (nameVi != null && nameEn != null && fold(nameVi).equals(fold(nameEn))) {
        return nameVi;
      }
      return nameEn != null ? nameEn : nameVi != null ? nameVi : id;
    }

    /** Both names when they differ beyond diacritics ("Ministry of Public Security (Viet Nam) / Bộ Công an"). */
    public String bilingual() {
      String label = label();
      return nameVi == null || nameVi.isBlank() || label.equals(nameVi) || nameVi.equals(nameEn)
          ? label : label + " / " + nameVi;
    }

    private static String fold(String name) {
      String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
          .replace('đ', 'd').replace('Đ', 'D');
      return stripped.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
  }

  /**
   * Two actors' tie: events where they met, documents and sentences naming both, and the sentences'
   * npmi (cooccurrence.npmi; NaN when no sentence names both).
   */
  public record Pair(String a, String b, long documents, long sentences, long meetings, double npmi,
      String exampleSentence, String exampleDocId) {
    /** A tie worth drawing: they met, or are named together in enough sentences more often than chance. */
    public boolean salient(int minSentences) {
      return meetings > 0 || (sentences >= minSentences && npmi > 0);
    }
  }

  /**
   * An event of the events table as the report lists it.
   *
   * @param sources each reporting document as "title · outlet · date" (the file name when it has no title)
   */
  public record Event(java.time.LocalDate date, String precision, String kind, String cameo, String place,
      List<String> participants, List<String> sides, String mechanism, Integer round, List<String> themes,
      List<String> sources, List<String> docIds, String evidence, int referredIn) {}

  /**
   * A partner (report.partners) side by side with the others.
   *
   * @param documents documents naming the country or one of its bodies (actors.country_id)
   * @param events events where it is a side, itself or through a body
   * @param themes its documents' most frequent themes, with their document counts
   * @param people the people in its events, most events first, with their counts
   */
  public record Partner(String id, String name, long documents, long events, java.time.LocalDate lastEvent,
      List<String> themes, List<String> people) {}

  /** One event on the event timeline: its day and the lane of the partner it was with. */
  public record EventMark(java.time.LocalDate date, String lane, String kind) {}

  /** The actors drawn as nodes and their salient ties as edges. */
  public record Network(List<Actor> actors, List<Pair> pairs) {}

  /** Rejected inputs of one reason, with the first one as an example. */
  public record RejectSummary(String reason, long count, String exampleSource, String exampleMessage) {}

  /** What the run manifest says, for the title page. */
  public record RunSummary(String runId, String input, String startedAt, String finishedAt, String version,
      String sparkVersion, String sparkMaster, Map<String, Long> counts, Map<String, String> settings,
      LocalDate firstDate, LocalDate lastDate, Map<String, Long> languages, String period) {
    public long count(String key) {
      Long value = counts.get(key);
      return value == null ? 0 : value;
    }
  }
}
