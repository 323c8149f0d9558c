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

  /**
   * cooccurrence: each pair of actors (ordered ids) named together in a document, in a sentence,
   * or in a story, with counts, first and last dates and one example.
   */
  public static Dataset<Row> cooccurrence(Dataset<ActorMention> mentions, Dataset<DocumentRecord> documents) {
    Dataset<Row> docs = documents.select(col("docId"), col("date"), col("storyId"));
    Dataset<Row> inSentences = sentencePairs(mentions).join(docs, "docId");
    Dataset<Row> sentenceLevel = inSentences.groupBy("actorA", "actorB").agg(
        countDistinct("docId", "sentenceIndex").as("count"), min("date").as("firstDate"), max("date").as("lastDate"),
        min_by(col("docId"), struct(col("docId"), col("sentenceIndex"))).as("exampleDocId"),
        min_by(col("sentence"), struct(col("docId"), col("sentenceIndex"))).as("exampleSentence"))
        .withColumn("level", lit(SENTENCE));
    Dataset<Row> inDocuments = documentPairs(mentions).join(docs, "docId");
    Dataset<Row> examples = sentenceLevel.select(col("actorA").as("xa"), col("actorB").as("xb"),
        col("exampleSentence").as("xs"), col("exampleDocId").as("xd"));
    Dataset<Row> documentLevel = inDocuments.groupBy("actorA", "actorB").agg(
            countDistinct("docId").as("count"), min("date").as("firstDate"), max("date").as("lastDate"),
            min("docId").as("firstDocId"))
        .join(examples, col("actorA").equalTo(col("xa")).and(col("actorB").equalTo(col("xb"))), "left")
        .withColumn("exampleDocId", functions.coalesce(col("xd"), col("firstDocId")))
        .withColumn("exampleSentence", col("xs"))
        .withColumn("level", lit(DOCUMENT))
        .drop("xa", "xb", "xs", "xd", "firstDocId");
    Dataset<Row> storyLevel = inDocuments.groupBy("actorA", "actorB").agg(
            countDistinct("storyId").as("count"), min("date").as("firstDate"), max("date").as("lastDate"),
            min("docId").as("exampleDocId"))
        .withColumn("exampleSentence", lit(null).cast("string"))
        .withColumn("level", lit(STORY));
    Column[] columns = {col("actorA"), col("actorB"), col("level"), col("count"), col("firstDate"), col("lastDate"),
        col("exampleDocId"), col("exampleSentence")};
    Dataset<Row> pairs = documentLevel.select(columns).unionByName(sentenceLevel.select(columns))
        .unionByName(storyLevel.select(columns));
    return withNpmi(pairs, mentions.join(docs.select("docId", "storyId"), "docId"));
  }

  /**
   * Normalised pointwise mutual information of each pair at its level: log(p(ab) / p(a)p(b)) /
   * -log(p(ab)), the probabilities over the units (documents, sentences, stories) that name any
   * actor. 1: named only together; 0: together as often as chance; below 0: less. Two countries
   * named in every document have a high count and an npmi near 0; a minister and his guest near 1.
   */
  private static Dataset<Row> withNpmi(Dataset<Row> pairs, Dataset<Row> mentions) {
    Column sentence = functions.concat_ws("#", col("docId"), col("sentenceIndex").cast("string"));
    Dataset<Row> units = mentions.select(col("actorId"), lit(DOCUMENT).as("level"), col("docId").as("unit"))
        .unionByName(mentions.select(col("actorId"), lit(SENTENCE).as("level"), sentence.as("unit")))
        .unionByName(mentions.select(col("actorId"), lit(STORY).as("level"), col("storyId").as("unit")));
    Dataset<Row> perActor = units.groupBy("level", "actorId").agg(countDistinct("unit").as("actorUnits"));
    Dataset<Row> perLevel = units.groupBy(col("level").as("totalLevel")).agg(countDistinct("unit").as("units"));
    Dataset<Row> a = perActor.toDF("levelA", "idA", "unitsA");
    Dataset<Row> b = perActor.toDF("levelB", "idB", "unitsB");
    Column pab = col("count").divide(col("units"));
    Column pa = col("unitsA").divide(col("units"));
    Column pb = col("unitsB").divide(col("units"));
    Column npmi = when(pab.geq(1), lit(1.0))
        .otherwise(functions.log(pab.divide(pa.multiply(pb))).divide(functions.log(pab).multiply(-1)));
    return pairs.join(perLevel, col("level").equalTo(col("totalLevel")))
        .join(a, col("level").equalTo(col("levelA")).and(col("actorA").equalTo(col("idA"))))
        .join(b, col("level").equalTo(col("levelB")).and(col("actorB").equalTo(col("idB"))))
        .withColumn("npmi", functions.round(npmi, 4))
        .drop("totalLevel", "units", "levelA", "idA", "unitsA", "levelB", "idB", "unitsB");
  }

  /** cooccurrence_by_period: document- and sentence-level counts per period (or date bucket). */
  public static Dataset<Row> cooccurrenceByPeriod(Dataset<ActorMention> mentions, Dataset<Row> documentPeriods) {
    Dataset<Row> perDocument = documentPairs(mentions).join(documentPeriods, "docId")
        .groupBy("period", "periodStart", "bucket", "actorA", "actorB").agg(countDistinct("docId").as("count"))
        .withColumn("level", lit(DOCUMENT));
    Dataset<Row> perSentence = sentencePairs(mentions).join(documentPeriods, "docId")
        .groupBy("period", "periodStart", "bucket", "actorA", "actorB")
        .agg(countDistinct("docId", "sentenceIndex").as("count"))
        .withColumn("level", lit(SENTENCE));
    return perDocument.unionByName(perSentence);
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
    Dataset<Row> known = mentions.groupBy(col("docId").as("knownDocId"))
        .agg(functions.collect_list(functions.array(col("charStart"), col("charEnd"))).as("spans"));
    Dataset<Row> withKnown = documents.select("docId", "text", "language")
        .join(known, col("docId").equalTo(col("knownDocId")), "left");
    Dataset<Row> found = withKnown.flatMap((FlatMapFunction<Row, Row>) row -> {
      String docId = row.getAs("docId");
      String text = row.getAs("text");
      List<int[]> spans = new ArrayList<>();
      List<scala.collection.Seq<Integer>> stored = row.isNullAt(row.fieldIndex("spans")) ? List.of()
          : row.getList(row.fieldIndex("spans"));
      for (scala.collection.Seq<Integer> span : stored) {
        spans.add(new int[] {span.apply(0), span.apply(1)});
      }
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

  private static Dataset<Row> documentPairs(Dataset<ActorMention> mentions) {
    Dataset<Row> named = mentions.select("docId", "actorId").distinct();
    Dataset<Row> a = named.toDF("docId", "actorA");
    Dataset<Row> b = named.toDF("docIdB", "actorB");
    return a.join(b, a.col("docId").equalTo(b.col("docIdB")).and(a.col("actorA").lt(b.col("actorB"))))
        .select("docId", "actorA", "actorB");
  }

  private static Dataset<Row> sentencePairs(Dataset<ActorMention> mentions) {
    Dataset<Row> named = mentions.groupBy("docId", "sentenceIndex", "actorId").agg(first("sentence").as("sentence"));
    Dataset<Row> a = named.toDF("docId", "sentenceIndex", "actorA", "sentence");
    Dataset<Row> b = named.toDF("docIdB", "sentenceIndexB", "actorB", "sentenceB");
    return a.join(b, a.col("docId").equalTo(b.col("docIdB")).and(a.col("sentenceIndex").equalTo(b.col("sentenceIndexB")))
            .and(a.col("actorA").lt(b.col("actorB"))))
        .select("docId", "sentenceIndex", "actorA", "actorB", "sentence");
  }
}
