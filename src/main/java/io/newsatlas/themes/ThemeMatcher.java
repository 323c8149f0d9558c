package io.newsatlas.themes;

import io.newsatlas.text.EnglishVariants;
import io.newsatlas.text.PhraseMatcher;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every theme term of the dictionary found in one text, in one pass (one matcher for all themes),
 * minus those that sit inside an exclusion of their theme.
 */
public final class ThemeMatcher implements Serializable {
  /** A theme found at [start, end) of the text, through {@code term} (the dictionary's wording). */
  public record Hit(String themeId, String term, int start, int end) implements io.newsatlas.text.Mentions.Span {}

  private final PhraseMatcher<String> terms;
  private final PhraseMatcher<String> exclusions;

  public ThemeMatcher(ThemeDictionary dictionary) {
    Map<String, List<String>> termPhrases = new LinkedHashMap<>();
    Map<String, List<String>> exclusionPhrases = new LinkedHashMap<>();
    for (ThemeDictionary.Theme theme : dictionary.themes()) {
      for (String term : theme.terms().enOrEmpty()) {
        EnglishVariants.of(term).forEach(form -> add(termPhrases, form, theme.id()));
      }
      theme.terms().viOrEmpty().forEach(term -> add(termPhrases, term, theme.id()));
      for (String exclusion : theme.excludeOrEmpty()) {
        EnglishVariants.of(exclusion).forEach(form -> add(exclusionPhrases, form, theme.id()));
      }
    }
    this.terms = new PhraseMatcher<>(termPhrases);
    this.exclusions = new PhraseMatcher<>(exclusionPhrases);
  }

  private static void add(Map<String, List<String>> phrases, String phrase, String themeId) {
    List<String> keys = phrases.computeIfAbsent(phrase, p -> new ArrayList<>());
    if (!keys.contains(themeId)) {
      keys.add(themeId);
    }
  }

  /** @param nfcText documents.text */
  public List<Hit> find(String nfcText) {
    List<PhraseMatcher.Match<String>> excluded = exclusions.find(nfcText);
    List<Hit> hits = new ArrayList<>();
    for (PhraseMatcher.Match<String> match : terms.find(nfcText)) {
      boolean insideExclusion = excluded.stream().anyMatch(x -> x.key().equals(match.key())
          && x.start() <= match.start() && match.end() <= x.end());
      if (!insideExclusion) {
        hits.add(new Hit(match.key(), match.phrase(), match.start(), match.end()));
      }
    }
    return hits;
  }
}
