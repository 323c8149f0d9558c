package io.newsatlas.themes;

import java.io.Serializable;

/** One row of theme_mentions: a theme term found in a document, with its sentence (Spark bean). */
public class ThemeMention implements Serializable {
  private String docId;
  private String themeId;
  private String term;
  private String matchedText;
  private int sentenceIndex;
  private String sentence;
  private int charStart;
  private int charEnd;

  public ThemeMention() {}

  public ThemeMention(String docId, String themeId, String term, String matchedText, int sentenceIndex,
      String sentence, int charStart, int charEnd) {
    this.docId = docId;
    this.themeId = themeId;
    this.term = term;
    this.matchedText = matchedText;
    this.sentenceIndex = sentenceIndex;
    this.sentence = sentence;
    this.charStart = charStart;
    this.charEnd = charEnd;
  }

  public String getDocId() { return docId; }
  public void setDocId(String docId) { this.docId = docId; }
  public String getThemeId() { return themeId; }
  public void setThemeId(String themeId) { this.themeId = themeId; }
  public String getTerm() { return term; }
  public void setTerm(String term) { this.term = term; }
  public String getMatchedText() { return matchedText; }
  public void setMatchedText(String matchedText) { this.matchedText = matchedText; }
  public int getSentenceIndex() { return sentenceIndex; }
  public void setSentenceIndex(int sentenceIndex) { this.sentenceIndex = sentenceIndex; }
  public String getSentence() { return sentence; }
  public void setSentence(String sentence) { this.sentence = sentence; }
  public int getCharStart() { return charStart; }
  public void setCharStart(int charStart) { this.charStart = charStart; }
  public int getCharEnd() { return charEnd; }
  public void setCharEnd(int charEnd) { this.charEnd = charEnd; }
}
