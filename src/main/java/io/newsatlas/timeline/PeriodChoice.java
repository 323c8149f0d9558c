package io.newsatlas.timeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import io.newsatlas.config.TimelineSettings;
import io.newsatlas.ingest.DocumentRecord;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code timeline.period: auto}: the finest period (day to year) that suits the corpus' dated
 * documents. A few scattered documents get a coarse period; a year of daily news gets weeks.
 */
public final class PeriodChoice {
  /** At most this share of the dated documents may be too coarse for the period (partial_date bucket). */
  private static final double MAX_PARTIAL_SHARE = 0.1;

  private PeriodChoice() {}

  /**
   * The dated documents: their first and last day, and how many carry a day, at least a month, at
   * least a year; {@code apart} of them were left out as far from the rest ({@link CoreSpan}).
   */
  public record DateSpan(LocalDate first, LocalDate last, long withDay, long withMonth, long withYear, long apart) {
    public DateSpan(LocalDate first, LocalDate last, long withDay, long withMonth, long withYear) {
      this(first, last, withDay, withMonth, withYear, 0);
    }

    long placed(Granularity g) {
      return switch (g) {
        case DAY, WEEK -> withDay;
        case MONTH, QUARTER -> withMonth;
        case YEAR -> withYear;
      };
    }
  }

  /** The period and why, for the progress line and the report. */
  public record Choice(Granularity period, String reason) {}

  /** One Spark job over the documents (DocumentRecord beans in flight). */
  public static DateSpan span(Dataset<DocumentRecord> documents, TimelineSettings settings) {
    return span(documents.toDF(), "date", "datePrecision", settings);
  }

  /**
   * One Spark job over rows holding a date and its precision (documents.date_precision's values):
   * counts per month, collected (a few hundred rows for decades), so the months far from the rest
   * can be left out by timeline.outlier_gap and outlier_share.
   */
  public static DateSpan span(Dataset<Row> documents, String dateColumn, String precisionColumn,
      TimelineSettings settings) {
    var precision = col(precisionColumn);
    List<Row> months = documents.filter(precision.isin("day", "month", "year").and(col(dateColumn).isNotNull()))
        .groupBy(trunc(col(dateColumn), "month").as("month"))
        .agg(min(dateColumn), max(dateColumn), count(when(precision.equalTo("day"), 1)),
            count(when(precision.isin("day", "month"), 1)), count(lit(1)))
        .orderBy("month").collectAsList();
    if (months.isEmpty()) {
      return new DateSpan(null, null, 0, 0, 0);
    }
    LocalDate firstMonth = months.get(0).getDate(0).toLocalDate();
    LocalDate lastMonth = months.get(months.size() - 1).getDate(0).toLocalDate();
    long[] counts = new long[(int) ChronoUnit.MONTHS.between(firstMonth, lastMonth) + 1];
    for (Row m : months) {
      counts[(int) ChronoUnit.MONTHS.between(firstMonth, m.getDate(0).toLocalDate())] = m.getLong(5);
    }
    int[] core = CoreSpan.of(counts, settings.outlierGap(), settings.outlierShare());
    LocalDate from = firstMonth.plusMonths(core[0]);
    LocalDate until = firstMonth.plusMonths(core[1]);
    LocalDate first = null;
    LocalDate last = null;
    long withDay = 0;
    long withMonth = 0;
    long withYear = 0;
    long apart = 0;
    for (Row m : months) {
      LocalDate month = m.getDate(0).toLocalDate();
      if (month.isBefore(from) || !month.isBefore(until)) {
        apart += m.getLong(5);
        continue;
      }
      LocalDate lo = m.getDate(1).toLocalDate();
      LocalDate hi = m.getDate(2).toLocalDate();
      first = first == null || lo.isBefore(first) ? lo : first;
      last = last == null || hi.isAfter(last) ? hi : last;
      withDay += m.getLong(3);
      withMonth += m.getLong(4);
      withYear += m.getLong(5);
    }
    return new DateSpan(first, last, withDay, withMonth, withYear, apart);
  }

  public static Choice choose(DateSpan span, TimelineSettings settings) {
    if (!settings.isAuto()) {
      return new Choice(settings.granularity(), "set by timeline.period");
    }
    if (span.first() == null) {
      return new Choice(Granularity.MONTH, "timeline.period auto: no dated document");
    }
    Granularity fits = null;
    for (Granularity g : Granularity.values()) {
      int periods = Periods.between(span.first(), span.last(), g).size();
      long placed = span.placed(g);
      if (periods > settings.autoMaxPeriods() || placed < (1 - MAX_PARTIAL_SHARE) * span.withYear()) {
        continue;
      }
      if (fits == null) {
        fits = g;
      }
      if (placed >= settings.autoMinDocumentsPerPeriod() * periods) {
        return new Choice(g, String.format(Locale.ROOT, "timeline.period auto: %,d periods from %s to %s, %.1f dated "
            + "documents per period%s", periods, span.first(), span.last(), placed / (double) periods, apart(span)));
      }
    }
    Granularity chosen = fits == null ? Granularity.YEAR : fits;
    return new Choice(chosen, String.format(Locale.ROOT, "timeline.period auto: the finest with at most %d periods from "
            + "%s to %s; none holds %.1f dated documents per period on average (%,d dated)", settings.autoMaxPeriods(),
        span.first(), span.last(), settings.autoMinDocumentsPerPeriod(), span.withYear()) + apart(span));
  }

  private static String apart(DateSpan span) {
    return span.apart() == 0 ? "" : String.format(Locale.ROOT, "; %,d dated far from the rest left out "
        + "(timeline.outlier_gap, outlier_share)", span.apart());
  }
}
