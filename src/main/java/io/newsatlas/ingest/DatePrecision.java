package io.newsatlas.ingest;

/** How much of a document's date is known. Stored as its lower-case name. */
public enum DatePrecision {
  /** Year, month and day. */
  DAY,
  /** Year and month. */
  MONTH,
  /** Year only. */
  YEAR,
  /** Day and month without a year: partial, never given a year without evidence. */
  MONTH_DAY,
  /** No date found. */
  NONE;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
