package io.newsatlas.ingest;

import java.io.Serializable;

/**
 * What reading a source file yields, one bean type so that one pass over the files gives
 * documents, rejects and a summary per file (Spark bean encoder: getters and setters).
 *
 * <ul>
 *   <li>{@code document}: a record with text and whatever metadata fields it had;
 *   <li>{@code reject}: an input that cannot become a document (reason, message, sample);
 *   <li>{@code file}: one per input file (bytes, SHA-256, format), for the run manifest.
 * </ul>
 */
public class IngestRecord implements Serializable {
  public static final String DOCUMENT = "document";
  public static final String REJECT = "reject";
  public static final String FILE = "file";

  private String kind;
  private String sourcePath;
  private Long sourceRow;
  private String format;
  private String encoding;
  private long byteLength;
  private String text;
  private String title;
  private String dateValue;
  private String dateField;
  private String url;
  private String outlet;
  private String languageValue;
  private String externalId;
  private String encodingNote;
  private String reason;
  private String message;
  private String sample;
  private String fileSha256;
  private java.util.Map<String, java.util.List<String>> labels;

  public static IngestRecord document(String sourcePath, Long sourceRow, String format, String encoding,
      long byteLength, String text) {
    IngestRecord r = new IngestRecord();
    r.kind = DOCUMENT;
    r.sourcePath = sourcePath;
    r.sourceRow = sourceRow;
    r.format = format;
    r.encoding = encoding;
    r.byteLength = byteLength;
    r.text = text;
    return r;
  }

  public static IngestRecord reject(String sourcePath, Long sourceRow, String format, long byteLength,
      RejectReason reason, String message, String sample) {
    IngestRecord r = new IngestRecord();
    r.kind = REJECT;
    r.sourcePath = sourcePath;
    r.sourceRow = sourceRow;
    r.format = format;
    r.byteLength = byteLength;
    r.reason = reason.code();
    r.message = message;
    r.sample = sample;
    return r;
  }

  public static IngestRecord file(String sourcePath, String format, long byteLength, String sha256) {
    IngestRecord r = new IngestRecord();
    r.kind = FILE;
    r.sourcePath = sourcePath;
    r.format = format;
    r.byteLength = byteLength;
    r.fileSha256 = sha256;
    return r;
  }

  public String getKind() { return kind; }
  public void setKind(String kind) { this.kind = kind; }
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
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getDateValue() { return dateValue; }
  public void setDateValue(String dateValue) { this.dateValue = dateValue; }
  public String getDateField() { return dateField; }
  public void setDateField(String dateField) { this.dateField = dateField; }
  public String getUrl() { return url; }
  public void setUrl(String url) { this.url = url; }
  public String getOutlet() { return outlet; }
  public void setOutlet(String outlet) { this.outlet = outlet; }
  public String getLanguageValue() { return languageValue; }
  public void setLanguageValue(String languageValue) { this.languageValue = languageValue; }
  public String getExternalId() { return externalId; }
  public void setExternalId(String externalId) { this.externalId = externalId; }
  public String getEncodingNote() { return encodingNote; }
  public void setEncodingNote(String encodingNote) { this.encodingNote = encodingNote; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public String getMessage() { return message; }
  public void setMessage(String message) { this.message = message; }
  public String getSample() { return sample; }
  public void setSample(String sample) { this.sample = sample; }
  public java.util.Map<String, java.util.List<String>> getLabels() { return labels; }
  public void setLabels(java.util.Map<String, java.util.List<String>> labels) { this.labels = labels; }
  public String getFileSha256() { return fileSha256; }
  public void setFileSha256(String fileSha256) { this.fileSha256 = fileSha256; }

  @Override
  public String toString() {
    return kind + " " + sourcePath + (sourceRow == null ? "" : ":" + sourceRow)
        + (reason == null ? "" : " " + reason + " (" + message + ")");
  }
}
