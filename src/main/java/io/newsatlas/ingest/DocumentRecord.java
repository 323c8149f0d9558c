package io.newsatlas.ingest;

import java.io.Serializable;

/**
 * A document on its way through ingest (Spark bean: getters and setters). Its public columns are
 * the {@code documents} table (see io.newsatlas.io.Tables); {@code dateSentence} and
 * {@code languageHint} are working fields that are not written.
 */
public class DocumentRecord implements Serializable {
  private String docId;
  private String sourcePath;
  private Long sourceRow;
  private String format;
  private String encoding;
  private long byteLength;
  private String contentSha256;
  private String externalId;
  private String title;
  private String text;
  private int wordCount;
  private String url;
  private String outlet;
  private java.sql.Date date;
  private Integer dateYear;
  private Integer dateMonth;
  private Integer dateDay;
  private String datePrecision;
  private String dateSource;
  private String dateEvidence;
  private String dateSentence;
  private String languageHint;
  private String language;
  private Double languageConfidence;
  private String languageSource;
  private java.util.List<String> notes;
  private String storyId;
  private java.util.Map<String, java.util.List<String>> sourceLabels;

  public String getDocId() { return docId; }
  public void setDocId(String docId) { this.docId = docId; }
  public String getSourcePath() { return sourcePath; }
  public void setSourcePath(String sourcePath) { this.sourcePath = sourcePath; }
  public Long getSourceRow() { return sourceRow; }
  public void setSourceRow(Long sourceRow) { this.sourceRow = sourceRow; }
  public String getFormat() { return format; }
  public void setFormat(String format) { this.format = format; }
  public String getEncoding() { return encoding; }
  public void setEncoding(String encoding) { this.encoding = encoding; }
  public long getByteLength() { return byteLength; }
  public void setByteLength(long byteLength) { this.byteLength = byteLength; }
  public String getContentSha256() { return contentSha256; }
  public void setContentSha256(String contentSha256) { this.contentSha256 = contentSha256; }
  public String getExternalId() { return externalId; }
  public void setExternalId(String externalId) { this.externalId = externalId; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public int getWordCount() { return wordCount; }
  public void setWordCount(int wordCount) { this.wordCount = wordCount; }
  public String getUrl() { return url; }
  public void setUrl(String url) { this.url = url; }
  public String getOutlet() { return outlet; }
  public void setOutlet(String outlet) { this.outlet = outlet; }
  public java.sql.Date getDate() { return date; }
  public void setDate(java.sql.Date date) { this.date = date; }
  public Integer getDateYear() { return dateYear; }
  public void setDateYear(Integer dateYear) { this.dateYear = dateYear; }
  public Integer getDateMonth() { return dateMonth; }
  public void setDateMonth(Integer dateMonth) { this.dateMonth = dateMonth; }
  public Integer getDateDay() { return dateDay; }
  public void setDateDay(Integer dateDay) { this.dateDay = dateDay; }
  public String getDatePrecision() { return datePrecision; }
  public void setDatePrecision(String datePrecision) { this.datePrecision = datePrecision; }
  public String getDateSource() { return dateSource; }
  public void setDateSource(String dateSource) { this.dateSource = dateSource; }
  public String getDateEvidence() { return dateEvidence; }
  public void setDateEvidence(String dateEvidence) { this.dateEvidence = dateEvidence; }
  public String getDateSentence() { return dateSentence; }
  public void setDateSentence(String dateSentence) { this.dateSentence = dateSentence; }
  public String getLanguageHint() { return languageHint; }
  public void setLanguageHint(String languageHint) { this.languageHint = languageHint; }
  public String getLanguage() { return language; }
  public void setLanguage(String language) { this.language = language; }
  public Double getLanguageConfidence() { return languageConfidence; }
  public void setLanguageConfidence(Double languageConfidence) { this.languageConfidence = languageConfidence; }
  public String getLanguageSource() { return languageSource; }
  public void setLanguageSource(String languageSource) { this.languageSource = languageSource; }
  public java.util.Map<String, java.util.List<String>> getSourceLabels() { return sourceLabels; }
  public void setSourceLabels(java.util.Map<String, java.util.List<String>> sourceLabels) { this.sourceLabels = sourceLabels; }
  public String getStoryId() { return storyId; }
  public void setStoryId(String storyId) { this.storyId = storyId; }
  public java.util.List<String> getNotes() { return notes; }
  public void setNotes(java.util.List<String> notes) { this.notes = notes; }

  /** Adds a note for the analyst (a fallback encoding, a missing date...). */
  public void addNote(String note) {
    java.util.List<String> updated = notes == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(notes);
    updated.add(note);
    notes = updated;
  }

  public DocumentRecord copy() {
    DocumentRecord c = new DocumentRecord();
    c.docId = docId;
    c.sourcePath = sourcePath;
    c.sourceRow = sourceRow;
    c.format = format;
    c.encoding = encoding;
    c.byteLength = byteLength;
    c.contentSha256 = contentSha256;
    c.externalId = externalId;
    c.title = title;
    c.text = text;
    c.wordCount = wordCount;
    c.url = url;
    c.outlet = outlet;
    c.date = date;
    c.dateYear = dateYear;
    c.dateMonth = dateMonth;
    c.dateDay = dateDay;
    c.datePrecision = datePrecision;
    c.dateSource = dateSource;
    c.dateEvidence = dateEvidence;
    c.dateSentence = dateSentence;
    c.languageHint = languageHint;
    c.language = language;
    c.languageConfidence = languageConfidence;
    c.languageSource = languageSource;
    c.notes = notes;
    c.storyId = storyId;
    c.sourceLabels = sourceLabels;
    return c;
  }
}
