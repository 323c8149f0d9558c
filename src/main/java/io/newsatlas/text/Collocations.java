package io.newsatlas.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word pairs learned from the corpus that read as one term ("thủ_tướng chính_phủ", "money
 * laundering"), by language and pass: pass 2 joins units made by pass 1, so terms grow to four
 * words. Applied left to right, each pair at most once per pass.
 */
public final class Collocations implements Serializable {
  public static final Collocations NONE = new Collocations(Map.of());
  private static final char SEPARATOR = '\t';

  private final Map<String, List<Set<String>>> passesByLanguage;

  private Collocations(Map<String, List<Set<String>>> passesByLanguage) {
    this.passesByLanguage = passesByLanguage;
  }

  /** These collocations plus one more pass: pairs (first, second) per language. */
  public Collocations plusPass(Map<String, List<String[]>> pairsByLanguage) {
    Map<String, List<Set<String>>> next = new HashMap<>();
    passesByLanguage.forEach((language, passes) -> next.put(language, new ArrayList<>(passes)));
    pairsByLanguage.forEach((language, pairs) -> {
      Set<String> keys = new HashSet<>();
      for (String[] pair : pairs) {
        keys.add(key(pair[0], pair[1]));
      }
      next.computeIfAbsent(language, l -> new ArrayList<>()).add(keys);
    });
    return new Collocations(next);
  }

  public int size(String language) {
    return passesByLanguage.getOrDefault(language, List.of()).stream().mapToInt(Set::size).sum();
  }

  public Set<String> languages() {
    return passesByLanguage.keySet();
  }

  List<String> apply(List<String> units, String language) {
    List<Set<String>> passes = passesByLanguage.get(language);
    if (passes == null) {
      return units;
    }
    List<String> current = units;
    for (Set<String> pass : passes) {
      if (current.size() < 2) {
        break;
      }
      List<String> joined = new ArrayList<>(current.size());
      int i = 0;
      while (i < current.size()) {
        if (i + 1 < current.size() && pass.contains(key(current.get(i), current.get(i + 1)))) {
          joined.add(current.get(i) + TermLexicon.JOINER + current.get(i + 1));
          i += 2;
        } else {
          joined.add(current.get(i));
          i++;
        }
      }
      current = joined;
    }
    return current;
  }

  private static String key(String first, String second) {
    return first + SEPARATOR + second;
  }
}
