package io.newsatlas.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins the lines of hard-wrapped text into its paragraphs. Wire copy and plain-text archives
 * (Reuters-21578, mailing lists) break lines at a fixed width, so a line break there is not the end
 * of a sentence or a name: "Abe met President Ronald Reagan and U.S.\nofficials". Text is taken as
 * wrapped when its lines are short, most of them fill the width, and some breaks fall mid-sentence
 * (the next line starts in lower case); then a break is kept only where a paragraph ends: a blank or
 * indented next line, a short line, the first line (a headline) or a line in capitals (a heading).
 * Text written a paragraph a line, or a list of headlines, is left as it is.
 */
final class HardWraps {
  /** Wrapped text has lines at most this long (the widest wire and mail widths are 72 to 80). */
  private static final int MAX_WIDTH = 100;
  private static final int MIN_WIDTH = 30;
  /** Lines needed to tell a wrapped text from a few short lines. */
  private static final int MIN_LINES = 4;
  /** A line this share of the width or more fills it; a shorter line ends a paragraph. */
  private static final double FULL_LINE = 0.6;
  /** Share of the lines that fill the width, in a wrapped text. */
  private static final double MIN_FULL_SHARE = 0.5;
  /** Share of the joinable breaks followed by a lower-case word: prose does this, lists do not. */
  private static final double MIN_LOWER_CASE_SHARE = 0.15;

  private HardWraps() {}

  /**
   * The text with every soft line break (inside a paragraph) replaced by a space; lines may still
   * carry their indentation (one space, after whitespace runs are collapsed), which marks paragraphs.
   */
  static String join(String text) {
    if (text.indexOf('\n') < 0) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    int first = firstNonBlank(lines);
    int width = width(lines, first);
    if (width < 0 || !isWrapped(lines, first, width)) {
      return text;
    }
    StringBuilder joined = new StringBuilder(text.length());
    for (int k = 0; k < lines.length; k++) {
      if (k + 1 < lines.length && k != first && isSoftBreak(lines[k], lines[k + 1], width)) {
        joined.append(lines[k].stripTrailing()).append(' ');
      } else {
        joined.append(lines[k]).append(k + 1 < lines.length ? "\n" : "");
      }
    }
    return joined.toString();
  }

  private static boolean isWrapped(String[] lines, int first, int width) {
    int body = 0;
    int full = 0;
    int joinable = 0;
    int lowerCase = 0;
    for (int k = first + 1; k < lines.length; k++) {
      String line = lines[k].strip();
      if (line.isEmpty()) {
        continue;
      }
      body++;
      if (line.length() >= FULL_LINE * width) {
        full++;
      }
      if (k + 1 < lines.length && continues(lines[k + 1])) {
        joinable++;
        if (Character.isLowerCase(lines[k + 1].charAt(0))) {
          lowerCase++;
        }
      }
    }
    return body >= MIN_LINES && full >= MIN_FULL_SHARE * body && joinable > 0
        && lowerCase >= MIN_LOWER_CASE_SHARE * joinable;
  }

  private static boolean isSoftBreak(String line, String next, int width) {
    String stripped = line.strip();
    return !stripped.isEmpty() && continues(next) && stripped.length() >= FULL_LINE * width && !isCapitals(stripped);
  }

  /** A next line that goes on with the paragraph: not blank, not indented. */
  private static boolean continues(String next) {
    return !next.isEmpty() && !Character.isWhitespace(next.charAt(0));
  }

  private static boolean isCapitals(String line) {
    boolean letters = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  /** The width the text is wrapped at: its 90th percentile line length below the headline, or -1. */
  private static int width(String[] lines, int first) {
    List<Integer> lengths = new ArrayList<>();
    for (int k = first + 1; k < lines.length; k++) {
      int length = lines[k].strip().length();
      if (length > 0) {
        lengths.add(length);
      }
    }
    if (lengths.size() < MIN_LINES) {
      return -1;
    }
    int[] sorted = lengths.stream().mapToInt(Integer::intValue).sorted().toArray();
    int width = sorted[(int) Math.floor(0.9 * (sorted.length - 1))];
    // A line far wider than the rest (a table row, a URL) must not decide; most lines must fit.
    boolean fits = Arrays.stream(sorted).filter(l -> l > MAX_WIDTH).count() * 10 <= sorted.length;
    return width >= MIN_WIDTH && width <= MAX_WIDTH && fits ? width : -1;
  }

  private static int firstNonBlank(String[] lines) {
    for (int k = 0; k < lines.length; k++) {
      if (!lines[k].isBlank()) {
        return k;
      }
    }
    return lines.length;
  }
}
