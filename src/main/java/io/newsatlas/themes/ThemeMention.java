package io.newsatlas.themes;

import io.newsatlas.text.SentenceMention;

/** One row of theme_mentions: a theme term found in a document, with its sentence (Spark bean). */
public class ThemeMention extends SentenceMention {
  private String themeId;
  private String term;
  private String matchedText;

  public ThemeMention() {}

  public ThemeMention(String docId, String themeId, String term, String matchedText, int sentenceIndex,
      String sentence, int charStart, int charEnd) {
    super(docId, sentenceIndex, sentence, charStart, charEnd);
    this.themeId = themeId;
    this.term = term;
    this.matchedText = matchedText;
  }

  public String getThemeId() { return themeId; }
  public void setThemeId(String themeId) { this.themeId = themeId; }
  public String getTerm() { return term; }
  public void setTerm(String term) { this.term = term; }
  public String getMatchedText() { return matchedText; }
  public void setMatchedText(String matchedText) { this.matchedText = matchedText; }
}
