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

  /** NFC, \n line ends, no zero-width characters, runs of spaces collapsed, hard-wrapped lines joined, trimmed. */
  public static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    s = INVISIBLE.matcher(s).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ");
    // Before the spaces around line ends go: a paragraph's indentation is what tells it from a wrapped line.
    s = HardWraps.join(s);
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

  /** Lines of a web page's frame, not of the article: never a title. */
  private static final Pattern BOILERPLATE = Pattern.compile("(?i).*\\b(under construction|enable javascript"
      + "|skip to (main )?content|cookie policy|accept cookies|sign in|log in|subscribe)\\b.*");
  /** A line that is only a date ("October, 31 2020", "13/02/2026", "2020"). */
  private static final Pattern DATE_LINE = Pattern.compile("(?i)(\\p{L}+\\.?,?\\s+)?\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}"
      + "|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|(\\p{L}+\\.?,?\\s+)?\\d{4}|\\d{4}-\\d{2}-\\d{2}");
  /** Lines before the body that may hold the headline (a site's banner, a date, the headline). */
  private static final int TITLE_LINES = 3;

  /**
   * The headline: the first of the text's opening lines that reads like one (short, not ending in
   * sentence punctuation, not a site's banner or a date line) and is followed by more text. The body
   * starts at the first long line, so nothing after it is a candidate. Null when there is none
   * (most wire copy starts straight with the lead).
   */
  public static String guessTitle(String text) {
    int at = 0;
    int seen = 0;
    while (at < text.length() && seen < TITLE_LINES) {
      int end = text.indexOf('\n', at);
      if (end < 0) {
        return null;
      }
      String line = text.substring(at, end).strip();
      at = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      int words = wordCount(line);
      if (line.length() > MAX_TITLE_CHARS || words > MAX_TITLE_WORDS) {
        return null;
      }
      if (words < 2 || BOILERPLATE.matcher(line).matches() || DATE_LINE.matcher(line).matches()) {
        continue;
      }
      char last = line.charAt(line.length() - 1);
      if (".!?:;,…".indexOf(last) >= 0) {
        return null;
      }
      return text.substring(end).isBlank() ? null : line;
    }
    return null;
  }
}
