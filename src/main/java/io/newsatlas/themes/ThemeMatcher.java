package io.newsatlas.themes;

import io.newsatlas.actors.ActorMatcher;
import io.newsatlas.text.EnglishVariants;
import io.newsatlas.text.PhraseMatcher;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every theme term of the dictionary found in one text, in one pass (one matcher for all themes),
 * minus those that sit inside an exclusion of their theme, inside an actor's name ("Narcotics" in
 * "Bureau of International Narcotics and Law Enforcement Affairs" is the Bureau's, not drugs) or
 * inside a longer term of another theme ("lừa đảo" in "lừa đảo trực tuyến" is online fraud, which
 * rolls up into fraud). Overlapping terms of one theme count once ("reciprocal trade agreement" is
 * one trade mention, not "reciprocal trade" plus "trade agreement"). Terms of two themes that only
 * overlap both count: "maritime security cooperation" is maritime security and security cooperation.
 */
public final class ThemeMatcher implements Serializable {
  /** A theme found at [start, end) of the text, through {@code term} (the dictionary's wording). */
  public record Hit(String themeId, String term, int start, int end) implements io.newsatlas.text.Mentions.Span {}

  private final PhraseMatcher<String> terms;
  private final PhraseMatcher<String> exclusions;
  private final ActorMatcher actors;

  /** A matcher that does not know actors' names (tests of the dictionary alone). */
  public ThemeMatcher(ThemeDictionary dictionary) {
    this(dictionary, null);
  }

  /** @param actors the gazetteer's names, whose words are not theme mentions; null for none */
  public ThemeMatcher(ThemeDictionary dictionary, ActorMatcher actors) {
    this.actors = actors;
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

  /** @param nfcText documents.text; the actors' names in it are matched here (see the other find) */
  public List<Hit> find(String nfcText) {
    List<int[]> names = actors == null ? List.of()
        : actors.find(nfcText).stream().map(n -> new int[] {n.start(), n.end()}).toList();
    return find(nfcText, names);
  }

  /**
   * @param nfcText documents.text
   * @param names where the actors' names are in it (start, end exclusive), as the actor stage found them
   */
  /** A line with at least this share of its words capitalised is a title-case headline. */
  private static final double TITLE_CASE_SHARE = 0.6;

  /**
   * Whether a lower-case term is written capitalised after a capitalised word inside a sentence, so
   * part of a name the gazetteer lacks: "the Pathmark Super Drug trade name", "Cục Phòng chống Ma Túy".
   * A sentence's first word, all capitals and title-case headlines ("Police Seize Drugs in Raid") are
   * terms still.
   */
  static boolean inProperName(String text, PhraseMatcher.Match<String> match) {
    int first = text.codePointAt(match.start());
    int next = match.start() + Character.charCount(first);
    boolean capitalised = Character.isUpperCase(first) && next < text.length()
        && !Character.isUpperCase(text.codePointAt(next));
    if (!capitalised || match.phrase().isEmpty() || !Character.isLowerCase(match.phrase().codePointAt(0))) {
      return false;
    }
    int before = match.start();
    while (before > 0 && text.charAt(before - 1) == ' ') {
      before--;
    }
    if (before == 0 || ".!?:;\"“”'‘’(\n-–—•*".indexOf(text.charAt(before - 1)) >= 0) {
      return false;
    }
    // Inside a run of capitalised words: "Super Drug", "International Narcotics"; not "the Mafia",
    // nor a Vietnamese name's one capital ("Đối thoại chiến lược Quốc phòng" is the theme).
    int wordStart = before;
    while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart == before || !Character.isUpperCase(text.codePointAt(wordStart))) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', match.start()) + 1;
    int lineEnd = text.indexOf('\n', match.end());
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    long words = 0;
    long upper = 0;
    for (String word : line.split("[\\s,;:()\"“”]+")) {
      if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
        words++;
        if (Character.isUpperCase(word.codePointAt(0))) {
          upper++;
        }
      }
    }
    return upper < TITLE_CASE_SHARE * words;
  }

  public List<Hit> find(String nfcText, List<int[]> names) {
    List<PhraseMatcher.Match<String>> found = terms.find(nfcText);
    if (found.isEmpty()) {
      return List.of();
    }
    List<PhraseMatcher.Match<String>> excluded = exclusions.find(nfcText);
    List<Hit> candidates = new ArrayList<>();
    for (PhraseMatcher.Match<String> match : found) {
      boolean insideExclusion = excluded.stream().anyMatch(x -> x.key().equals(match.key())
          && x.start() <= match.start() && match.end() <= x.end());
      boolean insideName = names.stream().anyMatch(n -> n[0] <= match.start() && match.end() <= n[1])
          || inProperName(nfcText, match);
      if (!insideExclusion && !insideName) {
        candidates.add(new Hit(match.key(), match.phrase(), match.start(), match.end()));
      }
    }
    // First a term inside a longer term of another theme goes, weighed against every term found;
    // then, longest first at each position, overlaps within a theme count once.
    List<Hit> outermost = candidates.stream().filter(hit -> candidates.stream().noneMatch(k ->
        !k.themeId().equals(hit.themeId()) && k.start() <= hit.start() && hit.end() <= k.end()
            && k.end() - k.start() > hit.end() - hit.start())).sorted(
        Comparator.comparingInt(Hit::start).thenComparingInt(h -> h.start() - h.end())).toList();
    List<Hit> kept = new ArrayList<>();
    for (Hit hit : outermost) {
      boolean overlaps = kept.stream().anyMatch(k -> k.themeId().equals(hit.themeId())
          && k.start() < hit.end() && hit.start() < k.end());
      if (!overlaps) {
        kept.add(hit);
      }
    }
    return kept;
  }
}
