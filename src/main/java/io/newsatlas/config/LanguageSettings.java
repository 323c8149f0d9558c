package io.newsatlas.config;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Settings of language identification. */
/**
 * @param minCommonWordShare below this share of the chosen language's common words (in a text that
 *     is mostly words), the language is 'und': the text is in a language the detector was not given
 * @param commonWordsMinWords texts with fewer words are not checked (notices and tables are short)
 */
public record LanguageSettings(List<String> candidates, int sampleChars, double minConfidence,
    double minCommonWordShare, int commonWordsMinWords) implements java.io.Serializable {
  void validate() {
    ConfigException.check(candidates != null && !candidates.isEmpty(),
        "Invalid language.candidates: empty (list ISO 639-1 codes such as [en, vi])");
    for (String code : candidates) {
      ConfigException.check(isKnown(code),
          "Invalid language.candidates: '%s' is not an ISO 639-1 code the detector knows (e.g. en, vi, fr, zh)", code);
    }
    ConfigException.check(sampleChars >= 50, "Invalid language.sample_chars: %d (must be at least 50)", sampleChars);
    ConfigException.check(minConfidence >= 0 && minConfidence <= 1,
        "Invalid language.min_confidence: %s (must be between 0 and 1)", minConfidence);
    ConfigException.check(minCommonWordShare >= 0 && minCommonWordShare < 1,
        "Invalid language.min_common_word_share: %s (must be from 0 to below 1)", minCommonWordShare);
    ConfigException.check(commonWordsMinWords >= 1,
        "Invalid language.common_words_min_words: %d (must be at least 1)", commonWordsMinWords);
  }

  private static boolean isKnown(String code) {
    return code != null
        && Arrays.stream(IsoCode639_1.values()).anyMatch(c -> c.name().equals(code.toUpperCase(Locale.ROOT)));
  }
}
