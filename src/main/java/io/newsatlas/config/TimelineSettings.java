package io.newsatlas.config;

import io.newsatlas.timeline.Granularity;
import java.util.Arrays;
import java.util.Locale;

/**
 * Period of every timeline table.
 *
 * @param period day, week, month, quarter, year, or auto: the finest of them that fits the corpus
 * @param autoMaxPeriods auto: at most this many periods from the first dated document to the last
 * @param autoMinDocumentsPerPeriod auto: at least this many dated documents per period on average
 * @param outlierGap empty periods (months for auto's choice) that set a few documents apart from the rest
 * @param outlierShare at most this share of the dated documents is left off the time axes as apart
 */
public record TimelineSettings(String period, int autoMaxPeriods, double autoMinDocumentsPerPeriod, int outlierGap,
    double outlierShare) implements java.io.Serializable {
  public static final String AUTO = "auto";

  void validate() {
    ConfigException.check(period != null && (isAuto() || Arrays.stream(Granularity.values())
            .anyMatch(g -> g.id().equals(period.toLowerCase(Locale.ROOT)))),
        "Invalid timeline.period: '%s' (must be auto, day, week, month, quarter or year)", period);
    ConfigException.check(autoMaxPeriods >= 2, "Invalid timeline.auto_max_periods: %d (must be at least 2)",
        autoMaxPeriods);
    ConfigException.check(autoMinDocumentsPerPeriod >= 0,
        "Invalid timeline.auto_min_documents_per_period: %s (must be 0 or more)", autoMinDocumentsPerPeriod);
    ConfigException.check(outlierGap >= 1, "Invalid timeline.outlier_gap: %d (must be at least 1)", outlierGap);
    ConfigException.check(outlierShare >= 0 && outlierShare < 0.5,
        "Invalid timeline.outlier_share: %s (must be from 0, none left off, to below 0.5)", outlierShare);
  }

  public boolean isAuto() {
    return AUTO.equalsIgnoreCase(period);
  }

  /** The period set by hand; with auto, the run's choice is {@code timeline.PeriodChoice}'s. */
  public Granularity granularity() {
    if (isAuto()) {
      throw new IllegalStateException("timeline.period is auto: the period is chosen from the corpus");
    }
    return Granularity.of(period);
  }
}
