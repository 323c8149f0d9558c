package io.newsatlas.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.newsatlas.actors.ActorGraph;
import io.newsatlas.actors.ActorMatcher;
import io.newsatlas.actors.ActorMention;
import io.newsatlas.actors.Actors;
import io.newsatlas.actors.Gazetteer;
import io.newsatlas.config.ActorSettings;
import io.newsatlas.config.ConfigException;
import io.newsatlas.config.JobConfig;
import io.newsatlas.config.JobConfigLoader;
import io.newsatlas.config.ThemeSettings;
import io.newsatlas.config.TopicSettings;
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
import io.newsatlas.io.RunCheckpoints;
import io.newsatlas.io.RunManifest;
import io.newsatlas.io.TableWriter;
import io.newsatlas.io.Tables;
import io.newsatlas.report.Report;
import io.newsatlas.text.Languages;
import io.newsatlas.text.Tokenizer;
import io.newsatlas.text.Tokens;
import io.newsatlas.themes.ThemeDictionary;
import io.newsatlas.themes.ThemeMatcher;
import io.newsatlas.themes.ThemeMention;
import io.newsatlas.themes.ThemeTimeline;
import io.newsatlas.themes.Themes;
import io.newsatlas.timeline.DocumentPeriods;
import io.newsatlas.topics.TopicCorpus;
import io.newsatlas.topics.TopicModels;
import io.newsatlas.topics.Topics;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Wires the stages: files -> records -> documents (+ rejects) -> themes -> actors -> tokens -> topics -> tables. No logic of its
 * own beyond I/O, caching at stage boundaries and counts.
 */
public final class Pipeline {
  private static final long SHUFFLE_BYTES_PER_PARTITION = 64L << 20;

  private final SparkSession spark;
  private final JobConfig config;
  private final String settingsOrigin;
  private final Consumer<String> afterStage;

  public Pipeline(SparkSession spark, JobConfigLoader.Loaded settings) {
    this(spark, settings, stage -> { });
  }

  /** @param afterStage called after each stage by name; a test throws from it to simulate a failure mid-run */
  public Pipeline(SparkSession spark, JobConfigLoader.Loaded settings, Consumer<String> afterStage) {
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
    // Dictionaries are settings too: a mistake in them stops the run before any work.
    ThemeDictionary themes = ThemeDictionary.load(config.themes().dictionary(),
        config.themes().dictionary().equals(ThemeSettings.DEFAULT_DICTIONARY));
    Gazetteer gazetteer = Gazetteer.load(config.actors().gazetteer(),
        config.actors().gazetteer().equals(ActorSettings.DEFAULT_GAZETTEER));
    Progress progress = new Progress(spark.sparkContext(), afterStage);
    Progress.info("newsatlas %s: settings from %s; Spark %s, master %s", RunManifest.currentVersion(),
        settingsOrigin, spark.version(), spark.sparkContext().master());

    InputListing listing = progress.stage("list", () -> InputListing.of(config.input(), hadoopConf()),
        l -> String.format("%d files, %.1f MB under %s%s", l.files().size(), l.totalBytes() / 1e6, l.root(),
            l.skipped().isEmpty() ? "" : " (" + l.skipped().size() + " entries not read: " + preview(l.skipped()) + ")"));
    ConfigException.check(!listing.files().isEmpty(),
        "Input %s holds no files to read (newsatlas reads %s)", config.input(), SourceFormat.SUPPORTED);
    sizeShuffles(listing.totalBytes());

    OutputFolder output = OutputFolder.prepare(config.output(), hadoopConf(), runId);
    Run run = new Run(progress, new TableWriter(output, config.tables().rowsPerFile()));
    try {
      Ingested ingested = run.stories(run.ingest(listing), gazetteer);
      // Every timeline places documents the same way: once, kept.
      Dataset<Row> periods = run.writeDocuments(ingested);
      Dataset<ThemeMention> themeMentions = run.themes(ingested.documents(), periods, themes);
      run.actors(ingested, periods, gazetteer, output);
      Dataset<Row> tokens = run.tokens(ingested, themeMentions, Tokenizer.of(dictionaryTerms(themes, gazetteer),
          config.tokens()));
      run.topics(tokens, periods, output, runId);
      Result result = run.finish(listing, ingested, output, started, runId);
      run.report(output);
      output.commit();
      Progress.info("output:    %s", output.target());
      return result;
    } catch (RuntimeException | Error e) {
      output.abort();
      throw e;
    } finally {
      run.outputs.close();
    }
  }

  /** Documents and rejects out of ingest, and what the manifest needs to know of it. */
  private record Ingested(Dataset<DocumentRecord> documents, Dataset<RejectRecord> rejects, long inputs,
      List<IngestRecord> fileSummaries, Dataset<ActorMention> mentions) {
    Ingested withStories(Dataset<DocumentRecord> storied, Dataset<ActorMention> found) {
      return new Ingested(storied, rejects, inputs, fileSummaries, found);
    }
  }

  /** The state of one run: kept stage outputs (released at the end), counts, writer. */
  private final class Run {
    final StageOutputs outputs = new StageOutputs(config.spark().stageOutputs());
    final Map<String, Long> counts = new TreeMap<>();
    final Progress progress;
    final TableWriter writer;

    Run(Progress progress, TableWriter writer) {
      this.progress = progress;
      this.writer = writer;
    }

    Ingested ingest(InputListing listing) {
      // Every file read once, on the executors.
      Dataset<IngestRecord> parsed = progress.stage("read", () -> keep(SourceFiles.read(spark, listing.files(), config.ingest())),
          read -> countBy(read.toDF(), "kind"),
          kinds -> String.format("%d files: %d records, %d rejected", kinds.getOrDefault(IngestRecord.FILE, 0L),
              kinds.getOrDefault(IngestRecord.DOCUMENT, 0L), kinds.getOrDefault(IngestRecord.REJECT, 0L)));

      // Normalise and date; too short texts are rejected.
      record Normalised(Dataset<IngestRecord> records, Dataset<DocumentRecord> documents, List<IngestRecord> files,
          long inputs) {}
      Normalised normalised = progress.stage("normalise", () -> {
        List<IngestRecord> files = parsed.filter(col("kind").equalTo(IngestRecord.FILE)).collectAsList();
        Set<String> badParquet = new HashSet<>(parsed
            .filter(col("kind").equalTo(IngestRecord.REJECT).and(col("format").startsWith("parquet")))
            .select("sourcePath").as(Encoders.STRING()).collectAsList());
        List<InputFile> parquetFiles = listing.ofFormat(SourceFormat.PARQUET).stream()
            .filter(f -> !badParquet.contains(f.relativePath())).toList();
        Dataset<IngestRecord> records = parquetFiles.isEmpty() ? parsed.filter(col("kind").notEqual(IngestRecord.FILE))
            : keep(parsed.filter(col("kind").notEqual(IngestRecord.FILE))
                .union(ParquetSources.read(spark, listing.root(), parquetFiles, config.ingest())));
        return new Normalised(records, keep(Documents.fromRecords(
            records.filter(col("kind").equalTo(IngestRecord.DOCUMENT)), config.dates())), files, records.count());
      }, n -> n, n -> String.format("%d documents normalised and dated, of %d inputs (records and rejected files)",
          n.documents().count(), n.inputs()));
      Dataset<RejectRecord> readRejects = normalised.records().filter(col("kind").equalTo(IngestRecord.REJECT))
          .map((MapFunction<IngestRecord, RejectRecord>) RejectRecord::of, Encoders.bean(RejectRecord.class));

      // One copy of each text, and its language.
      Documents.Deduplicated unique =
          Documents.deduplicate(Documents.longEnough(normalised.documents(), config.ingest()), config.ingest());
      Dataset<DocumentRecord> identified = progress.stage("language",
          () -> keep(Languages.identify(unique.kept(), config.language())), kept -> countBy(kept.toDF(), "language"),
          byLanguage -> {
            byLanguage.forEach((language, n) -> counts.put("language." + language, n));
            return byLanguage.isEmpty() ? "no documents" : "documents by language " + byLanguage;
          });

      // Years for day-month dates, from evidence across the corpus; then what is kept and what is rejected.
      record Dated(Dataset<DocumentRecord> documents, Dataset<RejectRecord> rejects, Map<String, Long> byPrecision) {}
      Dated dated = progress.stage("dates", () -> {
        Dataset<DocumentRecord> resolved = PartialDates.resolve(identified, config.dates());
        Dataset<DocumentRecord> kept = keep(Documents.wanted(resolved, config.ingest()));
        Dataset<RejectRecord> rejects = keep(readRejects
            .union(Documents.tooShort(normalised.documents(), config.ingest()))
            .union(unique.duplicates())
            .union(Documents.unwanted(resolved, config.ingest())));
        return new Dated(kept, rejects, countBy(kept.toDF(), "datePrecision"));
      }, byPrecision -> {
        byPrecision.byPrecision().forEach((precision, n) -> counts.put("date_precision." + precision, n));
        return "documents by date precision " + byPrecision.byPrecision();
      });
      return new Ingested(dated.documents(), dated.rejects(), normalised.inputs(), normalised.files(), null);
    }

    /** Actor mentions, then stories: documents.story_id needs them, so they come before the documents table. */
    Ingested stories(Ingested ingested, Gazetteer gazetteer) {
      record Storied(Dataset<DocumentRecord> documents, Dataset<ActorMention> mentions, Map<String, String> storyOf) {}
      Storied storied = progress.stage("stories", () -> {
        Dataset<ActorMention> mentions = keep(Actors.mentions(ingested.documents(), new ActorMatcher(gazetteer)));
        Map<String, String> storyOf = Actors.stories(mentions, ingested.documents(), gazetteer,
            config.actors().storyMinSharedActors(), config.actors().storyMinSharedPeople(),
            config.actors().storyMinOverlap(), config.actors().storyMaxDaysApart());
        Dataset<DocumentRecord> documents = keep(ingested.documents().map((MapFunction<DocumentRecord, DocumentRecord>) doc -> {
          doc.setStoryId(storyOf.getOrDefault(doc.getDocId(), doc.getDocId()));
          return doc;
        }, Encoders.bean(DocumentRecord.class)));
        return new Storied(documents, mentions, storyOf);
      }, s -> String.format("%d documents linked into %d stories of two or more", s.storyOf().size(),
          new HashSet<>(s.storyOf().values()).size()));
      return ingested.withStories(storied.documents(), storied.mentions());
    }

    /** The documents and rejects tables; and every document's timeline period, which themes, actors and topics share. */
    Dataset<Row> writeDocuments(Ingested ingested) {
      record Written(long documents, Map<String, Long> reasons, Dataset<Row> periods) {}
      Written written = progress.stage("write", () -> {
        Map<String, Long> reasons = countBy(ingested.rejects().toDF(), "reason");
        long n = ingested.documents().count();
        writer.write(Tables.DOCUMENTS, ingested.documents(), n);
        writer.write(Tables.REJECTS, ingested.rejects(), reasons.values().stream().mapToLong(Long::longValue).sum());
        return new Written(n, reasons, keep(DocumentPeriods.of(ingested.documents(), config.timeline().granularity())));
      }, w -> String.format("%d documents, %d rejects %s", w.documents(),
          w.reasons().values().stream().mapToLong(Long::longValue).sum(), w.reasons()));
      written.reasons().forEach((reason, n) -> counts.put("rejects." + reason, n));
      counts.put("documents", written.documents());
      counts.put("rejects", written.reasons().values().stream().mapToLong(Long::longValue).sum());
      counts.put("inputs", ingested.inputs());
      return written.periods();
    }

    Dataset<ThemeMention> themes(Dataset<DocumentRecord> documents, Dataset<Row> periods, ThemeDictionary dictionary) {
      record Found(Dataset<ThemeMention> mentions, Map<String, Long> byTheme) {}
      return progress.stage("themes", () -> {
        Dataset<ThemeMention> mentions = keep(Themes.mentions(documents, new ThemeMatcher(dictionary)));
        long mentionCount = mentions.count();
        Dataset<Row> perDocument = keep(Themes.perDocument(mentions, documents));
        long pairs = perDocument.count();
        List<ThemeTimeline.Row> timeline = Themes.timeline(perDocument, periods, dictionary,
            config.timeline().granularity(), new ThemeTimeline.Spikes(config.themes().spikeWindow(),
                config.themes().spikeZ(), config.themes().spikeMinDocuments()));
        writer.write(Tables.THEMES, Themes.dictionaryFrame(spark, dictionary), dictionary.themes().size());
        writer.write(Tables.THEME_MENTIONS, mentions, mentionCount);
        writer.write(Tables.DOCUMENT_THEMES, perDocument, pairs);
        writer.write(Tables.THEME_TIMELINE, Themes.timelineFrame(spark, timeline), timeline.size());
        counts.put("theme_mentions", mentionCount);
        counts.put("document_themes", pairs);
        return new Found(mentions, countBy(perDocument, "themeId"));
      }, found -> String.format("%d themes found, documents per theme %s", found.byTheme().size(), found.byTheme()))
          .mentions();
    }

    void actors(Ingested ingested, Dataset<Row> periods, Gazetteer gazetteer, OutputFolder output) {
      progress.stage("actors", () -> {
        Dataset<ActorMention> mentions = ingested.mentions();
        Dataset<Row> actors = keep(Actors.actorTable(mentions, ingested.documents(), gazetteer));
        Dataset<Row> pairs = keep(Actors.cooccurrence(mentions, ingested.documents()));
        Dataset<Row> byPeriod = Actors.cooccurrenceByPeriod(mentions, periods);
        long mentionCount = mentions.count();
        long pairCount = pairs.count();
        writer.write(Tables.ACTORS, actors, gazetteer.actors().size());
        writer.write(Tables.MENTIONS, mentions, mentionCount);
        writer.write(Tables.COOCCURRENCE, pairs, pairCount);
        writer.write(Tables.COOCCURRENCE_BY_PERIOD, byPeriod, byPeriod.count());
        writeGraphs(actors, pairs, output);
        Dataset<Row> candidates = keep(Actors.candidates(ingested.documents(), mentions,
            config.actors().candidateMinDocuments()));
        long candidateCount = candidates.count();
        writer.write(Tables.ACTOR_CANDIDATES, candidates, candidateCount);
        counts.put("actor_candidates", candidateCount);
        counts.put("mentions", mentionCount);
        counts.put("cooccurrence", pairCount);
        return actors.filter(col("mentions").gt(0)).count();
      }, named -> String.format("%d actors named, co-occurrence and graphs written", named));
    }

    private void writeGraphs(Dataset<Row> actors, Dataset<Row> pairs, OutputFolder output) {
      List<ActorGraph.Node> nodes = actors.filter(col("mentions").gt(0)).orderBy("actorId").collectAsList().stream()
          .map(r -> new ActorGraph.Node(r.getAs("actorId"), r.getAs("type"), r.getAs("nameEn"), r.getAs("nameVi"),
              r.<Long>getAs("mentions"), r.<Long>getAs("documents"), string(r.getAs("firstDate")),
              string(r.getAs("lastDate"))))
          .toList();
      Map<String, long[]> levels = new TreeMap<>();
      Map<String, Row> documentLevel = new TreeMap<>();
      for (Row r : pairs.collectAsList()) {
        String key = r.getAs("actorA") + "\t" + r.getAs("actorB");
        long[] c = levels.computeIfAbsent(key, k -> new long[3]);
        String level = r.getAs("level");
        c[level.equals(Actors.DOCUMENT) ? 0 : level.equals(Actors.SENTENCE) ? 1 : 2] = r.<Long>getAs("count");
        if (level.equals(Actors.DOCUMENT)) {
          documentLevel.put(key, r);
        }
      }
      List<ActorGraph.Edge> edges = documentLevel.entrySet().stream().map(e -> {
        long[] c = levels.get(e.getKey());
        Row r = e.getValue();
        return new ActorGraph.Edge(r.getAs("actorA"), r.getAs("actorB"), c[0], c[1], c[2],
            string(r.getAs("firstDate")), string(r.getAs("lastDate")));
      }).toList();
      output.writeText("graphs/actors.graphml", ActorGraph.graphml(nodes, edges));
      output.writeText("graphs/actors.gexf", ActorGraph.gexf(nodes, edges));
    }

    /** The tokens table: collocations learned from the corpus, then each document's terms and concepts. */
    Dataset<Row> tokens(Ingested ingested, Dataset<ThemeMention> themeMentions, Tokenizer tokenizer) {
      return progress.stage("tokens", () -> {
        Tokens.Learned learned = Tokens.learnCollocations(ingested.documents(), tokenizer, config.tokens());
        Dataset<Row> concepts = !config.tokens().concepts() ? null
            : themeMentions.select(col("docId"), col("charStart"), concat(lit("concept:"), col("themeId")).as("concept"))
                .union(ingested.mentions().select(col("docId"), col("charStart"),
                    concat(lit("actor:"), col("actorId")).as("concept")));
        Dataset<Row> tokens = keep(Tokens.table(ingested.documents(), tokenizer.with(learned.collocations()), concepts));
        Row size = tokens.agg(count(lit(1)), sum("termCount")).first();
        long documents = size.getLong(0);
        long terms = size.isNullAt(1) ? 0 : size.getLong(1);
        writer.write(Tables.TOKENS, tokens, documents);
        counts.put("tokens.terms", terms);
        learned.perLanguage().forEach((language, n) -> counts.put("tokens.collocations." + language, (long) n));
        return tokens;
      }, tokens -> String.format("%d terms in %d documents; collocations learned %s", counts.get("tokens.terms"),
          counts.get("documents"), new TreeMap<>(tokensCollocations())));
    }

    private Map<String, Long> tokensCollocations() {
      Map<String, Long> learned = new TreeMap<>();
      counts.forEach((key, n) -> {
        if (key.startsWith("tokens.collocations.")) {
          learned.put(key.substring("tokens.collocations.".length()), n);
        }
      });
      return learned;
    }

    /** Where the chosen topic model is saved, under the output folder. */
    static final String TOPIC_MODEL_FOLDER = "model/topics";

    /** LDA over the tokens: K chosen by coherence, then the topic tables. */
    void topics(Dataset<Row> tokens, Dataset<Row> periods, OutputFolder output, String runId) {
      TopicSettings settings = config.topics();
      progress.stage("topics", () -> {
        // Only EM checkpoints; null otherwise, which try-with-resources skips.
        try (RunCheckpoints checkpoints = settings.enabled() && settings.fitsWithEm()
            ? RunCheckpoints.open(spark, output, runId) : null) {
          return fitTopics(tokens, periods, output);
        }
      }, summary -> summary);
    }

    private String fitTopics(Dataset<Row> tokens, Dataset<Row> periods, OutputFolder output) {
      TopicSettings settings = config.topics();
      TopicCorpus corpus = settings.enabled() ? TopicCorpus.of(tokens, settings) : null;
      if (corpus == null || corpus.isEmpty() || corpus.modelled() < 2) {
        String why = corpus == null ? "topics.enabled is false"
            : String.format("%d documents with at least topics.min_document_terms (%d) vocabulary terms; at least 2 needed",
                corpus.modelled(), settings.minDocumentTerms());
        for (var table : List.of(Tables.TOPICS, Tables.DOCUMENT_TOPICS, Tables.TOPICS_OVER_TIME, Tables.TOPIC_MODEL_SELECTION)) {
          writer.write(table, spark.createDataFrame(List.of(), table.schema()), 0);
        }
        counts.put("topics.modelled_documents", corpus == null ? 0L : corpus.modelled());
        return "no topic model: " + why;
      }
      keep(corpus.vectors());
      describe(corpus, "");
      // EM fits read their own vocabulary when its cap differs from the grid's.
      TopicCorpus finalCorpus = corpus;
      if (!settings.finalOptimizer().equals(settings.optimizer())
          && settings.maxDocumentShare(settings.finalOptimizer()) != corpus.maxDocumentShare()) {
        TopicCorpus own = TopicCorpus.of(tokens, settings, settings.finalOptimizer());
        if (own.isEmpty() || own.modelled() < 2) {
          Progress.info("topics:    %s fits keep the grid's vocabulary: capped at %.0f%% of the documents, only %d"
              + " documents have enough terms", settings.finalOptimizer(), 100 * own.maxDocumentShare(), own.modelled());
        } else {
          keep(own.vectors());
          finalCorpus = own;
          describe(finalCorpus, settings.finalOptimizer() + " fits: ");
        }
      }
      TopicModels.Selection selection = TopicModels.select(corpus, finalCorpus, settings, config.seed(),
          line -> Progress.info("topics:    %s", line));
      TopicModels.Fit chosen = selection.chosen();
      TopicCorpus modelled = chosen.corpus();
      // assign keeps the model's inference; the renumbered weights are a cheap map over it.
      Topics.Assigned assigned = Topics.assign(chosen, this::keep);
      Dataset<Row> weights = assigned.weights();
      Dataset<Row> documentTopics = Topics.documentTopics(weights, settings.minDocumentWeight());
      List<Row> overTime = Topics.overTime(Topics.cells(weights, periods, chosen.k()), chosen.k(),
          config.timeline().granularity());
      writer.write(Tables.TOPICS, Topics.topicsTable(spark, chosen, assigned, modelled.vocabulary(), settings.topTerms()),
          chosen.k());
      writer.write(Tables.DOCUMENT_TOPICS, documentTopics, documentTopics.count());
      writer.write(Tables.TOPICS_OVER_TIME, Topics.overTimeFrame(spark, overTime), overTime.size());
      writer.write(Tables.TOPIC_MODEL_SELECTION, Topics.selectionTable(spark, selection), selection.fits().size());
      // Saved as Spark ML saves its models: GibbsLdaModel.load (or MLlib's LocalLDAModel.load) reads it back.
      if (chosen.model() instanceof org.apache.spark.ml.util.MLWritable writable) {
        String folder = new org.apache.hadoop.fs.Path(output.staging(), TOPIC_MODEL_FOLDER).toString();
        try {
          writable.write().save(folder);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException("Could not save the topic model to " + folder
              + " (check that the output folder is writable)", e);
        }
      }
      chosen.release();
      counts.put("topics.k", (long) chosen.k());
      counts.put("topics.modelled_documents", modelled.modelled());
      counts.put("topics.too_few_terms", modelled.tokenDocuments() - modelled.modelled());
      counts.put("topics.vocabulary", (long) modelled.vocabulary().length);
      counts.put("topics.tokens", modelled.tokens());
      return String.format("K=%d chosen of %s (seed %d, coherence %.3f); %d documents modelled, %d with too few terms",
          chosen.k(), selection.fits().stream().map(TopicModels.Fit::k).distinct().toList(), chosen.seed(),
          chosen.coherence(), modelled.modelled(), modelled.tokenDocuments() - modelled.modelled());
    }

    private static void describe(TopicCorpus corpus, String which) {
      Progress.info("topics:    %s%d of %d documents modelled (%d tokens, vocabulary %d terms, each in %d to %d documents)",
          which, corpus.modelled(), corpus.tokenDocuments(), corpus.tokens(), corpus.vocabulary().length,
          corpus.minDocumentFrequency(), corpus.maxDocumentFrequency());
    }

    Result finish(InputListing listing, Ingested ingested, OutputFolder output, Instant started, String runId) {
      long documentCount = counts.get("documents");
      counts.put("input_files", (long) listing.files().size());
      long rejectCount = counts.get("rejects");
      boolean balanced = documentCount + rejectCount == ingested.inputs();
      RunManifest manifest = new RunManifest(runId, started.toString(), Instant.now().toString(),
          RunManifest.currentVersion(), Runtime.version().toString(), spark.version(), spark.sparkContext().master(),
          executorBlas(),
          listing.root(), settingsOrigin, JobConfigLoader.toJson(config), config.seed(),
          ingested.fileSummaries().stream().map(f -> new RunManifest.InputFileEntry(f.getSourcePath(), f.getFormat(),
              f.getByteLength(), f.getFileSha256())).toList(),
          listing.skipped(), counts, progress.orderedTimingsMs(), progress.orderedJobs(), balanced);
      output.writeText(OutputFolder.MANIFEST_JSON, manifest.toJson());
      writer.write(Tables.RUN_MANIFEST, spark.createDataFrame(List.of(manifest.toRow()), Tables.RUN_MANIFEST.schema()), 1);
      Progress.info("summary:   %d inputs = %d documents + %d rejects%s", ingested.inputs(), documentCount, rejectCount,
          balanced ? "" : "  <-- DOES NOT BALANCE");
      if (!balanced) {
        throw new IllegalStateException("inputs do not balance: " + ingested.inputs() + " inputs but " + documentCount
            + " documents + " + rejectCount + " rejects; this is a newsatlas bug, please report it with the input");
      }
      return new Result(output.target().toString(), manifest);
    }

    /** Charts and report.pdf from the staged tables: the last stage, so a failed report keeps the old output. */
    void report(OutputFolder output) {
      if (config.report().enabled()) {
        progress.stage("report", () -> Report.write(spark, output, config), Report.Outcome::summary);
      }
    }

    /**
     * The BLAS MLlib picked on an executor: with jdk.incubator.vector (Spark gives it to executors)
     * VectorBLAS, else a plain Java one. They round differently, so topic weights of two runs are
     * identical only when this is the same.
     */
    String executorBlas() {
      return spark.range(1).map((MapFunction<Long, String>) x -> dev.ludovic.netlib.blas.BLAS.getInstance().getClass()
          .getSimpleName(), Encoders.STRING()).first();
    }

    <T> Dataset<T> keep(Dataset<T> data) {
      return outputs.keep(data);
    }
  }

  /** Every theme term and actor alias: each is one unit for the tokenizer, in any language. */
  public static List<String> dictionaryTerms(ThemeDictionary themes, Gazetteer gazetteer) {
    List<String> terms = new ArrayList<>();
    for (ThemeDictionary.Theme theme : themes.themes()) {
      terms.addAll(theme.terms().enOrEmpty());
      terms.addAll(theme.terms().viOrEmpty());
    }
    for (Gazetteer.Actor actor : gazetteer.actors()) {
      terms.addAll(actor.allAliases());
      terms.addAll(actor.genericOrEmpty());
      terms.addAll(actor.shortFormsOrEmpty());
    }
    return terms;
  }

  private static Map<String, Long> countBy(Dataset<Row> data, String column) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row row : data.groupBy(column).count().collectAsList()) {
      counts.put(String.valueOf(row.get(0)), row.getLong(1));
    }
    return counts;
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }

  private void sizeShuffles(long inputBytes) {
    int partitions = config.spark().shufflePartitions() > 0
        ? config.spark().shufflePartitions()
        : (int) Math.max(spark.sparkContext().defaultParallelism(),
            (inputBytes + SHUFFLE_BYTES_PER_PARTITION - 1) / SHUFFLE_BYTES_PER_PARTITION);
    spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
    spark.conf().set("spark.sql.adaptive.enabled", String.valueOf(config.spark().adaptive()));
  }

  private org.apache.hadoop.conf.Configuration hadoopConf() {
    return spark.sparkContext().hadoopConfiguration();
  }

  private static String preview(List<String> names) {
    return names.size() <= 3 ? String.join(", ", names) : String.join(", ", names.subList(0, 3)) + ", ...";
  }
}
