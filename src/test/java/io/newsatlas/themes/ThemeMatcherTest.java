package io.newsatlas.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ThemeMatcherTest {
  static final ThemeDictionary DICTIONARY = ThemeDictionary.load("conf/themes.yaml", false);
  private final ThemeMatcher matcher = new ThemeMatcher(DICTIONARY);

  private Set<String> themes(String text) {
    return matcher.find(text).stream().map(ThemeMatcher.Hit::themeId).collect(Collectors.toSet());
  }

  @Test
  void bothVietnameseTonePlacementsMatch() {
    assertThat(themes("phòng chống ma túy")).containsExactly("drugs");
    assertThat(themes("phòng chống ma tuý")).containsExactly("drugs");
    assertThat(themes("vận chuyển trái phép hàng hoá qua biên giới")).containsExactly("smuggling");
    assertThat(themes("vận chuyển trái phép hàng hóa qua biên giới")).containsExactly("smuggling");
  }

  @Test
  void decomposedVietnameseIsNotMatchedUntilNormalised() {
    // documents.text is NFC; the matcher relies on it.
    String nfd = java.text.Normalizer.normalize("an ninh mạng", java.text.Normalizer.Form.NFD);
    assertThat(themes(java.text.Normalizer.normalize(nfd, java.text.Normalizer.Form.NFC))).containsExactly("cybersecurity");
  }

  @Test
  void englishPluralsAndSpellingsMatch() {
    assertThat(themes("cooperation to combat narcotics")).containsExactly("drugs");
    assertThat(themes("fighting cybercrimes together")).containsExactly("cybersecurity");
    assertThat(themes("organized crime groups")).containsExactly("transnational_crime");
    assertThat(themes("organised crimes across the region")).containsExactly("transnational_crime");
    assertThat(themes("defense-security cooperation between the two countries")).containsExactly("defence_security_cooperation");
    assertThat(themes("Cyber-Security week")).containsExactly("cybersecurity");
  }

  @Test
  void exclusionsDropTermsInsideThem() {
    assertThat(themes("shares of drug companies rose")).isEmpty();
    assertThat(themes("the drugmaker said")).isEmpty();
    assertThat(themes("ARBOR DRUGS INC 2ND QTR NET")).isEmpty();
    assertThat(themes("the company's drug Virazole is being tested")).isEmpty();
    assertThat(themes("cooperation in drug prevention and control")).containsExactly("drugs");
    assertThat(themes("cocoa arrivals from the Ivory Coast")).isEmpty();
    assertThat(themes("seizure of smuggled ivory")).containsExactly("wildlife_trafficking");
    assertThat(themes("a crackdown on drug smuggling")).containsExactly("drugs");
    assertThat(themes("rings engaged in gian lận thương mại")).containsExactly("smuggling");
  }

  @Test
  void punctuationBetweenWordsBreaksAPhrase() {
    assertThat(themes("hòa bình, ổn định, hợp tác, an ninh và thịnh vượng")).isEmpty();
    assertThat(themes("tăng cường hợp tác an ninh")).containsExactly("defence_security_cooperation");
  }

  @Test
  void wordsInsideLongerWordsDoNotMatch() {
    assertThat(themes("an important meeting on imported reforms")).isEmpty();
    assertThat(themes("imports rose 5 pct")).containsExactly("trade");
  }

  @Test
  void anEnglishAndAVietnameseArticleOnOneSubjectShareTheirThemes() {
    String en = "The two ministries will step up cooperation on cybersecurity and against online fraud and human trafficking.";
    String vi = "Hai bộ sẽ tăng cường hợp tác về an ninh mạng, phòng chống lừa đảo trực tuyến và mua bán người.";
    assertThat(themes(en)).containsExactlyInAnyOrder("cybersecurity", "online_fraud", "human_trafficking");
    assertThat(themes(vi)).isEqualTo(themes(en));
  }

  @Test
  void hitsCarryTheirOffsetsAndTerm() {
    String text = "Both sides discussed illegal immigration.";
    ThemeMatcher.Hit hit = matcher.find(text).get(0);
    assertThat(text.substring(hit.start(), hit.end())).isEqualTo("illegal immigration");
    assertThat(hit.term()).isEqualTo("illegal immigration");
  }

  @Test
  void theLongestPhraseOfAThemeWinsOverItsParts() {
    assertThat(matcher.find("transnational organised crime")).singleElement()
        .satisfies(hit -> assertThat(hit.term()).isEqualTo("transnational organised crime"));
  }
}
