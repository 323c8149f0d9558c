package io.newsatlas.ingest;

import static org.apache.spark.sql.functions.col;

import io.newsatlas.config.JobConfig;
import io.newsatlas.io.StageContext;
import io.newsatlas.text.Languages;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Stage: the listed files to documents and rejects. Reads every file once on the executors, then
 * normalises and dates the texts, drops too short ones and duplicates, identifies the language and
 * gives day-month dates their year from evidence. Each input ends up in documents or in rejects.
 */
public final class Ingest {
  private Ingest() {}

  /**
   * @param inputs records and rejected files: documents + rejects must add up to it
   * @param files one summary per file read (path, format, bytes, checksum) for the run manifest
   */
  public record Ingested(Dataset<DocumentRecord> documents, Dataset<RejectRecord> rejects, long inputs,
      List<IngestRecord> files) {}

  public static Ingested run(SparkSession spark, InputListing listing, JobConfig config, StageContext stage) {
    // Every file read once, on the executors.
    Dataset<IngestRecord> parsed = stage.step("read", () -> stage.keep(SourceFiles.read(spark, listing.files(), config.ingest())),
        read -> {
          Map<String, Long> kinds = StageContext.countBy(read.toDF(), "kind");
          return String.format("%d files: %d records, %d rejected", kinds.getOrDefault(IngestRecord.FILE, 0L),
              kinds.getOrDefault(IngestRecord.DOCUMENT, 0L), kinds.getOrDefault(IngestRecord.REJECT, 0L));
        });

    // Normalise and date; too short texts are rejected.
    record Normalised(Dataset<IngestRecord> records, Dataset<DocumentRecord> documents, List<IngestRecord> files,
        long inputs) {}
    Normalised normalised = stage.step("normalise", () -> {
      List<IngestRecord> files = parsed.filter(col("kind").equalTo(IngestRecord.FILE)).collectAsList();
      Set<String> badParquet = new HashSet<>(parsed
          .filter(col("kind").equalTo(IngestRecord.REJECT).and(col("format").startsWith("parquet")))
          .select("sourcePath").as(Encoders.STRING()).collectAsList());
      List<InputFile> parquetFiles = listing.ofFormat(SourceFormat.PARQUET).stream()
          .filter(f -> !badParquet.contains(f.relativePath())).toList();
      Dataset<IngestRecord> records = parquetFiles.isEmpty() ? parsed.filter(col("kind").notEqual(IngestRecord.FILE))
          : stage.keep(parsed.filter(col("kind").notEqual(IngestRecord.FILE))
              .union(ParquetSources.read(spark, listing.root(), parquetFiles, config.ingest())));
      return new Normalised(records, stage.keep(Documents.fromRecords(
          records.filter(col("kind").equalTo(IngestRecord.DOCUMENT)), config.dates())), files, records.count());
    }, n -> String.format("%d documents normalised and dated, of %d inputs (records and rejected files)",
        n.documents().count(), n.inputs()));
    Dataset<RejectRecord> readRejects = normalised.records().filter(col("kind").equalTo(IngestRecord.REJECT))
        .map((MapFunction<IngestRecord, RejectRecord>) RejectRecord::of, Encoders.bean(RejectRecord.class));

    // One copy of each text, and its language.
    Documents.Deduplicated unique =
        Documents.deduplicate(Documents.longEnough(normalised.documents(), config.ingest()), config.ingest());
    Dataset<DocumentRecord> identified = stage.step("language",
        () -> stage.keep(Languages.identify(unique.kept(), config.language())), kept -> {
          Map<String, Long> byLanguage = StageContext.countBy(kept.toDF(), "language");
          byLanguage.forEach((language, n) -> stage.manifestCount("language." + language, n));
          return byLanguage.isEmpty() ? "no documents" : "documents by language " + byLanguage;
        });

    // Years for day-month dates, from evidence across the corpus; then what is kept and what is rejected.
    record Dated(Dataset<DocumentRecord> documents, Dataset<RejectRecord> rejects, Map<String, Long> byPrecision,
        Map<String, Long> bySource) {}
    Dated dated = stage.step("dates", () -> {
      // Kept: both the documents and the rejects are filtered from it.
      Dataset<DocumentRecord> resolved = stage.keep(PartialDates.resolve(identified, config.dates()));
      Dataset<DocumentRecord> kept = Documents.wanted(resolved, config.ingest());
      Dataset<RejectRecord> rejects = stage.keep(readRejects
          .union(Documents.tooShort(normalised.documents(), config.ingest()))
          .union(unique.duplicates())
          .union(Documents.unwanted(resolved, config.ingest())));
      // One count for both: how precise each date is, and where it came from.
      Map<String, Long> both = StageContext.countBy(kept.toDF().withColumn("precisionAndSource",
          org.apache.spark.sql.functions.concat_ws("|", org.apache.spark.sql.functions.col("datePrecision"),
              org.apache.spark.sql.functions.coalesce(org.apache.spark.sql.functions.col("dateSource"),
                  org.apache.spark.sql.functions.lit("none")))), "precisionAndSource");
      Map<String, Long> byPrecision = new java.util.TreeMap<>();
      Map<String, Long> bySource = new java.util.TreeMap<>();
      both.forEach((key, n) -> {
        byPrecision.merge(key.substring(0, key.indexOf('|')), n, Long::sum);
        bySource.merge(key.substring(key.indexOf('|') + 1), n, Long::sum);
      });
      return new Dated(kept, rejects, byPrecision, bySource);
    }, counted -> {
      counted.byPrecision().forEach((precision, n) -> stage.manifestCount("date_precision." + precision, n));
      counted.bySource().forEach((source, n) -> stage.manifestCount("date_source." + source, n));
      return "documents by date precision " + counted.byPrecision() + ", by source " + counted.bySource();
    });
    return new Ingested(dated.documents(), dated.rejects(), normalised.inputs(), normalised.files());
  }
}
