package io.newsatlas.events;

import io.newsatlas.ingest.DateExpressions;
import io.newsatlas.ingest.DateMention;
import io.newsatlas.ingest.DatePrecision;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an event happened, from its sentence, resolved against the document's date: "on October
 * 30" (the nearer of that day in the document's year and in the year before), "on Friday" (the
 * last Friday up to the document's day), "Chiều 13/2", "In September 2025"; else the document's date.
 * A day still to come is a plan, which {@link #isAhead} tells.
 */
public final class EventDates {
  private EventDates() {}

  /** Days a report may come before the event's day it names without a year ("on October 30" in a 28 October piece). */
  private static final int DAYS_AHEAD = 2;

  private static final Map<String, DayOfWeek> EN_DAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY,
      "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY,
      "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
  private static final Map<String, DayOfWeek> VI_DAYS = Map.ofEntries(Map.entry("hai", DayOfWeek.MONDAY),
      Map.entry("2", DayOfWeek.MONDAY), Map.entry("ba", DayOfWeek.TUESDAY), Map.entry("3", DayOfWeek.TUESDAY),
      Map.entry("tư", DayOfWeek.WEDNESDAY), Map.entry("4", DayOfWeek.WEDNESDAY), Map.entry("năm", DayOfWeek.THURSDAY),
      Map.entry("5", DayOfWeek.THURSDAY), Map.entry("sáu", DayOfWeek.FRIDAY), Map.entry("6", DayOfWeek.FRIDAY),
      Map.entry("bảy", DayOfWeek.SATURDAY), Map.entry("7", DayOfWeek.SATURDAY));
  private static final Pattern EN_WEEKDAY = Pattern.compile(
      "(?<![\\p{L}])(?:on\\s+|last\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\p{L}])");
  private static final Pattern VI_WEEKDAY = Pattern.compile(
      "(?<![\\p{L}])(?:thứ\\s+(Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy|[2-7])|(Chủ nhật|chủ nhật))(?![\\p{L}\\d/])");
  private static final Pattern RELATIVE = Pattern.compile(
      "(?<![\\p{L}])(yesterday|today|hôm qua|hôm nay)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "last week", "tuần trước", "last month": a week or month relative to the document's. */
  private static final Pattern RELATIVE_PERIOD = Pattern.compile(
      "(?<![\\p{L}])(last week|earlier this week|this week|tuần trước|tuần qua|tuần này|đầu tuần|last month|tháng trước)"
          + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** An event known to its week: {@code date} is the week's Monday. */
  public static final String WEEK = "week";

  /**
   * An event's date.
   *
   * @param date the day (or the first day of the month or year), null when unknown
   * @param precision day, week ({@code date} its Monday), month, year, month_day or none
   * @param source sentence (the sentence's words, resolved against the document's date) or document
   * @param text the sentence's words for the date, null when the document's date stands in
   */
  public record Resolved(LocalDate date, String precision, String source, String text) implements Serializable {}

  /** Day before month before year before none; a date of the sentence before the document's; then the earliest. */
  public static final Comparator<Resolved> MOST_PRECISE = Comparator
      .comparingInt((Resolved r) -> rank(r.precision()))
      .thenComparingInt(r -> "sentence".equals(r.source()) ? 0 : 1)
      .thenComparing(Resolved::date, Comparator.nullsLast(Comparator.naturalOrder()));

  private static int rank(String precision) {
    return List.of("day", WEEK, "month", "year", "month_day", "none").indexOf(precision);
  }

  /**
   * @param documentDate the document's date, null when it has no year
   * @param documentPrecision documents.date_precision
   */
  public static Resolved resolve(String sentence, String language, LocalDate documentDate, String documentPrecision) {
    boolean documentDay = documentDate != null && DatePrecision.DAY.id().equals(documentPrecision);
    for (DateMention mention : DateExpressions.find(sentence)) {
      Resolved resolved = fromMention(mention, documentDate, documentDay);
      if (resolved != null) {
        return resolved;
      }
    }
    if (documentDay) {
      Matcher weekday = ("vi".equals(language) ? VI_WEEKDAY : EN_WEEKDAY).matcher(sentence);
      if (weekday.find()) {
        DayOfWeek day = "vi".equals(language)
            ? (weekday.group(1) != null ? VI_DAYS.get(weekday.group(1).toLowerCase(Locale.ROOT)) : DayOfWeek.SUNDAY)
            : EN_DAYS.get(weekday.group(1).toLowerCase(Locale.ROOT));
        return new Resolved(documentDate.with(TemporalAdjusters.previousOrSame(day)), DatePrecision.DAY.id(), "sentence",
            weekday.group().strip());
      }
      Matcher relative = RELATIVE.matcher(sentence);
      if (relative.find()) {
        String word = relative.group(1).toLowerCase(Locale.ROOT);
        LocalDate day = word.equals("yesterday") || word.equals("hôm qua") ? documentDate.minusDays(1) : documentDate;
        return new Resolved(day, DatePrecision.DAY.id(), "sentence", relative.group(1));
      }
      Matcher week = RELATIVE_PERIOD.matcher(sentence);
      if (week.find()) {
        String words = week.group(1).toLowerCase(Locale.ROOT);
        LocalDate monday = documentDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (words.equals("last month") || words.equals("tháng trước")) {
          return new Resolved(documentDate.minusMonths(1).withDayOfMonth(1), DatePrecision.MONTH.id(), "sentence",
              week.group(1));
        }
        boolean before = words.equals("last week") || words.equals("tuần trước") || words.equals("tuần qua");
        return new Resolved(before ? monday.minusWeeks(1) : monday, WEEK, "sentence", week.group(1));
      }
    }
    String precision = documentPrecision == null ? DatePrecision.NONE.id() : documentPrecision;
    return new Resolved(documentDate, documentDate == null ? DatePrecision.NONE.id() : precision, "document", null);
  }

  private static Resolved fromMention(DateMention mention, LocalDate documentDate, boolean documentDay) {
    String text = mention.expression();
    if (mention.year() != null) {
      return new Resolved(mention.firstDay(), mention.precision().id(), "sentence", text);
    }
    if (mention.month() == null || mention.day() == null || documentDate == null) {
      return null;
    }
    LocalDate day;
    try {
      day = LocalDate.of(documentDate.getYear(), mention.month(), mention.day());
    } catch (java.time.DateTimeException e) {
      return null;
    }
    // "On December 30" in a January piece is last year's; "leaves on April 29" in a March piece is to
    // come. A piece dated by its month only may be from any day of it.
    LocalDate latest = documentDay ? documentDate.plusDays(DAYS_AHEAD)
        : documentDate.withDayOfMonth(documentDate.lengthOfMonth());
    if (day.isAfter(latest)) {
      LocalDate yearBefore = day.minusYears(1);
      if (latest.toEpochDay() - yearBefore.toEpochDay() < day.toEpochDay() - latest.toEpochDay()) {
        day = yearBefore;
      }
    }
    return new Resolved(day, DatePrecision.DAY.id(), "sentence", text);
  }

  /**
   * Whether the sentence dates what it reports after the document's day (by more than a report may
   * run ahead), month or year: a plan ("leaves for Washington on April 29 for talks"), not an event.
   */
  public static boolean isAhead(Resolved resolved, LocalDate documentDate, String documentPrecision) {
    if (!"sentence".equals(resolved.source()) || resolved.date() == null || documentDate == null) {
      return false;
    }
    LocalDate date = resolved.date();
    if (DatePrecision.DAY.id().equals(documentPrecision) && DatePrecision.DAY.id().equals(resolved.precision())) {
      return date.isAfter(documentDate.plusDays(DAYS_AHEAD));
    }
    if (DatePrecision.YEAR.id().equals(resolved.precision()) || DatePrecision.YEAR.id().equals(documentPrecision)) {
      return date.getYear() > documentDate.getYear();
    }
    return date.withDayOfMonth(1).isAfter(documentDate.withDayOfMonth(1));
  }
}
