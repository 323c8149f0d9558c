package io.newsatlas.text;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word terms for longest-match joining of a word sequence: "bộ công an" makes the words
 * [bộ, công, an] one unit "bộ_công_an". Words are compared as written (lower case, NFC), so tones
 * count: "ma túy" is a term, "mà túy" is not.
 */
public final class TermLexicon implements Serializable {
  public static final String JOINER = "_";

  /** A term as a reader sees it: "bộ_công_an" as "bộ công an". */
  public static String words(String term) {
    return term.replace(JOINER, " ");
  }

  private static final class Node implements Serializable {
    final Map<String, Node> next = new HashMap<>(2);
    boolean term;
  }

  private final Node root = new Node();
  private int size;

  /** Adds a term given as space-separated words; one-word terms are ignored (nothing to join). */
  public TermLexicon add(String words) {
    String[] parts = words.trim().split("\\s+");
    if (parts.length < 2) {
      return this;
    }
    Node node = root;
    for (String part : parts) {
      node = node.next.computeIfAbsent(part, p -> new Node());
    }
    if (!node.term) {
      node.term = true;
      size++;
    }
    return this;
  }

  public TermLexicon addAll(Iterable<String> terms) {
    terms.forEach(this::add);
    return this;
  }

  public int size() {
    return size;
  }

  /** Joins the longest known term starting at each position; other words pass through. */
  public void join(List<String> words, List<String> out) {
    int i = 0;
    while (i < words.size()) {
      int end = longestFrom(words, i);
      if (end > i + 1) {
        out.add(String.join(JOINER, words.subList(i, end)));
        i = end;
      } else {
        out.add(words.get(i));
        i++;
      }
    }
  }

  private int longestFrom(List<String> words, int start) {
    Node node = root;
    int best = start + 1;
    for (int i = start; i < words.size(); i++) {
      node = node.next.get(words.get(i));
      if (node == null) {
        break;
      }
      if (node.term) {
        best = i + 1;
      }
    }
    return best;
  }
}
