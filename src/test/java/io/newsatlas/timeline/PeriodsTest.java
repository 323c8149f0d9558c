package io.newsatlas.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 2, 13);

  @Test
  void labelsForEachGranularity() {
    assertThat(Periods.of(DAY, "day", Granularity.DAY).label()).isEqualTo("2026-02-13");
    assertThat(Periods.of(DAY, "day", Granularity.WEEK)).isEqualTo(
        new Periods.Period("2026-W07", LocalDate.of(2026, 2, 9), Periods.DATED));
    assertThat(Periods.of(DAY, "day", Granularity.MONTH).label()).isEqualTo("2026-02");
    assertThat(Periods.of(DAY, "day", Granularity.QUARTER)).isEqualTo(
        new Periods.Period("2026-Q1", LocalDate.of(2026, 1, 1), Periods.DATED));
    assertThat(Periods.of(DAY, "day", Granularity.YEAR).label()).isEqualTo("2026");
  }

  @Test
  void aDateCoarserThanThePeriodGoesToThePartialBucket() {
    LocalDate month = LocalDate.of(2025, 9, 1);
    assertThat(Periods.of(month, "month", Granularity.MONTH).label()).isEqualTo("2025-09");
    assertThat(Periods.of(month, "month", Granularity.DAY).bucket()).isEqualTo(Periods.PARTIAL);
    assertThat(Periods.of(null, "month_day", Granularity.YEAR).bucket()).isEqualTo(Periods.PARTIAL);
    assertThat(Periods.of(null, "none", Granularity.MONTH).bucket()).isEqualTo(Periods.UNDATED);
  }

  @Test
  void periodsBetweenIncludeEmptyOnes() {
    assertThat(Periods.between(LocalDate.of(2025, 11, 20), LocalDate.of(2026, 2, 13), Granularity.MONTH))
        .extracting(Periods.Period::label).containsExactly("2025-11", "2025-12", "2026-01", "2026-02");
    assertThat(Periods.between(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 5), Granularity.WEEK))
        .extracting(Periods.Period::label).containsExactly("2026-W01", "2026-W02");
  }
}
