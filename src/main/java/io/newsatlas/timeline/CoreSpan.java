package io.newsatlas.timeline;

/**
 * The stretch of consecutive periods that holds the corpus, without the few documents far from the
 * rest: a README dated ten years after a 1987 newswire, two 2019 items in a 2021 crawl. Those would
 * stretch every time axis over empty years; they stay in the tables and are counted beside the charts.
 */
public final class CoreSpan {
  private CoreSpan() {}

  /**
   * [from, to) of {@code counts} (documents per consecutive period): each end loses the periods that
   * lie beyond a run of at least {@code minGap} empty periods and together hold at most
   * {@code maxShare} of all documents. Nothing is cut from a corpus without such a gap.
   */
  public static int[] of(long[] counts, int minGap, double maxShare) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    int from = 0;
    int to = counts.length;
    while (from < to && counts[from] == 0) {
      from++;
    }
    while (to > from && counts[to - 1] == 0) {
      to--;
    }
    if (total == 0 || minGap < 1) {
      return new int[] {from, to};
    }
    double allowed = maxShare * total;
    // From the left: the last gap with little enough before it.
    int left = from;
    long before = 0;
    int gap = 0;
    for (int i = from; i < to; i++) {
      if (counts[i] == 0) {
        gap++;
        continue;
      }
      if (gap >= minGap && before <= allowed) {
        left = i;
      }
      gap = 0;
      before += counts[i];
    }
    int right = to;
    long after = 0;
    gap = 0;
    for (int i = to - 1; i >= left; i--) {
      if (counts[i] == 0) {
        gap++;
        continue;
      }
      if (gap >= minGap && after <= allowed) {
        right = i + 1;
      }
      gap = 0;
      after += counts[i];
    }
    return new int[] {left, right};
  }
}
