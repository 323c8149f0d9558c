package io.newsatlas.topics;

import java.util.SplittableRandom;
import org.apache.commons.math3.special.Gamma;

/**
 * Collapsed Gibbs sampling of one block against a copy of the global counts (AD-LDA: Newman et
 * al., "Distributed Algorithms for Topic Models", JMLR 2009). Each partition sweeps its own
 * documents seeing the other partitions' counts as they were at the start of the round; the
 * partitions' own counts are added up after it, exactly, since they are integers.
 *
 * <p>The word-topic counts are dense and word-major, so a word's counts are adjacent in memory, with
 * beside them the list of the topics it has a count in (rebuilt at the start of each call); the
 * copy each task holds is 2 x V x K ints (20,000 terms x 50 topics = 8 MB; at a million terms and
 * 1,000 topics, 8 GB per task, it would not be fine).
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
   * <p>A token's weight of topic t, (n_dt + alpha_t)(n_wt + beta) / (n_t + V beta), is split as
   * SparseLDA splits it (Yao, Mimno and McCallum, KDD 2009): c_t n_wt, over only the topics its word
   * has a count in, and beta c_t, whose sum over all topics is kept up to date as two topics change
   * per token, with c_t = (n_dt + alpha_t) / (n_t + V beta). Once words settle into a few topics a
   * token costs a few products instead of K; the second part, drawn about beta K / n_w of the time,
   * is a pass over the K coefficients.
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
    // Each word's topics with a count, unordered, in the first present[word] slots of its row.
    int[] held = new int[totals];
    int[] present = new int[vocabulary];
    for (int w = 0; w < vocabulary; w++) {
      int base = w * k;
      for (int t = 0; t < k; t++) {
        if (counts[base + t] > 0) {
          held[base + present[w]++] = t;
        }
      }
    }
    double[] inverse = new double[k];
    for (int t = 0; t < k; t++) {
      inverse[t] = 1.0 / (counts[totals + t] + betaSum);
    }
    double[] cumulative = new double[k];
    int[] document = new int[k];
    double[] coefficient = new double[k];
    for (int sweep = 0; sweep < sweeps; sweep++) {
      for (int d = 0; d < block.documents(); d++) {
        java.util.Arrays.fill(document, 0);
        for (int i = starts[d]; i < starts[d + 1]; i++) {
          document[topics[i]]++;
        }
        // Summed afresh for each document, so rounding cannot build up over a block.
        double coefficientSum = 0;
        for (int t = 0; t < k; t++) {
          coefficient[t] = (document[t] + alpha[t]) * inverse[t];
          coefficientSum += coefficient[t];
        }
        for (int i = starts[d]; i < starts[d + 1]; i++) {
          int word = words[i];
          int base = word * k;
          int old = topics[i];
          document[old]--;
          if (--counts[base + old] == 0) {
            drop(held, base, --present[word], old);
          }
          inverse[old] = 1.0 / (--counts[totals + old] + betaSum);
          coefficientSum -= coefficient[old];
          coefficient[old] = (document[old] + alpha[old]) * inverse[old];
          coefficientSum += coefficient[old];
          int n = present[word];
          double wordMass = 0;
          for (int j = 0; j < n; j++) {
            int t = held[base + j];
            wordMass += coefficient[t] * counts[base + t];
            cumulative[j] = wordMass;
          }
          double u = random.nextDouble() * (wordMass + beta * coefficientSum);
          int chosen;
          if (u < wordMass) {
            chosen = held[base + pick(cumulative, n, u)];
          } else {
            chosen = smoothing(coefficient, (u - wordMass) / beta);
          }
          topics[i] = chosen;
          document[chosen]++;
          if (counts[base + chosen]++ == 0) {
            held[base + present[word]++] = chosen;
          }
          inverse[chosen] = 1.0 / (++counts[totals + chosen] + betaSum);
          coefficientSum -= coefficient[chosen];
          coefficient[chosen] = (document[chosen] + alpha[chosen]) * inverse[chosen];
          coefficientSum += coefficient[chosen];
        }
      }
    }
    return new GibbsBlock(block.docIds(), starts, words, topics);
  }

  /** Removes {@code topic} from a word's held topics, whose last slot is now {@code last}: the last one fills its place. */
  private static void drop(int[] held, int base, int last, int topic) {
    int j = 0;
    while (held[base + j] != topic) {
      j++;
    }
    held[base + j] = held[base + last];
  }

  /** The topic at which the running sum of the coefficients first exceeds u (the last one when rounding leaves u beyond). */
  private int smoothing(double[] coefficient, double u) {
    int chosen = 0;
    double sum = coefficient[0];
    while (chosen < k - 1 && sum <= u) {
      sum += coefficient[++chosen];
    }
    return chosen;
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
