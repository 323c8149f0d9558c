package io.newsatlas.text;

import java.io.Serializable;

/**
 * Where a dictionary match stands in a document: its sentence and character offsets (end
 * exclusive). The base of the actors' and the themes' mention beans, which add what was matched.
 */
public abstract class SentenceMention implements Serializable {
  private String docId;
  private int sentenceIndex;
  private String sentence;
  private int charStart;
  private int charEnd;

  protected SentenceMention() {}

  protected SentenceMention(String docId, int sentenceIndex, String sentence, int charStart, int charEnd) {
    this.docId = docId;
    this.sentenceIndex = sentenceIndex;
    this.sentence = sentence;
    this.charStart = charStart;
    this.charEnd = charEnd;
  }

  public String getDocId() { return docId; }
  public void setDocId(String docId) { this.docId = docId; }
  public int getSentenceIndex() { return sentenceIndex; }
  public void setSentenceIndex(int sentenceIndex) { this.sentenceIndex = sentenceIndex; }
  public String getSentence() { return sentence; }
  public void setSentence(String sentence) { this.sentence = sentence; }
  public int getCharStart() { return charStart; }
  public void setCharStart(int charStart) { this.charStart = charStart; }
  public int getCharEnd() { return charEnd; }
  public void setCharEnd(int charEnd) { this.charEnd = charEnd; }
}
