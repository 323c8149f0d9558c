package io.newsatlas.ingest;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A date written in a text or a field: the parts that are known, the words that say it, where it
 * is, and the sentence around it (evidence for analysts and for year resolution).
 */
public record DateMention(
    Integer year, Integer month, Integer day, String expression, int start, int end, String sentence)
    implements Serializable {

  public DatePrecision precision() {
    if (year != null && month != null && day != null) {
      return DatePrecision.DAY;
    }
    if (year != null && month != null) {
      return DatePrecision.MONTH;
    }
    if (year != null) {
      return DatePrecision.YEAR;
    }
    return month != null && day != null ? DatePrecision.MONTH_DAY : DatePrecision.NONE;
  }

  /** The first day the mention can mean (the 1st of a month, 1 January of a year); null without a year. */
  public LocalDate firstDay() {
    if (year == null) {
      return null;
    }
    return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }
}
