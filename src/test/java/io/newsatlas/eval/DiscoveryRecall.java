package io.newsatlas.eval;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluation (not a unit test): how many of the people and organisations that the source labels
 * (Reuters-21578 PEOPLE and ORGS) does actor discovery propose, over a whole run's output?
 * A label counts as found when a candidate or a gazetteer mention spells it: "james-baker" by
 * "James Baker"; for a person, a name ending in the label's surname ("chirac" by "Jacques
 * Chirac"); "opec" by "OPEC".
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.newsatlas.eval.DiscoveryRecall -Dexec.args=reports/reuters</pre>
 */
public final class DiscoveryRecall {
  private DiscoveryRecall() {}

  public static void main(String[] args) throws SQLException {
    String output = args.length > 0 ? args[0] : "reports/latest";
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
      Set<String> names = new HashSet<>();
      Set<String> lastWords = new HashSet<>();
      try (ResultSet rs = sql.executeQuery("SELECT name FROM read_parquet('" + output + "/tables/actor_candidates/*.parquet')"
          + " UNION SELECT surface FROM read_parquet('" + output + "/tables/mentions/*.parquet')")) {
        while (rs.next()) {
          String name = rs.getString(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
          names.add(name);
          lastWords.add(name.substring(name.lastIndexOf('-') + 1));
        }
      }
      for (String kind : new String[] {"people", "orgs"}) {
        Set<String> labels = new TreeSet<>();
        try (ResultSet rs = sql.executeQuery("SELECT DISTINCT unnest(source_labels['" + kind + "']) FROM read_parquet('"
            + output + "/tables/documents/*.parquet') WHERE source_labels['" + kind + "'] IS NOT NULL")) {
          while (rs.next()) {
            labels.add(rs.getString(1));
          }
        }
        Set<String> missed = new TreeSet<>();
        for (String label : labels) {
          String surname = label.substring(label.lastIndexOf('-') + 1);
          boolean found = names.contains(label) || names.contains(label.replace("-", ""))
              || (kind.equals("people") && lastWords.contains(surname));
          if (!found) {
            missed.add(label);
          }
        }
        int hit = labels.size() - missed.size();
        System.out.printf("%s: %d of %d labelled %s found (%.1f%%); missed e.g. %s%n", output, hit, labels.size(), kind,
            labels.isEmpty() ? 0 : 100.0 * hit / labels.size(), missed.stream().limit(15).toList());
      }
    }
  }
}
