package io.newsatlas.timeline;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Timeline periods shared by every stage's timeline. A document whose date is coarser than the
 * period (a month-only date on a daily timeline, a day and month without year) goes to the
 * explicit {@link #PARTIAL} bucket, an undated one to {@link #UNDATED}: never into a guessed period.
 */
public final class Periods {
  public static final String DATED = "dated";
  public static final String PARTIAL = "partial_date";
  public static final String UNDATED = "undated";

  private Periods() {}

  /**
   * A period or bucket: {@code label} such as "2026-02", "2026-W07", "2026-Q1", or the bucket
   * name; {@code start} is the first day of a dated period, null for the buckets.
   */
  public record Period(String label, LocalDate start, String bucket) implements Serializable {}

  /** @param precision documents.date_precision */
  public static Period of(LocalDate date, String precision, Granularity granularity) {
    if (date == null || precision == null || precision.equals("none")) {
      return precision != null && precision.equals("month_day")
          ? new Period(PARTIAL, null, PARTIAL) : new Period(UNDATED, null, UNDATED);
    }
    boolean fineEnough = switch (precision) {
      case "day" -> true;
      case "month" -> granularity == Granularity.MONTH || granularity == Granularity.QUARTER
          || granularity == Granularity.YEAR;
      case "year" -> granularity == Granularity.YEAR;
      default -> false;
    };
    if (!fineEnough) {
      return new Period(PARTIAL, null, PARTIAL);
    }
    LocalDate start = startOf(date, granularity);
    return new Period(label(start, granularity), start, DATED);
  }

  /** Every period from the one holding {@code first} to the one holding {@code last}, in order. */
  public static List<Period> between(LocalDate first, LocalDate last, Granularity granularity) {
    List<Period> periods = new ArrayList<>();
    for (LocalDate at = startOf(first, granularity); !at.isAfter(last); at = next(at, granularity)) {
      periods.add(new Period(label(at, granularity), at, DATED));
    }
    return periods;
  }

  /**
   * The axis of a timeline: every period from the earliest to the latest seen (empty ones too, so
   * a quiet month shows as zero), then the partial_date and undated buckets when seen.
   */
  public static List<Period> axis(Collection<Period> seen, Granularity granularity) {
    List<Period> axis = new ArrayList<>();
    List<LocalDate> starts = seen.stream().map(Period::start).filter(Objects::nonNull).sorted().toList();
    if (!starts.isEmpty()) {
      axis.addAll(between(starts.get(0), starts.get(starts.size() - 1), granularity));
    }
    for (String bucket : List.of(PARTIAL, UNDATED)) {
      if (seen.stream().anyMatch(period -> period.bucket().equals(bucket))) {
        axis.add(new Period(bucket, null, bucket));
      }
    }
    return axis;
  }

  static LocalDate startOf(LocalDate date, Granularity granularity) {
    return switch (granularity) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
      case YEAR -> LocalDate.of(date.getYear(), 1, 1);
    };
  }

  /** The first day of the period after the one starting at {@code start}. */
  public static LocalDate next(LocalDate start, Granularity granularity) {
    return switch (granularity) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    };
  }

  static String label(LocalDate start, Granularity granularity) {
    return switch (granularity) {
      case DAY -> start.toString();
      case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> start.toString().substring(0, 7);
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> String.valueOf(start.getYear());
    };
  }
}
