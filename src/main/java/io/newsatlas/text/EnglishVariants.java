package io.newsatlas.text;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The forms an English dictionary term takes in news text: plural of its last word, and British
 * and American spellings ("organised"/"organized", "defence"/"defense"). Cheaper and more
 * predictable than a stemmer for a dictionary of phrases.
 */
public final class EnglishVariants {
  private static final String[][] SPELLINGS = {
      {"isation", "ization"}, {"ised", "ized"}, {"ising", "izing"}, {"ise", "ize"},
      {"defence", "defense"}, {"offence", "offense"}, {"labour", "labor"}, {"centre", "center"}};

  private EnglishVariants() {}

  public static Set<String> of(String term) {
    Set<String> spellings = new LinkedHashSet<>();
    spellings.add(term);
    for (String[] pair : SPELLINGS) {
      for (String form : Set.copyOf(spellings)) {
        spellings.add(form.replace(pair[0], pair[1]));
        spellings.add(form.replace(pair[1], pair[0]));
      }
    }
    Set<String> all = new LinkedHashSet<>(spellings);
    for (String form : spellings) {
      all.add(plural(form));
    }
    return all;
  }

  /** Plural of the last word: crime -> crimes, fugitive -> fugitives, company -> companies. */
  static String plural(String phrase) {
    String lower = phrase.toLowerCase(Locale.ROOT);
    if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch") || lower.endsWith("sh")) {
      return phrase + "es";
    }
    if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
      return phrase.substring(0, phrase.length() - 1) + "ies";
    }
    return phrase + "s";
  }
}
