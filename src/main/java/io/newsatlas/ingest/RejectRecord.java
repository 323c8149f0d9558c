package io.newsatlas.ingest;

import java.io.Serializable;

/** One row of the {@code rejects} table (Spark bean); see io.newsatlas.io.Tables for the columns. */
public class RejectRecord implements Serializable {
  private String sourcePath;
  private Long sourceRow;
  private String format;
  private String reason;
  private String message;
  private String sample;
  private long byteLength;
  private String docId;
  private String duplicateOf;

  public RejectRecord() {}

  public static RejectRecord of(IngestRecord record) {
    RejectRecord r = new RejectRecord();
    r.sourcePath = record.getSourcePath();
    r.sourceRow = record.getSourceRow();
    r.format = record.getFormat();
    r.reason = record.getReason();
    r.message = record.getMessage();
    r.sample = record.getSample();
    r.byteLength = record.getByteLength();
    return r;
  }

  public static RejectRecord of(DocumentRecord doc, RejectReason reason, String message, int sampleChars) {
    RejectRecord r = new RejectRecord();
    r.sourcePath = doc.getSourcePath();
    r.sourceRow = doc.getSourceRow();
    r.format = doc.getFormat();
    r.reason = reason.code();
    r.message = message;
    r.sample = doc.getText() == null ? null : Decoding.printable(doc.getText(), sampleChars);
    r.byteLength = doc.getByteLength();
    r.docId = doc.getDocId();
    return r;
  }

  public String getSourcePath() { return sourcePath; }
  public void setSourcePath(String sourcePath) { this.sourcePath = sourcePath; }
  public Long getSourceRow() { return sourceRow; }
  public void setSourceRow(Long sourceRow) { this.sourceRow = sourceRow; }
  public String getFormat() { return format; }
  public void setFormat(String format) { this.format = format; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public String getMessage() { return message; }
  public void setMessage(String message) { this.message = message; }
  public String getSample() { return sample; }
  public void setSample(String sample) { this.sample = sample; }
  public long getByteLength() { return byteLength; }
  public void setByteLength(long byteLength) { this.byteLength = byteLength; }
  public String getDocId() { return docId; }
  public void setDocId(String docId) { this.docId = docId; }
  public String getDuplicateOf() { return duplicateOf; }
  public void setDuplicateOf(String duplicateOf) { this.duplicateOf = duplicateOf; }
}
