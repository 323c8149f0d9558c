package io.newsatlas.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsatlas.config.ConfigException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static Gazetteer parse(String yaml) {
    return Gazetteer.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void theBundledGazetteerHoldsEveryGoldActorAndTheMainPartners() {
    Gazetteer gazetteer = Gazetteer.load("conf/actors.yaml", false);
    assertThat(gazetteer.byId()).containsKeys("luong_tam_quang", "to_lam", "wang_xiaohong", "michael_desombre",
        "ministry_public_security_vn", "ministry_public_security_cn", "us_department_of_state", "fbi", "interpol",
        "aseanapol", "unodc", "japan", "south_korea", "australia", "russia", "laos", "cambodia");
    for (var doc : io.newsatlas.pipeline.GoldActors.documents()) {
      assertThat(gazetteer.byId()).as(doc.file()).containsKeys(doc.actors().toArray(String[]::new));
    }
  }

  @Test
  void aDuplicateAliasNamesBothActors() {
    assertThatThrownBy(() -> parse("actors:\n"
        + "  - {id: a, type: person, name: {en: A, vi: A}, aliases: {en: [Tô Lâm]}}\n"
        + "  - {id: b, type: person, name: {en: B, vi: B}, aliases: {en: [To Lam]}, fold_diacritics: true}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("actor 2 'b': alias 'To Lam' is also an alias of 'a'");
  }

  @Test
  void anEmptyAliasOrAnUnknownTypeNamesTheEntry() {
    assertThatThrownBy(() -> parse("actors:\n  - {id: a, type: person, name: {en: A, vi: A}, aliases: {en: ['']}}\n"))
        .hasMessageContaining("actor 1 'a': an alias is empty");
    assertThatThrownBy(() -> parse("actors:\n  - {id: a, type: ministry, name: {en: A, vi: A}, aliases: {en: [A]}}\n"))
        .hasMessageContaining("actor 1 'a': unknown type 'ministry'");
    assertThatThrownBy(() -> parse("actors:\n  - {id: a, type: organisation, name: {en: A, vi: A}, generic_aliases: [Ministry of X]}\n"))
        .hasMessageContaining("generic_aliases need a country");
    assertThatThrownBy(() -> parse("actors:\n  - {id: a, type: person, name: {en: A, vi: A}, aliases: {en: [A]}, nickname: x}\n"))
        .hasMessageContaining("unknown field 'nickname'");
  }
}
