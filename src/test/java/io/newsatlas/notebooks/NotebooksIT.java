package io.newsatlas.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsatlas.SparkTestSession;
import io.newsatlas.TestSettings;
import io.newsatlas.pipeline.GoldActors;
import io.newsatlas.pipeline.Pipeline;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notebooks in notebooks/ run for real, as an analyst opens them next to a run: the job on seeds/,
 * the toolchain from notebooks/setup.sh (Debian's Jupyter, the pinned npm packages, the kernel spec),
 * then every notebook executed by nbclient (notebooks/execute.py) against that output. The assertions
 * read what the cells showed (their text form, a Markdown table) and hold it to the Parquet tables,
 * read here with DuckDB, and to the gold reading of the seeds. Executed copies: target/notebooks-it/executed.
 */
class NotebooksIT {
  private static final Path NOTEBOOKS = Path.of("notebooks");
  private static final Path WORK = Path.of("target", "notebooks-it");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path output;
  private static final Map<String, JsonNode> executed = new TreeMap<>();
  private static Connection duckdb;

  @BeforeAll
  static void runTheJobAndEveryNotebook() throws Exception {
    deleteRecursively(WORK);
    Files.createDirectories(WORK);
    // The run the seeds acceptance test holds to the gold, when both run in one JVM.
    output = io.newsatlas.SeedsRun.output();

    run("setup", Duration.ofMinutes(20), Map.of(), "bash", NOTEBOOKS.resolve("setup.sh").toString());
    Path executedDir = WORK.resolve("executed");
    List<String> execute = new ArrayList<>(List.of(NOTEBOOKS.resolve("execute.py").toString(),
        "--output", executedDir.toString()));
    committedNotebooks().forEach(p -> execute.add(p.toString()));
    run("execute", Duration.ofMinutes(15), Map.of("NEWSATLAS_OUTPUT", output.toString(),
        // Kernel connection files stay in target/ rather than the user's Jupyter folder.
        "JUPYTER_RUNTIME_DIR", WORK.resolve("jupyter-runtime").toAbsolutePath().toString()),
        execute.toArray(String[]::new));
    for (Path notebook : committedNotebooks()) {
      String name = notebook.getFileName().toString();
      executed.put(name, JSON.readTree(executedDir.resolve(name).toFile()));
    }
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterAll
  static void close() throws SQLException {
    if (duckdb != null) {
      duckdb.close();
    }
  }

  @Test
  void committedNotebooksCarryNoOutputs() throws IOException {
    // Outputs belong to one run (and a corpus may not be shareable); executed copies go to target/.
    assertThat(committedNotebooks()).extracting(p -> p.getFileName().toString())
        .containsExactly("01_tables.ipynb", "02_theme_timeline.ipynb", "03_actor_pairs.ipynb");
    for (Path notebook : committedNotebooks()) {
      for (JsonNode cell : JSON.readTree(notebook.toFile()).get("cells")) {
        if (cell.get("cell_type").asText().equals("code")) {
          assertThat(cell.get("outputs")).as("outputs in %s", notebook).isEmpty();
          assertThat(cell.get("execution_count").isNull()).as("execution count in %s", notebook).isTrue();
        }
      }
    }
  }

  @Test
  void everyTableOfTheRunIsListedWithItsRows() throws Exception {
    List<Map<String, String>> tables = table("01_tables.ipynb", "tables");
    List<String> folders;
    try (Stream<Path> list = Files.list(output.resolve("tables"))) {
      folders = list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(tables).extracting(r -> r.get("table")).containsExactlyElementsOf(folders)
        .contains("documents", "rejects", "theme_timeline", "mentions", "cooccurrence");
    for (Map<String, String> row : tables) {
      String name = row.get("table");
      assertThat(row.get("rows")).as("rows of %s", name)
          .isEqualTo(String.valueOf(scalar("SELECT count(*) FROM " + parquet(name))));
    }
    assertThat(rowOf(tables, "table", "documents").get("rows"))
        .isEqualTo(String.valueOf(GoldActors.documents().size())).isEqualTo("5");
  }

  @Test
  void theDocumentsAreTheSeedsWithTheGoldDatesAndLanguages() throws IOException {
    List<Map<String, String>> documents = table("01_tables.ipynb", "documents");
    JsonNode gold = gold().get("documents");
    assertThat(documents).hasSize(gold.size());
    for (JsonNode doc : gold) {
      Map<String, String> row = rowOf(documents, "source_path", doc.get("file").asText());
      assertThat(row.get("date")).as(doc.get("file").asText()).isEqualTo(doc.get("date").asText());
      assertThat(row.get("language")).as(doc.get("file").asText()).isEqualTo(doc.get("language").asText());
    }
  }

  @Test
  void theThemeTimelineHasTheRowsOfTheTableAndIsDrawn() throws Exception {
    List<Map<String, String>> shown = table("02_theme_timeline.ipynb", "timeline-data");
    Set<String> plotted = shown.stream().map(r -> r.get("theme_id")).collect(Collectors.toSet());
    assertThat(plotted).hasSizeBetween(1, 8);
    // What the notebook shows is what theme_timeline holds for those themes (all languages, dated).
    List<String> expected = new ArrayList<>();
    try (Statement st = duckdb.createStatement();
         ResultSet rs = st.executeQuery("SELECT period, theme_id, documents FROM " + parquet("theme_timeline")
             + " WHERE language = 'all' AND bucket = 'dated' AND documents > 0 ORDER BY period, theme_id")) {
      while (rs.next()) {
        if (plotted.contains(rs.getString(2))) {
          expected.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3));
        }
      }
    }
    assertThat(shown).extracting(r -> r.get("period") + " " + r.get("theme_id") + " " + r.get("documents"))
        .containsExactlyElementsOf(expected);
    // The gold's months, for the themes drawn: at least as many documents as the gold reads.
    gold().get("theme_timeline").fields().forEachRemaining(month -> month.getValue().fields().forEachRemaining(t -> {
      if (plotted.contains(t.getKey())) {
        assertThat(Long.parseLong(rowOf(shown, "period", month.getKey(), "theme_id", t.getKey()).get("documents")))
            .as("%s in %s", t.getKey(), month.getKey()).isGreaterThanOrEqualTo(t.getValue().asLong());
      }
    }));
    assertThat(plotted).contains("transnational_crime", "drugs", "illegal_migration");

    String svg = output("02_theme_timeline.ipynb", "chart", "image/svg+xml");
    assertThat(svg).startsWith("<svg").contains("Documents per theme and month");
    for (Map<String, String> row : shown) {
      assertThat(svg).as("legend of the chart").contains(row.get("theme"));
    }

    List<Map<String, String>> buckets = table("02_theme_timeline.ipynb", "buckets");
    for (Map<String, String> row : buckets) {
      assertThat(row.get("dated")).as("dated documents of %s", row.get("theme_id")).isEqualTo(String.valueOf(scalar(
          "SELECT sum(documents) FROM " + parquet("theme_timeline") + " WHERE language = 'all' AND bucket = 'dated'"
              + " AND theme_id = '" + row.get("theme_id") + "'")));
    }
  }

  @Test
  void thePairQueryListsEverySentenceWhereTheGoldPairMeets() throws Exception {
    GoldActors.Pair pair = GoldActors.mustInclude().stream()
        .filter(p -> p.a().equals("luong_tam_quang") && p.b().equals("michael_desombre")).findFirst().orElseThrow();
    assertThat(table("03_actor_pairs.ipynb", "pair")).extracting(r -> r.get("actor_id"))
        .containsExactlyInAnyOrder(pair.a(), pair.b());

    List<Map<String, String>> sentences = table("03_actor_pairs.ipynb", "pair-sentences");
    List<String> goldFiles = GoldActors.documents().stream()
        .filter(d -> d.actors().contains(pair.a()) && d.actors().contains(pair.b()))
        .map(GoldActors.Doc::file).toList();
    assertThat(sentences.stream().map(r -> r.get("doc_id")).distinct()).hasSize(pair.count());
    assertThat(sentences.stream().map(r -> r.get("source_path")).distinct()).containsExactlyInAnyOrderElementsOf(goldFiles);
    assertThat(sentences).extracting(r -> r.get("date")).containsOnly("2026-02-13");
    assertThat(sentences).extracting(r -> r.get("language")).containsOnly("en", "vi");
    // The sentence of the Vietnamese report that names DeSombre in full (seeds/001, gold surface).
    assertThat(sentences).extracting(r -> r.get("sentence")).contains(
        "Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an tiếp Trợ lý Ngoại trưởng Hoa Kỳ Michael George DeSombre.");
    assertThat(sentences).extracting(r -> r.get("named_b")).contains("Michael George DeSombre");
    for (Map<String, String> row : sentences) {
      assertThat(row.get("sentence")).contains(row.get("named_a").split(" / ")[0], row.get("named_b").split(" / ")[0]);
    }
    // As many sentences as the report's co-occurrence count for the pair.
    long counted = scalar("SELECT count FROM " + parquet("cooccurrence") + " WHERE level = 'sentence' AND actor_a = '"
        + pair.a() + "' AND actor_b = '" + pair.b() + "'");
    assertThat(sentences).hasSize((int) counted);
    assertThat(stdout("03_actor_pairs.ipynb", "pair-counts"))
        .contains("listed above: " + counted + " sentences in " + pair.count() + " documents");
  }

  // --- running things -------------------------------------------------------------------------------

  private static void run(String step, Duration limit, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    Path log = WORK.resolve(step + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
        .redirectInput(new File("/dev/null"));
    builder.environment().putAll(env);
    long started = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError(step + " took longer than " + limit + "; its output:\n" + tail(log));
    }
    System.out.printf(Locale.ROOT, "notebooks: %s in %.1f s (%s)%n", step, (System.nanoTime() - started) / 1e9, log);
    if (process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed (exit " + process.exitValue() + "); its output ("
          + log + "):\n" + tail(log));
    }
  }

  private static String tail(Path log) throws IOException {
    String text = Files.readString(log, StandardCharsets.UTF_8);
    return text.length() > 20_000 ? "..." + text.substring(text.length() - 20_000) : text;
  }

  private static List<Path> committedNotebooks() throws IOException {
    try (Stream<Path> list = Files.list(NOTEBOOKS)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  // --- reading executed notebooks -----------------------------------------------------------------

  private static JsonNode cell(String notebook, String tag) {
    for (JsonNode cell : executed.get(notebook).get("cells")) {
      for (JsonNode t : cell.path("metadata").path("tags")) {
        if (t.asText().equals(tag)) {
          return cell;
        }
      }
    }
    throw new AssertionError(notebook + " has no cell tagged " + tag);
  }

  /** The first output of the tagged cell that has this MIME type. */
  private static String output(String notebook, String tag, String mime) {
    for (JsonNode out : cell(notebook, tag).get("outputs")) {
      if (out.path("data").has(mime)) {
        return text(out.get("data").get(mime));
      }
    }
    throw new AssertionError("cell " + tag + " of " + notebook + " shows no " + mime);
  }

  private static String stdout(String notebook, String tag) {
    StringBuilder text = new StringBuilder();
    for (JsonNode out : cell(notebook, tag).get("outputs")) {
      if (out.path("name").asText().equals("stdout")) {
        text.append(text(out.get("text")));
      }
    }
    return text.toString();
  }

  /** nbformat stores multi-line text as a list of lines. */
  private static String text(JsonNode node) {
    if (!node.isArray()) {
      return node.asText();
    }
    StringBuilder text = new StringBuilder();
    node.forEach(line -> text.append(line.asText()));
    return text.toString();
  }

  /** The rows of the table a cell showed, from its text form (a Markdown pipe table, see newsatlas.js show()). */
  private static List<Map<String, String>> table(String notebook, String tag) {
    List<String> lines = output(notebook, tag, "text/plain").lines().filter(l -> l.startsWith("| ")).toList();
    List<String> header = cells(lines.get(0));
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(2, lines.size())) {
      List<String> values = cells(line);
      assertThat(values).as("row of %s in %s: %s", tag, notebook, line).hasSameSizeAs(header);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), values.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> cells(String line) {
    String inner = line.substring(2, line.length() - 2);
    List<String> out = new ArrayList<>();
    for (String value : inner.split(" \\| ", -1)) {
      out.add(value.replace("\\|", "|"));
    }
    return out;
  }

  private static Map<String, String> rowOf(List<Map<String, String>> rows, String... columnValues) {
    return rows.stream().filter(r -> {
      for (int i = 0; i < columnValues.length; i += 2) {
        if (!columnValues[i + 1].equals(r.get(columnValues[i]))) {
          return false;
        }
      }
      return true;
    }).findFirst().orElseThrow(() -> new AssertionError("no row " + List.of(columnValues) + " in " + rows));
  }

  // --- the reference: the Parquet tables and the gold reading ---------------------------------------

  private static String parquet(String table) {
    return "read_parquet('" + output.resolve("tables").resolve(table) + "/*.parquet')";
  }

  private static long scalar(String sql) throws SQLException {
    try (Statement st = duckdb.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getLong(1);
    }
  }

  private static JsonNode gold() throws IOException {
    try (InputStream in = NotebooksIT.class.getResourceAsStream("/gold-seeds.yaml")) {
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    }
  }
}
