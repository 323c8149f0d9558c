package io.newsatlas.timeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import io.newsatlas.config.TimelineSettings;
import io.newsatlas.ingest.DocumentRecord;
import java.time.LocalDate;
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
   * least a year.
   */
  public record DateSpan(LocalDate first, LocalDate last, long withDay, long withMonth, long withYear) {
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
  public static DateSpan span(Dataset<DocumentRecord> documents) {
    return span(documents.toDF(), "date", "datePrecision");
  }

  /** One Spark job over rows holding a date and its precision (documents.date_precision's values). */
  public static DateSpan span(Dataset<Row> documents, String dateColumn, String precisionColumn) {
    var precision = col(precisionColumn);
    Row r = documents.filter(precision.isin("day", "month", "year").and(col(dateColumn).isNotNull()))
        .agg(min(dateColumn), max(dateColumn), count(when(precision.equalTo("day"), 1)),
            count(when(precision.isin("day", "month"), 1)), count(lit(1)))
        .first();
    return new DateSpan(r.isNullAt(0) ? null : r.getDate(0).toLocalDate(),
        r.isNullAt(1) ? null : r.getDate(1).toLocalDate(), r.getLong(2), r.getLong(3), r.getLong(4));
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
            + "documents per period", periods, span.first(), span.last(), placed / (double) periods));
      }
    }
    Granularity chosen = fits == null ? Granularity.YEAR : fits;
    return new Choice(chosen, String.format(Locale.ROOT, "timeline.period auto: the finest with at most %d periods from "
            + "%s to %s; none holds %.1f dated documents per period on average (%,d dated)", settings.autoMaxPeriods(),
        span.first(), span.last(), settings.autoMinDocumentsPerPeriod(), span.withYear()));
  }
}
