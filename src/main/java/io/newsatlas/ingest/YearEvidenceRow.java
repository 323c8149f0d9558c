package io.newsatlas.ingest;

import java.io.Serializable;

/** One piece of evidence for the year of a partial date (Spark bean). */
public class YearEvidenceRow implements Serializable {
  private String docId;
  private int year;
  private String kind;
  private String detail;

  public YearEvidenceRow() {}

  public YearEvidenceRow(String docId, int year, String kind, String detail) {
    this.docId = docId;
    this.year = year;
    this.kind = kind;
    this.detail = detail;
  }

  public String getDocId() { return docId; }
  public void setDocId(String docId) { this.docId = docId; }
  public int getYear() { return year; }
  public void setYear(int year) { this.year = year; }
  public String getKind() { return kind; }
  public void setKind(String kind) { this.kind = kind; }
  public String getDetail() { return detail; }
  public void setDetail(String detail) { this.detail = detail; }
}
