package io.newsatlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.TestSettings;
import static io.newsatlas.TestBytes.gzip;
import static io.newsatlas.TestBytes.utf8;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceReaderTest {
  private final SourceReader reader = new SourceReader(TestSettings.defaults().ingest());

  private List<IngestRecord> read(String path, byte[] bytes) {
    List<IngestRecord> out = new ArrayList<>();
    reader.read(path, new ByteArrayInputStream(bytes), out::add);
    return out;
  }

  private static List<IngestRecord> of(List<IngestRecord> records, String kind) {
    return records.stream().filter(r -> r.getKind().equals(kind)).toList();
  }

  @Test
  void textFileBecomesOneDocumentWithItsHeaderDateTakenOut() {
    List<IngestRecord> out = read("a/seed.txt", utf8(" date 2026-02-13 HÀ NỘI — General Lương Tam Quang received guests."));
    IngestRecord doc = of(out, IngestRecord.DOCUMENT).get(0);
    assertThat(doc.getText()).isEqualTo("HÀ NỘI — General Lương Tam Quang received guests.");
    assertThat(doc.getDateValue()).isEqualTo("2026-02-13");
    assertThat(doc.getDateField()).isEqualTo("header_line");
    assertThat(doc.getSourceRow()).isNull();
    IngestRecord file = of(out, IngestRecord.FILE).get(0);
    assertThat(file.getByteLength()).isEqualTo(utf8(" date 2026-02-13 HÀ NỘI — General Lương Tam Quang received guests.").length);
    assertThat(file.getFileSha256()).hasSize(64);
  }

  @Test
  void hashHeaderLinesOfTheDanTriCorpusAreMetadata() {
    String text = "# doc_id = news_world_015\n# url = https://dantri.com.vn/the-gioi/x.htm\n# date = 20201101\n"
        + "Gần 100.000 ca Covid-19 tại Mỹ\nSau 8 tháng chiến đấu với đại dịch.";
    IngestRecord doc = of(read("news_world_015.txt", utf8(text)), IngestRecord.DOCUMENT).get(0);
    assertThat(doc.getExternalId()).isEqualTo("news_world_015");
    assertThat(doc.getUrl()).isEqualTo("https://dantri.com.vn/the-gioi/x.htm");
    assertThat(doc.getDateValue()).isEqualTo("20201101");
    assertThat(doc.getText()).startsWith("Gần 100.000 ca");
  }

  @Test
  void emptyAndWhitespaceFilesAreRejectedAsEmpty() {
    assertThat(of(read("empty.txt", new byte[0]), IngestRecord.REJECT)).singleElement()
        .satisfies(r -> assertThat(r.getReason()).isEqualTo("empty"));
    assertThat(of(read("blank.txt", utf8(" \n\t\n")), IngestRecord.REJECT)).singleElement()
        .satisfies(r -> assertThat(r.getMessage()).contains("only whitespace"));
  }

  @Test
  void gzippedTextIsReadAndCorruptGzipIsRejected() throws IOException {
    byte[] gz = gzip(utf8("A story about transnational crime and cooperation."));
    assertThat(of(read("story.txt.gz", gz), IngestRecord.DOCUMENT)).singleElement()
        .satisfies(d -> assertThat(d.getFormat()).isEqualTo("txt.gz"));
    byte[] truncated = Arrays.copyOf(gz, gz.length / 2);
    assertThat(of(read("story.txt.gz", truncated), IngestRecord.REJECT)).singleElement()
        .satisfies(r -> assertThat(r.getReason()).isEqualTo("bad_compression"));
    assertThat(of(read("notgzip.txt.gz", utf8("plain text")), IngestRecord.REJECT)).singleElement()
        .satisfies(r -> assertThat(r.getReason()).isEqualTo("bad_compression"));
  }

  @Test
  void jsonLinesKeepGoodLinesAndRejectBadOnesByLineNumber() {
    String jsonl = String.join("\n",
        "{\"text\": \"First article text.\", \"title\": \"One\", \"date\": \"2025-09-05\", \"source\": \"VNA\", \"language\": \"en\"}",
        "",
        "{\"text\": \"broken",
        "[1, 2, 3]",
        "{\"headline\": \"no body here\"}",
        "{\"BODY\": \"Second article, field name in capitals.\", \"url\": \"https://www.vietnamplus.vn/a\"}");
    List<IngestRecord> out = read("batch.jsonl", utf8(jsonl));
    List<IngestRecord> docs = of(out, IngestRecord.DOCUMENT);
    assertThat(docs).extracting(IngestRecord::getSourceRow).containsExactly(1L, 6L);
    assertThat(docs.get(0).getTitle()).isEqualTo("One");
    assertThat(docs.get(0).getDateField()).isEqualTo("field:date");
    assertThat(docs.get(0).getOutlet()).isEqualTo("VNA");
    assertThat(docs.get(0).getLanguageValue()).isEqualTo("en");
    assertThat(docs.get(1).getText()).startsWith("Second article");
    List<IngestRecord> rejects = of(out, IngestRecord.REJECT);
    assertThat(rejects).extracting(IngestRecord::getSourceRow, IngestRecord::getReason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3L, "malformed_json"),
        org.assertj.core.groups.Tuple.tuple(4L, "malformed_json"),
        org.assertj.core.groups.Tuple.tuple(5L, "missing_text"));
    assertThat(rejects.get(0).getMessage()).startsWith("line 3 is not valid JSON");
    assertThat(rejects.get(2).getMessage()).contains("ingest.fields.text");
  }

  @Test
  void jsonArrayAndPrettyPrintedObjectsAreRead() {
    String array = "[\n  {\"text\": \"One\"},\n  {\"text\": \"Two\"},\n  \"not an object\"\n]";
    List<IngestRecord> out = read("list.json", utf8(array));
    assertThat(of(out, IngestRecord.DOCUMENT)).extracting(IngestRecord::getText).containsExactly("One", "Two");
    assertThat(of(out, IngestRecord.DOCUMENT)).extracting(IngestRecord::getSourceRow).containsExactly(2L, 3L);
    assertThat(of(out, IngestRecord.REJECT)).singleElement()
        .satisfies(r -> assertThat(r.getSourceRow()).isEqualTo(4L));
    String objects = "{\n \"text\": \"Alpha\"\n}\n{\n \"text\": \"Beta\"\n}\n{ broken";
    List<IngestRecord> more = read("objects.json", utf8(objects));
    assertThat(of(more, IngestRecord.DOCUMENT)).extracting(IngestRecord::getText).containsExactly("Alpha", "Beta");
    assertThat(of(more, IngestRecord.REJECT)).singleElement().satisfies(r -> {
      assertThat(r.getReason()).isEqualTo("malformed_json");
      assertThat(r.getSourceRow()).isEqualTo(7L);
      assertThat(r.getMessage()).contains("the rest of the file was not read");
    });
  }

  @Test
  void csvWithQuotedNewlinesAndAWrongFieldCount() {
    String csv = "id,title,text,date\n"
        + "a1,One,\"First line\nsecond line of the same article\",2025-08-19\n"
        + "a2,Two,too,many,fields\n"
        + "a3,Three,\"Third article\",\n"
        + "a4,Four,,2025-01-01\n";
    List<IngestRecord> out = read("articles.csv", utf8(csv));
    List<IngestRecord> docs = of(out, IngestRecord.DOCUMENT);
    assertThat(docs).extracting(IngestRecord::getSourceRow).containsExactly(2L, 5L);
    assertThat(docs.get(0).getText()).isEqualTo("First line\nsecond line of the same article");
    assertThat(docs.get(0).getExternalId()).isEqualTo("a1");
    assertThat(docs.get(0).getDateValue()).isEqualTo("2025-08-19");
    assertThat(docs.get(1).getDateValue()).isNull();
    List<IngestRecord> rejects = of(out, IngestRecord.REJECT);
    assertThat(rejects).extracting(IngestRecord::getSourceRow, IngestRecord::getReason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(4L, "malformed_csv"),
        org.assertj.core.groups.Tuple.tuple(6L, "empty"));
    assertThat(rejects.get(0).getMessage()).isEqualTo("record at line 4 has 5 fields, the header has 4");
  }

  @Test
  void csvWithoutATextColumnIsOneRejectNamingTheHeader() {
    List<IngestRecord> out = read("x.csv", utf8("a,b\n1,2\n"));
    assertThat(of(out, IngestRecord.REJECT)).singleElement()
        .satisfies(r -> assertThat(r.getMessage()).contains("[a, b]").contains("ingest.fields.text"));
  }

  @Test
  void unsupportedBinaryAndTooLargeFiles() {
    assertThat(of(read("scan.pdf", utf8("%PDF-1.4")), IngestRecord.REJECT)).singleElement()
        .satisfies(r -> assertThat(r.getReason()).isEqualTo("unsupported_format"));
    assertThat(of(read("scan.txt", utf8("%PDF-1.4 binary")), IngestRecord.REJECT)).singleElement()
        .satisfies(r -> assertThat(r.getReason()).isEqualTo("binary"));
    SourceReader small = new SourceReader(TestSettings.defaults("ingest.max_document_bytes=1024").ingest());
    List<IngestRecord> out = new ArrayList<>();
    small.read("big.txt", new ByteArrayInputStream(utf8("word ".repeat(300))), out::add);
    assertThat(of(out, IngestRecord.REJECT)).singleElement()
        .satisfies(r -> assertThat(r.getReason()).isEqualTo("too_large"));
    assertThat(of(out, IngestRecord.FILE).get(0).getByteLength()).isEqualTo(1500);
  }

  @Test
  void parquetIsOnlyCheckedHereAndRejectedWhenNotParquet() {
    assertThat(of(read("t.parquet", utf8("PAR1 something that is not PAR1")), IngestRecord.REJECT)).isEmpty();
    assertThat(of(read("t.parquet", utf8("just text")), IngestRecord.REJECT)).singleElement()
        .satisfies(r -> assertThat(r.getReason()).isEqualTo("bad_parquet"));
  }

  @Test
  void invalidUtf8BeyondTheSniffedHeadCostsOnlyItsLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < 1000; i++) {
      bytes.write(utf8("{\"text\": \"article number " + i + " about cooperation against transnational crime\"}\n"));
    }
    bytes.write(utf8("{\"text\": \"bad "));
    bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
    bytes.write(utf8("\"}\n{\"text\": \"good again\"}\n"));
    List<IngestRecord> out = read("mixed.jsonl", bytes.toByteArray());
    assertThat(of(out, IngestRecord.DOCUMENT)).hasSize(1001);
    assertThat(of(out, IngestRecord.REJECT)).singleElement().satisfies(r -> {
      assertThat(r.getReason()).isEqualTo("bad_encoding");
      assertThat(r.getSourceRow()).isEqualTo(1001L);
    });
  }

}
