package io.newsatlas.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoreSpanTest {
  @Test
  void aFewDocumentsBeyondALongGapAreLeftOffEitherEnd() {
    // Dân Trí by month: 2019-09 and 2019-11 hold one item each, nine empty months, then the crawl.
    long[] months = {1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 95, 102, 2, 0, 1, 181, 2141, 128};
    assertThat(CoreSpan.of(months, 3, 0.01)).containsExactly(12, 21);
    // Reuters by quarter: 1987, then one README dated 1997.
    long[] quarters = new long[43];
    quarters[0] = 5000;
    quarters[1] = 9000;
    quarters[2] = 5000;
    quarters[42] = 1;
    assertThat(CoreSpan.of(quarters, 3, 0.01)).containsExactly(0, 3);
  }

  @Test
  void gapsShorterThanTheMinimumOrWithMuchBeyondThemStay() {
    assertThat(CoreSpan.of(new long[] {1, 0, 0, 1, 0, 0, 0, 1}, 3, 0.01)).containsExactly(0, 8);
    // The five seeds: 2020, then 2025-2026; two fifths is not a few.
    assertThat(CoreSpan.of(new long[] {2, 0, 0, 0, 0, 0, 3}, 3, 0.01)).containsExactly(0, 7);
    assertThat(CoreSpan.of(new long[] {0, 0, 4, 0}, 3, 0.01)).containsExactly(2, 3);
    assertThat(CoreSpan.of(new long[] {0, 0}, 3, 0.01)).containsExactly(2, 2);
  }
}
