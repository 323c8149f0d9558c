package io.newsatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.TestDocuments;
import io.newsatlas.TestSettings;
import io.newsatlas.ingest.DocumentRecord;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The language stage on hand-built documents: detected, declared by the source, or undetermined with a note. */
class LanguagesTest {
  static Map<String, DocumentRecord> byDoc;

  @BeforeAll
  static void run() {
    DocumentRecord english = TestDocuments.document("en", null, "2026-02-13",
        "The Minister of Public Security received the United States envoy in Hanoi on Friday and discussed"
            + " cooperation against drug trafficking and cybercrime.");
    DocumentRecord vietnamese = TestDocuments.document("vi", null, "2026-02-13",
        "Chiều 13/2, tại Hà Nội, Bộ trưởng Bộ Công an đã tiếp Trợ lý Ngoại trưởng Hoa Kỳ và trao đổi về hợp tác"
            + " phòng chống tội phạm ma túy.");
    DocumentRecord declared = TestDocuments.document("declared", null, "2026-02-13",
        "Le ministre a reçu l'envoyé américain à Hanoï vendredi.");
    declared.setLanguageHint("English");
    DocumentRecord badHint = TestDocuments.document("bad-hint", null, "2026-02-13",
        "The police seized heroin and methamphetamine at the border crossing on Tuesday, the ministry said.");
    badHint.setLanguageHint("n/a 42");
    DocumentRecord figures = TestDocuments.document("figures", null, "2026-02-13",
        "1987 1988 1989 12.5 13.7 14.2 100 200 300 400 500 600 700 800 900");
    byDoc = Languages.identify(TestDocuments.frame(english, vietnamese, declared, badHint, figures),
        TestSettings.defaults().language()).collectAsList().stream()
        .collect(Collectors.toMap(DocumentRecord::getDocId, doc -> doc));
  }

  @Test
  void detectedLanguagesCarryTheirMargin() {
    assertThat(byDoc.get("en").getLanguage()).isEqualTo("en");
    assertThat(byDoc.get("en").getLanguageSource()).isEqualTo("detected");
    assertThat(byDoc.get("en").getLanguageConfidence()).isGreaterThan(TestSettings.defaults().language().minConfidence());
    assertThat(byDoc.get("vi").getLanguage()).isEqualTo("vi");
  }

  @Test
  void aSourcesLanguageFieldWinsWhenItIsALanguage() {
    // The source says English: its field is taken as it is, though the text reads as French.
    assertThat(byDoc.get("declared").getLanguage()).isEqualTo("en");
    assertThat(byDoc.get("declared").getLanguageSource()).isEqualTo("field");
    assertThat(byDoc.get("declared").getLanguageConfidence()).isNull();
    assertThat(byDoc.get("bad-hint").getLanguage()).isEqualTo("en");
    assertThat(byDoc.get("bad-hint").getLanguageSource()).isEqualTo("detected");
    assertThat(byDoc.get("bad-hint").getNotes()).anyMatch(note -> note.contains("'n/a 42' is not a language code"));
  }

  @Test
  void textWithoutWordsIsUndeterminedAndSaysSo() {
    assertThat(byDoc.get("figures").getLanguage()).isEqualTo(LanguageIdentifier.UNDETERMINED);
    assertThat(byDoc.get("figures").getNotes()).anyMatch(note -> note.startsWith("language undetermined"));
  }
}
