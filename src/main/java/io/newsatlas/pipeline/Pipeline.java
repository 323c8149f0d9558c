package io.newsatlas.pipeline;

import static org.apache.spark.sql.functions.col;

import io.newsatlas.config.ConfigException;
import io.newsatlas.config.JobConfig;
import io.newsatlas.config.JobConfigLoader;
import io.newsatlas.ingest.DocumentRecord;
import io.newsatlas.ingest.Documents;
import io.newsatlas.ingest.IngestRecord;
import io.newsatlas.ingest.InputFile;
import io.newsatlas.ingest.InputListing;
import io.newsatlas.ingest.ParquetSources;
import io.newsatlas.ingest.PartialDates;
import io.newsatlas.ingest.RejectRecord;
import io.newsatlas.ingest.SourceFiles;
import io.newsatlas.ingest.SourceFormat;
import io.newsatlas.io.OutputFolder;
import io.newsatlas.io.RunManifest;
import io.newsatlas.io.TableWriter;
import io.newsatlas.io.Tables;
import io.newsatlas.text.Languages;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/** Wires the stages: files -> records -> documents (+ rejects) -> tables. No logic of its own beyond I/O and counts. */
public final class Pipeline {
  private static final long SHUFFLE_BYTES_PER_PARTITION = 64L << 20;

  private final SparkSession spark;
  private final JobConfig config;
  private final String settingsOrigin;
  private final java.util.function.Consumer<String> afterStage;

  public Pipeline(SparkSession spark, JobConfigLoader.Loaded settings) {
    this(spark, settings, stage -> { });
  }

  /** @param afterStage called after each stage by name; a test throws from it to simulate a failure mid-run */
  public Pipeline(SparkSession spark, JobConfigLoader.Loaded settings, java.util.function.Consumer<String> afterStage) {
    this.spark = spark;
    this.config = settings.config();
    this.settingsOrigin = settings.origin();
    this.afterStage = afterStage;
  }

  /** Result of a run: the published output folder and what the manifest says. */
  public record Result(String output, RunManifest manifest) {}

  public Result run() {
    Instant started = Instant.now();
    String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
        + "-" + ProcessHandle.current().pid();
    Progress progress = new Progress(spark.sparkContext(), afterStage);
    Progress.info("newsatlas %s: settings from %s; Spark %s, master %s", RunManifest.currentVersion(),
        settingsOrigin, spark.version(), spark.sparkContext().master());

    InputListing listing = progress.stage("list", () -> InputListing.of(config.input(), hadoopConf()),
        l -> String.format("%d files, %.1f MB under %s%s", l.files().size(), l.totalBytes() / 1e6, l.root(),
            l.skipped().isEmpty() ? "" : " (" + l.skipped().size() + " hidden files skipped: " + preview(l.skipped()) + ")"));
    ConfigException.check(!listing.files().isEmpty(),
        "Input %s holds no files to read (newsatlas reads %s)", config.input(), SourceFormat.SUPPORTED);
    sizeShuffles(listing.totalBytes());

    OutputFolder output = OutputFolder.prepare(config.output(), hadoopConf(), runId);
    List<Dataset<?>> cached = new ArrayList<>();
    try {
      Result result = runStages(listing, output, progress, started, runId, cached);
      output.commit();
      Progress.info("output:    %s", output.target());
      return result;
    } catch (RuntimeException | Error e) {
      output.abort();
      throw e;
    } finally {
      cached.forEach(Dataset::unpersist);
    }
  }

  private Result runStages(InputListing listing, OutputFolder output, Progress progress, Instant started, String runId,
      List<Dataset<?>> cached) {
    // Stage 1: every file read once, on the executors.
    Dataset<IngestRecord> parsed = keep(cached, SourceFiles.read(spark, listing.files(), config.ingest()));
    Map<String, Long> parsedKinds = progress.stage("read", () -> countBy(parsed.toDF(), "kind"),
        kinds -> String.format("%d files: %d records, %d rejected", kinds.getOrDefault(IngestRecord.FILE, 0L),
            kinds.getOrDefault(IngestRecord.DOCUMENT, 0L), kinds.getOrDefault(IngestRecord.REJECT, 0L)));
    List<IngestRecord> fileSummaries = parsed.filter(col("kind").equalTo(IngestRecord.FILE)).collectAsList();
    Set<String> badParquet = new HashSet<>(parsed
        .filter(col("kind").equalTo(IngestRecord.REJECT).and(col("format").startsWith("parquet")))
        .select("sourcePath").as(Encoders.STRING()).collectAsList());
    List<InputFile> parquetFiles = listing.ofFormat(SourceFormat.PARQUET).stream()
        .filter(f -> !badParquet.contains(f.relativePath())).toList();
    Dataset<IngestRecord> records = parsed.filter(col("kind").notEqual(IngestRecord.FILE))
        .union(ParquetSources.read(spark, listing.root(), parquetFiles, config.ingest()));

    // Stage 2: normalise, date, drop what is too short.
    Dataset<DocumentRecord> normalised = keep(cached, Documents.fromRecords(
        records.filter(col("kind").equalTo(IngestRecord.DOCUMENT)), config.dates()));
    long inputs = records.count();
    progress.stage("normalise", normalised::count,
        n -> String.format("%d documents normalised and dated, of %d inputs (records and rejected files)", n, inputs));
    Dataset<RejectRecord> readRejects = records.filter(col("kind").equalTo(IngestRecord.REJECT))
        .map((MapFunction<IngestRecord, RejectRecord>) RejectRecord::of, Encoders.bean(RejectRecord.class));
    Dataset<RejectRecord> tooShort = Documents.tooShort(normalised, config.ingest());

    // Stage 3: one copy of each text, and its language.
    Documents.Deduplicated unique = Documents.deduplicate(Documents.longEnough(normalised, config.ingest()), config.ingest());
    Dataset<DocumentRecord> identified = keep(cached, Languages.identify(unique.kept(), config.language()));
    Map<String, Long> languages = progress.stage("language", () -> countBy(identified.toDF(), "language"),
        counts -> counts.isEmpty() ? "no documents" : "documents by language " + counts);

    // Stage 4: years for day-month dates, from evidence across the corpus.
    Dataset<DocumentRecord> dated = keep(cached, PartialDates.resolve(identified, config.dates()));
    Map<String, Long> precisions = progress.stage("dates", () -> countBy(dated.toDF(), "datePrecision"),
        counts -> "documents by date precision " + counts);

    Dataset<DocumentRecord> documents = Documents.wanted(dated, config.ingest());
    Dataset<RejectRecord> rejects = keep(cached, readRejects.union(tooShort).union(unique.duplicates())
        .union(Documents.unwanted(dated, config.ingest())));

    // Stage 5: tables.
    TableWriter writer = new TableWriter(output, config.tables().rowsPerFile());
    Map<String, Long> rejectReasons = countBy(rejects.toDF(), "reason");
    long rejectCount = rejectReasons.values().stream().mapToLong(Long::longValue).sum();
    long documentCount = progress.stage("write", () -> {
      long docs = documents.count();
      writer.write(Tables.DOCUMENTS, documents, docs);
      writer.write(Tables.REJECTS, rejects, rejectCount);
      return docs;
    }, docs -> String.format("%d documents, %d rejects %s -> %s", docs, rejectCount, rejectReasons,
        output.table(Tables.DOCUMENTS).getParent()));

    Map<String, Long> counts = new TreeMap<>();
    counts.put("input_files", (long) listing.files().size());
    counts.put("inputs", inputs);
    counts.put("documents", documentCount);
    counts.put("rejects", rejectCount);
    rejectReasons.forEach((reason, n) -> counts.put("rejects." + reason, n));
    languages.forEach((language, n) -> counts.put("language." + language, n));
    precisions.forEach((precision, n) -> counts.put("date_precision." + precision, n));
    boolean balanced = documentCount + rejectCount == inputs;

    RunManifest manifest = new RunManifest(runId, started.toString(), Instant.now().toString(),
        RunManifest.currentVersion(), Runtime.version().toString(), spark.version(), spark.sparkContext().master(),
        listing.root(), settingsOrigin, JobConfigLoader.toJson(config), config.seed(),
        fileSummaries.stream().map(f -> new RunManifest.InputFileEntry(f.getSourcePath(), f.getFormat(),
            f.getByteLength(), f.getFileSha256())).toList(),
        listing.skipped(), counts, progress.orderedTimingsMs(), balanced);
    output.writeText(OutputFolder.MANIFEST_JSON, manifest.toJson());
    new TableWriter(output, config.tables().rowsPerFile()).write(Tables.RUN_MANIFEST,
        spark.createDataFrame(List.of(manifest.toRow()), Tables.RUN_MANIFEST.schema()), 1);

    Progress.info("summary:   %d inputs = %d documents + %d rejects%s", inputs, documentCount, rejectCount,
        balanced ? "" : "  <-- DOES NOT BALANCE");
    if (!balanced) {
      throw new IllegalStateException("inputs do not balance: " + inputs + " inputs but " + documentCount
          + " documents + " + rejectCount + " rejects; this is a newsatlas bug, please report it with the input");
    }
    return new Result(output.target().toString(), manifest);
  }

  private <T> Dataset<T> keep(List<Dataset<?>> cached, Dataset<T> data) {
    if (data.storageLevel().useMemory() || data.storageLevel().useDisk()) {
      return data; // a stage that changed nothing returns its (already cached) input
    }
    Dataset<T> persisted = data.persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(persisted);
    return persisted;
  }

  private static Map<String, Long> countBy(Dataset<Row> data, String column) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row row : data.groupBy(column).count().collectAsList()) {
      counts.put(String.valueOf(row.get(0)), row.getLong(1));
    }
    return counts;
  }

  private void sizeShuffles(long inputBytes) {
    int partitions = config.spark().shufflePartitions() > 0
        ? config.spark().shufflePartitions()
        : (int) Math.max(spark.sparkContext().defaultParallelism(),
            (inputBytes + SHUFFLE_BYTES_PER_PARTITION - 1) / SHUFFLE_BYTES_PER_PARTITION);
    spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
  }

  private org.apache.hadoop.conf.Configuration hadoopConf() {
    return spark.sparkContext().hadoopConfiguration();
  }

  private static String preview(List<String> names) {
    return names.size() <= 3 ? String.join(", ", names) : String.join(", ", names.subList(0, 3)) + ", ...";
  }
}
