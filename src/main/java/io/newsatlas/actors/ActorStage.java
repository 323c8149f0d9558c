package io.newsatlas.actors;

import static org.apache.spark.sql.functions.col;

import io.newsatlas.config.ActorSettings;
import io.newsatlas.ingest.DocumentRecord;
import io.newsatlas.io.StageContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Stage: who is named where, and with whom. {@link #stories} runs before the documents table is
 * written (documents.story_id needs the mentions); {@link #run} gives the actor tables and the graph.
 * Both keep what they hand on; the caller times them and writes the tables.
 */
public final class ActorStage {
  private ActorStage() {}

  /** The documents with their story ids, the gazetteer's mentions in them, and the stories of two or more. */
  public record Storied(Dataset<DocumentRecord> documents, Dataset<ActorMention> mentions, Map<String, String> storyOf) {
    public String summary() {
      return String.format("%d documents linked into %d stories of two or more", storyOf.size(), linkedStories());
    }

    /** The stories of {@code documents} documents: each linked story once, every other document its own. */
    public long stories(long documents) {
      return documents - storyOf.size() + linkedStories();
    }

    private int linkedStories() {
      return new HashSet<>(storyOf.values()).size();
    }
  }

  public static Storied stories(Dataset<DocumentRecord> documents, Gazetteer gazetteer, ActorSettings settings,
      StageContext stage) {
    Dataset<ActorMention> mentions = stage.keep(Actors.mentions(documents, new ActorMatcher(gazetteer)));
    Map<String, String> storyOf = Actors.stories(mentions, documents, gazetteer, settings.storyMinSharedActors(),
        settings.storyMinSharedPeople(), settings.storyMinOverlap(), settings.storyMaxDaysApart());
    Dataset<DocumentRecord> storied = stage.keep(documents.map((MapFunction<DocumentRecord, DocumentRecord>) doc -> {
      doc.setStoryId(storyOf.getOrDefault(doc.getDocId(), doc.getDocId()));
      return doc;
    }, Encoders.bean(DocumentRecord.class)));
    return new Storied(storied, mentions, storyOf);
  }

  /** The actor tables, each with its row count (which sizes its files), and the co-occurrence graph. */
  public record Tables(Dataset<Row> actors, long actorRows, Dataset<ActorMention> mentions, long mentionRows,
      Dataset<Row> cooccurrence, long cooccurrenceRows, Dataset<Row> byPeriod, long byPeriodRows,
      Dataset<Row> candidates, long candidateRows, List<ActorGraph.Node> nodes, List<ActorGraph.Edge> edges) {}

  /** @param documents and mentions as {@link #stories} gave them; periods as timeline.DocumentPeriods places them */
  public static Tables run(Dataset<DocumentRecord> documents, Dataset<ActorMention> mentions, Dataset<Row> periods,
      Gazetteer gazetteer, ActorSettings settings, StageContext stage) {
    Dataset<Row> actors = stage.keep(Actors.actorTable(mentions, documents, gazetteer));
    Dataset<Row> named = stage.keep(Actors.pairs(mentions, documents, periods));
    Dataset<Row> pairs = stage.keep(Actors.cooccurrence(named, mentions, documents));
    Dataset<Row> byPeriod = stage.keep(Actors.cooccurrenceByPeriod(named));
    Dataset<Row> candidates = stage.keep(Actors.candidates(documents, mentions, settings.candidateMinDocuments()));
    Tables tables = new Tables(actors, gazetteer.actors().size(), mentions, mentions.count(), pairs, pairs.count(),
        byPeriod, byPeriod.count(), candidates, candidates.count(), nodes(actors), edges(pairs));
    stage.manifestCount("actor_candidates", tables.candidateRows());
    stage.manifestCount("mentions", tables.mentionRows());
    stage.manifestCount("cooccurrence", tables.cooccurrenceRows());
    return tables;
  }

  /** Every actor named at least once. */
  private static List<ActorGraph.Node> nodes(Dataset<Row> actors) {
    return actors.filter(col("mentions").gt(0)).orderBy("actorId").collectAsList().stream()
        .map(r -> new ActorGraph.Node(r.getAs("actorId"), r.getAs("type"), r.getAs("nameEn"), r.getAs("nameVi"),
            r.<Long>getAs("mentions"), r.<Long>getAs("documents"), string(r.getAs("firstDate")),
            string(r.getAs("lastDate"))))
        .toList();
  }

  /** One edge per pair named in a document together, with its sentence and story counts. */
  private static List<ActorGraph.Edge> edges(Dataset<Row> pairs) {
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
    return documentLevel.entrySet().stream().map(e -> {
      long[] c = levels.get(e.getKey());
      Row r = e.getValue();
      return new ActorGraph.Edge(r.getAs("actorA"), r.getAs("actorB"), c[0], c[1], c[2],
          string(r.getAs("firstDate")), string(r.getAs("lastDate")));
    }).toList();
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }
}
