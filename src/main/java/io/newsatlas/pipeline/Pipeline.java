package io.newsatlas.pipeline;

import io.newsatlas.actors.ActorGraph;
import io.newsatlas.actors.ActorStage;
import io.newsatlas.actors.ActorMention;
import io.newsatlas.actors.Gazetteer;
import io.newsatlas.config.ActorSettings;
import io.newsatlas.config.ConfigException;
import io.newsatlas.config.JobConfig;
import io.newsatlas.config.JobConfigLoader;
import io.newsatlas.config.ThemeSettings;
import io.newsatlas.config.TopicSettings;
import io.newsatlas.ingest.DocumentRecord;
import io.newsatlas.ingest.Ingest;
import io.newsatlas.ingest.IngestRecord;
import io.newsatlas.ingest.InputListing;
import io.newsatlas.ingest.RejectRecord;
import io.newsatlas.ingest.SourceFormat;
import io.newsatlas.io.OutputFolder;
import io.newsatlas.io.RunCheckpoints;
import io.newsatlas.io.RunManifest;
import io.newsatlas.io.StageContext;
import io.newsatlas.io.TableWriter;
import io.newsatlas.io.Tables;
import io.newsatlas.report.Report;
import io.newsatlas.text.TokenStage;
import io.newsatlas.text.Tokenizer;
import io.newsatlas.themes.ThemeDictionary;
import io.newsatlas.themes.ThemeMention;
import io.newsatlas.themes.ThemeStage;
import io.newsatlas.timeline.DocumentPeriods;
import io.newsatlas.timeline.Granularity;
import io.newsatlas.timeline.PeriodChoice;
import io.newsatlas.events.EventDictionary;
import io.newsatlas.events.EventFinder;
import io.newsatlas.events.EventStage;
import io.newsatlas.config.EventSettings;
import io.newsatlas.topics.SavedTopicModel;
import io.newsatlas.topics.TopicStage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Wires the stages: files -> records -> documents (+ rejects) -> themes -> actors -> tokens -> topics -> tables. No logic of its
 * own beyond I/O, caching at stage boundaries and counts.
 */
public final class Pipeline {

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
    EventDictionary events = EventDictionary.load(config.events().dictionary(),
        config.events().dictionary().equals(EventSettings.DEFAULT_DICTIONARY), gazetteer);
    // So is a saved topic model to score with: a wrong folder stops the run before any work.
    SavedTopicModel scoreWith = config.topics().enabled() && !config.topics().model().isEmpty()
        ? SavedTopicModel.load(spark, config.topics().model()) : null;
    Progress progress = new Progress(spark.sparkContext(), afterStage);
    Progress.info("newsatlas %s: settings from %s; Spark %s, master %s", RunManifest.currentVersion(),
        settingsOrigin, spark.version(), spark.sparkContext().master());

    InputListing listing = progress.stage("list", () -> InputListing.of(config.input(), hadoopConf()),
        l -> String.format("%d files, %.1f MB under %s%s", l.files().size(), l.totalBytes() / 1e6, l.root(),
            l.skipped().isEmpty() ? "" : " (" + l.skipped().size() + " entries not read: " + preview(l.skipped()) + ")"));
    ConfigException.check(!listing.files().isEmpty(),
        "Input %s holds no files to read (newsatlas reads %s)", config.input(), SourceFormat.SUPPORTED);
    SparkTuning.apply(spark, config.spark(), listing.totalBytes());

    OutputFolder output = OutputFolder.prepare(config.output(), hadoopConf(), runId);
    Run run = new Run(progress, new TableWriter(output, config.tables().rowsPerFile()));
    try {
      Ingest.Ingested read = Ingest.run(spark, listing, config, run);
      Ingested ingested = new Ingested(read, run.stories(read.documents(), gazetteer));
      // Every timeline places documents the same way: once, kept.
      Dataset<Row> periods = run.writeDocuments(ingested);
      Dataset<ThemeMention> themeMentions = run.themes(ingested.documents(), ingested.mentions(), periods, themes);
      run.actors(ingested, periods, gazetteer, output);
      run.events(ingested, themeMentions, new EventFinder(events, gazetteer));
      Dataset<Row> tokens = run.tokens(ingested, themeMentions, Tokenizer.of(dictionaryTerms(themes, gazetteer),
          config.tokens()));
      run.topics(tokens, periods, scoreWith, output, runId);
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

  /** What ingest read, with the documents' story ids and the actor mentions stories found them by. */
  private record Ingested(Ingest.Ingested read, ActorStage.Storied storied) {
    Dataset<DocumentRecord> documents() {
      return storied.documents();
    }

    Dataset<ActorMention> mentions() {
      return storied.mentions();
    }

    Dataset<RejectRecord> rejects() {
      return read.rejects();
    }

    long inputs() {
      return read.inputs();
    }

    List<IngestRecord> fileSummaries() {
      return read.files();
    }
  }

  /** The state of one run: kept stage outputs (released at the end), counts, writer. */
  private final class Run implements StageContext {
    final StageOutputs outputs = new StageOutputs(config.spark().stageOutputs());
    final Map<String, Long> counts = new TreeMap<>();
    final Progress progress;
    final TableWriter writer;
    /** The timeline period, chosen from the documents' dates when timeline.period is auto. */
    Granularity period;

    Run(Progress progress, TableWriter writer) {
      this.progress = progress;
      this.writer = writer;
    }

    /** Actor mentions, then stories: documents.story_id needs them, so they come before the documents table. */
    ActorStage.Storied stories(Dataset<DocumentRecord> documents, Gazetteer gazetteer) {
      return progress.stage("stories", () -> ActorStage.stories(documents, gazetteer, config.actors(), this),
          ActorStage.Storied::summary);
    }

    /** The documents and rejects tables; and every document's timeline period, which themes, actors and topics share. */
    Dataset<Row> writeDocuments(Ingested ingested) {
      record Written(long documents, Map<String, Long> reasons, long rejects, PeriodChoice.Choice period,
          Dataset<Row> periods) {}
      Written written = progress.stage("write", () -> {
        Map<String, Long> reasons = StageContext.countBy(ingested.rejects().toDF(), "reason");
        long rejects = reasons.values().stream().mapToLong(Long::longValue).sum();
        long n = ingested.documents().count();
        writer.write(Tables.DOCUMENTS, ingested.documents(), n);
        writer.write(Tables.REJECTS, ingested.rejects(), rejects);
        PeriodChoice.Choice choice = PeriodChoice.choose(config.timeline().isAuto()
            ? PeriodChoice.span(ingested.documents(), config.timeline()) : null, config.timeline());
        return new Written(n, reasons, rejects, choice,
            keep(DocumentPeriods.of(ingested.documents(), choice.period())));
      }, w -> String.format("%d documents, %d rejects %s; timeline by %s (%s)", w.documents(), w.rejects(),
          w.reasons(), w.period().period().id(), w.period().reason()));
      period = written.period().period();
      written.reasons().forEach((reason, n) -> counts.put("rejects." + reason, n));
      counts.put("documents", written.documents());
      counts.put("stories", ingested.storied().stories(written.documents()));
      counts.put("rejects", written.rejects());
      counts.put("inputs", ingested.inputs());
      return written.periods();
    }

    Dataset<ThemeMention> themes(Dataset<DocumentRecord> documents, Dataset<ActorMention> actorMentions,
        Dataset<Row> periods, ThemeDictionary dictionary) {
      return progress.stage("themes", () -> {
        ThemeStage.Tables themes = ThemeStage.run(spark, documents, periods, dictionary, actorMentions, config.themes(),
            config.timeline(), period, this);
        writer.write(Tables.THEMES, themes.dictionary(), themes.dictionaryRows());
        writer.write(Tables.THEME_MENTIONS, themes.mentions(), themes.mentionRows());
        writer.write(Tables.DOCUMENT_THEMES, themes.documentThemes(), themes.documentThemeRows());
        writer.write(Tables.THEME_TIMELINE, themes.timeline(), themes.timelineRows());
        return themes;
      }, ThemeStage.Tables::summary).mentions();
    }

    void actors(Ingested ingested, Dataset<Row> periods, Gazetteer gazetteer, OutputFolder output) {
      progress.stage("actors", () -> {
        ActorStage.Tables actors = ActorStage.run(ingested.documents(), ingested.mentions(), periods, gazetteer,
            config.actors(), this);
        writer.write(Tables.ACTORS, actors.actors(), actors.actorRows());
        writer.write(Tables.MENTIONS, actors.mentions(), actors.mentionRows());
        writer.write(Tables.COOCCURRENCE, actors.cooccurrence(), actors.cooccurrenceRows());
        writer.write(Tables.COOCCURRENCE_BY_PERIOD, actors.byPeriod(), actors.byPeriodRows());
        writer.write(Tables.ACTOR_CANDIDATES, actors.candidates(), actors.candidateRows());
        output.writeText("graphs/actors.graphml", ActorGraph.graphml(actors.nodes(), actors.edges()));
        output.writeText("graphs/actors.gexf", ActorGraph.gexf(actors.nodes(), actors.edges()));
        return actors;
      }, actors -> String.format("%d actors named, co-occurrence and graphs written", actors.nodes().size()));
    }

    /** The events table: who met whom, when, where, about what. */
    void events(Ingested ingested, Dataset<ThemeMention> themeMentions, EventFinder finder) {
      if (!config.events().enabled()) {
        writer.write(Tables.EVENTS, spark.createDataFrame(List.of(), Tables.EVENTS.schema()), 0);
        return;
      }
      progress.stage("events", () -> {
        EventStage.Result events = EventStage.run(ingested.documents(), ingested.mentions(), themeMentions, finder,
            config.events(), this);
        writer.write(Tables.EVENTS, events.events(), events.eventRows());
        return events;
      }, EventStage.Result::summary);
    }

    /** The tokens table: collocations learned from the corpus, then each document's terms and concepts. */
    Dataset<Row> tokens(Ingested ingested, Dataset<ThemeMention> themeMentions, Tokenizer tokenizer) {
      return progress.stage("tokens", () -> {
        TokenStage.Result tokens = TokenStage.run(ingested.documents(), themeMentions, ingested.mentions(), tokenizer,
            config.tokens(), this);
        writer.write(Tables.TOKENS, tokens.tokens(), tokens.documents());
        return tokens;
      }, TokenStage.Result::summary).tokens();
    }

    /** Where the chosen topic model is saved, under the output folder (see {@link SavedTopicModel}). */
    static final String TOPIC_MODEL_FOLDER = "model";

    /** LDA over the tokens: K chosen by coherence, then the topic tables. */
    void topics(Dataset<Row> tokens, Dataset<Row> periods, SavedTopicModel scoreWith, OutputFolder output,
        String runId) {
      TopicSettings settings = config.topics();
      progress.stage("topics", () -> {
        // Only EM checkpoints; null otherwise, which try-with-resources skips.
        try (RunCheckpoints checkpoints = settings.enabled() && settings.fitsWithEm()
            ? RunCheckpoints.open(spark, output, runId) : null) {
          return fitTopics(tokens, periods, scoreWith, output);
        }
      }, summary -> summary);
    }

    private String fitTopics(Dataset<Row> tokens, Dataset<Row> periods, SavedTopicModel scoreWith,
        OutputFolder output) {
      TopicStage.Result topics = TopicStage.run(spark, tokens, periods, config.topics(), config.seed(),
          period, scoreWith, this, line -> Progress.info("topics:    %s", line));
      writer.write(Tables.TOPICS, topics.topics(), topics.topicRows());
      writer.write(Tables.DOCUMENT_TOPICS, topics.documentTopics(), topics.documentTopicRows());
      writer.write(Tables.TOPICS_OVER_TIME, topics.overTime(), topics.overTimeRows());
      writer.write(Tables.TOPIC_MODEL_SELECTION, topics.selection(), topics.selectionRows());
      // A scored model is saved again, so that this output too can score the next corpus.
      if (topics.saved() != null) {
        topics.saved().save(spark, new org.apache.hadoop.fs.Path(output.staging(), TOPIC_MODEL_FOLDER).toString());
      }
      topics.release();
      return topics.summary();
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
        progress.stage("report", () -> Report.write(spark, output, config, period), Report.Outcome::summary);
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

    @Override
    public <T> Dataset<T> keep(Dataset<T> data) {
      return outputs.keep(data);
    }

    @Override
    public <T> T step(String name, java.util.function.Supplier<T> work, java.util.function.Function<T, String> summary) {
      return progress.stage(name, work, summary);
    }

    @Override
    public void manifestCount(String key, long value) {
      counts.put(key, value);
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

  private org.apache.hadoop.conf.Configuration hadoopConf() {
    return spark.sparkContext().hadoopConfiguration();
  }

  private static String preview(List<String> names) {
    return names.size() <= 3 ? String.join(", ", names) : String.join(", ", names.subList(0, 3)) + ", ...";
  }
}
