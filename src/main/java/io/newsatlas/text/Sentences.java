package io.newsatlas.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence boundaries good enough for evidence: a line break, or '.', '!', '?' followed by a space
 * and a word that does not start in lower case or with a digit ("U.S. side", "Oct. 30" go on).
 */
public final class Sentences {
  /** Sentences longer than this are cut when quoted as evidence. */
  private static final int MAX_EVIDENCE_CHARS = 500;

  private Sentences() {}

  /** A sentence: its index in the text and its [start, end) characters. */
  public record Span(int index, int start, int end) {
    public String of(String text) {
      String sentence = text.substring(start, end).strip();
      return sentence.length() > MAX_EVIDENCE_CHARS ? sentence.substring(0, MAX_EVIDENCE_CHARS) : sentence;
    }
  }

  /** The sentence holding [start, end), trimmed; for quoting as evidence. */
  public static String around(String text, int start, int end) {
    int from = start;
    while (from > 0 && !isEnd(text, from - 1)) {
      from--;
    }
    int to = end;
    while (to < text.length() && !isEnd(text, to)) {
      to++;
    }
    if (to < text.length() && text.charAt(to) != '\n') {
      to++;
    }
    return new Span(0, from, to).of(text);
  }

  /** Every non-blank sentence of the text, in order, numbered from 0. */
  public static List<Span> split(String text) {
    List<Span> spans = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || isEnd(text, i)) {
        int to = i == text.length() || text.charAt(i) == '\n' ? i : i + 1;
        if (!text.substring(from, to).isBlank()) {
          spans.add(new Span(spans.size(), from, to));
        }
        from = to;
      }
    }
    return spans;
  }

  /** The span holding offset {@code at}; spans must come from {@link #split} on the same text. */
  public static Span containing(List<Span> spans, int at) {
    int lo = 0;
    int hi = spans.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (spans.get(mid).start() <= at) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return spans.get(lo);
  }

  private static boolean isEnd(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    if (c != '.' && c != '!' && c != '?') {
      return false;
    }
    int next = i + 1;
    if (next >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    return next >= text.length() || !(Character.isLowerCase(text.charAt(next)) || Character.isDigit(text.charAt(next)));
  }
}
