package io.newsatlas.config;

import io.newsatlas.timeline.Granularity;
import java.util.Arrays;
import java.util.Locale;

/** Period of every timeline table (themes now; topics and actors as they land). */
public record TimelineSettings(String period) implements java.io.Serializable {
  void validate() {
    ConfigException.check(period != null && Arrays.stream(Granularity.values())
            .anyMatch(g -> g.id().equals(period.toLowerCase(Locale.ROOT))),
        "Invalid timeline.period: '%s' (must be day, week, month, quarter or year)", period);
  }

  public Granularity granularity() {
    return Granularity.of(period);
  }
}
