package io.newsatlas.ingest;

import static org.apache.spark.sql.functions.col;

import io.newsatlas.config.DateSettings;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Gives a year to day-month dates ({@code month_day}) only on recorded evidence, never by guess:
 * <ul>
 *   <li>{@code same_story}: another document dated that very day and month shares at least
 *       {@code dates.min_shared_names} name words (a translation, or another report of the event);
 *   <li>{@code cross_reference}: another document writes the month with a year in a sentence
 *       sharing at least {@code dates.min_shared_terms} content words with this document's dated
 *       sentence ("In September 2025 ... co-chaired the second ... Dialogue");
 *   <li>{@code text_reference}: the latest month the document itself dates, taking the first such
 *       day and month on or after it.
 * </ul>
 * All evidence found must name one year; otherwise the date stays partial and a note says why.
 * Reads: doc_id, text, date_* and date_sentence. Changes: date, date_year, date_precision,
 * date_source, date_evidence, notes of resolved documents.
 */
public final class PartialDates {
  private PartialDates() {}

  /** {@code documents} is read several times: pass a cached Dataset. */
  public static Dataset<DocumentRecord> resolve(Dataset<DocumentRecord> documents, DateSettings settings) {
    Dataset<DocumentRecord> partial = documents.filter(col("datePrecision").equalTo(DatePrecision.MONTH_DAY.id()));
    if (!settings.resolvePartial() || partial.isEmpty()) {
      return documents;
    }
    Dataset<YearEvidenceRow> evidence = sameStory(documents, partial, settings)
        .union(crossReference(documents, partial, settings))
        .union(textReference(partial));
    // Only the (few) partial documents are shuffled with their evidence; the rest pass through.
    Dataset<DocumentRecord> resolved = partial.as("p").joinWith(evidence.as("e"),
            col("p.docId").equalTo(col("e.docId")), "left_outer")
        .groupByKey((MapFunction<Tuple2<DocumentRecord, YearEvidenceRow>, String>) t -> t._1().getDocId(), Encoders.STRING())
        .mapGroups(PartialDates::decide, Encoders.bean(DocumentRecord.class));
    return documents.filter(col("datePrecision").notEqual(DatePrecision.MONTH_DAY.id())).union(resolved);
  }

  private static DocumentRecord decide(String docId, Iterator<Tuple2<DocumentRecord, YearEvidenceRow>> rows) {
    DocumentRecord doc = null;
    TreeMap<Integer, Set<String>> byYear = new TreeMap<>();
    while (rows.hasNext()) {
      Tuple2<DocumentRecord, YearEvidenceRow> row = rows.next();
      doc = row._1();
      if (row._2() != null) {
        byYear.computeIfAbsent(row._2().getYear(), y -> new TreeSet<>())
            .add(row._2().getKind() + ": " + row._2().getDetail());
      }
    }
    if (byYear.isEmpty()) {
      doc.addNote("partial date: day and month only, and no evidence in the corpus fixes the year");
      return doc;
    }
    if (byYear.size() > 1) {
      doc.addNote("partial date kept: the evidence names different years " + byYear);
      return doc;
    }
    int year = byYear.firstKey();
    Set<String> reasons = byYear.get(year);
    Set<String> kinds = new TreeSet<>();
    reasons.forEach(reason -> kinds.add(reason.substring(0, reason.indexOf(':'))));
    doc.setDate(Date.valueOf(LocalDate.of(year, doc.getDateMonth(), doc.getDateDay())));
    doc.setDateYear(year);
    doc.setDatePrecision(DatePrecision.DAY.id());
    doc.setDateSource(doc.getDateSource() + "+year:" + String.join(",", kinds));
    doc.setDateEvidence(doc.getDateEvidence() + "; year " + year + " from " + String.join("; ", reasons));
    return doc;
  }

  private static Dataset<YearEvidenceRow> sameStory(Dataset<DocumentRecord> documents, Dataset<DocumentRecord> partial,
      DateSettings settings) {
    // Both sides come from one Dataset: aliases keep the join condition from comparing a column with itself.
    Dataset<DocumentRecord> full = documents.filter(col("datePrecision").equalTo(DatePrecision.DAY.id())).as("f");
    Dataset<DocumentRecord> p = partial.as("p");
    int minShared = settings.minSharedNames();
    return p.joinWith(full, col("p.dateMonth").equalTo(col("f.dateMonth"))
            .and(col("p.dateDay").equalTo(col("f.dateDay")))
            .and(col("p.docId").notEqual(col("f.docId"))))
        .flatMap((FlatMapFunction<Tuple2<DocumentRecord, DocumentRecord>, YearEvidenceRow>) pair -> {
          Set<String> shared = YearEvidence.shared(YearEvidence.nameWords(pair._1().getText()),
              YearEvidence.nameWords(pair._2().getText()));
          if (shared.size() < minShared) {
            return List.<YearEvidenceRow>of().iterator();
          }
          DocumentRecord other = pair._2();
          return List.of(new YearEvidenceRow(pair._1().getDocId(), other.getDateYear(), "same_story",
              other.getSourcePath() + " dated " + other.getDate() + " shares the names " + limit(shared, 8))).iterator();
        }, Encoders.bean(YearEvidenceRow.class));
  }

  private static Dataset<YearEvidenceRow> crossReference(Dataset<DocumentRecord> documents,
      Dataset<DocumentRecord> partial, DateSettings settings) {
    Dataset<DatedSentence> sentences = documents.flatMap(
        (FlatMapFunction<DocumentRecord, DatedSentence>) doc -> {
          List<DatedSentence> out = new ArrayList<>();
          for (DateMention m : DateExpressions.find(doc.getText())) {
            if (m.year() != null && m.month() != null) {
              out.add(new DatedSentence(doc.getDocId(), doc.getSourcePath(), m.year(), m.month(), m.expression(),
                  m.sentence()));
            }
          }
          return out.iterator();
        }, Encoders.bean(DatedSentence.class));
    int minShared = settings.minSharedTerms();
    return partial.as("p").joinWith(sentences.as("s"), col("p.dateMonth").equalTo(col("s.month"))
            .and(col("p.docId").notEqual(col("s.docId"))))
        .flatMap((FlatMapFunction<Tuple2<DocumentRecord, DatedSentence>, YearEvidenceRow>) pair -> {
          String own = pair._1().getDateSentence() == null ? "" : pair._1().getDateSentence();
          Set<String> shared = YearEvidence.shared(YearEvidence.terms(own), YearEvidence.terms(pair._2().getSentence()));
          if (shared.size() < minShared) {
            return List.<YearEvidenceRow>of().iterator();
          }
          DatedSentence other = pair._2();
          return List.of(new YearEvidenceRow(pair._1().getDocId(), other.getYear(), "cross_reference",
              other.getSourcePath() + " writes '" + other.getExpression() + "' in \"" + other.getSentence()
                  + "\" (shared words " + limit(shared, 8) + ")")).iterator();
        }, Encoders.bean(YearEvidenceRow.class));
  }

  private static Dataset<YearEvidenceRow> textReference(Dataset<DocumentRecord> partial) {
    return partial.flatMap((FlatMapFunction<DocumentRecord, YearEvidenceRow>) doc -> {
      YearEvidence.TextImplied implied = YearEvidence.textImpliedYear(doc.getText(), doc.getDateMonth(), doc.getDateDay());
      if (implied == null) {
        return List.<YearEvidenceRow>of().iterator();
      }
      return List.of(new YearEvidenceRow(doc.getDocId(), implied.year(), "text_reference",
          "the text's latest dated reference is '" + implied.reference() + "', and the first "
              + doc.getDateDay() + "/" + doc.getDateMonth() + " on or after it is in " + implied.year())).iterator();
    }, Encoders.bean(YearEvidenceRow.class));
  }

  private static String limit(Set<String> words, int max) {
    List<String> list = new ArrayList<>(words);
    return list.size() <= max ? list.toString() : list.subList(0, max) + "...";
  }

  /** A sentence that dates a month with its year, in some document (Spark bean). */
  public static class DatedSentence implements Serializable {
    private String docId;
    private String sourcePath;
    private int year;
    private int month;
    private String expression;
    private String sentence;

    public DatedSentence() {}

    DatedSentence(String docId, String sourcePath, int year, int month, String expression, String sentence) {
      this.docId = docId;
      this.sourcePath = sourcePath;
      this.year = year;
      this.month = month;
      this.expression = expression;
      this.sentence = sentence;
    }

    public String getDocId() { return docId; }
    public void setDocId(String docId) { this.docId = docId; }
    public String getSourcePath() { return sourcePath; }
    public void setSourcePath(String sourcePath) { this.sourcePath = sourcePath; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public int getMonth() { return month; }
    public void setMonth(int month) { this.month = month; }
    public String getExpression() { return expression; }
    public void setExpression(String expression) { this.expression = expression; }
    public String getSentence() { return sentence; }
    public void setSentence(String sentence) { this.sentence = sentence; }
  }
}
