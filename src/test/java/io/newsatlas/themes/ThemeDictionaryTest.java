package io.newsatlas.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsatlas.config.ConfigException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ThemeDictionaryTest {
  private static ThemeDictionary parse(String yaml) {
    return ThemeDictionary.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  private static final String GOOD_THEME = "  - id: drugs\n    name: {en: Drugs, vi: Ma túy}\n    terms: {en: [drug], vi: [ma túy]}\n";

  @Test
  void theBundledDictionaryHasEveryThemeTheIssueAsksFor() {
    ThemeDictionary dictionary = ThemeDictionary.load("conf/themes.yaml", false);
    assertThat(dictionary.themes()).extracting(ThemeDictionary.Theme::id).contains(
        "transnational_crime", "drugs", "cybersecurity", "human_trafficking", "illegal_migration", "online_fraud",
        "money_laundering", "terrorism", "smuggling", "wildlife_trafficking", "maritime_security", "corruption",
        "counterfeit_goods", "extradition_fugitives", "disaster_relief", "defence_security_cooperation", "trade",
        "fraud_scams", "law_enforcement_cooperation");
    assertThat(dictionary.lineage("online_fraud")).containsExactly("online_fraud", "fraud_scams");
  }

  @Test
  void aMissingDefaultDictionaryFallsBackToTheBundledOneButAGivenPathMustExist() {
    assertThat(ThemeDictionary.load("no/such/themes.yaml", true).themes()).isNotEmpty();
    assertThatThrownBy(() -> ThemeDictionary.load("no/such/themes.yaml", false))
        .isInstanceOf(ConfigException.class).hasMessageContaining("no/such/themes.yaml does not exist");
  }

  @Test
  void mistakesNameTheEntry() {
    assertThatThrownBy(() -> parse("themes:\n" + GOOD_THEME + GOOD_THEME))
        .hasMessage("Theme dictionary test.yaml, theme 2 'drugs': the id is used twice");
    assertThatThrownBy(() -> parse("themes:\n  - id: Drugs\n    name: {en: D, vi: M}\n    terms: {en: [drug]}\n"))
        .hasMessageContaining("theme 1 'Drugs': id must be snake_case");
    assertThatThrownBy(() -> parse("themes:\n  - id: drugs\n    name: {en: D}\n    terms: {en: [drug]}\n"))
        .hasMessageContaining("give name: {en: ..., vi: ...}");
    assertThatThrownBy(() -> parse("themes:\n  - id: drugs\n    name: {en: D, vi: M}\n    terms: {en: []}\n"))
        .hasMessageContaining("give at least one term");
    assertThatThrownBy(() -> parse("themes:\n  - id: drugs\n    name: {en: D, vi: M}\n    terms: {en: ['  ']}\n"))
        .hasMessageContaining("a term or exclusion is empty");
    assertThatThrownBy(() -> parse("themes:\n" + GOOD_THEME + "    parent: crime\n"))
        .hasMessageContaining("parent 'crime' is not a theme id");
    assertThatThrownBy(() -> parse("themes:\n" + GOOD_THEME + "    synonyms: [x]\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("unknown field 'synonyms'");
  }

  @Test
  void parentLoopsAreRejected() {
    String yaml = "themes:\n"
        + "  - {id: a, name: {en: A, vi: A}, terms: {en: [a]}, parent: b}\n"
        + "  - {id: b, name: {en: B, vi: B}, terms: {en: [b]}, parent: a}\n";
    assertThatThrownBy(() -> parse(yaml)).hasMessageContaining("its parents loop back to it");
  }
}
