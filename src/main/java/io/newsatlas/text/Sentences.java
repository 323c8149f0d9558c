package io.newsatlas.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentence boundaries good enough for evidence: a line break, or '.', '!', '?' followed by a space
 * and a word that does not start in lower case or with a digit ("U.S. side", "Oct. 30" go on), unless
 * the period ends an initial, an initialism or a title's abbreviation ("M. Pompeo", "U.S. Congress").
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

  /** Words whose period is an abbreviation's, before a name: "Mr. Pompeo", "Gen. To Lam", "Sen. Nunn". */
  private static final Set<String> TITLE_ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col",
      "Maj", "Capt", "Sgt", "Adm", "Sen", "Rep", "Gov", "Pres", "Amb", "Hon", "Rev", "St", "Jr", "Sr", "No", "Co", "Corp",
      "Inc", "Ltd", "Bros", "vs", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec");

  private static final java.util.regex.Pattern INITIALISM = java.util.regex.Pattern.compile("\\p{Lu}(\\.\\p{Lu})+");

  /**
   * A period that ends an initial or an initialism ("M. Pompeo", "U.S. officials", "U.N.") or a
   * title's abbreviation: "Abe met Reagan and U.S. Congressional leaders" is one sentence. A
   * sentence that truly ends in "U.S." runs into the next; that costs less than a name cut in two.
   */
  private static boolean isAbbreviation(String text, int period) {
    int from = period;
    while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
      from--;
    }
    String word = text.substring(from, period);
    if (word.isEmpty()) {
      return false;
    }
    if (TITLE_ABBREVIATIONS.contains(word)) {
      return true;
    }
    // "M", "U.S", "U.N", "E.U": single capitals, dotted; not a word that ends a sentence ("I.", "A.").
    return INITIALISM.matcher(word).matches() || (word.length() == 1 && Character.isUpperCase(word.charAt(0))
        && !word.equals("I") && from > 0 && text.charAt(from - 1) == ' ');
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
    if (!Character.isWhitespace(text.charAt(next)) || (c == '.' && isAbbreviation(text, i))) {
      return false;
    }
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    return next >= text.length() || !(Character.isLowerCase(text.charAt(next)) || Character.isDigit(text.charAt(next)));
  }
}
