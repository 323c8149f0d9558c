package io.newsatlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.SparkTestSession;
import io.newsatlas.TestSettings;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;

/** Year resolution, deduplication and optional rejects, on small frames built in the test. */
class DocumentStagesTest {
  private final DateFinder finder = new DateFinder(TestSettings.defaults().dates());

  /** A document as SourceReader and Documents make it from a .txt file (header line taken out). */
  private DocumentRecord doc(String path, String text) {
    TextHeaders.Parsed parsed = TextHeaders.parse(text);
    IngestRecord record = IngestRecord.document(path, null, "txt", "UTF-8", text.length(), parsed.body());
    record.setDateValue(parsed.value("date"));
    record.setDateField(parsed.value("date") == null ? null : "header_line");
    return Documents.toDocument(record, finder);
  }

  private Map<String, DocumentRecord> resolve(DocumentRecord... docs) {
    Dataset<DocumentRecord> frame = SparkTestSession.get().createDataset(List.of(docs), Encoders.bean(DocumentRecord.class)).cache();
    return PartialDates.resolve(frame, TestSettings.defaults().dates()).collectAsList().stream()
        .collect(Collectors.toMap(DocumentRecord::getSourcePath, Function.identity()));
  }

  @Test
  void aPartialDateWithoutEvidenceStaysPartialWithANote() {
    Map<String, DocumentRecord> out = resolve(
        doc("partial.txt", "Chiều 13/2, tại Hà Nội, Bộ Công an tiếp đoàn khách quốc tế về hợp tác an ninh."),
        doc("other.txt", " date 2024-05-01 An unrelated story about rice exports from the Mekong delta."));
    DocumentRecord partial = out.get("partial.txt");
    assertThat(partial.getDatePrecision()).isEqualTo("month_day");
    assertThat(partial.getDate()).isNull();
    assertThat(partial.getNotes()).singleElement().asString().contains("no evidence in the corpus fixes the year");
    assertThat(out.get("other.txt").getDatePrecision()).isEqualTo("day");
  }

  @Test
  void evidenceForTwoDifferentYearsKeepsTheDatePartial() {
    String names = "General Lương Tam Quang received Michael DeSombre and Wang Xiaohong in Hà Nội.";
    Map<String, DocumentRecord> out = resolve(
        doc("partial.txt", "Chiều 13/2, Đại tướng Lương Tam Quang tiếp Michael DeSombre và Wang Xiaohong tại Hà Nội."),
        doc("a.txt", " date 2025-02-13 " + names),
        doc("b.txt", " date 2026-02-13 " + names));
    DocumentRecord partial = out.get("partial.txt");
    assertThat(partial.getDatePrecision()).isEqualTo("month_day");
    assertThat(partial.getNotes()).singleElement().asString().contains("different years").contains("2025").contains("2026");
  }

  @Test
  void sameStoryEvidenceResolvesTheYearAndSaysWhy() {
    Map<String, DocumentRecord> out = resolve(
        doc("vi.txt", "Chiều 13/2, Đại tướng Lương Tam Quang tiếp Michael DeSombre và Wang Xiaohong tại Hà Nội."),
        doc("en.txt", " date 2026-02-13 General Lương Tam Quang received Michael DeSombre and Wang Xiaohong in Hà Nội."),
        doc("unrelated.txt", " date 2019-02-13 The weather in Da Lat was mild for the season."));
    DocumentRecord vi = out.get("vi.txt");
    assertThat(vi.getDate()).hasToString("2026-02-13");
    assertThat(vi.getDatePrecision()).isEqualTo("day");
    assertThat(vi.getDateSource()).isEqualTo("dateline+year:same_story");
    assertThat(vi.getDateEvidence()).contains("en.txt dated 2026-02-13 shares the names");
  }

  @Test
  void duplicatesKeepTheFirstByPathAndNameIt() {
    String text = "The same wire story about transnational crime, carried by two outlets word for word.";
    Dataset<DocumentRecord> frame = SparkTestSession.get().createDataset(
        List.of(doc("b/second.txt", text), doc("a/first.txt", text + "\n"), doc("c/other.txt", "Something else.")),
        Encoders.bean(DocumentRecord.class));
    Documents.Deduplicated result = Documents.deduplicate(frame, TestSettings.defaults().ingest());
    assertThat(result.kept().collectAsList()).extracting(DocumentRecord::getSourcePath)
        .containsExactlyInAnyOrder("a/first.txt", "c/other.txt");
    RejectRecord duplicate = result.duplicates().collectAsList().get(0);
    assertThat(duplicate.getSourcePath()).isEqualTo("b/second.txt");
    assertThat(duplicate.getReason()).isEqualTo("duplicate");
    assertThat(duplicate.getDuplicateOf()).isEqualTo(doc("a/first.txt", text).getDocId());
  }

  @Test
  void undatedAndUndeterminedDocumentsAreRejectedOnlyWhenTheSettingsSaySo() {
    DocumentRecord undated = doc("undated.txt", "A story with no date at all, about cooperation against cybercrime.");
    DocumentRecord unknown = doc("unknown.txt", " date 2025-01-01 12345 67890");
    unknown.setLanguage("und");
    DocumentRecord fine = doc("fine.txt", " date 2025-01-01 A dated story.");
    fine.setLanguage("en");
    undated.setLanguage("en");
    Dataset<DocumentRecord> frame = SparkTestSession.get().createDataset(List.of(undated, unknown, fine),
        Encoders.bean(DocumentRecord.class));
    assertThat(undated.getNotes()).anySatisfy(n -> assertThat(n).startsWith("undated:"));

    var keepAll = TestSettings.defaults().ingest();
    assertThat(Documents.unwanted(frame, keepAll).count()).isZero();
    assertThat(Documents.wanted(frame, keepAll).count()).isEqualTo(3);

    var strict = TestSettings.defaults("ingest.reject_undated=true", "ingest.reject_unknown_language=true").ingest();
    assertThat(Documents.unwanted(frame, strict).collectAsList())
        .extracting(RejectRecord::getSourcePath, RejectRecord::getReason)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("undated.txt", "undated"),
            org.assertj.core.groups.Tuple.tuple("unknown.txt", "unknown_language"));
    assertThat(Documents.wanted(frame, strict).collectAsList()).extracting(DocumentRecord::getSourcePath)
        .containsExactly("fine.txt");
  }
}
