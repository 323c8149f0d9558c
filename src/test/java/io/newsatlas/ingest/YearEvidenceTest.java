package io.newsatlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearEvidenceTest {
  @Test
  void theLatestDatedReferenceImpliesTheNextOccurrenceOfTheDayMonth() {
    String text = "Chiều 13/2, tại Hà Nội ... Tháng 9/2025, Bộ Công an và Bộ Ngoại giao Hoa Kỳ đồng chủ trì.";
    YearEvidence.TextImplied implied = YearEvidence.textImpliedYear(text, 2, 13);
    assertThat(implied.year()).isEqualTo(2026);
    assertThat(implied.reference()).isEqualTo("Tháng 9/2025");
  }

  @Test
  void aDayMonthLaterInTheSameYearStaysInThatYear() {
    assertThat(YearEvidence.textImpliedYear("Since March 2025 the talks ...", 9, 5).year()).isEqualTo(2025);
    assertThat(YearEvidence.textImpliedYear("In September 2025 the dialogue ...", 9, 5).year()).isEqualTo(2025);
    assertThat(YearEvidence.textImpliedYear("On September 10, 2025 the dialogue ...", 9, 5).year()).isEqualTo(2026);
  }

  @Test
  void noDatedReferenceMeansNoEvidence() {
    assertThat(YearEvidence.textImpliedYear("in July last year, and 25 years of ties", 9, 5)).isNull();
  }

  @Test
  void nameWordsAreCapitalisedWordsAcrossLanguages() {
    assertThat(YearEvidence.nameWords("General Lương Tam Quang received Michael DeSombre in Hà Nội. The talks"))
        .contains("lương", "tam", "quang", "michael", "desombre", "nội", "general")
        .doesNotContain("hà", "the", "talks");
  }

  @Test
  void termsLeaveOutFunctionAndCalendarWords() {
    assertThat(YearEvidence.terms("In September 2025, the MoPS and the US co-chaired the second Dialogue."))
        .containsExactly("co-chaired", "dialogue", "mops", "second");
  }
}
