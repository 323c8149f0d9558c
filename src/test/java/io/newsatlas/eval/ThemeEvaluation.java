package io.newsatlas.eval;

import io.newsatlas.actors.ActorMatcher;
import io.newsatlas.actors.Gazetteer;
import io.newsatlas.themes.ThemeDictionary;
import io.newsatlas.themes.ThemeMatcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Evaluation (not a unit test): precision and recall of every theme on the labelled sample
 * ({@code src/test/resources/eval/themes/}, drawn by {@link ThemeSample} and labelled by reading),
 * and the share of the top 50 actor candidates that are people or organisations.
 *
 * <p>Themes are judged twice in one call: as the run's {@code document_themes} table has them (what
 * the job did when it ran) and as the dictionaries in {@code conf/} find them now in the same texts
 * (so a dictionary change is measured without rerunning the job). A sub-theme counts for its parents
 * on both sides, by the current dictionary. Hard cases are written to {@code theme-errors.tsv}.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.newsatlas.eval.ThemeEvaluation \
 *   -Dexec.args="reuters=REUTERS_RUN dantri=DANTRI_RUN [sample=src/test/resources/eval/themes-heldout]"</pre>
 * where each run is a job output over {@code ../shared/corpora/reuters21578} and the unpacked
 * {@code ../shared/corpora/vi_dantri} archive.
 */
public final class ThemeEvaluation {
  static final Path TUNING_SAMPLE = Path.of("src/test/resources/eval/themes");
  /** Themes held to the issue's targets: crime and security. */
  static final Set<String> NOT_WATCHED = ThemeSample.NOT_WATCHED;
  static final double PRECISION_TARGET = 0.9;
  static final double RECALL_TARGET = 0.8;
  static final int MIN_LABELLED = 10;
  static final double CANDIDATE_TARGET = 0.7;
  static final int TOP_CANDIDATES = 50;

  private ThemeEvaluation() {}

  record Sampled(String key, String corpus, String docId, Set<String> labels, String note) {}

  /** Counts for one theme. */
  static final class Score {
    int labelled;
    int found;
    int right;

    double precision() {
      return found == 0 ? Double.NaN : (double) right / found;
    }

    double recall() {
      return labelled == 0 ? Double.NaN : (double) right / labelled;
    }
  }

  public static void main(String[] args) throws IOException, SQLException {
    Map<String, String> runs = new LinkedHashMap<>();
    Path sampleDir = TUNING_SAMPLE;
    for (String arg : args) {
      if (arg.startsWith("sample=")) {
        sampleDir = Path.of(arg.substring("sample=".length()));
      } else {
        runs.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    ThemeDictionary dictionary = ThemeDictionary.load("conf/themes.yaml", false);
    ThemeMatcher matcher = new ThemeMatcher(dictionary, new ActorMatcher(Gazetteer.load("conf/actors.yaml", false)));
    List<Sampled> sample = sample(sampleDir);
    Map<String, Set<String>> fromRun = new HashMap<>();
    Map<String, Set<String>> fromConf = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
      for (Map.Entry<String, String> run : runs.entrySet()) {
        String ids = sample.stream().filter(s -> s.corpus().equals(run.getKey())).map(s -> "'" + s.docId() + "'")
            .reduce((a, b) -> a + "," + b).orElse("''");
        try (ResultSet rs = sql.executeQuery("SELECT doc_id, text FROM read_parquet('" + run.getValue()
            + "/tables/documents/*.parquet') WHERE doc_id IN (" + ids + ")")) {
          while (rs.next()) {
            texts.put(rs.getString(1), rs.getString(2));
          }
        }
        try (ResultSet rs = sql.executeQuery("SELECT doc_id, theme_id FROM read_parquet('" + run.getValue()
            + "/tables/document_themes/*.parquet') WHERE doc_id IN (" + ids + ")")) {
          while (rs.next()) {
            fromRun.computeIfAbsent(rs.getString(1), d -> new TreeSet<>()).add(rs.getString(2));
          }
        }
      }
      List<Sampled> missing = sample.stream().filter(s -> runs.containsKey(s.corpus()) && !texts.containsKey(s.docId()))
          .toList();
      if (!missing.isEmpty()) {
        System.out.printf("%d sampled documents are not in the runs' documents (ingest changed their doc_id?): %s%n",
            missing.size(), missing.stream().map(Sampled::key).limit(20).toList());
      }
      texts.forEach((docId, text) -> fromConf.put(docId, new TreeSet<>(matcher.find(text).stream()
          .map(ThemeMatcher.Hit::themeId).toList())));
      List<Sampled> judged = sample.stream().filter(s -> texts.containsKey(s.docId())).toList();
      Function<Set<String>, Set<String>> rollUp = themes -> {
        Set<String> all = new TreeSet<>();
        themes.stream().filter(t -> dictionary.themes().stream().anyMatch(d -> d.id().equals(t)))
            .forEach(t -> all.addAll(dictionary.lineage(t)));
        return all;
      };
      System.out.printf("Theme sample %s: %d documents (%s)%n", sampleDir, judged.size(), runs.keySet());
      Map<String, Score> before = score(judged, fromRun, rollUp, dictionary);
      Map<String, Score> after = score(judged, fromConf, rollUp, dictionary);
      print(System.out, before, after);
      writeErrors(judged, fromConf, rollUp, texts, matcher);
      Map<String, String> kinds = candidateKinds();
      for (Map.Entry<String, String> run : runs.entrySet()) {
        candidates(sql, run.getKey(), run.getValue(), kinds);
      }
    }
  }

  static List<Sampled> sample(Path dir) throws IOException {
    Map<String, String[]> labels = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("labels.tsv"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t", -1);
        labels.put(f[0], f);
      }
    }
    List<Sampled> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(dir.resolve("sample.tsv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      String[] label = labels.get(f[0]);
      if (label == null) {
        throw new IllegalStateException("sample key " + f[0] + " has no line in labels.tsv");
      }
      Set<String> themes = new TreeSet<>();
      for (String t : label[1].split(",")) {
        if (!t.isBlank() && !t.strip().equals("-")) {
          themes.add(t.strip());
        }
      }
      out.add(new Sampled(f[0], f[1], f[2], themes, label.length > 2 ? label[2] : ""));
    }
    return out;
  }

  private static Map<String, Score> score(List<Sampled> sample, Map<String, Set<String>> found,
      Function<Set<String>, Set<String>> rollUp, ThemeDictionary dictionary) {
    Map<String, Score> scores = new LinkedHashMap<>();
    dictionary.themes().forEach(t -> scores.put(t.id(), new Score()));
    for (Sampled s : sample) {
      Set<String> truth = rollUp.apply(s.labels());
      Set<String> said = rollUp.apply(found.getOrDefault(s.docId(), Set.of()));
      scores.forEach((theme, score) -> {
        score.labelled += truth.contains(theme) ? 1 : 0;
        score.found += said.contains(theme) ? 1 : 0;
        score.right += truth.contains(theme) && said.contains(theme) ? 1 : 0;
      });
    }
    return scores;
  }

  private static void print(PrintStream out, Map<String, Score> before, Map<String, Score> after) {
    out.println("| theme | labelled | run's tables: found / P / R | conf now: found / P / R | target (P >= 0.9, R >= 0.8) |");
    out.println("|---|---|---|---|---|");
    after.forEach((theme, now) -> {
      Score then = before.get(theme);
      boolean held = !NOT_WATCHED.contains(theme) && now.labelled >= MIN_LABELLED;
      String target = !held ? "-" : now.precision() >= PRECISION_TARGET && now.recall() >= RECALL_TARGET ? "met" : "missed";
      out.printf("| %s | %d | %d / %s / %s | %d / %s / %s | %s |%n", theme, now.labelled, then.found,
          f(then.precision()), f(then.recall()), now.found, f(now.precision()), f(now.recall()), target);
    });
  }

  private static String f(double x) {
    return Double.isNaN(x) ? "-" : String.format("%.2f", x);
  }

  private static void writeErrors(List<Sampled> sample, Map<String, Set<String>> found,
      Function<Set<String>, Set<String>> rollUp, Map<String, String> texts, ThemeMatcher matcher) throws IOException {
    List<String> lines = new ArrayList<>(List.of("key\ttheme\terror\tterms found\tlabeller's note"));
    for (Sampled s : sample) {
      Set<String> truth = rollUp.apply(s.labels());
      Set<String> said = rollUp.apply(found.getOrDefault(s.docId(), Set.of()));
      List<ThemeMatcher.Hit> hits = matcher.find(texts.get(s.docId()));
      for (String theme : new TreeSet<>(java.util.stream.Stream.concat(truth.stream(), said.stream()).toList())) {
        if (truth.contains(theme) != said.contains(theme)) {
          String terms = hits.stream().filter(h -> h.themeId().equals(theme)).map(ThemeMatcher.Hit::term).distinct()
              .reduce((a, b) -> a + "; " + b).orElse("");
          lines.add(String.join("\t", s.key(), theme, truth.contains(theme) ? "missed" : "false", terms, s.note()));
        }
      }
    }
    Path out = Path.of("target/theme-errors.tsv");
    Files.createDirectories(out.getParent());
    Files.write(out, lines, StandardCharsets.UTF_8);
    System.out.printf("%d disagreements with the labels in %s%n", lines.size() - 1, out);
  }

  /** candidates.tsv: what each candidate name is (the first line for a name counts). */
  private static Map<String, String> candidateKinds() throws IOException {
    Map<String, String> kinds = new HashMap<>();
    for (String line : Files.readAllLines(TUNING_SAMPLE.resolve("candidates.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length >= 2 && !line.startsWith("#")) {
        kinds.putIfAbsent(f[0], f[1]);
      }
    }
    return kinds;
  }

  /**
   * Top candidates by documents, judged against candidates.tsv (name, what it is). Those the job types
   * as events or outlets are not offered as actors, so they are not among them.
   */
  private static void candidates(Statement sql, String corpus, String run, Map<String, String> kinds)
      throws SQLException {
    int[] good = new int[2];
    int[] n = new int[2];
    List<String> unlabelled = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    try (ResultSet rs = sql.executeQuery("SELECT name FROM read_parquet('" + run
        + "/tables/actor_candidates/*.parquet') WHERE kind NOT IN ('event', 'outlet')"
        + " ORDER BY documents DESC, mentions DESC, name LIMIT " + 2 * TOP_CANDIDATES)) {
      for (int rank = 0; rs.next(); rank++) {
        int part = rank < TOP_CANDIDATES ? 0 : 1;
        n[part]++;
        String name = rs.getString(1);
        String kind = kinds.get(name);
        if (kind == null) {
          unlabelled.add(name);
        } else if (kind.equals("person") || kind.equals("organisation")) {
          good[part]++;
        } else if (part == 0) {
          wrong.add(name + " (" + kind + ")");
        }
      }
    }
    System.out.printf("%s: top %d candidates, %d people or organisations (%.2f; target %.1f); ranks %d-%d: %d of %d"
        + " (%.2f); not in the top %d: %s%n", corpus, n[0], good[0], n[0] == 0 ? 0 : (double) good[0] / n[0],
        CANDIDATE_TARGET, TOP_CANDIDATES + 1, 2 * TOP_CANDIDATES, good[1], n[1], n[1] == 0 ? 0 : (double) good[1] / n[1],
        TOP_CANDIDATES, wrong);
    if (!unlabelled.isEmpty()) {
      System.out.printf("  %d not in candidates.tsv yet (label them): %s%n", unlabelled.size(), unlabelled);
    }
  }
}
