package io.newsatlas.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sparse sampler draws from the collapsed conditional itself: the first token of a sweep,
 * drawn many times from one state, lands on each topic as often as
 * (n_dk + alpha_k)(n_wk + beta) / (n_k + V beta) says, with the token's own count taken out.
 */
class GibbsSamplerTest {
  @Test
  void theFirstDrawOfASweepFollowsTheCollapsedConditional() {
    int k = 4;
    int vocabulary = 3;
    double[] alpha = {0.5, 0.1, 0.3, 1.0};
    double beta = 0.2;
    // Two documents; word 0 has counts in topics 0 and 2 only (besides the token drawn), so both the
    // word's bucket and the smoothing part over every topic are drawn from.
    GibbsBlock block = new GibbsBlock(new String[] {"a", "b"}, new int[] {0, 4, 9},
        new int[] {0, 1, 0, 2, 0, 0, 1, 2, 2},
        new int[] {1, 1, 2, 3, 0, 2, 3, 3, 1});
    int[] counts = block.counts(vocabulary, k);
    double[] expected = conditional(block, counts, 0, k, vocabulary, alpha, beta);
    GibbsSampler sampler = new GibbsSampler(k, vocabulary, alpha, beta);
    int draws = 200_000;
    int[] seen = new int[k];
    for (int i = 0; i < draws; i++) {
      seen[sampler.sweep(block, counts, 1, new SplittableRandom(i)).topics()[0]]++;
    }
    for (int t = 0; t < k; t++) {
      double share = (double) seen[t] / draws;
      // Five standard errors of a share at this many draws.
      double tolerance = 5 * Math.sqrt(expected[t] * (1 - expected[t]) / draws);
      assertThat(share).as("topic %d", t).isCloseTo(expected[t], org.assertj.core.data.Offset.offset(tolerance));
    }
    assertThat(expected[1]).as("a topic the word has no count in is still drawn").isGreaterThan(0.01);
  }

  /** The exact conditional of token i (of document 0) given every other assignment. */
  private static double[] conditional(GibbsBlock block, int[] counts, int i, int k, int vocabulary, double[] alpha,
      double beta) {
    int word = block.words()[i];
    int topic = block.topics()[i];
    int[] document = new int[k];
    for (int j = block.docStarts()[0]; j < block.docStarts()[1]; j++) {
      document[block.topics()[j]]++;
    }
    document[topic]--;
    double[] weights = new double[k];
    double total = 0;
    for (int t = 0; t < k; t++) {
      int own = t == topic ? 1 : 0;
      double nwt = counts[word * k + t] - own;
      double nt = counts[vocabulary * k + t] - own;
      weights[t] = (document[t] + alpha[t]) * (nwt + beta) / (nt + vocabulary * beta);
      total += weights[t];
    }
    for (int t = 0; t < k; t++) {
      weights[t] /= total;
    }
    return weights;
  }
}
