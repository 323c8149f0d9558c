package io.newsatlas.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Draws the labelled theme sample (run once; the draw is kept so that it can be checked): from each
 * corpus's run, a seeded random draw in three strata, so that the sample holds the job's hits, its
 * likely misses and plain news alike:
 * <ul>
 *   <li>{@code hit}: documents where the job found a crime or security theme, taken theme by theme in
 *       turn so that rare themes are drawn too;
 *   <li>{@code cue}: documents without such a hit whose text has a crime word (police, fraud, công an,
 *       lừa đảo ...): where misses are;
 *   <li>{@code rest}: the other documents.
 * </ul>
 * Writes {@code sample.tsv} (key, corpus, doc_id, source_path, source_row, stratum) and, for the
 * labellers, one text file per key without its stratum, keys in random order.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.newsatlas.eval.ThemeSample \
 *   -Dexec.args="reuters=RUN_DIR dantri=RUN_DIR [seed=N strata=60,60,40 prefix=h exclude=SAMPLE_TSV] OUT_DIR"</pre>
 * The tuning sample ({@code eval/themes/}) is the default draw; the held-out sample
 * ({@code eval/themes-heldout/}) is {@code seed=20261204 strata=40,25,15 prefix=h} excluding the first.
 */
public final class ThemeSample {
  static final long SEED = 20261203L;
  /** Themes whose hits make the hit stratum: all but trade and disaster relief, which are not crime or security. */
  static final Set<String> NOT_WATCHED = Set.of("trade", "disaster_relief");
  private static final Pattern CUE = Pattern.compile("(?iu)\\b(police|crime|criminal|fraud|scam|swindl|smuggl|narcotic"
      + "|arrest|terror|launder|brib|traffick|illegal|indict|prosecut|công an|cảnh sát|tội phạm|lừa đảo|ma túy|ma tuý"
      + "|buôn lậu|bắt giữ|khởi tố|trái phép|hối lộ|chiếm đoạt|giả danh|mạo danh|truy nã|an ninh)");

  private ThemeSample() {}

  record Doc(String docId, String sourcePath, Long sourceRow, String text, Set<String> themes) {}

  public static void main(String[] args) throws SQLException, IOException {
    Path out = Path.of(args[args.length - 1]);
    Files.createDirectories(out.resolve("texts"));
    Map<String, String> options = new LinkedHashMap<>();
    Map<String, String> runs = new LinkedHashMap<>();
    for (String arg : List.of(args).subList(0, args.length - 1)) {
      String name = arg.substring(0, arg.indexOf('='));
      (Set.of("seed", "strata", "prefix", "exclude").contains(name) ? options : runs)
          .put(name, arg.substring(arg.indexOf('=') + 1));
    }
    int[] strata = java.util.Arrays.stream(options.getOrDefault("strata", "60,60,40").split(","))
        .mapToInt(Integer::parseInt).toArray();
    String prefix = options.getOrDefault("prefix", "");
    Set<String> excluded = new java.util.HashSet<>();
    if (options.containsKey("exclude")) {
      Files.readAllLines(Path.of(options.get("exclude"))).forEach(line -> excluded.add(line.split("\t")[2]));
    }
    List<String> lines = new ArrayList<>(List.of("key\tcorpus\tdoc_id\tsource_path\tsource_row\tstratum"));
    Random random = new Random(Long.parseLong(options.getOrDefault("seed", Long.toString(SEED))));
    for (Map.Entry<String, String> entry : runs.entrySet()) {
      String corpus = entry.getKey();
      List<Doc> docs = new ArrayList<>(read(entry.getValue()).stream().filter(d -> !excluded.contains(d.docId())).toList());
      Collections.shuffle(docs, random);
      Map<Doc, String> drawn = draw(docs, strata[0], strata[1], strata[2]);
      List<Map.Entry<Doc, String>> order = new ArrayList<>(drawn.entrySet());
      Collections.shuffle(order, random);
      for (int i = 0; i < order.size(); i++) {
        Doc doc = order.get(i).getKey();
        String key = String.format("%s%s%03d", prefix, corpus.charAt(0), i + 1);
        lines.add(String.join("\t", key, corpus, doc.docId(), doc.sourcePath(),
            doc.sourceRow() == null ? "" : doc.sourceRow().toString(), order.get(i).getValue()));
        Files.writeString(out.resolve("texts").resolve(key + ".txt"), doc.text(), StandardCharsets.UTF_8);
      }
      System.out.printf("%s: %d documents, drawn %d%n", corpus, docs.size(), order.size());
    }
    Files.write(out.resolve("sample.tsv"), lines, StandardCharsets.UTF_8);
  }

  private static Map<Doc, String> draw(List<Doc> shuffled, int hits, int cues, int rests) {
    Map<Doc, String> drawn = new LinkedHashMap<>();
    Map<String, List<Doc>> byTheme = new TreeMap<>();
    for (Doc doc : shuffled) {
      doc.themes().stream().filter(t -> !NOT_WATCHED.contains(t))
          .forEach(t -> byTheme.computeIfAbsent(t, x -> new ArrayList<>()).add(doc));
    }
    boolean progress = true;
    for (int round = 0; progress && drawn.size() < hits; round++) {
      progress = false;
      for (List<Doc> docs : byTheme.values()) {
        if (round < docs.size() && drawn.size() < hits) {
          progress = true;
          drawn.putIfAbsent(docs.get(round), "hit");
        }
      }
    }
    int cue = 0;
    int rest = 0;
    for (Doc doc : shuffled) {
      boolean hit = doc.themes().stream().anyMatch(t -> !NOT_WATCHED.contains(t));
      if (hit || drawn.containsKey(doc)) {
        continue;
      }
      if (CUE.matcher(doc.text()).find()) {
        if (cue < cues) {
          drawn.put(doc, "cue");
          cue++;
        }
      } else if (rest < rests) {
        drawn.put(doc, "rest");
        rest++;
      }
    }
    return drawn;
  }

  private static List<Doc> read(String run) throws SQLException {
    Map<String, Set<String>> themes = new LinkedHashMap<>();
    List<Doc> docs = new ArrayList<>();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
      try (ResultSet rs = sql.executeQuery("SELECT doc_id, theme_id FROM read_parquet('" + run
          + "/tables/document_themes/*.parquet')")) {
        while (rs.next()) {
          themes.computeIfAbsent(rs.getString(1), d -> new LinkedHashSet<>()).add(rs.getString(2));
        }
      }
      try (ResultSet rs = sql.executeQuery("SELECT doc_id, source_path, source_row, text FROM read_parquet('" + run
          + "/tables/documents/*.parquet') ORDER BY doc_id")) {
        while (rs.next()) {
          long row = rs.getLong(3);
          docs.add(new Doc(rs.getString(1), rs.getString(2), rs.wasNull() ? null : row, rs.getString(4),
              themes.getOrDefault(rs.getString(1), Set.of())));
        }
      }
    }
    return docs;
  }
}
