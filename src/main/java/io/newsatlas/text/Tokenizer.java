package io.newsatlas.text;

import io.newsatlas.config.TokenSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.ml.feature.StopWordsRemover;

/**
 * Turns text into the terms the topic model reads. Words are runs of letters, lower-cased;
 * numbers and punctuation end a clause (no term spans them), hyphens and spaces do not. Within a
 * clause, known multi-word terms become one unit (longest match), then learned collocations join
 * units further; stop words and one-letter words are dropped last, so they still separate
 * collocations ("của" in "Bộ trưởng của Mỹ" keeps "bộ_trưởng" and "mỹ" apart).
 */
public final class Tokenizer implements Serializable {
  public static final String VIETNAMESE = "vi";
  private static final String VI_WORDS = "/io/newsatlas/text/vi-words.txt";
  private static final String VI_STOP_WORDS = "/io/newsatlas/text/vi-stopwords.txt";

  private final TermLexicon sharedLexicon;
  private final TermLexicon vietnameseLexicon;
  private final Set<String> englishStopWords;
  private final Set<String> vietnameseStopWords;
  private final Collocations collocations;

  private Tokenizer(TermLexicon sharedLexicon, TermLexicon vietnameseLexicon, Set<String> englishStopWords,
      Set<String> vietnameseStopWords, Collocations collocations) {
    this.sharedLexicon = sharedLexicon;
    this.vietnameseLexicon = vietnameseLexicon;
    this.englishStopWords = englishStopWords;
    this.vietnameseStopWords = vietnameseStopWords;
    this.collocations = collocations;
  }

  /**
   * @param dictionaryTerms theme terms and actor aliases in any language: each becomes one unit
   *     wherever it is written, in every language
   */
  public static Tokenizer of(Collection<String> dictionaryTerms, TokenSettings settings) {
    List<String> terms = dictionaryTerms.stream().map(term -> String.join(" ", words(term))).toList();
    TermLexicon shared = new TermLexicon().addAll(terms);
    TermLexicon vietnamese = new TermLexicon().addAll(terms).addAll(resourceLines(VI_WORDS));
    Set<String> english = new HashSet<>();
    for (String word : StopWordsRemover.loadDefaultStopWords("english")) {
      english.add(word.toLowerCase(Locale.ROOT));
    }
    english.addAll(units(settings.extraStopWords("en")));
    Set<String> vi = new HashSet<>(units(resourceLines(VI_STOP_WORDS)));
    vi.addAll(units(settings.extraStopWords(VIETNAMESE)));
    return new Tokenizer(shared, vietnamese, english, vi, Collocations.NONE);
  }

  /** The same tokenizer, joining these collocations too. */
  public Tokenizer with(Collocations learned) {
    return new Tokenizer(sharedLexicon, vietnameseLexicon, englishStopWords, vietnameseStopWords, learned);
  }

  public Collocations collocations() {
    return collocations;
  }

  /** The terms of a text in order: units without stop words and one-letter words. */
  public List<String> terms(String text, String language) {
    List<String> terms = new ArrayList<>();
    for (List<String> clause : units(text, language)) {
      for (String unit : clause) {
        if (!isStopWord(unit, language)) {
          terms.add(unit);
        }
      }
    }
    return terms;
  }

  /** Clauses of units (stop words still in), after dictionary, word-list and collocation joins. */
  public List<List<String>> units(String text, String language) {
    TermLexicon lexicon = VIETNAMESE.equals(language) ? vietnameseLexicon : sharedLexicon;
    List<List<String>> clauses = new ArrayList<>();
    for (List<String> clause : clauses(text)) {
      List<String> joined = new ArrayList<>(clause.size());
      lexicon.join(clause, joined);
      clauses.add(collocations.apply(joined, language));
    }
    return clauses;
  }

  /** A unit the model does not read: a stop word (in the document's language) or one letter. */
  public boolean isStopWord(String unit, String language) {
    if (unit.codePointCount(0, unit.length()) < 2) {
      return true;
    }
    return VIETNAMESE.equals(language) ? vietnameseStopWords.contains(unit) : englishStopWords.contains(unit);
  }

  /** Words of a text, lower case, as one clause per run without numbers or punctuation. */
  static List<List<String>> clauses(String text) {
    List<List<String>> clauses = new ArrayList<>();
    List<String> clause = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean digits = false;
    int i = 0;
    while (i <= text.length()) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      if (Character.isLetter(cp) || isMark(cp)) {
        word.appendCodePoint(cp);
      } else if (Character.isDigit(cp)) {
        digits = true;
        word.appendCodePoint(cp);
      } else {
        boolean wordBreakOnly = Character.isWhitespace(cp) || cp == '-' || cp == '\u2010' || cp == '\u2011';
        if (word.length() > 0) {
          if (digits) {
            // A number is no term, and terms do not run across it.
            endClause(clauses, clause);
            clause = new ArrayList<>();
          } else {
            clause.add(word.toString().toLowerCase(Locale.ROOT));
          }
          word.setLength(0);
          digits = false;
        }
        if (!wordBreakOnly && i < text.length()) {
          endClause(clauses, clause);
          clause = new ArrayList<>();
        }
      }
      i += i < text.length() ? Character.charCount(cp) : 1;
    }
    endClause(clauses, clause);
    return clauses;
  }

  /** The words of a dictionary term, as the tokenizer splits text. */
  public static List<String> words(String term) {
    List<String> all = new ArrayList<>();
    clauses(TextNormalizer.normalize(term)).forEach(all::addAll);
    return all;
  }

  private static List<String> units(Collection<String> phrases) {
    List<String> units = new ArrayList<>();
    for (String phrase : phrases) {
      List<String> words = words(phrase);
      if (!words.isEmpty()) {
        units.add(String.join(TermLexicon.JOINER, words));
      }
    }
    return units;
  }

  private static void endClause(List<List<String>> clauses, List<String> clause) {
    if (!clause.isEmpty()) {
      clauses.add(clause);
    }
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static List<String> resourceLines(String resource) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = Tokenizer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Bundled word list " + resource + " is missing from the jar; rebuild newsatlas");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled word list " + resource, e);
    }
    return lines;
  }
}
