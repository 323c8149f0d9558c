package io.newsatlas.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.ingest.TextHeaders;
import io.newsatlas.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActorMatcherTest {
  static final Gazetteer GAZETTEER = Gazetteer.load("conf/actors.yaml", false);
  private final ActorMatcher matcher = new ActorMatcher(GAZETTEER);

  private Set<String> actors(String text) {
    return matcher.find(text).stream().map(ActorMatcher.Mention::actorId).collect(Collectors.toCollection(TreeSet::new));
  }

  private Map<String, List<String>> surfaces(String text) {
    return matcher.find(text).stream().collect(Collectors.groupingBy(ActorMatcher.Mention::actorId, TreeMap::new,
        Collectors.mapping(m -> text.substring(m.start(), m.end()), Collectors.toList())));
  }

  static String seed(String file) throws IOException {
    return TextNormalizer.normalize(TextHeaders.parse(Files.readString(Path.of("seeds", file))).body());
  }

  @Test
  void usTheCountryIsNotUsThePronoun() {
    assertThat(actors("The US and Viet Nam agreed; let us hope.")).containsExactly("united_states", "vietnam");
    assertThat(actors("tell us more about it")).isEmpty();
    assertThat(actors("U.S. Secretary of State M. Pompeo")).containsExactly("united_states");
  }

  @Test
  void shortVietnameseNamesOnlyAsWritten() {
    assertThat(actors("Quan hệ Việt Nam - Mỹ phát triển")).containsExactly("united_states", "vietnam");
    assertThat(actors("ngành thẩm mỹ và mỹ phẩm")).isEmpty();
    assertThat(actors("Ca sĩ Mỹ Tâm biểu diễn ở Mỹ Tho")).isEmpty();
  }

  @Test
  void moneyIsNotTheCountry() {
    assertThat(actors("humanitarian assistance of US$ 2 million")).isEmpty();
  }

  @Test
  void longestMatchWinsAcrossActors() {
    assertThat(surfaces("the Chinese Ministry of Public Security met Việt Nam's officials"))
        .containsEntry("ministry_public_security_cn", List.of("Chinese Ministry of Public Security"))
        .doesNotContainKeys("ministry_public_security_vn", "china");
    assertThat(surfaces("the Communist Party of Việt Nam")).containsOnlyKeys("communist_party_vietnam");
  }

  @Test
  void diacriticsAreOptionalWhereTheActorSaysSo() {
    assertThat(actors("General To Lam met the delegation")).containsExactly("to_lam");
    assertThat(actors("Đại tướng Tô Lâm tiếp đoàn")).containsExactly("to_lam");
    assertThat(actors("Le Quoc Hung and Lê Quốc Hùng")).containsExactly("le_quoc_hung");
  }

  @Test
  void shortFormsCountOnlyAfterTheFullName() {
    String text = "Quang arrived. Later General Lương Tam Quang spoke, and Minister Quang thanked Wang.";
    List<ActorMatcher.Mention> mentions = matcher.find(text);
    assertThat(mentions).extracting(m -> text.substring(m.start(), m.end()))
        .containsExactly("Lương Tam Quang", "Quang");
    assertThat(mentions.get(1).how()).isEqualTo(ActorMatcher.SHORT_FORM);
    assertThat(mentions.get(1).start()).isEqualTo(text.lastIndexOf("Quang"));
  }

  @Test
  void anAmbiguousShortFormIsNeverResolved() {
    Gazetteer two = Gazetteer.parse(new java.io.ByteArrayInputStream(("actors:\n"
        + "  - {id: wang_xiaohong, type: person, name: {en: W, vi: W}, aliases: {en: [Wang Xiaohong]}, short_forms: [Wang]}\n"
        + "  - {id: wang_yi, type: person, name: {en: Y, vi: Y}, aliases: {en: [Wang Yi]}, short_forms: [Wang]}\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test");
    ActorMatcher ambiguous = new ActorMatcher(two);
    String both = "Wang Xiaohong met Wang Yi. Wang said the talks went well.";
    assertThat(ambiguous.find(both)).extracting(ActorMatcher.Mention::how).containsOnly(ActorMatcher.ALIAS).hasSize(2);
    String one = "Wang Xiaohong met the press. Wang said the talks went well.";
    assertThat(ambiguous.find(one)).extracting(ActorMatcher.Mention::how)
        .containsExactly(ActorMatcher.ALIAS, ActorMatcher.SHORT_FORM);
  }

  @Test
  void creditsAndBylinesAreNotActors() {
    assertThat(actors("Bộ trưởng tiếp đoàn. (Ảnh: Phạm Kiên/TTXVN)\nBy Mike Pompeo")).isEmpty();
    assertThat(actors("He met the minister in Beijing. — VNA/VNS")).isEmpty();
  }

  @Test
  void genericNamesNeedTheirCountryAndNoOtherCountryBeforeThem() {
    assertThat(actors("The Ministry of Finance said bond yields rose.")).isEmpty();
    assertThat(actors("Viet Nam's Ministry of Finance said bond yields rose.")).contains("ministry_finance_vn");
    assertThat(actors("In Viet Nam, Japan's Ministry of Finance said yields rose.")).doesNotContain("ministry_finance_vn");
  }

  @Test
  void coordinatedMinistriesAreEachNamed() {
    String text = "Viet Nam sent representatives from the ministries of Public Security, Foreign Affairs, and Finance.";
    assertThat(surfaces(text))
        .containsEntry("ministry_public_security_vn", List.of("Public Security"))
        .containsEntry("ministry_foreign_affairs_vn", List.of("Foreign Affairs"))
        .containsEntry("ministry_finance_vn", List.of("Finance"));
  }

  @Test
  void everyGoldActorOfEverySeedIsFound() throws IOException {
    for (var doc : io.newsatlas.pipeline.GoldActors.documents()) {
      Set<String> found = actors(seed(doc.file()));
      assertThat(found).as("actors of %s", doc.file()).containsAll(doc.actors());
    }
  }
}
