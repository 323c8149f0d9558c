package io.newsatlas;

import io.newsatlas.ingest.DocumentRecord;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;

/** Documents as ingest hands them to the stages after it: id, language, day and text, built in a test. */
public final class TestDocuments {
  private TestDocuments() {}

  public static DocumentRecord document(String docId, String language, String day, String text) {
    DocumentRecord doc = new DocumentRecord();
    doc.setDocId(docId);
    doc.setSourcePath(docId + ".txt");
    doc.setFormat("txt");
    doc.setText(text);
    doc.setWordCount(text.split("\\s+").length);
    doc.setLanguage(language);
    doc.setStoryId(docId);
    if (day != null) {
      LocalDate date = LocalDate.parse(day);
      doc.setDate(java.sql.Date.valueOf(date));
      doc.setDateYear(date.getYear());
      doc.setDateMonth(date.getMonthValue());
      doc.setDateDay(date.getDayOfMonth());
      doc.setDatePrecision("day");
      doc.setDateSource("header_line");
    } else {
      doc.setDatePrecision("none");
      doc.setDateSource("none");
    }
    return doc;
  }

  public static Dataset<DocumentRecord> frame(DocumentRecord... documents) {
    return SparkTestSession.get().createDataset(List.of(documents), Encoders.bean(DocumentRecord.class)).cache();
  }
}
