package io.newsatlas.eval;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Evaluation (not a unit test): how well do documents' dominant topics line up with the labels
 * the source gives (Reuters-21578 TOPICS), as NMI (mutual information over the arithmetic mean of
 * the two entropies, as scikit-learn's default) and purity, over the documents with exactly one
 * label; also over documents with any label, taking their first. Prints the model selection too.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.newsatlas.eval.TopicAgreement -Dexec.args=reports/reuters</pre>
 */
public final class TopicAgreement {
  private TopicAgreement() {}

  /** NMI and purity of a clustering against labels, from (cluster, label) -> documents. */
  public record Agreement(long documents, int clusters, int labels, double nmi, double purity) {}

  public static void main(String[] args) throws SQLException {
    String output = args.length > 0 ? args[0] : "reports/latest";
    String tables = output + "/tables/";
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
      try (ResultSet rs = sql.executeQuery("SELECT k, seed, coherence, log_perplexity, fit_seconds, chosen FROM read_parquet('"
          + tables + "topic_model_selection/*.parquet') ORDER BY k, seed")) {
        while (rs.next()) {
          System.out.printf("K=%d seed %d coherence %.3f log-perplexity %.3f fit %.1f s%s%n", rs.getInt(1), rs.getLong(2),
              rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getBoolean(6) ? "  <- chosen" : "");
        }
      }
      for (String which : new String[] {"single", "first"}) {
        String filter = which.equals("single") ? "len(d.source_labels['topics']) = 1" : "len(d.source_labels['topics']) >= 1";
        Map<String, Map<String, Long>> table = new HashMap<>();
        try (ResultSet rs = sql.executeQuery("SELECT t.topic_id, d.source_labels['topics'][1] AS label, count(*) "
            + "FROM read_parquet('" + tables + "documents/*.parquet') d JOIN read_parquet('" + tables
            + "document_topics/*.parquet') t ON d.doc_id = t.doc_id AND t.dominant WHERE " + filter + " GROUP BY 1, 2")) {
          while (rs.next()) {
            table.computeIfAbsent(String.valueOf(rs.getInt(1)), c -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
          }
        }
        Agreement a = agreement(table);
        System.out.printf("%s-label documents: %d, %d topics, %d labels: NMI %.3f, purity %.3f%n",
            which, a.documents(), a.clusters(), a.labels(), a.nmi(), a.purity());
      }
    }
  }

  /** doc id -> label, for the documents of a run's output whose source gives exactly one TOPICS label. */
  public static Map<String, String> singleLabels(SparkSession spark, String output) {
    Map<String, String> labelOf = new HashMap<>();
    for (Row row : spark.read().parquet(output + "/tables/documents")
        .selectExpr("doc_id", "source_labels['topics'] AS t").where("size(t) = 1").collectAsList()) {
      labelOf.put(row.getString(0), row.<String>getList(1).get(0));
    }
    return labelOf;
  }

  /** Counts a document under (its dominant topic, its label); documents without a label are left out. */
  public static void tally(Map<String, Map<String, Long>> table, String label, int topic) {
    if (label != null) {
      table.computeIfAbsent(String.valueOf(topic), c -> new HashMap<>()).merge(label, 1L, Long::sum);
    }
  }

  public static Agreement agreement(Map<String, Map<String, Long>> clusterLabelCounts) {
    Map<String, Long> byLabel = new HashMap<>();
    Map<String, Long> byCluster = new HashMap<>();
    long n = 0;
    long purityHits = 0;
    for (var cluster : clusterLabelCounts.entrySet()) {
      long best = 0;
      for (var cell : cluster.getValue().entrySet()) {
        byLabel.merge(cell.getKey(), cell.getValue(), Long::sum);
        byCluster.merge(cluster.getKey(), cell.getValue(), Long::sum);
        n += cell.getValue();
        best = Math.max(best, cell.getValue());
      }
      purityHits += best;
    }
    double mutual = 0;
    for (var cluster : clusterLabelCounts.entrySet()) {
      for (var cell : cluster.getValue().entrySet()) {
        double pxy = (double) cell.getValue() / n;
        double px = (double) byCluster.get(cluster.getKey()) / n;
        double py = (double) byLabel.get(cell.getKey()) / n;
        mutual += pxy * Math.log(pxy / (px * py));
      }
    }
    double hx = entropy(byCluster, n);
    double hy = entropy(byLabel, n);
    double nmi = hx + hy == 0 ? 1 : 2 * mutual / (hx + hy);
    return new Agreement(n, byCluster.size(), byLabel.size(), nmi, n == 0 ? 0 : (double) purityHits / n);
  }

  private static double entropy(Map<String, Long> counts, long n) {
    double h = 0;
    for (long c : counts.values()) {
      double p = (double) c / n;
      h -= p * Math.log(p);
    }
    return h;
  }
}
