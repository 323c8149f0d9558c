package io.newsatlas.actors;

import io.newsatlas.text.SentenceMention;

/** One row of the mentions table: an actor named in a document, with its sentence (Spark bean). */
public class ActorMention extends SentenceMention {
  private String actorId;
  private String surface;
  private String how;

  public ActorMention() {}

  public ActorMention(String docId, String actorId, String surface, String how, int sentenceIndex, String sentence,
      int charStart, int charEnd) {
    super(docId, sentenceIndex, sentence, charStart, charEnd);
    this.actorId = actorId;
    this.surface = surface;
    this.how = how;
  }

  public String getActorId() { return actorId; }
  public void setActorId(String actorId) { this.actorId = actorId; }
  public String getSurface() { return surface; }
  public void setSurface(String surface) { this.surface = surface; }
  public String getHow() { return how; }
  public void setHow(String how) { this.how = how; }
}
