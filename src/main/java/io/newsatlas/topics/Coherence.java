package io.newsatlas.topics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Topic coherence as NPMI of the top terms' pairs over the corpus's documents (boolean
 * co-occurrence in a document): ln(p(i,j) / (p(i) p(j))) / -ln p(i,j), -1 for a pair that never
 * meets, 1 for a pair always together. A topic's score is the mean over its pairs. This is the
 * measure the benchmark computes for MALLET too, so the two are comparable.
 */
public final class Coherence {
  private Coherence() {}

  /** Documents and co-document counts of a fixed set of term indices. */
  public record Counts(long documents, Map<Integer, Long> single, Map<Long, Long> pairs) implements Serializable {
    double npmi(int a, int b) {
      long together = pairs.getOrDefault(pairKey(Math.min(a, b), Math.max(a, b)), 0L);
      if (together == 0) {
        return -1;
      }
      double pab = (double) together / documents;
      if (pab >= 1) {
        return 1;
      }
      double pa = (double) single.get(a) / documents;
      double pb = (double) single.get(b) / documents;
      return Math.log(pab / (pa * pb)) / -Math.log(pab);
    }

    /** Mean NPMI over the pairs of one topic's terms. */
    public double topic(int[] terms) {
      double sum = 0;
      int pairCount = 0;
      for (int i = 0; i < terms.length; i++) {
        for (int j = i + 1; j < terms.length; j++) {
          sum += npmi(terms[i], terms[j]);
          pairCount++;
        }
      }
      return pairCount == 0 ? 0 : sum / pairCount;
    }
  }

  /** Counts, over the documents' term-count vectors (column {@code column}), for the given terms. */
  public static Counts count(Dataset<Row> vectors, String column, List<int[]> topics) {
    int[] sorted = wantedTerms(topics);
    Counts zero = new Counts(0, new HashMap<>(), new HashMap<>());
    return vectors.select(column).javaRDD().aggregate(zero, (counts, row) -> add(counts, (Vector) row.get(0), sorted),
        Coherence::merge);
  }

  /** Counts for plain documents given as term-index arrays (tests, and MALLET's side of the benchmark). */
  public static Counts count(List<int[]> documents, List<int[]> topics) {
    int[] sorted = wantedTerms(topics);
    Counts counts = new Counts(0, new HashMap<>(), new HashMap<>());
    for (int[] document : documents) {
      int[] distinct = Arrays.stream(document).distinct().sorted().toArray();
      counts = addPresent(counts, present(distinct, sorted));
    }
    return counts;
  }

  /** Every term index of the topics, once, ascending. */
  private static int[] wantedTerms(List<int[]> topics) {
    TreeSet<Integer> wanted = new TreeSet<>();
    topics.forEach(terms -> Arrays.stream(terms).forEach(wanted::add));
    return wanted.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Counts add(Counts counts, Vector vector, int[] wanted) {
    int[] indices = vector instanceof SparseVector sparse ? sparse.indices() : nonZero(vector);
    return addPresent(counts, present(indices, wanted));
  }

  private static int[] present(int[] sortedIndices, int[] wanted) {
    List<Integer> found = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < sortedIndices.length && j < wanted.length) {
      if (sortedIndices[i] == wanted[j]) {
        found.add(wanted[j]);
        i++;
        j++;
      } else if (sortedIndices[i] < wanted[j]) {
        i++;
      } else {
        j++;
      }
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Counts addPresent(Counts counts, int[] present) {
    for (int a = 0; a < present.length; a++) {
      counts.single().merge(present[a], 1L, Long::sum);
      for (int b = a + 1; b < present.length; b++) {
        counts.pairs().merge(pairKey(present[a], present[b]), 1L, Long::sum);
      }
    }
    return new Counts(counts.documents() + 1, counts.single(), counts.pairs());
  }

  private static Counts merge(Counts a, Counts b) {
    Map<Integer, Long> single = new HashMap<>(a.single());
    b.single().forEach((k, v) -> single.merge(k, v, Long::sum));
    Map<Long, Long> pairs = new HashMap<>(a.pairs());
    b.pairs().forEach((k, v) -> pairs.merge(k, v, Long::sum));
    return new Counts(a.documents() + b.documents(), single, pairs);
  }

  private static int[] nonZero(Vector vector) {
    List<Integer> found = new ArrayList<>();
    double[] values = vector.toArray();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != 0) {
        found.add(i);
      }
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  private static long pairKey(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }
}
