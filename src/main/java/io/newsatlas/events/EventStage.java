package io.newsatlas.events;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.struct;

import io.newsatlas.actors.ActorMention;
import io.newsatlas.config.EventSettings;
import io.newsatlas.ingest.DocumentRecord;
import io.newsatlas.io.StageContext;
import io.newsatlas.io.Tables;
import io.newsatlas.themes.ThemeMention;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Stage: who met whom, when, where and about what. Each document's events ({@link EventFinder}),
 * then one row per event however many documents report it (same people on the same day, or days
 * apart when a report gives no day of its own: a story's translations, or two outlets), with the
 * documents that only refer to it.
 */
public final class EventStage {
  private EventStage() {}

  /** The events table, its row count, and how many documents reported or referred to an event. */
  public record Result(Dataset<Row> events, long eventRows, long reportingDocuments, long referringDocuments) {
    public String summary() {
      return String.format("%d events reported by %d documents; %d documents refer to one of them", eventRows,
          reportingDocuments, referringDocuments);
    }
  }

  private static final StructType NAMED = new StructType()
      .add("actorId", DataTypes.StringType)
      .add("sentenceIndex", DataTypes.IntegerType)
      .add("charStart", DataTypes.IntegerType)
      .add("charEnd", DataTypes.IntegerType);

  /** An event as one document reports it, or a reference to one. */
  private static final StructType FOUND = new StructType()
      .add("doc_id", DataTypes.StringType, false)
      .add("story_id", DataTypes.StringType)
      .add("language", DataTypes.StringType)
      .add("kind", DataTypes.StringType, false)
      .add("reference", DataTypes.BooleanType, false)
      .add("participants", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("sides", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("countries", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("place", DataTypes.StringType)
      .add("mechanism", DataTypes.StringType)
      .add("mechanism_round", DataTypes.IntegerType)
      .add("date", DataTypes.DateType)
      .add("date_precision", DataTypes.StringType, false)
      .add("date_source", DataTypes.StringType, false)
      .add("date_text", DataTypes.StringType)
      .add("phrase", DataTypes.StringType, false)
      .add("sentence_index", DataTypes.IntegerType, false)
      .add("sentence", DataTypes.StringType, false)
      .add("pronoun", DataTypes.StringType)
      .add("key", DataTypes.StringType, false)
      .add("people_key", DataTypes.StringType, false);

  /** @param settings how far apart reports of the same people may be dated and still be one event */
  public static Result run(Dataset<DocumentRecord> documents, Dataset<ActorMention> mentions,
      Dataset<ThemeMention> themeMentions, EventFinder finder, EventSettings settings, StageContext stage) {
    Dataset<Row> named = mentions.groupBy(col("docId"))
        .agg(collect_list(struct(col("actorId"), col("sentenceIndex"), col("charStart"), col("charEnd"))).as("named"));
    // Every document: people the gazetteer lacks can meet too (EventFinder reads their titles).
    Dataset<Row> read = documents.select("docId", "storyId", "language", "text", "date", "datePrecision")
        .join(named, seq(List.of("docId")), "left");
    Dataset<Row> found = stage.keep(read.flatMap((FlatMapFunction<Row, Row>) row -> {
      List<EventFinder.Named> names = new ArrayList<>();
      List<Row> mentioned = row.isNullAt(row.fieldIndex("named")) ? List.of() : row.getList(row.fieldIndex("named"));
      for (Row n : mentioned) {
        names.add(new EventFinder.Named(n.getString(0), n.getInt(1), n.getInt(2), n.getInt(3)));
      }
      Date date = row.getAs("date");
      EventFinder.Document doc = new EventFinder.Document(row.getAs("docId"), row.getAs("storyId"), row.getAs("language"),
          row.getAs("text"), date == null ? null : date.toLocalDate(), row.getAs("datePrecision"), names);
      List<Row> out = new ArrayList<>();
      for (EventFinder.Found f : finder.find(doc)) {
        out.add(toRow(f));
      }
      return out.iterator();
    }, Encoders.row(FOUND)));
    Dataset<Row> themes = themeMentions.groupBy(col("docId").as("doc_id"))
        .agg(array_sort(collect_set(col("themeId"))).as("themes"));
    Dataset<Row> reports = found.filter(col("reference").equalTo(false)).join(themes, seq(List.of("doc_id")), "left");
    int sameEventDays = settings.sameEventDays();
    int otherDocumentDays = settings.otherDocumentDays();
    Dataset<Row> events = reports.groupBy("people_key").agg(collect_list(struct(col("*"))).as("reports"))
        .flatMap((FlatMapFunction<Row, Row>) row -> sameEvents(row.<Row>getList(1), sameEventDays, otherDocumentDays)
            .stream().map(reportsOfOne -> merge(reportsOfOne, finder)).iterator(), Encoders.row(Tables.EVENTS.schema()))
        // A report naming fewer of the people of a meeting that day is of that meeting.
        .groupBy(col("date"), col("date_precision")).agg(collect_list(struct(col("*"))).as("events"))
        .flatMap((FlatMapFunction<Row, Row>) row -> withFewerPeopleMerged(row.getList(2)).iterator(),
            Encoders.row(Tables.EVENTS.schema()));
    Dataset<Row> referred = referredIn(events, found.filter(col("reference")));
    String[] columns = Tables.EVENTS.schema().fieldNames();
    Dataset<Row> table = stage.keep(events.drop("referred_in").join(referred, seq(List.of("event_id")), "left")
        .withColumn("referred_in", org.apache.spark.sql.functions.coalesce(col("referred_in"),
            org.apache.spark.sql.functions.expr("cast(array() as array<string>)")))
        .select(columns[0], java.util.Arrays.copyOfRange(columns, 1, columns.length))
        .orderBy(col("date").desc_nulls_last(), col("event_id")));
    Row counts = table.agg(org.apache.spark.sql.functions.count("event_id"),
        org.apache.spark.sql.functions.size(org.apache.spark.sql.functions.array_distinct(
            org.apache.spark.sql.functions.flatten(collect_list(col("doc_ids"))))),
        org.apache.spark.sql.functions.size(org.apache.spark.sql.functions.array_distinct(
            org.apache.spark.sql.functions.flatten(collect_list(col("referred_in")))))).first();
    stage.manifestCount("events", counts.getLong(0));
    return new Result(table, counts.getLong(0), counts.getInt(1), counts.getInt(2));
  }

  /**
   * A document that refers to an event (two sides, no two people) is linked to the events of the
   * same kind and month that share a side with it; the documents reporting an event are not listed again.
   */
  private static Dataset<Row> referredIn(Dataset<Row> events, Dataset<Row> references) {
    Dataset<Row> byMonth = references
        .filter(col("date").isNotNull().and(col("date_precision").isin("day", "month")))
        .select(col("doc_id").as("ref_doc"), col("kind").as("ref_kind"), col("sides").as("ref_sides"),
            org.apache.spark.sql.functions.date_format(col("date"), "yyyy-MM").as("ref_month"));
    Dataset<Row> months = events.filter(col("date").isNotNull().and(col("date_precision").equalTo("day")))
        .select(col("event_id"), col("kind"), col("sides"), col("doc_ids"),
            org.apache.spark.sql.functions.date_format(col("date"), "yyyy-MM").as("month"));
    return months.join(byMonth, col("kind").equalTo(col("ref_kind")).and(col("month").equalTo(col("ref_month"))))
        .filter(org.apache.spark.sql.functions.arrays_overlap(col("sides"), col("ref_sides"))
            .and(org.apache.spark.sql.functions.not(org.apache.spark.sql.functions.array_contains(col("doc_ids"),
                col("ref_doc")))))
        .groupBy("event_id").agg(array_sort(collect_set(col("ref_doc"))).as("referred_in"));
  }

  private static Row toRow(EventFinder.Found f) {
    LocalDate day = f.date().date();
    List<String> people = new ArrayList<>(new TreeSet<>(f.participants()));
    // One event per day and set of people (or per document for a reference, or without a date).
    String key = f.reference() || day == null ? "doc:" + f.docId() + ":" + f.sentenceIndex()
        : day + "|" + String.join(",", people);
    // The reports that may be one event: those of the same people (each reference and undated one alone).
    String peopleKey = f.reference() || day == null ? key
        : String.join(",", new TreeSet<>(people.stream().map(EventFinder::personKey).toList()));
    return RowFactory.create(f.docId(), f.storyId(), f.language(), f.kind(), f.reference(), seq(f.participants()),
        seq(f.sides()), seq(f.countries()), f.place(), f.mechanism(), f.round(), day == null ? null : Date.valueOf(day),
        f.date().precision(), f.date().source(), f.date().text(), f.phrase(), f.sentenceIndex(), f.sentence(), f.pronoun(), key, peopleKey);
  }

  /**
   * The reports of one set of people split into events, oldest first: a report joins the event
   * before it on the same day, or within {@code days} when either is dated by its document only.
   */
  static List<List<Row>> sameEvents(List<Row> reports, int days, int otherDocumentDays) {
    List<Row> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparing((Row r) -> r.<Date>getAs("date"), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(r -> r.<String>getAs("doc_id")).thenComparingInt(r -> r.getAs("sentence_index")));
    List<List<Row>> events = new ArrayList<>();
    for (Row report : sorted) {
      List<Row> last = events.isEmpty() ? null : events.get(events.size() - 1);
      if (last != null && belongs(report, last, days, otherDocumentDays)) {
        last.add(report);
      } else {
        events.add(new ArrayList<>(List.of(report)));
      }
    }
    return events;
  }

  /**
   * Whether a report is of the event: its anchor is the day its sentences give (the first such), or
   * else its first report's. A report whose sentence gives a day must be on the anchor when the
   * anchor is a sentence's (or in its week, when either gives only a week, or at most
   * {@code otherDocumentDays} from it when no report of the event is from its document); otherwise a
   * report is at most {@code days} from it. So reports do not chain day by day into one event.
   */
  private static boolean belongs(Row report, List<Row> event, int days, int otherDocumentDays) {
    Date date = report.getAs("date");
    if (date == null) {
      return false;
    }
    Row anchor = event.stream().filter(r -> r.getAs("date") != null && !"document".equals(r.getAs("date_source")))
        .findFirst().orElse(event.get(0));
    Date anchorDate = anchor.getAs("date");
    if (anchorDate == null) {
      return false;
    }
    long apart = Math.abs(date.toLocalDate().toEpochDay() - anchorDate.toLocalDate().toEpochDay());
    boolean bothFromSentences = !"document".equals(report.getAs("date_source"))
        && !"document".equals(anchor.getAs("date_source"));
    String docId = report.getAs("doc_id");
    boolean otherDocument = event.stream().noneMatch(r -> docId.equals(r.getAs("doc_id")));
    return apart == 0 || within(anchor, date) || within(report, anchorDate) || (!bothFromSentences && apart <= days)
        || (bothFromSentences && otherDocument && apart <= otherDocumentDays);
  }

  /**
   * One day's events with those that name only some of another's people merged into it: "Baker met
   * Stoltenberg in Frankfurt" and "Baker, Stoltenberg and Poehl met in Frankfurt" on 19 October are one
   * meeting. Both must name two or more people and be of one kind (or one of them a plain meeting);
   * events not dated to a day are left as they are.
   */
  static List<Row> withFewerPeopleMerged(List<Row> events) {
    // The events of one group share their date and its precision.
    if (events.isEmpty() || !"day".equals(events.get(0).getAs("date_precision"))) {
      return events;
    }
    List<Row> larger = new ArrayList<>(events);
    larger.sort(Comparator.comparingInt((Row e) -> -e.getList(e.fieldIndex("participants")).size())
        .thenComparingInt(e -> -e.getList(e.fieldIndex("doc_ids")).size())
        .thenComparing(e -> e.<String>getAs("event_id")));
    List<Row> kept = new ArrayList<>();
    for (Row event : larger) {
      int into = -1;
      if (event.getList(event.fieldIndex("participants")).size() >= 2) {
        for (int i = 0; i < kept.size() && into < 0; i++) {
          if (namesSomeOf(event, kept.get(i))) {
            into = i;
          }
        }
      }
      if (into < 0) {
        kept.add(event);
      } else {
        kept.set(into, absorb(kept.get(into), event));
      }
    }
    kept.sort(Comparator.comparing(e -> e.<String>getAs("event_id")));
    return kept;
  }

  private static final String PLAIN_MEETING = "meeting";

  private static boolean namesSomeOf(Row fewer, Row more) {
    String kind = fewer.getAs("kind");
    String otherKind = more.getAs("kind");
    boolean sameKind = kind.equals(otherKind) || PLAIN_MEETING.equals(kind) || PLAIN_MEETING.equals(otherKind);
    List<String> people = fewer.getList(fewer.fieldIndex("participants"));
    List<String> others = more.getList(more.fieldIndex("participants"));
    return sameKind && others.size() > people.size()
        && people.stream().map(EventFinder::personKey).allMatch(p -> others.stream().map(EventFinder::personKey)
            .anyMatch(p::equals));
  }

  /** The larger event with the smaller one's documents, sides, themes and evidence added. */
  private static Row absorb(Row into, Row from) {
    Object[] values = new Object[into.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = into.get(i);
    }
    for (String column : List.of("sides", "countries", "themes", "doc_ids", "story_ids")) {
      TreeSet<String> union = new TreeSet<>(into.getList(into.fieldIndex(column)));
      union.addAll(from.getList(from.fieldIndex(column)));
      values[into.fieldIndex(column)] = seq(List.copyOf(union));
    }
    for (String column : List.of("place", "mechanism", "mechanism_round")) {
      if (into.isNullAt(into.fieldIndex(column))) {
        values[into.fieldIndex(column)] = from.get(from.fieldIndex(column));
      }
    }
    Map<String, String> evidence = new TreeMap<>(into.getJavaMap(into.fieldIndex("evidence")));
    from.<String, String>getJavaMap(from.fieldIndex("evidence")).forEach(evidence::putIfAbsent);
    values[into.fieldIndex("evidence")] = CollectionConverters.asScala(evidence);
    // With its schema: the next smaller event of the day is compared with it by column name.
    return new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(values, into.schema());
  }

  /** Whether a day falls in a report's week, when all its sentence gives is a week ("last week", "tuần trước"). */
  private static boolean within(Row report, Date day) {
    if (!EventDates.WEEK.equals(report.getAs("date_precision"))) {
      return false;
    }
    long offset = day.toLocalDate().toEpochDay() - report.<Date>getAs("date").toLocalDate().toEpochDay();
    return offset >= 0 && offset < 7;
  }

  /** The documents' reports of one event as its row of the events table. */
  private static Row merge(List<Row> reports, EventFinder finder) {
    List<Row> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparing((Row r) -> r.<String>getAs("doc_id")).thenComparingInt(r -> r.getAs("sentence_index")));
    List<EventFinder.Found> found = new ArrayList<>();
    TreeSet<String> docIds = new TreeSet<>();
    TreeSet<String> storyIds = new TreeSet<>();
    TreeSet<String> themes = new TreeSet<>();
    Map<String, String> evidence = new TreeMap<>();
    for (Row r : sorted) {
      Date date = r.getAs("date");
      found.add(new EventFinder.Found(r.getAs("doc_id"), r.getAs("story_id"), r.getAs("language"), r.getAs("kind"), false,
          r.getList(r.fieldIndex("participants")), r.getList(r.fieldIndex("sides")), r.getList(r.fieldIndex("countries")),
          r.getAs("place"), r.getAs("mechanism"), r.getAs("mechanism_round"),
          new EventDates.Resolved(date == null ? null : date.toLocalDate(), r.getAs("date_precision"),
              r.getAs("date_source"), r.getAs("date_text")), r.getAs("phrase"), r.getAs("sentence_index"),
          r.getAs("sentence"), r.getAs("pronoun")));
      docIds.add(r.getAs("doc_id"));
      if (r.getAs("story_id") != null) {
        storyIds.add(r.getAs("story_id"));
      }
      if (!r.isNullAt(r.fieldIndex("themes"))) {
        themes.addAll(r.getList(r.fieldIndex("themes")));
      }
      String language = r.getAs("language") == null ? "und" : r.getAs("language");
      evidence.putIfAbsent(language, r.getAs("sentence"));
    }
    EventFinder.Found event = finder.combine(found);
    EventDictionary.Kind kind = finder.dictionary().kind(event.kind());
    // Its id is that of its earliest report's day and people.
    String key = reports.get(0).getAs("key");
    return RowFactory.create(id(key), event.date().date() == null ? null : Date.valueOf(event.date().date()),
        event.date().precision(), event.date().source(), event.date().text(), kind.id(), kind.cameo(), event.place(),
        seq(event.participants()), seq(event.sides()), seq(event.countries()), event.mechanism(), event.round(),
        seq(List.copyOf(themes)), seq(List.copyOf(docIds)), seq(List.copyOf(storyIds)), seq(List.of()),
        CollectionConverters.asScala(evidence), String.format("'%s' with %s%s", event.phrase(),
            event.participants().size() >= 2 ? event.participants().size() + " people" : "a person and another side",
            event.pronoun() == null ? "" : " (" + event.pronoun() + ")"));
  }

  private static String id(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "ev_" + HexFormat.of().formatHex(hash).substring(0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static scala.collection.immutable.Seq<String> seq(List<String> values) {
    return CollectionConverters.asScala(values).toSeq();
  }
}
