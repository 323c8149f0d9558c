package io.newsatlas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.SparkTestSession;
import io.newsatlas.TestSettings;
import static io.newsatlas.TestBytes.concat;
import static io.newsatlas.TestBytes.gzip;
import static io.newsatlas.TestBytes.utf8;
import static io.newsatlas.TestBytes.windows1258;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus with every input format and every kind of bad input: each good record becomes a
 * document, each bad one a reject with its reason, and the counts balance.
 */
class IngestCorpusIT {
  @TempDir static Path dir;
  static Map<String, Row> documents = new HashMap<>();
  static List<Row> rejects;
  static Pipeline.Result result;

  private static String article(String subject) {
    return "Officials of the Ministry of Public Security met their partners to discuss " + subject
        + " and agreed to share information, train officers and coordinate closely on cases of mutual concern.";
  }

  @BeforeAll
  static void ingest() throws IOException {
    SparkSession spark = SparkTestSession.get();
    Path in = dir.resolve("corpus");
    write(in.resolve("good/a.txt"), utf8(" date 2025-08-19 " + article("drug trafficking")));
    write(in.resolve("good/b.jsonl.gz"), gzip(utf8(String.join("\n",
        "{\"text\": \"" + article("cybercrime") + "\", \"date\": \"2026-02-13\", \"language\": \"en\"}",
        "{\"text\": \"" + article("online fraud") + "\", \"title\": \"Fraud\"}",
        "{\"text\": \"unterminated",
        "{\"headline\": \"no text field\"}"))));
    write(in.resolve("good/c.csv"), utf8("id,text,date\n"
        + "c1,\"" + article("human trafficking") + "\",2025-09-05\n"
        + "c2,\"" + article("illegal migration").replace("partners", "partners\nacross the border") + "\",\n"
        + "c3,only,three,too,many\n"));
    write(in.resolve("good/e.json"), utf8("[{\"text\": \"" + article("money laundering") + "\"},\n"
        + " {\"text\": \"" + article("wildlife trafficking") + "\"}]"));
    spark.createDataFrame(List.of(
            RowFactory.create("p1", article("maritime security"), "2025-01-02"),
            RowFactory.create("p2", article("terrorism"), null),
            RowFactory.create("p3", "  ", null)),
        DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("body", DataTypes.StringType, true),
            DataTypes.createStructField("published", DataTypes.StringType, true)}))
        .coalesce(1).write().parquet(in.resolve("good/d.parquet").toString());
    write(in.resolve("bad/empty.txt"), new byte[0]);
    write(in.resolve("bad/binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
    write(in.resolve("bad/undecodable.txt"), concat(utf8(article("smuggling")), new byte[] {(byte) 0x81, (byte) 0x8D}));
    write(in.resolve("bad/vietnamese-1258.txt"), windows1258(
        "Ngày 13/2/2026, Bộ Công an và các đối tác đã trao đổi về phòng chống ma túy, mua bán người, "
            + "an ninh mạng và lừa đảo trực tuyến, thống nhất tăng cường hợp tác trong thời gian tới."));
    write(in.resolve("bad/short.txt"), utf8("Too short to analyse."));
    write(in.resolve("bad/notes.md"), utf8("# Notes\nnot an article format"));
    byte[] gz = gzip(utf8(article("counterfeit goods")));
    write(in.resolve("bad/truncated.txt.gz"), Arrays.copyOf(gz, gz.length - 12));
    write(in.resolve("z/copy-of-a.txt"), utf8(article("drug trafficking") + "\n"));
    write(in.resolve(".DS_Store"), new byte[] {0, 0, 0, 1});

    result = new Pipeline(spark, TestSettings.load(in, dir.resolve("out"))).run();
    for (Row row : spark.read().parquet(dir.resolve("out/tables/documents").toString()).collectAsList()) {
      String key = row.<String>getAs("source_path") + (row.getAs("source_row") == null ? "" : ":" + row.getAs("source_row"));
      documents.put(key, row);
    }
    rejects = spark.read().parquet(dir.resolve("out/tables/rejects").toString()).collectAsList();
  }

  @Test
  void everyGoodRecordOfEveryFormatIsADocument() {
    assertThat(documents.keySet()).containsExactlyInAnyOrder(
        "good/a.txt", "good/b.jsonl.gz:1", "good/b.jsonl.gz:2", "good/c.csv:2", "good/c.csv:3",
        "good/e.json:1", "good/e.json:2", documents.keySet().stream().filter(k -> k.startsWith("good/d.parquet/"))
            .filter(k -> k.endsWith(":1")).findFirst().orElse("parquet row 1 missing"),
        documents.keySet().stream().filter(k -> k.startsWith("good/d.parquet/")).filter(k -> k.endsWith(":2"))
            .findFirst().orElse("parquet row 2 missing"),
        "bad/vietnamese-1258.txt");
    assertThat(documents.get("good/b.jsonl.gz:1").<String>getAs("format")).isEqualTo("jsonl.gz");
    assertThat(documents.get("good/b.jsonl.gz:1").<String>getAs("language_source")).isEqualTo("field");
    assertThat(documents.get("good/b.jsonl.gz:2").<String>getAs("title")).isEqualTo("Fraud");
    assertThat(documents.get("good/c.csv:3").<String>getAs("text")).contains("partners\nacross the border");
    assertThat(String.valueOf(documents.get("good/c.csv:2").<Object>getAs("date"))).isEqualTo("2025-09-05");
    Row parquet = documents.entrySet().stream().filter(e -> e.getKey().startsWith("good/d.parquet/")
        && e.getKey().endsWith(":1")).findFirst().orElseThrow().getValue();
    assertThat(parquet.<String>getAs("external_id")).isEqualTo("p1");
    assertThat(parquet.<String>getAs("date_source")).isEqualTo("field:published");
    assertThat(String.valueOf(parquet.<Object>getAs("date"))).isEqualTo("2025-01-02");
  }

  @Test
  void aWindows1258FileIsReadThroughTheFallbackAndNormalised() {
    Row doc = documents.get("bad/vietnamese-1258.txt");
    assertThat(doc.<String>getAs("encoding")).isEqualTo("windows-1258");
    assertThat(doc.<String>getAs("text")).contains("Bộ Công an").contains("ma túy").contains("lừa đảo trực tuyến");
    assertThat(doc.<String>getAs("language")).isEqualTo("vi");
    assertThat(doc.getList(doc.fieldIndex("notes"))).anySatisfy(n -> assertThat((String) n).startsWith("encoding: not valid UTF-8"));
    assertThat(String.valueOf(doc.<Object>getAs("date"))).isEqualTo("2026-02-13");
  }

  @Test
  void everyBadInputIsARejectWithItsReason() {
    Map<String, String> reasonByInput = new TreeMap<>();
    for (Row r : rejects) {
      String key = r.<String>getAs("source_path") + (r.getAs("source_row") == null ? "" : ":" + r.getAs("source_row"));
      reasonByInput.put(key.replaceAll("d\\.parquet/[^:]+", "d.parquet"), r.getAs("reason"));
    }
    assertThat(reasonByInput).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("bad/empty.txt", "empty"),
        Map.entry("bad/binary.txt", "binary"),
        Map.entry("bad/undecodable.txt", "bad_encoding"),
        Map.entry("bad/short.txt", "too_short"),
        Map.entry("bad/notes.md", "unsupported_format"),
        Map.entry("bad/truncated.txt.gz", "bad_compression"),
        Map.entry("good/b.jsonl.gz:3", "malformed_json"),
        Map.entry("good/b.jsonl.gz:4", "missing_text"),
        Map.entry("good/c.csv:5", "malformed_csv"),
        Map.entry("good/d.parquet:3", "empty"),
        Map.entry("z/copy-of-a.txt", "duplicate")));
    Row duplicate = rejects.stream().filter(r -> r.getAs("reason").equals("duplicate")).findFirst().orElseThrow();
    assertThat(duplicate.<String>getAs("duplicate_of")).isEqualTo(documents.get("good/a.txt").getAs("doc_id"));
    assertThat(duplicate.<String>getAs("message")).startsWith("same text as good/a.txt");
    Row binary = rejects.stream().filter(r -> r.getAs("reason").equals("binary")).findFirst().orElseThrow();
    assertThat(binary.<String>getAs("message")).contains("ZIP");
    assertThat(binary.<String>getAs("sample")).startsWith("PK\\u0003\\u0004");
  }

  @Test
  void documentsAndRejectsBalanceTheInputs() {
    Map<String, Long> counts = result.manifest().counts();
    assertThat(counts.get("inputs")).isEqualTo(21);
    assertThat(counts.get("documents") + counts.get("rejects")).isEqualTo(counts.get("inputs"));
    assertThat(counts.get("documents")).isEqualTo(documents.size());
    assertThat(counts.get("rejects")).isEqualTo(rejects.size());
    assertThat(result.manifest().balanced()).isTrue();
    assertThat(result.manifest().skippedFiles()).contains(".DS_Store (hidden: the name starts with . or _)");
    assertThat(result.manifest().inputFiles()).extracting(f -> f.path())
        .contains("good/a.txt", "bad/notes.md", "bad/truncated.txt.gz");
  }

  private static void write(Path path, byte[] bytes) throws IOException {
    Files.createDirectories(path.getParent());
    Files.write(path, bytes);
  }

}
