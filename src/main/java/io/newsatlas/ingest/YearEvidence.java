package io.newsatlas.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain functions that weigh evidence for the year of a day-month date (see {@link PartialDates}).
 * Kept free of Spark so each rule has its own unit test.
 */
public final class YearEvidence {
  private static final Pattern NAME_WORD = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Lu}[\\p{L}\\p{M}’'-]{2,}");
  private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}’'-]{2,}");
  /** Function words in English and Vietnamese, and calendar words, which say nothing about an event. */
  private static final Set<String> STOP = Set.of(
      "the", "and", "for", "with", "from", "that", "this", "these", "those", "was", "were", "are", "has", "have",
      "had", "his", "her", "its", "their", "they", "them", "who", "which", "what", "when", "where", "will", "would",
      "also", "been", "but", "not", "all", "any", "both", "each", "into", "onto", "over", "than", "then", "there",
      "about", "after", "before", "during", "between", "said", "says", "mr", "mrs", "ms", "our", "out", "off",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "year", "month", "day", "today", "yesterday",
      "của", "và", "các", "những", "được", "cho", "với", "trong", "này", "một", "đã", "đang", "sẽ", "không",
      "người", "năm", "tháng", "ngày", "tại", "theo", "về", "khi", "như", "cũng", "vào", "lần", "thứ", "hai",
      "bên", "nhiều", "rất", "hơn", "nhằm", "tới", "trên", "dưới", "sau", "trước", "chiều", "sáng", "tối");

  private YearEvidence() {}

  /** Capitalised words of three letters or more (names, places, organisations), lower-cased. */
  public static Set<String> nameWords(String text) {
    return lowerCaseMatches(NAME_WORD, text);
  }

  /** Content words of a sentence, lower-cased, without function and calendar words. */
  public static Set<String> terms(String sentence) {
    return lowerCaseMatches(TERM, sentence);
  }

  private static Set<String> lowerCaseMatches(Pattern pattern, String text) {
    Set<String> words = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (!STOP.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  public static Set<String> shared(Set<String> a, Set<String> b) {
    Set<String> both = new TreeSet<>(a);
    both.retainAll(b);
    return both;
  }

  /**
   * The year a text implies for its own day-month date: the first such day on or after the latest
   * month the text dates ("Tháng 9/2025" makes "13/2" 2026-02-13). Null when the text dates nothing.
   */
  public static TextImplied textImpliedYear(String text, int month, int day) {
    List<DateMention> dated = DateExpressions.find(text).stream()
        .filter(m -> m.year() != null && m.month() != null)
        .toList();
    if (dated.isEmpty()) {
      return null;
    }
    DateMention latest = dated.stream()
        .max(Comparator.comparing(DateMention::firstDay)).orElseThrow();
    int latestDay = latest.day() == null ? 1 : latest.day();
    boolean sameYear = month > latest.month() || (month == latest.month() && day >= latestDay);
    return new TextImplied(sameYear ? latest.year() : latest.year() + 1, latest.expression());
  }

  /** A year implied by the document's own text, and the latest dated reference that implies it. */
  public record TextImplied(int year, String reference) {}
}
