package io.newsatlas.topics;

import java.util.SplittableRandom;
import org.apache.commons.math3.special.Gamma;

/**
 * Collapsed Gibbs sampling of one block against a copy of the global counts (AD-LDA: Newman et
 * al., "Distributed Algorithms for Topic Models", JMLR 2009). Each partition sweeps its own
 * documents seeing the other partitions' counts as they were at the start of the round; the
 * partitions' own counts are added up after it, exactly, since they are integers.
 *
 * <p>The word-topic counts are dense and word-major, so a token's K counts are adjacent in memory:
 * at K of 10 to 50 one pass over them costs less than keeping MALLET's sorted sparse lists, and
 * the copy each task holds is V x K ints (20,000 terms x 50 topics = 4 MB; at a million terms and
 * 1,000 topics, 4 GB per task, it would not be fine).
 */
public final class GibbsSampler implements java.io.Serializable {
  private final int k;
  private final int vocabulary;
  private final double[] alpha;
  private final double beta;
  private final double betaSum;

  public GibbsSampler(int k, int vocabulary, double[] alpha, double beta) {
    this.k = k;
    this.vocabulary = vocabulary;
    this.alpha = alpha.clone();
    this.beta = beta;
    this.betaSum = beta * vocabulary;
  }

  /** The same sampler with another alpha per topic. */
  public GibbsSampler withAlpha(double[] newAlpha) {
    return new GibbsSampler(k, vocabulary, newAlpha, beta);
  }

  public int k() {
    return k;
  }

  public int vocabulary() {
    return vocabulary;
  }

  public double[] alpha() {
    return alpha.clone();
  }

  public double beta() {
    return beta;
  }

  /**
   * {@code sweeps} passes over the block's tokens.
   *
   * @param global word-topic counts of every partition (word * k + topic), then the K topic totals;
   *     not changed
   * @return the block with its new topics
   */
  public GibbsBlock sweep(GibbsBlock block, int[] global, int sweeps, SplittableRandom random) {
    int[] counts = global.clone();
    int totals = vocabulary * k;
    int[] topics = block.topics().clone();
    int[] words = block.words();
    int[] starts = block.docStarts();
    double[] inverse = new double[k];
    for (int t = 0; t < k; t++) {
      inverse[t] = 1.0 / (counts[totals + t] + betaSum);
    }
    double[] cumulative = new double[k];
    int[] document = new int[k];
    // (n_dk + alpha_k) / (n_k + V beta): what a token's weight of topic k shares with every other
    // token of the document, kept up to date as topics change, so a token pays one product a topic.
    double[] coefficient = new double[k];
    for (int sweep = 0; sweep < sweeps; sweep++) {
      for (int d = 0; d < block.documents(); d++) {
        java.util.Arrays.fill(document, 0);
        for (int i = starts[d]; i < starts[d + 1]; i++) {
          document[topics[i]]++;
        }
        for (int t = 0; t < k; t++) {
          coefficient[t] = (document[t] + alpha[t]) * inverse[t];
        }
        for (int i = starts[d]; i < starts[d + 1]; i++) {
          int base = words[i] * k;
          int old = topics[i];
          document[old]--;
          counts[base + old]--;
          inverse[old] = 1.0 / (--counts[totals + old] + betaSum);
          coefficient[old] = (document[old] + alpha[old]) * inverse[old];
          double total = 0;
          for (int t = 0; t < k; t++) {
            total += coefficient[t] * (counts[base + t] + beta);
            cumulative[t] = total;
          }
          int chosen = pick(cumulative, k, random.nextDouble() * total);
          topics[i] = chosen;
          document[chosen]++;
          counts[base + chosen]++;
          inverse[chosen] = 1.0 / (++counts[totals + chosen] + betaSum);
          coefficient[chosen] = (document[chosen] + alpha[chosen]) * inverse[chosen];
        }
      }
    }
    return new GibbsBlock(block.docIds(), starts, words, topics);
  }

  /** The topic whose cumulative weight first exceeds u (the last one when rounding leaves u at the total). */
  static int pick(double[] cumulative, int k, double u) {
    int chosen = 0;
    while (chosen < k - 1 && cumulative[chosen] <= u) {
      chosen++;
    }
    return chosen;
  }

  /** The documents' part of the model's log-likelihood, log p(z) (MALLET's modelLogLikelihood). */
  public double documentLogLikelihood(GibbsBlock block) {
    double alphaSum = 0;
    double[] logGammaAlpha = new double[k];
    for (int t = 0; t < k; t++) {
      alphaSum += alpha[t];
      logGammaAlpha[t] = Gamma.logGamma(alpha[t]);
    }
    double sum = 0;
    for (int d = 0; d < block.documents(); d++) {
      int[] document = block.documentCounts(d, k);
      // Topics the document lacks add logGamma(alpha) - logGamma(alpha) = 0.
      for (int t = 0; t < k; t++) {
        if (document[t] > 0) {
          sum += Gamma.logGamma(alpha[t] + document[t]) - logGammaAlpha[t];
        }
      }
      int length = block.docStarts()[d + 1] - block.docStarts()[d];
      sum += Gamma.logGamma(alphaSum) - Gamma.logGamma(alphaSum + length);
    }
    return sum;
  }

  /** The words' part, log p(w | z), from the global counts. */
  public double wordLogLikelihood(int[] global) {
    int totals = vocabulary * k;
    double logGammaBeta = Gamma.logGamma(beta);
    double sum = 0;
    for (int i = 0; i < totals; i++) {
      if (global[i] > 0) {
        sum += Gamma.logGamma(beta + global[i]) - logGammaBeta;
      }
    }
    for (int t = 0; t < k; t++) {
      sum += Gamma.logGamma(betaSum) - Gamma.logGamma(betaSum + global[totals + t]);
    }
    return sum;
  }

  /** theta = (n_dk + alpha_k) / (n_d + sum alpha) for document d of the block. */
  public double[] documentTopics(GibbsBlock block, int d) {
    int[] document = block.documentCounts(d, k);
    double alphaSum = 0;
    for (double a : alpha) {
      alphaSum += a;
    }
    int length = block.docStarts()[d + 1] - block.docStarts()[d];
    double[] theta = new double[k];
    for (int t = 0; t < k; t++) {
      theta[t] = (document[t] + alpha[t]) / (length + alphaSum);
    }
    return theta;
  }
}
