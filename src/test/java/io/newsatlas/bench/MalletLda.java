package io.newsatlas.bench;

import cc.mallet.pipe.Noop;
import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import io.newsatlas.topics.GibbsLda;
import io.newsatlas.topics.TopicCorpus;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;

/**
 * MALLET 2.0.8's ParallelTopicModel, the reference a Java user would pick, on the topic stage's
 * documents as the same vocabulary indices (the reference run: 200 Gibbs iterations,
 * 2 threads, alpha sum 5, beta 0.01, no hyperparameter optimisation).
 */
public final class MalletLda {
  static final int ITERATIONS = 200;
  static final int THREADS = 2;
  static final double ALPHA_SUM = 5.0;
  static final double BETA = 0.01;

  private MalletLda() {}

  /** The modelled documents in docId order, each as its vocabulary indices repeated by their counts. */
  public record Documents(String[] vocabulary, List<String> docIds, List<int[]> terms) {
    public long tokens() {
      return terms.stream().mapToLong(d -> d.length).sum();
    }
  }

  /** Per topic, the smoothed term distribution of the final sample; per document, its heaviest topic. */
  public record Fit(double[][] termWeights, int[] dominant, double fitSeconds) {}

  public static Documents documents(TopicCorpus corpus) {
    List<String> docIds = new ArrayList<>();
    List<int[]> terms = new ArrayList<>();
    for (Row row : corpus.vectors().select("docId", TopicCorpus.COUNTS).orderBy("docId").collectAsList()) {
      docIds.add(row.getString(0));
      terms.add(GibbsLda.expand((Vector) row.get(1)));
    }
    return new Documents(corpus.vocabulary(), docIds, terms);
  }

  /**
   * Token order within a document is the term index order: LDA reads bags of words, only the Gibbs
   * sampler's visiting order differs.
   */
  public static Fit fit(Documents documents, int k, long seed) {
    Alphabet alphabet = new Alphabet();
    for (String term : documents.vocabulary()) {
      alphabet.lookupIndex(term, true);
    }
    alphabet.stopGrowth();
    InstanceList instances = new InstanceList(new Noop(alphabet, null));
    for (int d = 0; d < documents.terms().size(); d++) {
      instances.add(new Instance(new FeatureSequence(alphabet, documents.terms().get(d)), null,
          documents.docIds().get(d), null));
    }
    ParallelTopicModel model = new ParallelTopicModel(k, ALPHA_SUM, BETA);
    model.setNumIterations(ITERATIONS);
    model.setNumThreads(THREADS);
    model.setRandomSeed((int) seed);
    model.setTopicDisplay(ITERATIONS + 1, 0);
    model.addInstances(instances);
    long start = System.nanoTime();
    try {
      model.estimate();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int[] dominant = new int[documents.terms().size()];
    for (int d = 0; d < dominant.length; d++) {
      double[] p = model.getTopicProbabilities(d);
      for (int t = 1; t < p.length; t++) {
        if (p[t] > p[dominant[d]]) {
          dominant[d] = t;
        }
      }
    }
    return new Fit(topicTerms(model, documents.vocabulary().length), dominant, seconds);
  }

  private static double[][] topicTerms(ParallelTopicModel model, int terms) {
    double[][] weights = new double[model.numTopics][terms];
    for (int type = 0; type < terms; type++) {
      for (int packed : model.typeTopicCounts[type]) {
        if (packed == 0) {
          break;
        }
        int topic = packed & model.topicMask;
        weights[topic][type] += packed >> model.topicBits;
      }
    }
    for (double[] row : weights) {
      double sum = 0;
      for (int i = 0; i < terms; i++) {
        row[i] += model.beta;
        sum += row[i];
      }
      for (int i = 0; i < terms; i++) {
        row[i] /= sum;
      }
    }
    return weights;
  }
}
