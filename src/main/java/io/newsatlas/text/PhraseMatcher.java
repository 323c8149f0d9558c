package io.newsatlas.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many phrases in one pass over a text's words: phrases are indexed by their first word, and
 * each word of the text is tried only against the phrases that start with it. Phrases and text are
 * compared in {@link MatchText#canonical} form, word by word, so "cyber-security" matches "cyber
 * security" and a phrase never matches inside a longer word.
 *
 * @param <K> what a phrase stands for (a theme id, an actor id)
 */
public final class PhraseMatcher<K extends Serializable> implements Serializable {
  /** A phrase found at [start, end) of the text; {@code phrase} is the dictionary's wording. */
  public record Match<K>(K key, String phrase, int start, int end) implements Serializable {}

  /** @param gaps what separates word k from word k+1 in the phrase, spaces removed ("" or ".") */
  private record Entry<K>(K key, String phrase, String[] words, String[] gaps) implements Serializable {}

  private final Map<String, List<Entry<K>>> byFirstWord = new HashMap<>();
  private final boolean foldDiacritics;

  /** @param phrases for each phrase as written, what it stands for (a phrase may serve several keys) */
  public PhraseMatcher(Map<String, List<K>> phrases) {
    this(phrases, false);
  }

  /** @param foldDiacritics compare without diacritics ({@link MatchText#folded}) */
  public PhraseMatcher(Map<String, List<K>> phrases, boolean foldDiacritics) {
    this.foldDiacritics = foldDiacritics;
    phrases.forEach((phrase, keys) -> {
      String canonical = form(phrase);
      List<Word> parsed = words(canonical);
      if (parsed.isEmpty()) {
        return;
      }
      String[] words = parsed.stream().map(Word::text).toArray(String[]::new);
      String[] gaps = new String[words.length - 1];
      for (int k = 0; k < gaps.length; k++) {
        gaps[k] = gap(canonical, parsed.get(k), parsed.get(k + 1));
      }
      for (K key : keys) {
        byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Entry<>(key, phrase, words, gaps));
      }
    });
    byFirstWord.values().forEach(list -> list.sort(
        Comparator.<Entry<K>>comparingInt(e -> -e.words().length).thenComparing(Entry::phrase)));
  }

  /** Every occurrence of every phrase; for one key, a match inside a longer match is left out. */
  public List<Match<K>> find(String nfcText) {
    String canonical = form(nfcText);
    List<Word> words = words(canonical);
    List<Match<K>> found = new ArrayList<>();
    Map<K, Integer> coveredUntil = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      List<Entry<K>> candidates = byFirstWord.get(words.get(i).text());
      if (candidates == null) {
        continue;
      }
      for (Entry<K> entry : candidates) {
        int n = entry.words().length;
        if (i + n > words.size() || !matchesAt(canonical, words, i, entry)) {
          continue;
        }
        int start = words.get(i).start();
        int end = words.get(i + n - 1).end();
        // Candidates come longest first, so a shorter phrase of the same key inside this one is skipped.
        if (coveredUntil.getOrDefault(entry.key(), -1) >= end) {
          continue;
        }
        coveredUntil.put(entry.key(), end);
        found.add(new Match<>(entry.key(), entry.phrase(), start, end));
      }
    }
    return found;
  }

  private String form(String text) {
    return foldDiacritics ? MatchText.folded(text) : MatchText.canonical(text);
  }

  public boolean isEmpty() {
    return byFirstWord.isEmpty();
  }

  /** The words match, and so do the separators: "hợp tác, an ninh" is not the phrase "hợp tác an ninh". */
  private static <K> boolean matchesAt(String text, List<Word> words, int at, Entry<K> entry) {
    String[] phrase = entry.words();
    for (int k = 0; k < phrase.length; k++) {
      if (!words.get(at + k).text().equals(phrase[k])) {
        return false;
      }
      if (k > 0 && !gap(text, words.get(at + k - 1), words.get(at + k)).equals(entry.gaps()[k - 1])) {
        return false;
      }
    }
    return true;
  }

  private static String gap(String text, Word before, Word after) {
    StringBuilder out = new StringBuilder();
    for (int i = before.end(); i < after.start(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  /** A word of the text: a run of letters, digits and combining marks. */
  record Word(String text, int start, int end) {}

  static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      words.add(new Word(text.substring(start, i), start, i));
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
