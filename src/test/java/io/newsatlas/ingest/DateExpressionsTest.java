package io.newsatlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExpressionsTest {
  private static DateMention only(String text) {
    List<DateMention> found = DateExpressions.find(text);
    assertThat(found).as("dates in '%s'", text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "October, 31 2020 | 2020 | 10 | 31",
      "on October 31, 2020 the | 2020 | 10 | 31",
      "Oct. 31st 2020 | 2020 | 10 | 31",
      "31 October 2020 | 2020 | 10 | 31",
      "the 5th of September, 2025 | 2025 | 9 | 5",
      "2026-02-13 | 2026 | 2 | 13",
      "ngày 13/2/2026 | 2026 | 2 | 13",
      "13.02.2026 | 2026 | 2 | 13",
      "10/31/2020 (month first) | 2020 | 10 | 31",
      "ngày 13 tháng 2 năm 2026 | 2026 | 2 | 13"})
  void fullDates(String text, int year, int month, int day) {
    DateMention m = only(text);
    assertThat(m.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(List.of(m.year(), m.month(), m.day())).containsExactly(year, month, day);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Chiều 13/2, tại Hà Nội | 2 | 13",
      "Sáng nay (13/2) | 2 | 13",
      "ngày 13 tháng 2 | 2 | 13",
      "in Washington DC on September 5. | 9 | 5",
      "on the 5th of September in | 9 | 5"})
  void dayAndMonthWithoutYearArePartial(String text, int month, int day) {
    DateMention m = only(text);
    assertThat(m.precision()).isEqualTo(DatePrecision.MONTH_DAY);
    assertThat(m.year()).isNull();
    assertThat(List.of(m.month(), m.day())).containsExactly(month, day);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "In September 2025, the MoPS | 2025 | 9",
      "Tháng 9/2025, Bộ Công an | 2025 | 9",
      "tháng 9 năm 2025 | 2025 | 9"})
  void monthsWithYear(String text, int year, int month) {
    DateMention m = only(text);
    assertThat(m.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(List.of(m.year(), m.month())).containsExactly(year, month);
  }

  @Test
  void numbersThatAreNotDatesAreIgnored() {
    assertThat(DateExpressions.find("growth of 3/4 of the market, 30/2 is no day, may 5 percent")).isEmpty();
    assertThat(DateExpressions.find("the 14th National Congress, 25 years, US$ 2 million")).isEmpty();
  }

  @Test
  void metadataValuesInTheirUsualShapes() {
    assertThat(DateExpressions.parseValue("20201101").precision()).isEqualTo(DatePrecision.DAY);
    assertThat(DateExpressions.parseValue(" 2-MAR-1987 15:01:01.79").firstDay()).hasToString("1987-03-02");
    assertThat(DateExpressions.parseValue("26-FEB-1987 15:01:01.79&#5;&#5;&#5;F").firstDay()).hasToString("1987-02-26");
    assertThat(DateExpressions.parseValue("2026-02-13T08:30:00Z").firstDay()).hasToString("2026-02-13");
    assertThat(DateExpressions.parseValue("Fri, 13 Feb 2026 08:30:00 +0700").firstDay()).hasToString("2026-02-13");
    assertThat(DateExpressions.parseValue("1771000000").firstDay()).hasToString("2026-02-13");
    assertThat(DateExpressions.parseValue("2025-09").precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(DateExpressions.parseValue("2025").precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(DateExpressions.parseValue("soon")).isNull();
  }

  @Test
  void sentenceAroundADateDoesNotStopAtAbbreviations() {
    String text = "First sentence. The U.S. side met on Oct. 30 in Hanoi. Next one.";
    DateMention m = only(text);
    assertThat(m.sentence()).isEqualTo("The U.S. side met on Oct. 30 in Hanoi.");
  }
}
