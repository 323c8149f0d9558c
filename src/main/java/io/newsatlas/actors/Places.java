package io.newsatlas.actors;

import io.newsatlas.text.MatchText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled place names ({@code places.tsv}: countries and regions from Unicode CLDR, Viet Nam's
 * provinces, capitals, large cities, seas): actor discovery leaves places out of its candidates.
 */
final class Places {
  private static final String RESOURCE = "/io/newsatlas/actors/places.tsv";
  private static final Pattern ALTERNATIVE = Pattern.compile("^(.*?)\\s*\\((.*)\\)$");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> NAMES = load();

  private Places() {}

  static boolean isPlace(String name) {
    return NAMES.contains(key(name));
  }

  /** Compared without case, diacritics or punctuation: "Quang Ninh" is "Quảng Ninh", "TP.HCM" is "TP HCM". */
  static String key(String name) {
    return NOT_LETTERS.matcher(MatchText.folded(name)).replaceAll(" ").strip();
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Places.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        for (int i = 1; i < fields.length; i++) {
          String name = fields[i].strip();
          Matcher alternative = ALTERNATIVE.matcher(name);
          if (alternative.matches()) {
            names.add(key(alternative.group(1)));
            names.add(key(alternative.group(2)));
          } else if (!name.isEmpty()) {
            names.add(key(name));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
    }
    return names;
  }
}
