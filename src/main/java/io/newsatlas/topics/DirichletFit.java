package io.newsatlas.topics;

/**
 * An asymmetric Dirichlet prior on documents' topics, fitted to the current sample: Minka's fixed
 * point iteration on the histograms of topic counts per document ("Estimating a Dirichlet
 * distribution", 2000), with the Gamma(shape, scale) hyperprior and the single step per call that
 * MALLET's {@code ParallelTopicModel.optimizeAlpha} takes (Wallach, "Structured topic models for
 * language", 2008, compares such estimators). Its inputs are integer counts, so a seed gives the
 * same alpha in any task order.
 */
final class DirichletFit {
  /** MALLET's hyperprior on alpha. */
  static final double SHAPE = 1.001;
  static final double SCALE = 1.0;
  /** No topic's alpha falls below this: a topic no document uses would otherwise go to zero. */
  static final double FLOOR = 1e-4;

  private DirichletFit() {}

  /**
   * @param alpha the current alpha per topic
   * @param topicHistograms per topic, index c: how many documents hold the topic c times (c from 1)
   * @param lengthHistogram index n: how many documents are n tokens long
   * @return the new alpha per topic
   */
  static double[] alpha(double[] alpha, int[][] topicHistograms, int[] lengthHistogram) {
    double alphaSum = 0;
    for (double a : alpha) {
      alphaSum += a;
    }
    // sum over documents of digamma(n_d + alphaSum) - digamma(alphaSum), as running sums over lengths.
    double denominator = 0;
    double digammaDifference = 0;
    for (int n = 1; n < lengthHistogram.length; n++) {
      digammaDifference += 1.0 / (alphaSum + n - 1);
      denominator += lengthHistogram[n] * digammaDifference;
    }
    denominator -= 1.0 / SCALE;
    if (denominator <= 0) {
      // Documents so even that no alpha is large enough: the step is undefined, alpha stays.
      return alpha.clone();
    }
    double[] fitted = new double[alpha.length];
    for (int t = 0; t < alpha.length; t++) {
      double numerator = 0;
      double difference = 0;
      int[] histogram = topicHistograms[t];
      for (int c = 1; c < histogram.length; c++) {
        difference += 1.0 / (alpha[t] + c - 1);
        numerator += histogram[c] * difference;
      }
      fitted[t] = Math.max(FLOOR, alpha[t] * (numerator + SHAPE) / denominator);
    }
    return fitted;
  }
}
