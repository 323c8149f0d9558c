package io.newsatlas.topics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;

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

  /** Rows of (doc id, term-count vector) as one block, its topics drawn uniformly. */
  public static GibbsBlock of(Iterator<Row> rows, int topics, SplittableRandom random) {
    List<String> ids = new ArrayList<>();
    List<int[]> documents = new ArrayList<>();
    int total = 0;
    while (rows.hasNext()) {
      Row row = rows.next();
      int[] words = GibbsLda.expand((Vector) row.get(1));
      ids.add(row.getString(0));
      documents.add(words);
      total += words.length;
    }
    int[] starts = new int[ids.size() + 1];
    int[] words = new int[total];
    int at = 0;
    for (int d = 0; d < documents.size(); d++) {
      starts[d] = at;
      System.arraycopy(documents.get(d), 0, words, at, documents.get(d).length);
      at += documents.get(d).length;
    }
    starts[ids.size()] = at;
    return start(ids.toArray(String[]::new), starts, words, topics, random);
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
