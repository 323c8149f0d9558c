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
  /** Names as written (case aside), and without their diacritics for names written without any. */
  private static final Set<String> NAMES = new HashSet<>();
  private static final Set<String> FOLDED = new HashSet<>();

  static {
    load();
  }

  private Places() {}

  /**
   * Compared without case or punctuation ("TP.HCM" is "TP HCM").
   *
   * @param withDiacritics the name's text writes Vietnamese diacritics, so the name must match them:
   *     there "Thanh Hoa" (a woman's name) is not Thanh Hóa; else "Quang Ninh" is Quảng Ninh
   */
  static boolean isPlace(String name, boolean withDiacritics) {
    return withDiacritics ? NAMES.contains(exact(name)) : FOLDED.contains(folded(name));
  }

  private static String exact(String name) {
    return NOT_LETTERS.matcher(MatchText.canonical(name)).replaceAll(" ").strip();
  }

  private static String folded(String name) {
    return NOT_LETTERS.matcher(MatchText.folded(name)).replaceAll(" ").strip();
  }

  private static void add(String name, boolean asWritten) {
    if (asWritten) {
      NAMES.add(exact(name));
    }
    FOLDED.add(folded(name));
  }

  private static void load() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Places.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        boolean vietnamese = fields[0].startsWith("vn-");
        for (int i = 1; i < fields.length; i++) {
          String name = fields[i].strip();
          Matcher alternative = ALTERNATIVE.matcher(name);
          // A Vietnamese place's name without its diacritics ("Thanh Hoa") is a place only in a
          // text written without them.
          boolean asWritten = !(vietnamese && i == 1);
          if (alternative.matches()) {
            add(alternative.group(1), asWritten);
            add(alternative.group(2), asWritten);
          } else if (!name.isEmpty()) {
            add(name, asWritten);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
    }
  }
}
