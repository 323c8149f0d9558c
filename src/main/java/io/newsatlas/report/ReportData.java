package io.newsatlas.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsatlas.config.ReportSettings;
import io.newsatlas.io.Tables;
import io.newsatlas.report.Aggregates.Actor;
import io.newsatlas.report.Aggregates.Event;
import io.newsatlas.report.Aggregates.EventMark;
import io.newsatlas.report.Aggregates.Partner;
import io.newsatlas.report.Aggregates.Network;
import io.newsatlas.report.Aggregates.Pair;
import io.newsatlas.report.Aggregates.Period;
import io.newsatlas.report.Aggregates.PeriodTable;
import io.newsatlas.report.Aggregates.RejectSummary;
import io.newsatlas.report.Aggregates.RunSummary;
import io.newsatlas.report.Aggregates.Series;
import io.newsatlas.report.Aggregates.Term;
import io.newsatlas.report.Aggregates.Topic;
import io.newsatlas.config.TimelineSettings;
import io.newsatlas.timeline.CoreSpan;
import io.newsatlas.timeline.Granularity;
import io.newsatlas.timeline.Periods;
import io.newsatlas.text.TermLexicon;
import io.newsatlas.topics.TopicCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Everything the charts and the PDF show, read from an output folder's tables: aggregated on
 * Spark, and only the small results collected to the driver. A table that is missing or empty
 * leaves its part null and a note in {@link #missing} saying why, so the report can say so.
 *
 * @param sources "title · outlet · date" of each document the pairs cite as evidence, by doc_id
 * @param missing why a family of charts is left out, by family: corpus, themes, topics, actors
 */
public record ReportData(RunSummary run, PeriodTable byLanguage, PeriodTable bySource, int sourceCount,
    PeriodTable themes, PeriodTable themeAssignments, int themesFound, List<String> themeSpikes,
    PeriodTable topicShares, List<Topic> topics, Network network, Map<String, Actor> actors, List<Pair> pairs,
    PeriodTable actorStories, List<Event> events, long eventCount, List<EventMark> eventMarks,
    List<Partner> partners, Map<String, String> sources, List<RejectSummary> rejects, Map<String, String> missing) {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("newsatlas");

  public static final String CORPUS = "corpus";
  public static final String THEMES = "themes";
  public static final String TOPIC_FAMILY = "topics";
  public static final String ACTORS = "actors";
  public static final String EVENTS = "events";
  public static final String PARTNERS = "partners";
  /** The event timeline's lane for events with none of report.partners. */
  public static final String OTHER_PARTNER = "other";
  /** Ties collected for the network, strongest first: more than a readable drawing holds. */
  private static final int MAX_NETWORK_TIES = 1000;

  /**
   * @param root the output (or staging) folder holding tables/
   * @param granularity the run's timeline.period, which the tables were counted with
   * @param timeline which documents are too far from the rest for the time axes
   */
  public static ReportData load(SparkSession spark, FileSystem fs, Path root, ReportSettings settings,
      Granularity granularity, TimelineSettings timeline) {
    return new Loader(spark, fs, root, settings, granularity, timeline).load();
  }

  /** How much of a text's opening stands in for a missing title. */
  static final int LEAD_CHARS = 80;

  /** A photo's caption, which news pages put before the lead: "... Ấn Độ (Ảnh: Reuters).", "(Photo: AFP)". */
  private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile(
      "(?iu).*\\((?:ảnh|ảnh minh họa|ảnh minh hoạ|photo|photograph|picture|image|nguồn|source)\\b[^)]*\\)\\.?");

  /**
   * The first line of a text that is not a photo's caption, up to LEAD_CHARS, cut at a word with
   * "…" when longer.
   */
  static String opening(String text) {
    String[] lines = text.strip().split("\n");
    String line = lines[0].strip();
    for (String candidate : lines) {
      if (!candidate.isBlank() && !CAPTION.matcher(candidate.strip()).matches()) {
        line = candidate.strip();
        break;
      }
    }
    if (line.length() <= LEAD_CHARS) {
      return line;
    }
    int cut = line.lastIndexOf(' ', LEAD_CHARS);
    return line.substring(0, cut > LEAD_CHARS / 2 ? cut : LEAD_CHARS).strip() + "…";
  }

  private static final class Loader {
    private final SparkSession spark;
    private final FileSystem fs;
    private final Path root;
    private final ReportSettings settings;
    private final Granularity granularity;
    private final TimelineSettings timeline;
    private final Map<String, String> missing = new LinkedHashMap<>();

    Loader(SparkSession spark, FileSystem fs, Path root, ReportSettings settings, Granularity granularity,
        TimelineSettings timeline) {
      this.spark = spark;
      this.fs = fs;
      this.root = root;
      this.settings = settings;
      this.granularity = granularity;
      this.timeline = timeline;
    }

    ReportData load() {
      Optional<Dataset<Row>> manifest = table(Tables.RUN_MANIFEST.name());
      Optional<Dataset<Row>> documents = table(Tables.DOCUMENTS.name());
      String inputName = "input";
      Row manifestRow = manifest.map(m -> m.limit(1).collectAsList()).filter(l -> !l.isEmpty())
          .map(l -> l.get(0)).orElse(null);
      if (manifestRow != null && manifestRow.getAs("input") != null) {
        inputName = new Path(manifestRow.<String>getAs("input")).getName();
      }
      if (documents.isEmpty()) {
        missing.put(CORPUS, "table documents is not in this output");
        missing.put(THEMES, "table documents is not in this output");
        missing.put(ACTORS, "table documents is not in this output");
        missing.put(TOPIC_FAMILY, "table documents is not in this output");
        return new ReportData(runSummary(manifestRow, null, null, Map.of()), null, null, 0, null, null, 0, List.of(),
            null, null, null, Map.of(), List.of(), null, List.of(), 0, List.of(), List.of(), Map.of(), rejects(),
            missing);
      }
      Dataset<Row> placed = place(documents.get(), inputName).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        // One pass over the documents: counts per bucket, period, language and source.
        List<Row> groups = placed.groupBy("bucket", "periodStart", "language", "source")
            .agg(count(lit(1)).as("n"), min("date"), max("date")).collectAsList();
        LocalDate firstStart = null;
        LocalDate lastStart = null;
        LocalDate firstDate = null;
        LocalDate lastDate = null;
        Map<String, Long> languages = new TreeMap<>();
        Map<String, Long> bySourceTotal = new HashMap<>();
        for (Row g : groups) {
          long n = g.getLong(4);
          languages.merge(g.getString(2), n, Long::sum);
          bySourceTotal.merge(g.getString(3), n, Long::sum);
          if (!g.isNullAt(1)) {
            LocalDate start = g.getDate(1).toLocalDate();
            firstStart = firstStart == null || start.isBefore(firstStart) ? start : firstStart;
            lastStart = lastStart == null || start.isAfter(lastStart) ? start : lastStart;
          }
          if (!g.isNullAt(5)) {
            LocalDate lo = g.getDate(5).toLocalDate();
            LocalDate hi = g.getDate(6).toLocalDate();
            firstDate = firstDate == null || lo.isBefore(firstDate) ? lo : firstDate;
            lastDate = lastDate == null || hi.isAfter(lastDate) ? hi : lastDate;
          }
        }
        List<Period> periods = firstStart == null ? List.of() : core(periods(firstStart, lastStart), groups);
        RunSummary run = runSummary(manifestRow, firstDate, lastDate, languages);

        Cells byLanguageCells = new Cells();
        groups.forEach(g -> byLanguageCells.add(g.getString(0), g.getDate(1), g.getString(2), g.getLong(4)));
        PeriodTable byLanguage = byLanguageCells.table("documents", periods, List.of());
        List<String> sources = bySourceTotal.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(settings.topSources()).map(Map.Entry::getKey).toList();
        List<String> sourceOrder = new ArrayList<>(sources);
        if (bySourceTotal.size() > sources.size()) {
          sourceOrder.add(CorpusCharts.OTHER_SOURCES);
        }
        Cells bySourceCells = new Cells();
        groups.forEach(g -> bySourceCells.add(g.getString(0), g.getDate(1),
            sources.contains(g.getString(3)) ? g.getString(3) : CorpusCharts.OTHER_SOURCES, g.getLong(4)));
        PeriodTable bySource = bySourceCells.table("documents", periods, sourceOrder);
        int sourceCount = bySourceTotal.size();
        if (groups.isEmpty()) {
          missing.put(CORPUS, "the run kept no documents (see Rejects)");
        } else if (byLanguage.isEmpty()) {
          missing.put(CORPUS, "no document has a date precise enough for a " + granularity.id() + " timeline");
        }

        ThemeParts themes = guarded(THEMES, () -> themes(periods), new ThemeParts(null, null, 0, List.of()));
        TopicParts topics = guarded(TOPIC_FAMILY, () -> topics(periods, run), new TopicParts(null, null));
        ActorParts actors = guarded(ACTORS, () -> actors(placed, periods), new ActorParts(null, Map.of(), List.of(), null));
        EventParts events = guarded(EVENTS, () -> events(documents.get()), new EventParts(List.of(), 0));
        List<Partner> partners = guarded(PARTNERS, this::partners, List.of());
        Map<String, String> cited = sources(documents.get(), actors.pairs.stream().map(Pair::exampleDocId)
            .filter(java.util.Objects::nonNull).distinct().toList());
        return new ReportData(run, byLanguage, bySource, sourceCount, themes.documents, themes.assignments,
            themes.found, themes.spikes, topics.shares, topics.topics, actors.network, actors.named, actors.pairs,
            actors.mentions, events.events, events.count, eventMarks(), partners, cited, rejects(), missing);
      } finally {
        placed.unpersist();
      }
    }

    /**
     * A family whose tables cannot be read as expected (a table from another version, say) is left
     * out with the reason, rather than failing a run whose tables are all written.
     */
    private <T> T guarded(String family, java.util.function.Supplier<T> read, T empty) {
      try {
        return read.get();
      } catch (Exception e) { // Spark's AnalysisException is a checked exception thrown unchecked
        LOG.warn("report: cannot read the tables for " + family, e);
        missing.put(family, "its tables could not be read (" + e + ")");
        return empty;
      }
    }

    /** Each document's period (as timeline.DocumentPeriods places it), language and source. */
    private Dataset<Row> place(Dataset<Row> documents, String inputName) {
      StructType schema = DataTypes.createStructType(new StructField[] {
          DataTypes.createStructField("docId", DataTypes.StringType, false),
          DataTypes.createStructField("language", DataTypes.StringType, true),
          DataTypes.createStructField("source", DataTypes.StringType, true),
          DataTypes.createStructField("period", DataTypes.StringType, false),
          DataTypes.createStructField("periodStart", DataTypes.DateType, true),
          DataTypes.createStructField("bucket", DataTypes.StringType, false),
          DataTypes.createStructField("date", DataTypes.DateType, true),
          DataTypes.createStructField("storyId", DataTypes.StringType, true)});
      Granularity g = granularity;
      // The source: the outlet, or else the folder the file sits in, or else the input folder itself.
      Dataset<Row> withSource = documents.withColumn("source",
          when(col("outlet").isNotNull().and(trim(col("outlet")).notEqual("")), trim(col("outlet")))
              .when(col("source_path").contains("/"),
                  concat(regexp_extract(col("source_path"), "^(.*)/[^/]*$", 1), lit("/")))
              .otherwise(lit(inputName + "/")));
      return withSource.select("doc_id", "language", "source", "date", "date_precision", "story_id")
          .map((MapFunction<Row, Row>) r -> {
            Date date = r.getDate(3);
            Periods.Period p = Periods.of(date == null ? null : date.toLocalDate(), r.getString(4), g);
            // An older table without story ids: each document its own story.
            String story = r.isNullAt(5) ? r.getString(0) : r.getString(5);
            return RowFactory.create(r.getString(0), r.getString(1) == null ? "und" : r.getString(1), r.getString(2),
                p.label(), p.start() == null ? null : Date.valueOf(p.start()), p.bucket(), date, story);
          }, Encoders.row(schema));
    }

    /** The periods without the few documents far from the rest (timeline.outlier_gap, outlier_share). */
    private List<Period> core(List<Period> all, List<Row> groups) {
      Map<LocalDate, Integer> index = new HashMap<>();
      for (int i = 0; i < all.size(); i++) {
        index.put(all.get(i).start(), i);
      }
      long[] counts = new long[all.size()];
      for (Row g : groups) {
        if (Periods.DATED.equals(g.getString(0)) && !g.isNullAt(1)) {
          Integer i = index.get(g.getDate(1).toLocalDate());
          if (i != null) {
            counts[i] += g.getLong(4);
          }
        }
      }
      int[] core = CoreSpan.of(counts, timeline.outlierGap(), timeline.outlierShare());
      return all.subList(core[0], core[1]);
    }

    private List<Period> periods(LocalDate first, LocalDate last) {
      return Periods.between(first, last, granularity).stream()
          .map(p -> new Period(p.label(), p.start(), Periods.next(p.start(), granularity))).toList();
    }

    private record ThemeParts(PeriodTable documents, PeriodTable assignments, int found, List<String> spikes) {}

    private ThemeParts themes(List<Period> periods) {
      Optional<Dataset<Row>> timeline = table(Tables.THEME_TIMELINE.name());
      if (timeline.isEmpty()) {
        missing.put(THEMES, "table theme_timeline is not in this output");
        return new ThemeParts(null, null, 0, List.of());
      }
      // The timeline is already an aggregate (themes x periods): collect its all-languages rows once.
      // Stories, not documents: a translation or a copy of an article does not count again.
      List<Row> rows = timeline.get().filter(col("language").equalTo("all"))
          .select("bucket", "period_start", "theme_id", "period", "stories", "period_stories", "spike")
          .collectAsList();
      Map<String, String> names = themeNames();
      Map<String, Long> anyBucket = new HashMap<>();
      Map<String, Long> dated = new HashMap<>();
      for (Row r : rows) {
        long n = r.isNullAt(4) ? 0 : r.getLong(4);
        anyBucket.merge(r.getString(2), n, Long::sum);
        if (Periods.DATED.equals(r.getString(0))) {
          dated.merge(r.getString(2), n, Long::sum);
        }
      }
      int found = (int) anyBucket.values().stream().filter(n -> n > 0).count();
      List<String> top = dated.entrySet().stream().filter(e -> e.getValue() > 0)
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(settings.topThemes()).map(Map.Entry::getKey).toList();
      if (top.isEmpty() || periods.isEmpty()) {
        missing.put(THEMES, found == 0 ? "no theme of the dictionary was found in any document"
            : "no document with a theme has a date precise enough for the timeline");
        return new ThemeParts(null, null, found, List.of());
      }
      Cells cells = new Cells();
      Cells assigned = new Cells();
      for (Row r : rows) {
        String bucket = r.getString(0);
        long n = r.isNullAt(4) ? 0 : r.getLong(4);
        if (!Periods.DATED.equals(bucket)) {
          // The buckets hold each story once, whatever its themes: the count of stories not placed.
          long stories = r.isNullAt(5) ? 0 : r.getLong(5);
          cells.bucket(bucket, stories);
          assigned.bucket(bucket, stories);
          continue;
        }
        boolean isTop = top.contains(r.getString(2));
        String name = names.getOrDefault(r.getString(2), r.getString(2));
        if (isTop) {
          cells.add(bucket, r.getDate(1), name, n);
        }
        assigned.add(bucket, r.getDate(1), isTop ? name : ThemeCharts.OTHER_THEMES, n);
      }
      List<String> order = top.stream().map(id -> names.getOrDefault(id, id)).toList();
      List<String> withOther = new ArrayList<>(order);
      if (found > top.size()) {
        withOther.add(ThemeCharts.OTHER_THEMES);
      }
      List<String> spikes = rows.stream().filter(r -> !r.isNullAt(6) && r.getBoolean(6))
          .sorted(java.util.Comparator.comparing((Row r) -> r.getDate(1)).thenComparing(r -> r.getString(2)))
          .map(r -> names.getOrDefault(r.getString(2), r.getString(2)) + " " + r.getString(3)).toList();
      // Every story of each period, with a theme or not: the denominator of a theme's share.
      Map<java.time.LocalDate, Long> periodStories = new HashMap<>();
      for (Row r : rows) {
        if (Periods.DATED.equals(r.getString(0)) && !r.isNullAt(1) && !r.isNullAt(5)) {
          periodStories.merge(r.getDate(1).toLocalDate(), r.getLong(5), Math::max);
        }
      }
      double[] totals = periods.stream().mapToDouble(p -> periodStories.getOrDefault(p.start(), 0L)).toArray();
      return new ThemeParts(cells.table("stories", periods, order).withPeriodTotals(totals),
          assigned.table("theme assignments", periods, withOther), found, spikes);
    }

    private record TopicParts(PeriodTable shares, List<Topic> topics) {}

    private TopicParts topics(List<Period> periods, RunSummary run) {
      Optional<Dataset<Row>> topics = table(Tables.TOPICS.name());
      Optional<Dataset<Row>> overTime = table(Tables.TOPICS_OVER_TIME.name());
      if (topics.isEmpty() || overTime.isEmpty()) {
        missing.put(TOPIC_FAMILY, "tables topics and topics_over_time are not in this output (the topic stage is "
            + "off, or this version of newsatlas has none)");
        return new TopicParts(null, null);
      }
      List<Topic> all = new ArrayList<>();
      // Largest by share, the figure each panel shows (topic ids follow it), not by dominant documents.
      for (Row r : topics.get().orderBy(col("share").desc(), col("topic_id")).collectAsList()) {
        List<Term> terms = new ArrayList<>();
        List<Row> termRows = r.getList(r.fieldIndex("top_terms"));
        if (termRows != null) {
          // Words only, as in the label: concept and actor terms repeat them in another form.
          termRows.stream().filter(t -> !TopicCorpus.isConcept(t.getString(0))).forEach(t -> terms.add(
              new Term(TermLexicon.words(t.getString(0)), t.isNullAt(1) ? 0 : ((Number) t.get(1)).doubleValue())));
        }
        all.add(new Topic(((Number) r.getAs("topic_id")).intValue(), r.getAs("label"), terms, doubleOf(r, "coherence"),
            doubleOf(r, "share"), r.isNullAt(r.fieldIndex("documents")) ? 0 : r.<Long>getAs("documents")));
      }
      if (all.isEmpty()) {
        missing.put(TOPIC_FAMILY, "false".equals(run.settings().get("topics.enabled"))
            ? "the run fitted no topic model (topics.enabled is false)"
            : "table topics is empty: the topic model found no topics");
        return new TopicParts(null, null);
      }
      List<Topic> top = all.subList(0, Math.min(settings.topTopics(), all.size()));
      Map<Integer, String> titles = new HashMap<>();
      top.forEach(t -> titles.put(t.id(), t.title()));
      Dataset<Row> shares = overTime.get().filter(col("language").equalTo("all"));
      Cells cells = new Cells();
      Map<LocalDate, Long> modelled = new HashMap<>();
      shares.filter(col("bucket").equalTo(Periods.DATED).and(col("topic_id").isin(titles.keySet().toArray())))
          .select("bucket", "period_start", "topic_id", "share", "period_documents").collectAsList()
          .forEach(r -> {
            cells.add(r.getString(0), r.getDate(1), titles.get(((Number) r.get(2)).intValue()),
                // A month without documents has no share: a gap in the line, not a fall to 0%.
                r.isNullAt(3) ? Double.NaN : ((Number) r.get(3)).doubleValue());
            if (r.getDate(1) != null && !r.isNullAt(4)) {
              modelled.put(r.getDate(1).toLocalDate(), r.getLong(4));
            }
          });
      shares.filter(col("bucket").notEqual(Periods.DATED)).groupBy("bucket").agg(max("period_documents"))
          .collectAsList().forEach(r -> cells.bucket(r.getString(0), r.isNullAt(1) ? 0 : r.getLong(1)));
      // Each period's modelled documents, so that a share of one week's only document is no peak.
      PeriodTable table = cells.table("share", periods, top.stream().map(Topic::title).toList())
          .withPeriodTotals(periods.stream().mapToDouble(p -> modelled.getOrDefault(p.start(), 0L)).toArray());
      if (table.isEmpty()) {
        missing.put(TOPIC_FAMILY + ".over_time", "no dated document in topics_over_time: the timeline of topics is "
            + "left out");
        table = null;
      }
      return new TopicParts(table, top);
    }

    private record ActorParts(Network network, Map<String, Actor> named, List<Pair> pairs, PeriodTable mentions) {}

    private ActorParts actors(Dataset<Row> placed, List<Period> periods) {
      Optional<Dataset<Row>> actors = table(Tables.ACTORS.name());
      Optional<Dataset<Row>> cooccurrence = table(Tables.COOCCURRENCE.name());
      if (actors.isEmpty()) {
        missing.put(ACTORS, "table actors is not in this output");
        return new ActorParts(null, Map.of(), List.of(), null);
      }
      Map<String, Actor> named = new LinkedHashMap<>();
      actors.get().filter(col("mentions").gt(0)).orderBy(col("mentions").desc(), col("actor_id")).collectAsList()
          .forEach(r -> named.put(r.getAs("actor_id"), new Actor(r.getAs("actor_id"), r.getAs("type"),
              r.getAs("name_en"), r.getAs("name_vi"), r.<Long>getAs("mentions"), r.<Long>getAs("documents"))));
      if (named.isEmpty()) {
        missing.put(ACTORS, "no actor of the gazetteer is named in any document");
        return new ActorParts(null, named, List.of(), null);
      }
      // People the gazetteer lacks meet too ("name:" participants of events): the network draws them by their meetings.
      Map<String, Actor> unlisted = unlistedParticipants();
      Map<String, Actor> known = new LinkedHashMap<>(named);
      unlisted.forEach(known::putIfAbsent);
      List<Actor> nodes = named.values().stream().limit(settings.networkActors()).toList();
      List<Pair> edges = List.of();
      List<Pair> pairs = List.of();
      if (cooccurrence.isPresent()) {
        Dataset<Row> byDocument = cooccurrence.get().filter(col("level").equalTo("document"));
        Dataset<Row> bySentence = cooccurrence.get().filter(col("level").equalTo("sentence"))
            .select(col("actor_a"), col("actor_b"), col("count").as("sentences"),
                col("example_sentence").as("sentence_example"), col("npmi").as("sentence_npmi"));
        var pairKey = scala.jdk.javaapi.CollectionConverters.asScala(List.of("actor_a", "actor_b")).toSeq();
        // A tie is a meeting first, then being named together in sentences more often than
        // chance (with a floor of sentences), then the rest: a background sentence naming the
        // Party and a country never outranks who met whom, nor two countries named everywhere.
        // A meeting of people the gazetteer lacks is a tie that co-occurrence does not hold: counted in
        // the documents that report it.
        Dataset<Row> ties = byDocument.join(bySentence, pairKey, "left").join(meetings(), pairKey, "full_outer")
            .filter(col("count").isNotNull().or(col("actor_a").isin(known.keySet().toArray())
                .and(col("actor_b").isin(known.keySet().toArray()))))
            .withColumn("count", org.apache.spark.sql.functions.coalesce(col("count"), col("meeting_documents")))
            .withColumn("example_doc_id", org.apache.spark.sql.functions.coalesce(col("example_doc_id"),
                col("meeting_doc_id")))
            .withColumn("example_sentence", org.apache.spark.sql.functions.coalesce(col("example_sentence"),
                col("sentence_example"), col("meeting_sentence")))
            .withColumn("meetings", org.apache.spark.sql.functions.coalesce(col("meetings"), lit(0L)))
            .withColumn("sentences", org.apache.spark.sql.functions.coalesce(col("sentences"), lit(0L)))
            .withColumn("sentence_tie", col("sentences").geq(settings.pairMinSentences()))
            .orderBy(col("meetings").desc(), col("sentence_tie").desc(), col("sentence_npmi").desc_nulls_last(),
                col("sentences").desc(), col("count").desc(), col("actor_a"), col("actor_b"))
            .cache();
        try {
          pairs = pairsOf(ties.limit(settings.topPairs()));
          // The network: the salient ties, strongest first, among the actors they reach first.
          // Meetings and sentence ties above chance; where they are few (a corpus of countries that
          // one of them dominates, as Reuters' US), the next sentence ties in rank order fill up to
          // one tie per drawn actor.
          List<Pair> salient = new ArrayList<>(pairsOf(ties.filter(col("meetings").gt(0).or(col("sentence_tie")
              .and(col("sentence_npmi").gt(0)))).limit(MAX_NETWORK_TIES)));
          if (salient.size() < settings.networkActors()) {
            for (Pair p : pairsOf(ties.filter(col("meetings").equalTo(0).and(col("sentence_tie"))
                .and(col("sentence_npmi").leq(0))).limit(settings.networkActors() - salient.size()))) {
              salient.add(p);
            }
          }
          Map<String, Actor> drawn = new LinkedHashMap<>();
          for (Pair p : salient) {
            for (String id : List.of(p.a(), p.b())) {
              if (drawn.size() < settings.networkActors() && known.containsKey(id)) {
                drawn.putIfAbsent(id, known.get(id));
              }
            }
          }
          if (!drawn.isEmpty()) {
            nodes = List.copyOf(drawn.values());
          }
          edges = salient.stream().filter(p -> drawn.containsKey(p.a()) && drawn.containsKey(p.b())).toList();
        } finally {
          ties.unpersist();
        }
      }
      Dataset<Row> mentions = table(Tables.MENTIONS.name()).orElse(null);
      PeriodTable timeline = null;
      if (mentions != null && !periods.isEmpty()) {
        List<Actor> top = named.values().stream().limit(settings.topActors()).toList();
        Map<String, String> labels = new HashMap<>();
        top.forEach(a -> labels.put(a.id(), a.label()));
        Cells cells = new Cells();
        Dataset<Row> ofTop = mentions.filter(col("actor_id").isin(labels.keySet().toArray()))
            .join(placed.withColumnRenamed("docId", "doc_id"), "doc_id");
        // Dated: stories per period and actor. Partial and undated: the stories in the bucket, once each.
        ofTop.filter(col("bucket").equalTo(Periods.DATED)).groupBy("bucket", "periodStart", "actor_id")
            .agg(org.apache.spark.sql.functions.countDistinct("storyId").as("n"))
            .unionByName(ofTop.filter(col("bucket").notEqual(Periods.DATED)).groupBy("bucket")
                .agg(org.apache.spark.sql.functions.countDistinct("storyId").as("n"))
                .withColumn("periodStart", lit(null).cast("date")).withColumn("actor_id", lit(null).cast("string")))
            .collectAsList()
            .forEach(r -> {
              if (r.getString(0).equals(Periods.DATED)) {
                cells.add(r.getString(0), r.getDate(1), labels.get(r.getString(2)), r.getLong(3));
              } else {
                cells.bucket(r.getString(0), r.getLong(3));
              }
            });
        timeline = cells.table("stories", periods, top.stream().map(Actor::label).toList());
        if (timeline.isEmpty()) {
          timeline = null;
        }
      }
      return new ActorParts(new Network(nodes, edges), known, pairs, timeline);
    }

    /** Event participants the gazetteer lacks, most events first, with their events as mentions and documents. */
    private Map<String, Actor> unlistedParticipants() {
      Map<String, Long> events = new java.util.TreeMap<>();
      Map<String, java.util.Set<String>> documents = new HashMap<>();
      for (Row r : allEvents()) {
        for (String id : r.<String>getList(2)) {
          if (id.startsWith(io.newsatlas.events.EventFinder.NAME_PREFIX)) {
            events.merge(id, 1L, Long::sum);
            documents.computeIfAbsent(id, x -> new java.util.TreeSet<>()).addAll(r.<String>getList(4));
          }
        }
      }
      Map<String, Actor> unlisted = new LinkedHashMap<>();
      events.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> unlisted.put(e.getKey(), new Actor(e.getKey(), "person",
              e.getKey().substring(io.newsatlas.events.EventFinder.NAME_PREFIX.length()), null, e.getValue(),
              documents.get(e.getKey()).size())));
      return unlisted;
    }

    /**
     * actor_a, actor_b (a before b), meetings: events where both took part, or where they were the
     * event's two sides (with more sides, who faced whom is not known).
     */
    private Dataset<Row> meetings() {
      StructType schema = new StructType().add("actor_a", "string").add("actor_b", "string").add("meetings", "long")
          .add("meeting_documents", "long").add("meeting_doc_id", "string").add("meeting_sentence", "string");
      java.util.Comparator<List<String>> byPair = java.util.Comparator.comparing((List<String> l) -> l.get(0))
          .thenComparing(l -> l.get(1));
      Map<List<String>, Long> counts = new java.util.TreeMap<>(byPair);
      Map<List<String>, java.util.Set<String>> documents = new java.util.TreeMap<>(byPair);
      Map<List<String>, Row> first = new java.util.TreeMap<>(byPair);
      for (Row r : allEvents()) {
        List<List<String>> pairs = new ArrayList<>();
        List<String> people = new ArrayList<>(new java.util.TreeSet<>(r.<String>getList(2)));
        for (int i = 0; i < people.size(); i++) {
          for (int j = i + 1; j < people.size(); j++) {
            pairs.add(List.of(people.get(i), people.get(j)));
          }
        }
        List<String> sides = new ArrayList<>(new java.util.TreeSet<>(r.<String>getList(3)));
        if (sides.size() == 2) {
          pairs.add(sides);
        }
        for (List<String> pair : pairs) {
          counts.merge(pair, 1L, Long::sum);
          documents.computeIfAbsent(pair, x -> new java.util.TreeSet<>()).addAll(r.<String>getList(4));
          first.putIfAbsent(pair, r);
        }
      }
      List<Row> rows = new ArrayList<>();
      counts.forEach((pair, n) -> {
        // The evidence of the pair's first event: one of its documents and a sentence (English first).
        Row event = first.get(pair);
        Map<String, String> evidence = event.isNullAt(5) ? Map.of() : event.getJavaMap(5);
        String sentence = evidence.getOrDefault("en", evidence.values().stream().findFirst().orElse(null));
        rows.add(RowFactory.create(pair.get(0), pair.get(1), n, (long) documents.get(pair).size(),
            event.<String>getList(4).isEmpty() ? null : event.<String>getList(4).get(0), sentence));
      });
      return spark.createDataFrame(rows, schema);
    }

    private static List<Pair> pairsOf(Dataset<Row> rows) {
      List<Pair> pairs = new ArrayList<>();
      for (Row r : rows.collectAsList()) {
        String sentence = r.getAs("example_sentence");
        if (sentence == null) {
          sentence = r.getAs("sentence_example");
        }
        Double npmi = r.getAs("sentence_npmi");
        pairs.add(new Pair(r.getAs("actor_a"), r.getAs("actor_b"), r.<Long>getAs("count"), r.<Long>getAs("sentences"),
            r.<Long>getAs("meetings"), npmi == null ? Double.NaN : npmi, sentence, r.getAs("example_doc_id")));
      }
      return pairs;
    }

    private List<Row> allEvents;

    /** Every event's date, kind, participants, sides, doc_ids and evidence, collected once (events are few: one per meeting). */
    private List<Row> allEvents() {
      if (allEvents == null) {
        allEvents = table(Tables.EVENTS.name()).map(events -> events.select("date", "kind", "participants", "sides", "doc_ids", "evidence")
            .orderBy(col("date"), col("event_id")).collectAsList()).orElse(List.of());
      }
      return allEvents;
    }

    private Map<String, Row> allActors;

    /** Every actor of the gazetteer, named or not (an event's side may be an unnamed affiliation). */
    private Map<String, Row> allActors() {
      if (allActors == null) {
        allActors = new HashMap<>();
        table(Tables.ACTORS.name()).ifPresent(t -> t.select("actor_id", "type", "name_en", "name_vi", "country_id",
            "documents").collectAsList().forEach(r -> allActors.put(r.getString(0), r)));
      }
      return allActors;
    }

    /** The partner an actor stands for: itself when it is one, else its country when that is one. */
    private String partnerOf(String actorId) {
      if (settings.partners().contains(actorId)) {
        return actorId;
      }
      Row actor = allActors().get(actorId);
      String country = actor == null ? null : actor.getString(4);
      return country != null && settings.partners().contains(country) ? country : null;
    }

    /** The first partner (in report.partners order) among an event's sides, or null. */
    private String partnerOfEvent(Row event) {
      List<String> found = event.<String>getList(3).stream().map(this::partnerOf).filter(java.util.Objects::nonNull)
          .distinct().toList();
      return settings.partners().stream().filter(found::contains).findFirst().orElse(null);
    }

    /** Dated events by the partner they were with ("other" for none), oldest first. */
    private List<EventMark> eventMarks() {
      List<EventMark> marks = new ArrayList<>();
      for (Row r : allEvents()) {
        if (!r.isNullAt(0)) {
          String partner = partnerOfEvent(r);
          marks.add(new EventMark(r.getDate(0).toLocalDate(), partner == null ? OTHER_PARTNER : label(partner),
              r.getString(1)));
        }
      }
      return marks;
    }

    private String label(String actorId) {
      Row actor = allActors().get(actorId);
      return actor == null ? actorId : new Actor(actorId, actor.getString(1), actor.getString(2), actor.getString(3),
          0, 0).label();
    }

    /**
     * Each partner of report.partners that a document names: its documents (naming it or a body of
     * it), its events, its documents' top themes and the people in its events. One Spark job for
     * the documents and themes, the events from their collected rows.
     */
    private List<Partner> partners() {
      Optional<Dataset<Row>> mentions = table(Tables.MENTIONS.name());
      if (mentions.isEmpty() || settings.partners().isEmpty()) {
        return List.of();
      }
      Map<String, String> bodyOf = new HashMap<>();
      allActors().keySet().forEach(id -> {
        String partner = partnerOf(id);
        if (partner != null) {
          bodyOf.put(id, partner);
        }
      });
      StructType schema = new StructType().add("actor_id", "string").add("partner", "string");
      List<Row> map = bodyOf.entrySet().stream().map(e -> RowFactory.create(e.getKey(), e.getValue())).toList();
      Dataset<Row> byPartner = mentions.get().select("doc_id", "actor_id")
          .join(spark.createDataFrame(map, schema), "actor_id").select("partner", "doc_id").distinct();
      Dataset<Row> themes = table(Tables.DOCUMENT_THEMES.name()).map(t -> t.select("doc_id", "theme_id"))
          .orElse(spark.createDataFrame(List.of(), new StructType().add("doc_id", "string").add("theme_id", "string")));
      // One collect: each partner's documents (theme null), then its documents per theme.
      List<Row> counts = byPartner.groupBy("partner").agg(count(lit(1)).as("n"))
          .withColumn("theme_id", lit(null).cast("string")).select("partner", "theme_id", "n")
          .unionByName(byPartner.join(themes, "doc_id").groupBy("partner", "theme_id")
              .agg(org.apache.spark.sql.functions.countDistinct("doc_id").as("n")))
          .collectAsList();
      Map<String, Long> documents = new HashMap<>();
      Map<String, Map<String, Long>> themeCounts = new HashMap<>();
      for (Row r : counts) {
        if (r.getAs("theme_id") == null) {
          documents.put(r.getAs("partner"), r.getAs("n"));
        } else {
          themeCounts.computeIfAbsent(r.getAs("partner"), k -> new HashMap<>()).put(r.getAs("theme_id"), r.getAs("n"));
        }
      }
      Map<String, Long> events = new HashMap<>();
      Map<String, LocalDate> last = new HashMap<>();
      Map<String, Map<String, Long>> people = new HashMap<>();
      for (Row r : allEvents()) {
        java.util.Set<String> with = new java.util.TreeSet<>();
        r.<String>getList(3).forEach(side -> {
          String partner = partnerOf(side);
          if (partner != null) {
            with.add(partner);
          }
        });
        for (String partner : with) {
          events.merge(partner, 1L, Long::sum);
          if (!r.isNullAt(0)) {
            last.merge(partner, r.getDate(0).toLocalDate(), (a, b) -> a.isAfter(b) ? a : b);
          }
          r.<String>getList(2).forEach(p -> people.computeIfAbsent(partner, k -> new HashMap<>()).merge(p, 1L,
              Long::sum));
        }
      }
      Map<String, String> themeNames = themeNames();
      List<Partner> partners = new ArrayList<>();
      for (String id : settings.partners()) {
        long docs = documents.getOrDefault(id, 0L);
        if (docs == 0 && !events.containsKey(id)) {
          continue;
        }
        partners.add(new Partner(id, label(id), docs, events.getOrDefault(id, 0L), last.get(id),
            topOf(themeCounts.getOrDefault(id, Map.of()), 3, t -> themeNames.getOrDefault(t, t)),
            topOf(people.getOrDefault(id, Map.of()), 4, this::personLabel)));
      }
      return partners;
    }

    private String personLabel(String id) {
      return id.startsWith("name:") ? id.substring("name:".length()) : label(id);
    }

    /** "name (n)" for the n largest counts, ties by id. */
    private static List<String> topOf(Map<String, Long> counts, int n, java.util.function.Function<String, String> name) {
      return counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(n).map(e -> name.apply(e.getKey()) + " (" + e.getValue() + ")").toList();
    }

    private Map<String, String> themeNames;

    /** Each theme's English name (its id when it has none), read once for the theme charts and the events. */
    private Map<String, String> themeNames() {
      if (themeNames == null) {
        themeNames = new HashMap<>();
        table(Tables.THEMES.name()).ifPresent(t -> t.select("theme_id", "name_en").collectAsList()
            .forEach(r -> themeNames.put(r.getString(0), r.getString(1) == null ? r.getString(0) : r.getString(1))));
      }
      return themeNames;
    }

    private record EventParts(List<Event> events, long count) {}

    /** The newest report.events events, each with its documents as sources (title, outlet, date). */
    private EventParts events(Dataset<Row> documents) {
      Optional<Dataset<Row>> table = table(Tables.EVENTS.name());
      if (table.isEmpty()) {
        missing.put(EVENTS, "table events is not in this output");
        return new EventParts(List.of(), 0);
      }
      Dataset<Row> newest = table.get().orderBy(col("date").desc_nulls_last(), col("event_id"))
          .limit(settings.events()).cache();
      try {
        List<Row> rows = newest.collectAsList();
        if (rows.isEmpty()) {
          missing.put(EVENTS, "no sentence names two people of the gazetteer with an interaction phrase of the event"
              + " dictionary");
          return new EventParts(List.of(), 0);
        }
        // Fewer rows than the limit are all of them: no second pass to count.
        long count = rows.size() < settings.events() ? rows.size() : table.get().count();
        Map<String, String> sourceOf = new HashMap<>();
        Dataset<Row> docIds = newest.select(org.apache.spark.sql.functions.explode(col("doc_ids")).as("doc_id"));
        for (Row d : documents.join(docIds, "doc_id").select(SOURCE_COLUMNS).collectAsList()) {
          sourceOf.put(d.getString(0), source(d));
        }
        Map<String, String> themeNames = themeNames();
        List<Event> events = new ArrayList<>();
        for (Row r : rows) {
          List<String> docs = r.getList(r.fieldIndex("doc_ids"));
          Map<String, String> evidence = r.getJavaMap(r.fieldIndex("evidence"));
          Date date = r.getAs("date");
          events.add(new Event(date == null ? null : date.toLocalDate(), r.getAs("date_precision"), r.getAs("kind"),
              r.getAs("cameo_code"), r.getAs("place"), r.getList(r.fieldIndex("participants")),
              r.getList(r.fieldIndex("sides")), r.getAs("mechanism"), r.getAs("mechanism_round"),
              r.<String>getList(r.fieldIndex("themes")).stream().map(t -> themeNames.getOrDefault(t, t)).toList(),
              docs.stream().map(id -> sourceOf.getOrDefault(id, id)).toList(), docs,
              evidence.getOrDefault("en", evidence.values().stream().findFirst().orElse("")),
              r.getList(r.fieldIndex("referred_in")).size()));
        }
        return new EventParts(events, count);
      } finally {
        newest.unpersist();
      }
    }

    /** Each document's "title · outlet · date" (one Spark job; none for no documents). */
    private static Map<String, String> sources(Dataset<Row> documents, List<String> docIds) {
      Map<String, String> sources = new HashMap<>();
      if (!docIds.isEmpty()) {
        documents.filter(col("doc_id").isin(docIds.toArray())).select(SOURCE_COLUMNS).collectAsList()
            .forEach(d -> sources.put(d.getString(0), source(d)));
      }
      return sources;
    }

    /** What a source line reads: the title, or the opening words when there is none. */
    private static final Column[] SOURCE_COLUMNS = {col("doc_id"), col("title"), col("outlet"), col("date"),
        // Room for a caption line before the lead.
        col("source_path"), org.apache.spark.sql.functions.substring(col("text"), 1, 6 * LEAD_CHARS).as("lead")};

    /**
     * "title · outlet · date" of a row of SOURCE_COLUMNS. Without a title (many Dân Trí files start
     * with the lead), the lead's first words in quotes, then the file name.
     */
    private static String source(Row d) {
      String title = d.getString(1);
      String outlet = d.getString(2);
      Date date = d.getDate(3);
      String path = d.getString(4);
      String lead = d.getString(5);
      List<String> parts = new ArrayList<>();
      if (title != null && !title.isBlank()) {
        parts.add(title.strip());
      } else if (lead != null && !lead.isBlank()) {
        parts.add("“" + opening(lead) + "”");
      } else {
        parts.add(path == null ? "?" : new Path(path).getName());
      }
      if (outlet != null && !outlet.isBlank()) {
        parts.add(outlet.strip());
      }
      if (date != null) {
        parts.add(date.toString());
      }
      return String.join(" · ", parts);
    }

    private List<RejectSummary> rejects() {
      Optional<Dataset<Row>> rejects = table(Tables.REJECTS.name());
      if (rejects.isEmpty()) {
        return List.of();
      }
      var byReason = Window.partitionBy("reason");
      var first = byReason.orderBy(col("source_path").asc_nulls_first(), col("source_row").asc_nulls_first());
      return rejects.get()
          .withColumn("n", count(lit(1)).over(byReason))
          .withColumn("rank", row_number().over(first))
          .filter(col("rank").equalTo(1))
          .orderBy(col("n").desc(), col("reason"))
          .collectAsList().stream()
          .map(r -> new RejectSummary(r.getAs("reason"), r.<Long>getAs("n"),
              r.<String>getAs("source_path") + (r.getAs("source_row") == null ? "" : ":" + r.getAs("source_row")),
              r.getAs("message")))
          .toList();
    }

    private RunSummary runSummary(Row manifest, LocalDate first, LocalDate last, Map<String, Long> languages) {
      if (manifest == null) {
        return new RunSummary("", "", "", "", "", "", "", Map.of(), Map.of(), first, last, languages,
            granularity.id());
      }
      Map<String, Long> counts = new TreeMap<>();
      Map<String, Long> raw = manifest.getJavaMap(manifest.fieldIndex("counts"));
      if (raw != null) {
        counts.putAll(raw);
      }
      return new RunSummary(manifest.getAs("run_id"), manifest.getAs("input"), manifest.getAs("started_at"),
          manifest.getAs("finished_at"), manifest.getAs("newsatlas_version"), manifest.getAs("spark_version"),
          manifest.getAs("spark_master"), counts, flatten(manifest.getAs("settings_json")), first, last, languages,
          granularity.id());
    }

    private Optional<Dataset<Row>> table(String name) {
      Path path = new Path(new Path(root, "tables"), name);
      try {
        if (!fs.exists(path)) {
          return Optional.empty();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot look for table " + path + ": " + e.getMessage(), e);
      }
      // The declared schema spares Spark a job reading the files' footers.
      Optional<org.apache.spark.sql.types.StructType> declared = Tables.ALL.stream()
          .filter(t -> t.name().equals(name)).map(io.newsatlas.io.TableSpec::schema).findFirst();
      return Optional.of(declared.map(schema -> spark.read().schema(schema)).orElse(spark.read())
          .parquet(path.toString()));
    }
  }

  /** Top values of {@code key} by {@code measure}, ties by name: deterministic. */
  private static List<String> top(Dataset<Row> totals, String key, String measure, int n) {
    return totals.filter(col(measure).gt(0)).orderBy(col(measure).desc(), col(key)).limit(n).select(key)
        .collectAsList().stream().map(r -> r.getString(0)).toList();
  }

  private static double doubleOf(Row r, String field) {
    int i = r.fieldIndex(field);
    return r.isNullAt(i) ? 0 : ((Number) r.get(i)).doubleValue();
  }

  /** Settings JSON as dotted keys (timeline.period = month), for the title page. */
  static Map<String, String> flatten(String json) {
    Map<String, String> flat = new LinkedHashMap<>();
    if (json == null || json.isBlank()) {
      return flat;
    }
    try {
      flatten(new ObjectMapper().readTree(json), "", flat);
    } catch (IOException e) {
      flat.put("settings", "(unreadable: " + e.getMessage() + ")");
    }
    return flat;
  }

  private static void flatten(JsonNode node, String prefix, Map<String, String> flat) {
    if (node.isObject() && node.size() > 0) {
      node.fields().forEachRemaining(f -> flatten(f.getValue(), prefix.isEmpty() ? f.getKey()
          : prefix + "." + f.getKey(), flat));
    } else {
      flat.put(prefix, node.isTextual() ? node.asText() : node.toString());
    }
  }

  /** Collected (bucket, period start, series, value) cells, turned into a table over the given periods. */
  private static final class Cells {
    private final Map<String, Map<LocalDate, Double>> values = new LinkedHashMap<>();
    private final Map<String, Long> buckets = new HashMap<>();

    void add(String bucket, Date start, String series, double value) {
      if (Periods.DATED.equals(bucket) && start != null) {
        values.computeIfAbsent(series, k -> new HashMap<>()).merge(start.toLocalDate(), value, Double::sum);
      } else {
        bucketAdd(bucket, Math.round(value));
      }
    }

    void bucket(String bucket, long documents) {
      buckets.put(bucket, documents);
    }

    void bucketAdd(String bucket, long n) {
      buckets.merge(bucket, n, Long::sum);
    }

    /** Series in {@code order} (those without values too); when empty, every series largest first. */
    PeriodTable table(String unit, List<Period> periods, List<String> order) {
      List<String> names = new ArrayList<>(order);
      if (names.isEmpty()) {
        values.entrySet().stream()
            .sorted((a, b) -> {
              int bySize = Double.compare(sumOf(b.getValue()), sumOf(a.getValue()));
              return bySize != 0 ? bySize : a.getKey().compareTo(b.getKey());
            })
            .forEach(e -> names.add(e.getKey()));
      }
      List<Series> series = new ArrayList<>();
      for (String name : names) {
        Map<LocalDate, Double> byStart = values.getOrDefault(name, Map.of());
        double[] v = new double[periods.size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = byStart.getOrDefault(periods.get(i).start(), 0.0);
        }
        series.add(new Series(name, v));
      }
      java.util.Set<LocalDate> onAxis = new java.util.HashSet<>();
      periods.forEach(p -> onAxis.add(p.start()));
      double apart = 0;
      for (String name : names) {
        for (Map.Entry<LocalDate, Double> cell : values.getOrDefault(name, Map.of()).entrySet()) {
          apart += onAxis.contains(cell.getKey()) ? 0 : cell.getValue();
        }
      }
      return new PeriodTable(unit, periods, series, buckets.getOrDefault(Periods.PARTIAL, 0L),
          buckets.getOrDefault(Periods.UNDATED, 0L), Math.round(apart));
    }

    private static double sumOf(Map<LocalDate, Double> values) {
      return values.values().stream().mapToDouble(Double::doubleValue).sum();
    }
  }
}
