package io.newsatlas.timeline;

import java.util.Locale;

/** The length of a timeline period. */
public enum Granularity {
  DAY, WEEK, MONTH, QUARTER, YEAR;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Granularity of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
