package io.newsatlas.themes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.timeline.Granularity;
import io.newsatlas.timeline.Periods;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeTimelineTest {
  private static final ThemeTimeline.Spikes SPIKES = new ThemeTimeline.Spikes(3, 2.0, 2);
  private static final ThemeTimeline.Apart APART = new ThemeTimeline.Apart(3, 0.01);

  private static ThemeTimeline.Slot month(int year, int month, String language) {
    LocalDate start = LocalDate.of(year, month, 1);
    return new ThemeTimeline.Slot(start.toString().substring(0, 7), start, Periods.DATED, language);
  }

  @Test
  void emptyPeriodsArePresentWithZerosAndBucketsAreExplicit() {
    Map<ThemeTimeline.Slot, ThemeTimeline.Totals> documents = new HashMap<>();
    Map<ThemeTimeline.Slot, Map<String, ThemeTimeline.Cell>> cells = new HashMap<>();
    for (String language : List.of("en", "all")) {
      documents.put(month(2025, 8, language), new ThemeTimeline.Totals(1, 1));
      cells.put(month(2025, 8, language), Map.of("drugs", new ThemeTimeline.Cell(1, 1, 3, 1)));
      ThemeTimeline.Slot bucket = new ThemeTimeline.Slot(Periods.PARTIAL, null, Periods.PARTIAL, language);
      documents.put(bucket, new ThemeTimeline.Totals(1, 1));
      cells.put(bucket, Map.of("drugs", new ThemeTimeline.Cell(1, 1, 2, 1)));
    }
    documents.put(month(2025, 11, "vi"), new ThemeTimeline.Totals(2, 2));
    cells.put(month(2025, 11, "vi"), Map.of("drugs", new ThemeTimeline.Cell(1, 1, 1, 1)));
    documents.put(month(2025, 11, "all"), new ThemeTimeline.Totals(2, 2));
    cells.put(month(2025, 11, "all"), Map.of("drugs", new ThemeTimeline.Cell(1, 1, 1, 1)));

    List<ThemeTimeline.Row> rows = ThemeTimeline.build(documents, cells, List.of("drugs"), Granularity.MONTH, SPIKES,
        APART);
    List<ThemeTimeline.Row> all = rows.stream().filter(r -> r.language().equals("all")).toList();
    assertThat(all).extracting(ThemeTimeline.Row::period)
        .containsExactly("2025-08", "2025-09", "2025-10", "2025-11", Periods.PARTIAL);
    assertThat(all).extracting(ThemeTimeline.Row::documents).containsExactly(1L, 0L, 0L, 1L, 1L);
    assertThat(all).extracting(ThemeTimeline.Row::mentions).containsExactly(3L, 0L, 0L, 1L, 2L);
    assertThat(all).extracting(ThemeTimeline.Row::share).containsExactly(1.0, null, null, 0.5, 1.0);
    assertThat(rows).extracting(ThemeTimeline.Row::language).containsOnly("all", "en", "vi");
    assertThat(rows.stream().filter(r -> r.language().equals("vi")).toList())
        .extracting(ThemeTimeline.Row::periodDocuments).containsExactly(0L, 0L, 0L, 2L, 0L);
  }

  /** One item a decade before the rest keeps its own period, without the years of zeros between. */
  @Test
  void documentsFarFromTheRestKeepTheirPeriodWithoutTheGap() {
    Map<ThemeTimeline.Slot, ThemeTimeline.Totals> documents = new HashMap<>();
    Map<ThemeTimeline.Slot, Map<String, ThemeTimeline.Cell>> cells = new HashMap<>();
    documents.put(month(1977, 6, "all"), new ThemeTimeline.Totals(1, 1));
    for (int m = 2; m <= 10; m++) {
      documents.put(month(1987, m, "all"), new ThemeTimeline.Totals(200, 200));
    }
    documents.put(month(1987, 5, "all"), new ThemeTimeline.Totals(0, 0));
    List<ThemeTimeline.Row> rows = ThemeTimeline.build(documents, cells, List.of("drugs"), Granularity.MONTH, SPIKES,
        APART);
    assertThat(rows).extracting(ThemeTimeline.Row::period).containsExactly("1977-06", "1987-02", "1987-03", "1987-04",
        "1987-05", "1987-06", "1987-07", "1987-08", "1987-09", "1987-10");
  }

  @Test
  void aJumpInShareAboveTheRecentPastIsASpike() {
    long[] documents = {1, 0, 1, 1, 6, 1, 20};
    long[] periodDocuments = {10, 10, 10, 10, 10, 0, 200};
    List<ThemeTimeline.Row> series = new ArrayList<>();
    for (int i = 0; i < documents.length; i++) {
      series.add(new ThemeTimeline.Row("p" + i, LocalDate.of(2025, i + 1, 1), Periods.DATED, "drugs", "all",
          documents[i], documents[i], documents[i], documents[i], periodDocuments[i], periodDocuments[i],
          periodDocuments[i] == 0 ? null : (double) documents[i] / periodDocuments[i], null, false));
    }
    List<ThemeTimeline.Row> flagged = ThemeTimeline.flagSpikes(series, SPIKES);
    assertThat(flagged).extracting(ThemeTimeline.Row::spike)
        .containsExactly(false, false, false, false, true, false, false);
    assertThat(flagged.get(2).zScore()).isNull();
    // Previous shares 0, 0.1, 0.1: mean 1/15; their deviation (0.047) is below one document (0.1).
    assertThat(flagged.get(4).zScore()).isCloseTo((0.6 - 1.0 / 15) / 0.1, org.assertj.core.data.Offset.offset(1e-9));
    // A period without documents has no share and no z; a corpus ten times bigger is not a spike by itself.
    assertThat(flagged.get(5).zScore()).isNull();
    assertThat(flagged.get(6).share()).isEqualTo(0.1);
    assertThat(flagged.get(6).zScore()).isLessThan(2.0);
  }
}
