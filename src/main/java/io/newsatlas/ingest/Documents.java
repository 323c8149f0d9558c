package io.newsatlas.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.row_number;

import io.newsatlas.config.DateSettings;
import io.newsatlas.config.IngestSettings;
import io.newsatlas.text.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.util.HexFormat;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/** Stages from parsed records to documents: normalise and date, drop the too short, deduplicate. */
public final class Documents {
  /** Hex digits of SHA-256 kept in doc_id: 64 bits, collision-free for any realistic corpus. */
  private static final int DOC_ID_HEX = 16;

  private Documents() {}

  /**
   * Reads: document records (text, metadata fields). Provides: doc_id (hash of source path and
   * text), NFC text, title, word_count, content_sha256 and the document's own date with its source.
   */
  public static Dataset<DocumentRecord> fromRecords(Dataset<IngestRecord> records, DateSettings dateSettings) {
    return records.mapPartitions((MapPartitionsFunction<IngestRecord, DocumentRecord>) rows -> {
      DateFinder dates = new DateFinder(dateSettings);
      return new java.util.Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public DocumentRecord next() {
          return toDocument(rows.next(), dates);
        }
      };
    }, Encoders.bean(DocumentRecord.class));
  }

  static DocumentRecord toDocument(IngestRecord record, DateFinder dates) {
    DocumentRecord doc = new DocumentRecord();
    String text = TextNormalizer.normalize(record.getText());
    doc.setSourcePath(record.getSourcePath());
    doc.setSourceRow(record.getSourceRow());
    doc.setFormat(record.getFormat());
    doc.setEncoding(record.getEncoding());
    doc.setByteLength(record.getByteLength());
    doc.setText(text);
    doc.setContentSha256(sha256Hex(text));
    doc.setDocId(sha256Hex(record.getSourcePath() + "\u0000" + text).substring(0, DOC_ID_HEX));
    doc.setExternalId(record.getExternalId());
    String title = TextNormalizer.normalize(record.getTitle());
    doc.setTitle(title != null && !title.isBlank() ? title : TextNormalizer.guessTitle(text));
    doc.setWordCount(TextNormalizer.wordCount(text));
    doc.setUrl(record.getUrl());
    String outlet = record.getOutlet() != null ? record.getOutlet() : hostOf(record.getUrl());
    if (outlet == null) {
      outlet = OutletCredits.of(text);
      if (outlet != null) {
        doc.addNote("outlet: " + outlet + ", from the text's own credit (no outlet field or URL)");
      }
    }
    doc.setOutlet(outlet);
    doc.setLanguageHint(record.getLanguageValue());
    doc.setSourceLabels(record.getLabels());
    if (record.getEncodingNote() != null) {
      doc.addNote("encoding: " + record.getEncodingNote());
    }
    DateFinding found = dates.find(text, record.getDateValue(), record.getDateField(), record.getSourcePath());
    applyDate(doc, found);
    if (record.getDateValue() != null && found.source() != null && !found.source().equals(record.getDateField())) {
      doc.addNote("date: the value '" + record.getDateValue() + "' of " + record.getDateField()
          + " is not a date newsatlas understands; used " + found.source() + " instead");
    }
    if (found.precision() == DatePrecision.NONE) {
      doc.addNote("undated: no date in a field, header line, dateline, first paragraph or file name");
    }
    return doc;
  }

  private static void applyDate(DocumentRecord doc, DateFinding found) {
    DateMention m = found.mention();
    doc.setDatePrecision(found.precision().id());
    doc.setDateSource(found.source());
    doc.setDateEvidence(found.evidence());
    doc.setDateSentence(found.sentence());
    if (m != null) {
      doc.setDateYear(m.year());
      doc.setDateMonth(m.month());
      doc.setDateDay(m.day());
      if (m.year() != null) {
        doc.setDate(Date.valueOf(m.firstDay()));
      }
    }
  }

  /** Documents with fewer than {@code ingest.min_words} words, as rejects. */
  public static Dataset<RejectRecord> tooShort(Dataset<DocumentRecord> documents, IngestSettings settings) {
    int min = settings.minWords();
    int sample = settings.sampleChars();
    return documents.filter(col("wordCount").lt(min)).map((MapFunction<DocumentRecord, RejectRecord>) doc ->
        RejectRecord.of(doc, RejectReason.TOO_SHORT,
            doc.getWordCount() + " words, fewer than ingest.min_words (" + min + ")", sample),
        Encoders.bean(RejectRecord.class));
  }

  public static Dataset<DocumentRecord> longEnough(Dataset<DocumentRecord> documents, IngestSettings settings) {
    return documents.filter(col("wordCount").geq(settings.minWords()));
  }

  /** Kept documents and duplicates, split by {@link #deduplicate}. */
  public record Deduplicated(Dataset<DocumentRecord> kept, Dataset<RejectRecord> duplicates) {}

  /**
   * Same text (same content_sha256 after normalisation) kept once: the first by source path and
   * row, so the choice does not depend on partitioning. The others become {@code duplicate} rejects
   * that name the kept document.
   */
  public static Deduplicated deduplicate(Dataset<DocumentRecord> documents, IngestSettings settings) {
    WindowSpec byContent = Window.partitionBy("contentSha256")
        .orderBy(col("sourcePath"), col("sourceRow").asc_nulls_first(), col("docId"));
    Dataset<Row> ranked = documents
        .withColumn("_rank", row_number().over(byContent))
        .withColumn("_keptId", first("docId").over(byContent))
        .withColumn("_keptPath", first("sourcePath").over(byContent))
        .withColumn("_keptRow", first("sourceRow").over(byContent));
    Dataset<DocumentRecord> kept = ranked.filter(col("_rank").equalTo(1))
        .drop("_rank", "_keptId", "_keptPath", "_keptRow")
        .as(Encoders.bean(DocumentRecord.class));
    int sample = settings.sampleChars();
    Dataset<RejectRecord> duplicates = ranked.filter(col("_rank").gt(1)).map((MapFunction<Row, RejectRecord>) row -> {
      DocumentRecord doc = new DocumentRecord();
      doc.setSourcePath(row.getAs("sourcePath"));
      doc.setSourceRow(row.getAs("sourceRow"));
      doc.setFormat(row.getAs("format"));
      doc.setByteLength(row.<Long>getAs("byteLength"));
      doc.setText(row.getAs("text"));
      doc.setDocId(row.getAs("docId"));
      Object keptRow = row.getAs("_keptRow");
      RejectRecord reject = RejectRecord.of(doc, RejectReason.DUPLICATE,
          "same text as " + row.getAs("_keptPath") + (keptRow == null ? "" : " line " + keptRow)
              + " (doc_id " + row.getAs("_keptId") + "), which was kept", sample);
      reject.setDuplicateOf(row.getAs("_keptId"));
      return reject;
    }, Encoders.bean(RejectRecord.class));
    return new Deduplicated(kept, duplicates);
  }

  /** Documents that the settings send to rejects although they parsed: undated, or language unknown. */
  public static Dataset<RejectRecord> unwanted(Dataset<DocumentRecord> documents, IngestSettings settings) {
    int sample = settings.sampleChars();
    boolean undated = settings.rejectUndated();
    boolean unknown = settings.rejectUnknownLanguage();
    return documents.flatMap((org.apache.spark.api.java.function.FlatMapFunction<DocumentRecord, RejectRecord>) doc -> {
      if (undated && DatePrecision.NONE.id().equals(doc.getDatePrecision())) {
        return java.util.List.of(RejectRecord.of(doc, RejectReason.UNDATED,
            "no date found (ingest.reject_undated is true); add a date field or header line", sample)).iterator();
      }
      if (unknown && "und".equals(doc.getLanguage())) {
        return java.util.List.of(RejectRecord.of(doc, RejectReason.UNKNOWN_LANGUAGE,
            "language undetermined (ingest.reject_unknown_language is true)", sample)).iterator();
      }
      return java.util.Collections.emptyIterator();
    }, Encoders.bean(RejectRecord.class));
  }

  public static Dataset<DocumentRecord> wanted(Dataset<DocumentRecord> documents, IngestSettings settings) {
    Dataset<DocumentRecord> kept = documents;
    if (settings.rejectUndated()) {
      kept = kept.filter(col("datePrecision").notEqual(DatePrecision.NONE.id()));
    }
    if (settings.rejectUnknownLanguage()) {
      kept = kept.filter(col("language").notEqual("und"));
    }
    return kept;
  }

  static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hostOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = java.net.URI.create(url.trim()).getHost();
      return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
