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
 */
public record TimelineSettings(String period, int autoMaxPeriods, double autoMinDocumentsPerPeriod)
    implements java.io.Serializable {
  public static final String AUTO = "auto";

  void validate() {
    ConfigException.check(period != null && (isAuto() || Arrays.stream(Granularity.values())
            .anyMatch(g -> g.id().equals(period.toLowerCase(Locale.ROOT)))),
        "Invalid timeline.period: '%s' (must be auto, day, week, month, quarter or year)", period);
    ConfigException.check(autoMaxPeriods >= 2, "Invalid timeline.auto_max_periods: %d (must be at least 2)",
        autoMaxPeriods);
    ConfigException.check(autoMinDocumentsPerPeriod >= 0,
        "Invalid timeline.auto_min_documents_per_period: %s (must be 0 or more)", autoMinDocumentsPerPeriod);
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
