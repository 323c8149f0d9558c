package io.newsatlas.actors;

import java.io.Serializable;

/** One row of the mentions table: an actor named in a document, with its sentence (Spark bean). */
public class ActorMention implements Serializable {
  private String docId;
  private String actorId;
  private String surface;
  private String how;
  private int sentenceIndex;
  private String sentence;
  private int charStart;
  private int charEnd;

  public ActorMention() {}

  public ActorMention(String docId, String actorId, String surface, String how, int sentenceIndex, String sentence,
      int charStart, int charEnd) {
    this.docId = docId;
    this.actorId = actorId;
    this.surface = surface;
    this.how = how;
    this.sentenceIndex = sentenceIndex;
    this.sentence = sentence;
    this.charStart = charStart;
    this.charEnd = charEnd;
  }

  public String getDocId() { return docId; }
  public void setDocId(String docId) { this.docId = docId; }
  public String getActorId() { return actorId; }
  public void setActorId(String actorId) { this.actorId = actorId; }
  public String getSurface() { return surface; }
  public void setSurface(String surface) { this.surface = surface; }
  public String getHow() { return how; }
  public void setHow(String how) { this.how = how; }
  public int getSentenceIndex() { return sentenceIndex; }
  public void setSentenceIndex(int sentenceIndex) { this.sentenceIndex = sentenceIndex; }
  public String getSentence() { return sentence; }
  public void setSentence(String sentence) { this.sentence = sentence; }
  public int getCharStart() { return charStart; }
  public void setCharStart(int charStart) { this.charStart = charStart; }
  public int getCharEnd() { return charEnd; }
  public void setCharEnd(int charEnd) { this.charEnd = charEnd; }
}
