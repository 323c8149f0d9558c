package io.newsatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void decomposedVietnameseBecomesComposed() {
    String nfd = Normalizer.normalize("Bộ Công an, ma túy", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Bộ Công an, ma túy");
    assertThat(TextNormalizer.normalize(nfd)).isEqualTo("Bộ Công an, ma túy");
  }

  @Test
  void lineEndsSpacesAndInvisibleCharacters() {
    assertThat(TextNormalizer.normalize("\uFEFF a\u00A0\u00A0b\u200B c \r\nd\re  ")).isEqualTo("a b c\nd\ne");
  }

  @Test
  void wordsAreRunsOfLetters() {
    assertThat(TextNormalizer.wordCount("Việt Nam–US ties, 30 years; ma túy.")).isEqualTo(7);
  }

  @Test
  void titleOnlyWhenTheFirstLineReadsLikeAHeadline() {
    assertThat(TextNormalizer.guessTitle("Gần 100.000 ca Covid-19 tại Mỹ\nSau 8 tháng ...")).isEqualTo("Gần 100.000 ca Covid-19 tại Mỹ");
    assertThat(TextNormalizer.guessTitle("A lead sentence that ends with a period.\nMore.")).isNull();
    assertThat(TextNormalizer.guessTitle("Only one line")).isNull();
    // A site's banner and a date line before the headline are passed over (seed 003).
    assertThat(TextNormalizer.guessTitle("Ministry of Public Security Portal is under construction\n\n"
        + "US Secretary of State visits Vietnamese Ministry of Public Security\n\nOctober, 31 2020\nMPS - General To Lam ..."))
        .isEqualTo("US Secretary of State visits Vietnamese Ministry of Public Security");
    assertThat(TextNormalizer.guessTitle("October, 31 2020\nPolice seize drugs in Hải Phòng\nThe police ..."))
        .isEqualTo("Police seize drugs in Hải Phòng");
    // The body starts at the first long line: a short line after it is not the headline.
    assertThat(TextNormalizer.guessTitle("HÀ NỘI — General Lương Tam Quang, Politburo member and Minister of Public"
        + " Security, received US Assistant Secretary of State Michael DeSombre in Hà Nội on Friday and discussed"
        + " cooperation\nA short caption\nMore text.")).isNull();
  }
}
