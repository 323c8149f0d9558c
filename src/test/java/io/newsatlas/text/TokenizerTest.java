package io.newsatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.TestSettings;
import io.newsatlas.actors.Gazetteer;
import io.newsatlas.ingest.TextHeaders;
import io.newsatlas.pipeline.Pipeline;
import io.newsatlas.themes.ThemeDictionary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  static final Tokenizer TOKENIZER = Tokenizer.of(Pipeline.dictionaryTerms(
      ThemeDictionary.load("conf/themes.yaml", true), Gazetteer.load("conf/actors.yaml", true)),
      TestSettings.defaults().tokens());

  static String seed(String prefix) throws IOException {
    try (var files = Files.list(Path.of("seeds"))) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return TextNormalizer.normalize(Files.readString(file));
    }
  }

  @Test
  void vietnameseSeedKeepsMultiSyllableWords() throws IOException {
    List<String> terms = TOKENIZER.terms(seed("001"), "vi");
    assertThat(terms).contains("an_ninh_mạng", "ma_túy", "bộ_công_an", "tội_phạm_xuyên_quốc_gia", "hợp_tác")
        .doesNotContain("an", "ninh", "mạng", "túy", "của", "và", "các");
    // "Bộ trưởng Bộ Công an": the minister and the ministry stay two terms.
    assertThat(String.join(" ", terms)).contains("bộ_trưởng bộ_công_an");
  }

  @Test
  void englishSeedKeepsDictionaryPhrases() throws IOException {
    List<String> terms = TOKENIZER.terms(seed("000"), "en");
    assertThat(terms).contains("transnational_crime", "human_trafficking", "vietnamese_ministry_of_public_security")
        .doesNotContain("the", "of", "and", "said");
    assertThat(TOKENIZER.terms(seed("004"), "en")).contains("money_laundering");
  }

  @Test
  void tonesCountAndStopWordsGo() {
    assertThat(TOKENIZER.terms("Ma túy mà ma tuy", "vi")).containsExactly("ma_túy", "ma", "tuy");
    assertThat(TOKENIZER.terms("Cuộc chiến chống ma túy", "vi")).containsExactly("cuộc_chiến", "chống", "ma_túy");
  }

  @Test
  void numbersAndPunctuationEndATerm() {
    assertThat(TOKENIZER.terms("an ninh, mạng", "vi")).containsExactly("an_ninh", "mạng");
    assertThat(TOKENIZER.terms("money 2 laundering; money-laundering", "en"))
        .containsExactly("money", "laundering", "money_laundering");
    assertThat(Tokenizer.clauses("Viet Nam's 3rd U.S. visit")).containsExactly(List.of("viet", "nam"),
        List.of("s"), List.of("u"), List.of("s"), List.of("visit"));
  }

  @Test
  void learnedCollocationsJoinUnitsPassByPass() {
    Collocations learned = Collocations.NONE
        .plusPass(Map.of("en", List.<String[]>of(new String[] {"interest", "rates"}, new String[] {"central", "bank"})))
        .plusPass(Map.of("en", List.<String[]>of(new String[] {"central_bank", "interest_rates"})));
    Tokenizer tokenizer = TOKENIZER.with(learned);
    assertThat(tokenizer.terms("The central bank interest rates rose; central bank rates fell.", "en"))
        .containsExactly("central_bank_interest_rates", "rose", "central_bank", "rates", "fell");
    // Collocations are per language.
    assertThat(tokenizer.terms("central bank", "vi")).containsExactly("central", "bank");
  }
}
