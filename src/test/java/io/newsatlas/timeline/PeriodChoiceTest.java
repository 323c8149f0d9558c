package io.newsatlas.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.TestSettings;
import io.newsatlas.config.TimelineSettings;
import io.newsatlas.timeline.PeriodChoice.DateSpan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodChoiceTest {
  private static final TimelineSettings AUTO = TestSettings.defaults().timeline();

  private static Granularity choose(String first, String last, long withDay, long withMonth, long withYear) {
    return PeriodChoice.choose(new DateSpan(LocalDate.parse(first), LocalDate.parse(last), withDay, withMonth,
        withYear), AUTO).period();
  }

  @Test
  void theDefaultIsAuto() {
    assertThat(AUTO.isAuto()).isTrue();
    assertThat(AUTO.autoMaxPeriods()).isEqualTo(60);
  }

  @Test
  void fiveScatteredArticlesGetTheFinestPeriodThatFitsTheirSpan() {
    // The seeds: 2020-10-31 to 2026-02-13 is 65 months, too many; no period holds one article on average.
    PeriodChoice.Choice seeds = PeriodChoice.choose(new DateSpan(LocalDate.of(2020, 10, 31),
        LocalDate.of(2026, 2, 13), 5, 5, 5), AUTO);
    assertThat(seeds.period()).isEqualTo(Granularity.QUARTER);
    assertThat(seeds.reason()).contains("finest with at most 60 periods", "2020-10-31 to 2026-02-13");
  }

  @Test
  void aYearOfWireNewsGetsWeeksAndTwoWeeksOfItDays() {
    // Reuters-21578: 1987-02-26 to 1987-10-20, 19k dated articles: 237 days, 35 weeks.
    assertThat(choose("1987-02-26", "1987-10-20", 19_000, 19_000, 19_000)).isEqualTo(Granularity.WEEK);
    assertThat(choose("2026-03-01", "2026-03-14", 100, 100, 100)).isEqualTo(Granularity.DAY);
    // Five articles in two weeks: a day would hold 0.4 of one, a week 1.7.
    assertThat(choose("2026-03-02", "2026-03-15", 5, 5, 5)).isEqualTo(Granularity.WEEK);
    // Dân Trí: 2019-09-02 to 2021-05-02 is 88 weeks, over the limit: months.
    assertThat(choose("2019-09-02", "2021-05-02", 2653, 2653, 2653)).isEqualTo(Granularity.MONTH);
  }

  @Test
  void datesWithoutTheirDayDoNotGetADailyTimeline() {
    // Most dates give a month only: days and weeks would leave them in the partial_date bucket.
    assertThat(choose("2026-01-01", "2026-02-28", 20, 400, 400)).isEqualTo(Granularity.MONTH);
    assertThat(choose("2000-01-01", "2026-12-31", 0, 0, 300)).isEqualTo(Granularity.YEAR);
  }

  @Test
  void aSetPeriodIsKeptAndAnUndatedCorpusGetsMonths() {
    TimelineSettings month = TestSettings.defaults("timeline.period=month").timeline();
    assertThat(PeriodChoice.choose(null, month).period()).isEqualTo(Granularity.MONTH);
    assertThat(PeriodChoice.choose(new DateSpan(null, null, 0, 0, 0), AUTO).period()).isEqualTo(Granularity.MONTH);
  }
}
