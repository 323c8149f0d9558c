package io.newsatlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.TestSettings;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  private final DateFinder finder = new DateFinder(TestSettings.defaults().dates());

  @Test
  void fieldWinsOverTheText() {
    DateFinding found = finder.find("Chiều 13/2, tại Hà Nội ...", "2026-02-14", "field:date", "x.jsonl");
    assertThat(found.source()).isEqualTo("field:date");
    assertThat(found.mention().firstDay()).hasToString("2026-02-14");
  }

  @Test
  void aLineThatIsOnlyADateIsADateline() {
    String text = "Portal notice\n\nUS Secretary of State visits Vietnamese Ministry\n\nOctober, 31 2020\n"
        + "MPS - General To Lam on October 30 had a meeting with Michael Pompeo.";
    DateFinding found = finder.find(text, null, null, "003.txt");
    assertThat(found.source()).isEqualTo("dateline");
    assertThat(found.mention().firstDay()).hasToString("2020-10-31");
    assertThat(found.evidence()).isEqualTo("dateline 'October, 31 2020'");
  }

  @Test
  void aVietnameseOpeningDayMonthIsAPartialDateline() {
    DateFinding found = finder.find("Chiều 13/2, tại Hà Nội, Đại tướng Lương Tam Quang đã tiếp khách.", null, null, "001.txt");
    assertThat(found.source()).isEqualTo("dateline");
    assertThat(found.precision()).isEqualTo(DatePrecision.MONTH_DAY);
    assertThat(found.mention().month()).isEqualTo(2);
    assertThat(found.mention().day()).isEqualTo(13);
  }

  @Test
  void anUpperCasePlaceDatelineWithABareDayMonth() {
    DateFinding found = finder.find("HÀ NỘI, 13/2 (TTXVN) - Bộ Công an tổ chức hội nghị về an ninh mạng.", null, null, "x.txt");
    assertThat(found.source()).isEqualTo("dateline");
    assertThat(found.mention().month()).isEqualTo(2);
  }

  @Test
  void aDayInTheFirstParagraphWhenThereIsNoDateline() {
    String text = "Deputy Minister Le Quoc Hung and Chris Landberg co-chaired the second dialogue in Washington DC"
        + " on September 5.\nJoining the event were many others in July last year.";
    DateFinding found = finder.find(text, null, null, "004.txt");
    assertThat(found.source()).isEqualTo("text");
    assertThat(found.precision()).isEqualTo(DatePrecision.MONTH_DAY);
    assertThat(found.sentence()).endsWith("on September 5.");
  }

  @Test
  void monthsInTheTextAreReferencesNotTheDocumentsDate() {
    DateFinding found = finder.find("The ministry said in September 2025 that cooperation had grown a great deal.", null,
        null, "notes.txt");
    assertThat(found).isEqualTo(DateFinding.NONE);
  }

  @Test
  void fileNameIsTheLastResort() {
    DateFinding found = finder.find("No date anywhere in this text at all, none whatsoever here.", null, null,
        "2024/2024-05-17_report.txt");
    assertThat(found.source()).isEqualTo("file_name");
    assertThat(found.mention().firstDay()).hasToString("2024-05-17");
    assertThat(finder.find("No date.", null, null, "000_0e4843c05f27767b.txt")).isEqualTo(DateFinding.NONE);
  }

  @Test
  void anUnreadableFieldFallsBackToTheText() {
    DateFinding found = finder.find("Chiều 13/2, tại Hà Nội, hội nghị.", "unknown", "field:date", "x.csv");
    assertThat(found.source()).isEqualTo("dateline");
  }
}
