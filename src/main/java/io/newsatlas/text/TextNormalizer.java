package io.newsatlas.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Unicode and whitespace normalisation shared by every stage. Vietnamese arrives both composed
 * (NFC) and decomposed (NFD, common from macOS and Windows-1258); matching needs one form.
 */
public final class TextNormalizer {
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
  private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\t\\x0B\\f ]+");
  private static final Pattern LINE_END_SPACES = Pattern.compile(" *\n *");
  private static final int MAX_TITLE_CHARS = 200;
  private static final int MAX_TITLE_WORDS = 25;

  private TextNormalizer() {}

  /** NFC, \n line ends, no zero-width characters, runs of spaces collapsed, trimmed. */
  public static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    s = INVISIBLE.matcher(s).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ");
    s = LINE_END_SPACES.matcher(s).replaceAll("\n");
    return s.strip();
  }

  /** Words: runs of letters and combining marks (digits and punctuation are not words). */
  public static int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }

  /**
   * The first line when it reads like a headline: short, not ending in sentence punctuation, and
   * followed by more text. Null otherwise (most wire copy starts straight with the lead).
   */
  public static String guessTitle(String text) {
    int end = text.indexOf('\n');
    if (end < 0) {
      return null;
    }
    String first = text.substring(0, end).strip();
    if (first.isEmpty() || first.length() > MAX_TITLE_CHARS || wordCount(first) > MAX_TITLE_WORDS
        || wordCount(first) < 2) {
      return null;
    }
    char last = first.charAt(first.length() - 1);
    if (".!?:;,…".indexOf(last) >= 0 || text.substring(end).isBlank()) {
      return null;
    }
    return first;
  }
}
