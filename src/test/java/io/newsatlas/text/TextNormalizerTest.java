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

  /** Reuters-21578 NEWID 17,xxx ("NAKASONE ADVISED TO EXPAND PURCHASES ABROAD"), as its SGML lays it out. */
  private static final String WIRE = "NAKASONE ADVISED TO EXPAND PURCHASES ABROAD\n"
      + "TOKYO, April 26 - Prime Minister Yasuhiro Nakasone was\n"
      + "advised to work out a plan for his government to buy more than\n"
      + "one billion dlrs worth of foreign industrial products as part\n"
      + "of efforts to defuse Japan's trade frictions with the United\n"
      + "States, officials said.\n"
      + "    Former Foreign Minister Shintaro Abe made the\n"
      + "recommendation at a meeting with Nakasone soon after returning\n"
      + "from a U.S. Visit designed to pave the way for the prime\n"
      + "minister's visit to Washington starting next Wednesday.\n"
      + "    Abe met President Ronald Reagan and U.S. Congressional\n"
      + "leaders during his visit.\n"
      + " Reuter\n";

  @Test
  void hardWrappedLinesBecomeTheirParagraphs() {
    assertThat(TextNormalizer.normalize(WIRE)).isEqualTo("NAKASONE ADVISED TO EXPAND PURCHASES ABROAD\n"
        + "TOKYO, April 26 - Prime Minister Yasuhiro Nakasone was advised to work out a plan for his government"
        + " to buy more than one billion dlrs worth of foreign industrial products as part of efforts to defuse"
        + " Japan's trade frictions with the United States, officials said.\n"
        + "Former Foreign Minister Shintaro Abe made the recommendation at a meeting with Nakasone soon after"
        + " returning from a U.S. Visit designed to pave the way for the prime minister's visit to Washington"
        + " starting next Wednesday.\n"
        + "Abe met President Ronald Reagan and U.S. Congressional leaders during his visit.\n"
        + "Reuter");
    // So a sentence holds the whole meeting.
    String text = TextNormalizer.normalize(WIRE);
    assertThat(Sentences.split(text).stream().map(s -> s.of(text)))
        .contains("Abe met President Ronald Reagan and U.S. Congressional leaders during his visit.");
  }

  @Test
  void textAParagraphALineOrAListOfHeadlinesKeepsItsLines() {
    String paragraphs = "Hà Nội police seize 20 kg of heroin\n"
        + "The police of Hà Nội seized 20 kg of heroin on Friday and arrested three men, the ministry said in a statement.\n"
        + "The men had carried the drugs from the border in a truck loaded with fruit, the statement said.\n"
        + "Investigators are looking for a fourth man who organised the shipment, it added.\n"
        + "The case is the largest this year in the capital.\n";
    assertThat(TextNormalizer.normalize(paragraphs)).isEqualTo(paragraphs.strip());
    String headlines = "Today's headlines\n"
        + "Minister To Lam receives the US Ambassador in Hanoi\n"
        + "Police in Hai Phong seize 20 kilograms of heroin at port\n"
        + "ASEAN ministers meet on transnational crime in Jakarta\n"
        + "Cambodia and Viet Nam sign a deal on human trafficking\n"
        + "Online fraud cases rise by a third in the first quarter\n";
    assertThat(TextNormalizer.normalize(headlines)).isEqualTo(headlines.strip());
  }
}
