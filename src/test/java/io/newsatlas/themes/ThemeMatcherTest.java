package io.newsatlas.themes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.actors.ActorMatcher;
import io.newsatlas.actors.Gazetteer;
import io.newsatlas.ingest.TextHeaders;
import io.newsatlas.text.TextNormalizer;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** A term capitalised after a capitalised word is part of a name the gazetteer lacks; headlines and sentence starts count. */
  @Test
  void aTermInsideAnUnlistedNameIsNoMention() {
    assertThat(themes("The stores will keep the Pathmark Super Drug trade name, the company said.")).isEmpty();
    assertThat(themes("He met officials of the Bureau of International Narcotics and Law Enforcement Affairs."))
        .doesNotContain("drugs");
    assertThat(themes("Police Seize Heroin Worth Millions in Port Raid")).containsExactly("drugs");
    assertThat(themes("SHULTZ WARNS ON DRUG TRAFFICKING")).containsExactly("drugs");
    assertThat(themes("Drug trafficking rose. The probe into the Mafia widened.")).containsExactlyInAnyOrder("drugs",
        "transnational_crime");
    assertThat(themes("Hai bên tổ chức Đối thoại chiến lược Quốc phòng lần thứ 7.")).isNotEmpty();
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

  @Test
  void overlappingTermsOfOneThemeCountOnce() {
    assertThat(matcher.find("a reciprocal trade agreement")).singleElement()
        .satisfies(hit -> assertThat(hit.term()).isEqualTo("reciprocal trade"));
  }

  @Test
  void aTermInsideALongerTermOfAnotherThemeIsTheLongerTerms() {
    assertThat(themes("cảnh báo lừa đảo trực tuyến")).containsExactly("online_fraud");
    assertThat(themes("nhóm lừa đảo chiếm đoạt tài sản")).containsExactly("fraud_scams");
    assertThat(themes("an illegal wildlife trade ring")).containsExactly("wildlife_trafficking");
    // A longer term that its own theme's longer term overlaps still hides what lies inside it.
    assertThat(themes("cảnh báo cuộc gọi lừa đảo trên không gian mạng")).containsExactly("online_fraud");
    // Terms that only overlap are both meant.
    assertThat(themes("maritime security cooperation")).containsExactlyInAnyOrder("maritime_security",
        "defence_security_cooperation");
  }

  @Test
  void wordsInsideAnActorsNameAreTheActorsNotATheme() {
    ThemeMatcher withActors = new ThemeMatcher(DICTIONARY,
        new ActorMatcher(Gazetteer.load("conf/actors.yaml", false)));
    String office = "Chris Landberg of the Bureau of International Narcotics and Law Enforcement Affairs spoke.";
    assertThat(withActors.find(office)).isEmpty();
    assertThat(withActors.find(office + " Both sides will fight narcotics.")).extracting(ThemeMatcher.Hit::themeId)
        .containsExactly("drugs");
    assertThat(themes(office)).contains("drugs");
  }

  @Test
  void fraudOfEveryKindIsFraudAndScams() {
    assertThat(themes("đối tượng giả danh công an gọi điện")).containsExactly("fraud_scams");
    assertThat(themes("charged with securities fraud")).containsExactly("fraud_scams");
    assertThat(themes("Korean citizens held in scam compounds in Cambodia")).containsExactly("online_fraud");
    assertThat(DICTIONARY.lineage("online_fraud")).contains("fraud_scams");
  }

  @Test
  void theSeedsDialogueIsLawEnforcementCooperationInBothLanguages() {
    assertThat(themes("co-chaired the second Security and Law Enforcement Dialogue in the US"))
        .containsExactly("law_enforcement_cooperation");
    assertThat(themes("đã đồng chủ trì Đối thoại An ninh, Thực thi pháp luật lần thứ II tại Hoa Kỳ"))
        .containsExactly("law_enforcement_cooperation");
  }

  @Test
  void theSeedsTranslationPairHasTheSameThemes() throws java.io.IOException {
    ThemeMatcher withActors = new ThemeMatcher(DICTIONARY,
        new ActorMatcher(Gazetteer.load("conf/actors.yaml", false)));
    java.util.function.Function<String, Set<String>> themesOf = file -> {
      try {
        String text = TextNormalizer.normalize(TextHeaders.parse(Files.readString(Path.of("seeds", file))).body());
        return withActors.find(text).stream().map(ThemeMatcher.Hit::themeId)
            .collect(Collectors.toCollection(java.util.TreeSet::new));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    Set<String> english = themesOf.apply("000_0e4843c05f27767b.txt");
    assertThat(english).contains("law_enforcement_cooperation", "online_fraud", "transnational_crime");
    assertThat(themesOf.apply("001_66657b37b6429b82.txt")).isEqualTo(english);
  }
}
