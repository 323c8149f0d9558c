package io.newsatlas.config;

import java.util.List;
import java.util.Map;

/**
 * How text becomes terms for the topic model; see conf/newsatlas.yaml.
 *
 * @param concepts also emit language-neutral terms from the theme and actor dictionaries
 * @param extraStopWords stop words by language code, added to the bundled lists
 * @param collocationMinCount a run of words becomes one term only when seen this often
 * @param collocationMinNpmi ... and when its words stick together this strongly (NPMI, 0-1)
 * @param collocationPasses each pass can join two units, so 2 passes make terms of up to 4 words
 * @param collocationMaxTerms the strongest this many collocations per language are kept
 */
public record TokenSettings(boolean concepts, Map<String, List<String>> extraStopWords, int collocationMinCount,
    double collocationMinNpmi, int collocationPasses, int collocationMaxTerms) implements java.io.Serializable {

  public List<String> extraStopWords(String language) {
    return extraStopWords == null ? List.of() : extraStopWords.getOrDefault(language, List.of());
  }

  void validate() {
    ConfigException.check(collocationMinCount >= 2,
        "Invalid tokens.collocation_min_count: %d (must be at least 2)", collocationMinCount);
    ConfigException.check(collocationMinNpmi > 0 && collocationMinNpmi <= 1,
        "Invalid tokens.collocation_min_npmi: %s (must be above 0 and at most 1)", collocationMinNpmi);
    ConfigException.check(collocationPasses >= 0 && collocationPasses <= 4,
        "Invalid tokens.collocation_passes: %d (must be between 0 and 4)", collocationPasses);
    ConfigException.check(collocationMaxTerms >= 0,
        "Invalid tokens.collocation_max_terms: %d (must be 0 or more)", collocationMaxTerms);
  }
}
