package io.newsatlas.actors;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.newsatlas.ingest.DocumentRecord;
import io.newsatlas.text.Mentions;
import io.newsatlas.text.Sentences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/** Actor stage: mentions with evidence, stories, co-occurrence at three levels, and the actor table. */
public final class Actors {
  public static final String DOCUMENT = "document";
  public static final String SENTENCE = "sentence";
  public static final String STORY = "story";

  private Actors() {}

  /** Reads documents (doc_id, text). Provides mentions: each actor named, with sentence and offsets. */
  public static Dataset<ActorMention> mentions(Dataset<DocumentRecord> documents, ActorMatcher matcher) {
    return Mentions.find(documents, matcher::find, (docId, m, matched, sentenceIndex, sentence) -> new ActorMention(
        docId, m.actorId(), matched, m.how(), sentenceIndex, sentence, m.start(), m.end()), ActorMention.class);
  }

  /**
   * Stories: documents at most {@code maxDaysApart} days apart that name at least {@code minShared}
   * of the same people or organisations, and whose sets of people and organisations overlap by at
   * least {@code minOverlap} (Jaccard), among them at least {@code minSharedPeople} people (an
   * event is who met whom), are one story, transitively. The overlap and the people keep
   * prominent names (a president, a ministry) from chaining unrelated reports together. Returns doc id ->
   * story id (the smallest doc id of the story) for documents in a story of two or more.
   */
  public static Map<String, String> stories(Dataset<ActorMention> mentions, Dataset<DocumentRecord> documents,
      Gazetteer gazetteer, int minShared, int minSharedPeople, double minOverlap, int maxDaysApart) {
    SparkSession spark = mentions.sparkSession();
    List<Row> types = gazetteer.actors().stream().map(a -> RowFactory.create(a.id(), a.type())).toList();
    Dataset<Row> actorTypes = spark.createDataFrame(types, new org.apache.spark.sql.types.StructType()
        .add("actorId", "string").add("type", "string"));
    Dataset<Row> named = mentions.join(actorTypes, "actorId").filter(col("type").notEqual("country"))
        .select(col("docId"), col("actorId"), col("type").equalTo("person").cast("int").as("person")).distinct()
        .join(documents.filter(col("datePrecision").equalTo("day")).select("docId", "date"), "docId");
    Dataset<Row> sizes = named.groupBy("docId").agg(count(lit(1)).as("size"));
    Dataset<Row> a = named.join(sizes, "docId").toDF("docA", "actorId", "person", "dateA", "sizeA");
    Dataset<Row> b = named.join(sizes, "docId").toDF("docB", "actorIdB", "personB", "dateB", "sizeB");
    List<Row> edges = a.join(b, a.col("actorId").equalTo(b.col("actorIdB")).and(a.col("docA").lt(b.col("docB")))
            .and(functions.abs(functions.datediff(a.col("dateA"), b.col("dateB"))).leq(maxDaysApart)))
        .groupBy("docA", "docB", "sizeA", "sizeB")
        .agg(count(lit(1)).as("shared"), functions.sum("person").as("sharedPeople"))
        .filter(col("shared").geq(minShared).and(col("sharedPeople").geq(minSharedPeople))
            .and(col("shared").divide(col("sizeA").plus(col("sizeB")).minus(col("shared"))).geq(minOverlap)))
        .select("docA", "docB").collectAsList();
    Map<String, String> parent = new HashMap<>();
    for (Row edge : edges) {
      union(parent, edge.getString(0), edge.getString(1));
    }
    Map<String, String> storyOf = new TreeMap<>();
    for (String doc : parent.keySet()) {
      storyOf.put(doc, root(parent, doc));
    }
    return storyOf;
  }

  private static String root(Map<String, String> parent, String x) {
    String at = x;
    while (!parent.getOrDefault(at, at).equals(at)) {
      at = parent.get(at);
    }
    return at;
  }

  /** Union by smallest id, so a story's id is its smallest doc id whatever the edge order. */
  private static void union(Map<String, String> parent, String x, String y) {
    parent.putIfAbsent(x, x);
    parent.putIfAbsent(y, y);
    String rx = root(parent, x);
    String ry = root(parent, y);
    if (!rx.equals(ry)) {
      if (rx.compareTo(ry) < 0) {
        parent.put(ry, rx);
      } else {
        parent.put(rx, ry);
      }
    }
  }

  /** Columns of {@link #pairs}: one row per pair of actors per unit (document, sentence, story) that names both. */
  private static final org.apache.spark.sql.types.StructType PAIR = new org.apache.spark.sql.types.StructType()
      .add("level", "string").add("actorA", "string").add("actorB", "string").add("unit", "string")
      .add("date", "date").add("docId", "string").add("sentenceIndex", "int").add("noSentence", "int")
      .add("sentence", "string").add("period", "string").add("periodStart", "date").add("bucket", "string");

  /** Columns of the units each actor is named in, per level (what npmi divides by). */
  private static final org.apache.spark.sql.types.StructType UNIT = new org.apache.spark.sql.types.StructType()
      .add("level", "string").add("actorId", "string").add("unit", "string");

  /**
   * Every pair of actors named in a unit, at the three levels, from one pass over each document's
   * mentions (grouped by document once): the co-occurrence tables aggregate this, so each is one
   * shuffle instead of a self-join per level. A document-level row carries the first sentence of
   * that document naming both (noSentence 0), so that the table's example is a sentence whenever
   * one exists. Kept: both co-occurrence tables read it.
   */
  public static Dataset<Row> pairs(Dataset<ActorMention> mentions, Dataset<DocumentRecord> documents,
      Dataset<Row> documentPeriods) {
    return named(mentions, documents, documentPeriods).flatMap((FlatMapFunction<Row, Row>) doc -> {
      String docId = doc.getAs("docId");
      java.sql.Date date = doc.getAs("date");
      String story = doc.getAs("storyId");
      String period = doc.getAs("period");
      java.sql.Date periodStart = doc.getAs("periodStart");
      String bucket = doc.getAs("bucket");
      // Per sentence, its actors (sorted, distinct); per document, the first sentence of each pair.
      TreeMap<Integer, java.util.TreeSet<String>> bySentence = new TreeMap<>();
      Map<Integer, String> sentences = new HashMap<>();
      java.util.TreeSet<String> inDocument = new java.util.TreeSet<>();
      for (Row m : doc.<Row>getList(doc.fieldIndex("named"))) {
        int index = m.getInt(1);
        bySentence.computeIfAbsent(index, x -> new java.util.TreeSet<>()).add(m.getString(0));
        sentences.putIfAbsent(index, m.getString(2));
        inDocument.add(m.getString(0));
      }
      List<Row> out = new ArrayList<>();
      Map<String, Integer> firstSentence = new HashMap<>();
      for (Map.Entry<Integer, java.util.TreeSet<String>> s : bySentence.entrySet()) {
        List<String> actors = new ArrayList<>(s.getValue());
        for (int a = 0; a < actors.size(); a++) {
          for (int b = a + 1; b < actors.size(); b++) {
            firstSentence.putIfAbsent(actors.get(a) + "\t" + actors.get(b), s.getKey());
            out.add(RowFactory.create(SENTENCE, actors.get(a), actors.get(b), docId + "#" + s.getKey(), date, docId,
                s.getKey(), 0, sentences.get(s.getKey()), period, periodStart, bucket));
          }
        }
      }
      List<String> actors = new ArrayList<>(inDocument);
      for (int a = 0; a < actors.size(); a++) {
        for (int b = a + 1; b < actors.size(); b++) {
          Integer first = firstSentence.get(actors.get(a) + "\t" + actors.get(b));
          out.add(RowFactory.create(DOCUMENT, actors.get(a), actors.get(b), docId, date, docId,
              first == null ? 0 : first, first == null ? 1 : 0, first == null ? null : sentences.get(first), period,
              periodStart, bucket));
          out.add(RowFactory.create(STORY, actors.get(a), actors.get(b), story, date, docId, 0, 1, null, period,
              periodStart, bucket));
        }
      }
      return out.iterator();
    }, Encoders.row(PAIR));
  }

  /** Each document's mentions as (actorId, sentenceIndex, sentence), with its date, story and period. */
  private static Dataset<Row> named(Dataset<ActorMention> mentions, Dataset<DocumentRecord> documents,
      Dataset<Row> documentPeriods) {
    return mentions.groupBy("docId")
        .agg(functions.collect_list(struct(col("actorId"), col("sentenceIndex"), col("sentence"))).as("named"))
        .join(documents.select("docId", "date", "storyId"), "docId")
        .join(documentPeriods.select("docId", "period", "periodStart", "bucket"), "docId");
  }

  /**
   * cooccurrence: each pair of actors (ordered ids) named together in a document, in a sentence,
   * or in a story, with counts, first and last dates and one example (a document's example is the
   * first sentence naming both, when there is one).
   *
   * @param pairs as {@link #pairs} gives them
   */
  public static Dataset<Row> cooccurrence(Dataset<Row> pairs, Dataset<ActorMention> mentions,
      Dataset<DocumentRecord> documents) {
    Column first = struct(col("noSentence"), col("docId"), col("sentenceIndex"));
    Dataset<Row> counted = pairs.groupBy("actorA", "actorB", "level").agg(
        countDistinct("unit").as("count"), min("date").as("firstDate"), max("date").as("lastDate"),
        min_by(col("docId"), first).as("exampleDocId"), min_by(col("sentence"), first).as("exampleSentence"));
    Npmi npmi = Npmi.of(mentions, documents);
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add("actorA", "string").add("actorB", "string").add("level", "string").add("count", "long")
        .add("firstDate", "date").add("lastDate", "date").add("exampleDocId", "string")
        .add("exampleSentence", "string").add("npmi", "double");
    return counted.map((org.apache.spark.api.java.function.MapFunction<Row, Row>) r -> RowFactory.create(
        r.getString(0), r.getString(1), r.getString(2), r.getLong(3), r.get(4), r.get(5), r.get(6), r.get(7),
        npmi.of(r.getString(2), r.getString(0), r.getString(1), r.getLong(3))), Encoders.row(schema));
  }

  /**
   * Normalised pointwise mutual information of a pair at its level: log(p(ab) / p(a)p(b)) /
   * -log(p(ab)), the probabilities over the units (documents, sentences, stories) that name any
   * actor. 1: named only together; 0: together as often as chance; below 0: less. Two countries
   * named in every document have a high count and an npmi near 0; a minister and his guest near 1.
   * The units per actor and level are few (actors x 3), so they are counted in one job and read
   * on the executors from here, instead of joined.
   */
  record Npmi(Map<String, Long> units) implements java.io.Serializable {
    static Npmi of(Dataset<ActorMention> mentions, Dataset<DocumentRecord> documents) {
      Dataset<Row> named = mentions.select("docId", "actorId", "sentenceIndex")
          .join(documents.select("docId", "storyId"), "docId");
      Dataset<Row> units = named.flatMap((FlatMapFunction<Row, Row>) r -> List.of(
          RowFactory.create(DOCUMENT, r.getString(1), r.getString(0)),
          RowFactory.create(SENTENCE, r.getString(1), r.getString(0) + "#" + r.getInt(2)),
          RowFactory.create(STORY, r.getString(1), r.getString(3))).iterator(), Encoders.row(UNIT));
      Map<String, Long> counts = new HashMap<>();
      // rollup: (level, actor) rows and (level, null) rows, the level's units in all.
      for (Row r : units.rollup(col("level"), col("actorId")).agg(countDistinct("unit")).collectAsList()) {
        if (!r.isNullAt(0)) {
          counts.put(r.getString(0) + "\t" + (r.isNullAt(1) ? "" : r.getString(1)), r.getLong(2));
        }
      }
      return new Npmi(counts);
    }

    /** As Spark's SQL would compute and round it (StrictMath.log; round half up at 4 places). */
    double of(String level, String actorA, String actorB, long count) {
      double total = units.get(level + "\t");
      double pab = count / total;
      double pa = units.get(level + "\t" + actorA) / total;
      double pb = units.get(level + "\t" + actorB) / total;
      double npmi = pab >= 1 ? 1.0 : StrictMath.log(pab / (pa * pb)) / (StrictMath.log(pab) * -1);
      return new java.math.BigDecimal(Double.toString(npmi)).setScale(4, java.math.RoundingMode.HALF_UP).doubleValue();
    }
  }

  /**
   * cooccurrence_by_period: document- and sentence-level counts per period (or date bucket).
   *
   * @param pairs as {@link #pairs} gives them
   */
  public static Dataset<Row> cooccurrenceByPeriod(Dataset<Row> pairs) {
    return pairs.filter(col("level").isin(DOCUMENT, SENTENCE))
        .groupBy("period", "periodStart", "bucket", "actorA", "actorB", "level")
        .agg(countDistinct("unit").as("count"))
        .select("period", "periodStart", "bucket", "actorA", "actorB", "count", "level");
  }

  /**
   * actor_candidates: names found by {@link Candidates} that no gazetteer mention covers, counted over
   * the corpus, with an example sentence; those in fewer than {@code minDocuments} documents are left out.
   * Reads the mentions already found, so the gazetteer is not matched a second time.
   */
  public static Dataset<Row> candidates(Dataset<DocumentRecord> documents, Dataset<ActorMention> mentions,
      int minDocuments) {
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add("key", "string").add("name", "string").add("kind", "string").add("longForm", "string").add("title", "string")
        .add("docId", "string").add("sentence", "string").add("charStart", "int");
    Dataset<Row> found = Mentions.withKnownSpans(documents, mentions).flatMap((FlatMapFunction<Row, Row>) row -> {
      String docId = row.getAs("docId");
      String text = row.getAs("text");
      List<int[]> spans = Mentions.knownSpans(row);
      List<Sentences.Span> sentences = Sentences.split(text);
      List<Row> out = new ArrayList<>();
      for (Candidates.Candidate c : Candidates.find(text, row.getAs("language"))) {
        boolean covered = spans.stream().anyMatch(m -> m[0] < c.end() && c.start() < m[1]);
        if (!covered) {
          out.add(RowFactory.create(io.newsatlas.text.MatchText.folded(c.name()), c.name(), c.kind(), c.longForm(),
              c.title(), docId, Sentences.containing(sentences, c.start()).of(text), c.start()));
        }
      }
      return out.iterator();
    }, Encoders.row(schema));
    return found.groupBy("key").agg(
            min_by(col("name"), struct(col("docId"), col("charStart"))).as("name"),
            min_by(col("kind"), struct(col("docId"), col("charStart"))).as("kind"),
            max("longForm").as("longForm"),
            // A person's title most often written before the name, an office before "ông"/"bà"; ties go
            // to the smallest, so reruns agree.
            coalesce(functions.mode(when(col("kind").equalTo(Candidates.PERSON)
                    .and(not(col("title").isin(Candidates.HONORIFICS.toArray()))), col("title")), true),
                functions.mode(when(col("kind").equalTo(Candidates.PERSON), col("title")), true)).as("title"),
            countDistinct("docId").as("documents"), count(lit(1)).as("mentions"),
            min_by(col("sentence"), struct(col("docId"), col("charStart"))).as("exampleSentence"),
            min("docId").as("exampleDocId"))
        .filter(col("documents").geq(minDocuments))
        .drop("key");
  }

  /** actors: the gazetteer with how often each actor is named, and when. */
  public static Dataset<Row> actorTable(Dataset<ActorMention> mentions, Dataset<DocumentRecord> documents,
      Gazetteer gazetteer) {
    SparkSession spark = mentions.sparkSession();
    List<Row> rows = gazetteer.actors().stream().map(a -> RowFactory.create(a.id(), a.type(), a.name().en(),
        a.name().vi(), a.country())).toList();
    Dataset<Row> actors = spark.createDataFrame(rows, new org.apache.spark.sql.types.StructType()
        .add("actorId", "string").add("type", "string").add("nameEn", "string").add("nameVi", "string")
        .add("countryId", "string"));
    Dataset<Row> counts = mentions.join(documents.select("docId", "date"), "docId").groupBy("actorId").agg(
        count(lit(1)).as("mentions"), countDistinct("docId").as("documents"),
        min("date").as("firstDate"), max("date").as("lastDate"));
    return actors.join(counts, "actorId", "left")
        .na().fill(0L, new String[] {"mentions", "documents"});
  }
}
