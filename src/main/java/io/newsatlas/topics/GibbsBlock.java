package io.newsatlas.topics;

import java.io.Serializable;
import java.util.SplittableRandom;

/**
 * One partition's documents for collapsed Gibbs sampling: every token as a word id with its topic,
 * documents as ranges of the token arrays. A block is never changed in place: a round returns a new
 * block, so a cached copy that Spark recomputes or reads twice stays what it was.
 *
 * @param docIds the documents' ids, in the order of their token ranges
 * @param docStarts document d's tokens are [docStarts[d], docStarts[d + 1])
 * @param words each token's word id (vocabulary index)
 * @param topics each token's current topic
 */
public record GibbsBlock(String[] docIds, int[] docStarts, int[] words, int[] topics) implements Serializable {

  public int documents() {
    return docIds.length;
  }

  public int tokens() {
    return words.length;
  }

  /** A block whose topics are drawn uniformly, as MALLET starts. */
  public static GibbsBlock start(String[] docIds, int[] docStarts, int[] words, int k, SplittableRandom random) {
    int[] topics = new int[words.length];
    for (int i = 0; i < topics.length; i++) {
      topics[i] = random.nextInt(k);
    }
    return new GibbsBlock(docIds, docStarts, words, topics);
  }

  /** This block's own word-topic counts, word-major (word * k + topic), and per-topic totals after them. */
  public int[] counts(int vocabulary, int k) {
    int[] counts = new int[vocabulary * k + k];
    int totals = vocabulary * k;
    for (int i = 0; i < words.length; i++) {
      counts[words[i] * k + topics[i]]++;
      counts[totals + topics[i]]++;
    }
    return counts;
  }

  /** Document d's topic counts. */
  public int[] documentCounts(int d, int k) {
    int[] counts = new int[k];
    for (int i = docStarts[d]; i < docStarts[d + 1]; i++) {
      counts[topics[i]]++;
    }
    return counts;
  }
}
