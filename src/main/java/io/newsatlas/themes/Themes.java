package io.newsatlas.themes;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.sum;

import io.newsatlas.ingest.DocumentRecord;
import io.newsatlas.text.Mentions;
import io.newsatlas.timeline.Granularity;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/** Theme stage: mentions with evidence, themes per document, and the inputs of the theme timeline. */
public final class Themes {
  private Themes() {}

  /**
   * Reads documents (doc_id, text). Provides theme_mentions: every dictionary term found, with its
   * sentence and character offsets in documents.text. One pass per document for all themes.
   */
  public static Dataset<ThemeMention> mentions(Dataset<DocumentRecord> documents, ThemeMatcher matcher) {
    return Mentions.find(documents, matcher::find, (docId, hit, matched, sentenceIndex, sentence) -> new ThemeMention(
        docId, hit.themeId(), hit.term(), matched, sentenceIndex, sentence, hit.start(), hit.end()), ThemeMention.class);
  }

  /** As {@link #mentions(Dataset, ThemeMatcher)}, with the actors' names read from their mentions instead of matched again. */
  public static Dataset<ThemeMention> mentions(Dataset<DocumentRecord> documents,
      Dataset<io.newsatlas.actors.ActorMention> actorMentions, ThemeMatcher matcher) {
    return Mentions.find(documents, actorMentions, matcher::find, (docId, hit, matched, sentenceIndex, sentence) ->
        new ThemeMention(docId, hit.themeId(), hit.term(), matched, sentenceIndex, sentence, hit.start(), hit.end()),
        ThemeMention.class);
  }

  /**
   * document_themes: per document and theme, the mentions, a score (mentions per 1,000 words, so
   * long and short articles compare), the distinct terms, and the first sentence as evidence.
   */
  public static Dataset<Row> perDocument(Dataset<ThemeMention> mentions, Dataset<DocumentRecord> documents) {
    Dataset<Row> grouped = mentions.groupBy("docId", "themeId").agg(
        count(lit(1)).as("mentions"),
        array_sort(collect_set("term")).as("terms"),
        min_by(col("sentence"), col("charStart")).as("evidence"));
    Dataset<Row> words = documents.select(col("docId").as("_doc"), col("wordCount"));
    return grouped.join(words, grouped.col("docId").equalTo(words.col("_doc")))
        .withColumn("score", col("mentions").multiply(1000.0).divide(col("wordCount")))
        .select("docId", "themeId", "mentions", "score", "terms", "evidence");
  }

  /**
   * theme_timeline, built from counts collected from the (small) aggregates. Every document is
   * placed twice, in its language and in 'all', so that 'all' counts a story told in two languages once.
   */
  public static List<ThemeTimeline.Row> timeline(Dataset<Row> documentThemes, Dataset<Row> documentPeriods,
      ThemeDictionary dictionary, Granularity granularity, ThemeTimeline.Spikes spikes, ThemeTimeline.Apart apart) {
    Dataset<Row> slots = documentPeriods.select(col("docId"), col("storyId"), col("period"), col("periodStart"),
        col("bucket"), explode(array(coalesce(col("language"), lit("und")), lit(ThemeTimeline.ALL_LANGUAGES)))
            .as("language"));
    Map<ThemeTimeline.Slot, ThemeTimeline.Totals> totals = new HashMap<>();
    for (Row row : slots.groupBy("period", "periodStart", "bucket", "language")
        .agg(countDistinct("docId"), countDistinct("storyId")).collectAsList()) {
      totals.put(slot(row), new ThemeTimeline.Totals(row.getLong(4), row.getLong(5)));
    }
    Dataset<Row> placed = documentThemes.join(slots, "docId");
    Map<ThemeTimeline.Slot, Map<String, long[]>> raw = new HashMap<>();
    for (Row row : placed.groupBy("period", "periodStart", "bucket", "language", "themeId")
        .agg(countDistinct("docId"), countDistinct("storyId"), sum("mentions")).collectAsList()) {
      long[] counts = raw.computeIfAbsent(slot(row), s -> new HashMap<>()).computeIfAbsent(row.getString(4), t -> new long[4]);
      counts[0] = row.getLong(5);
      counts[1] = row.getLong(6);
      counts[2] = row.getLong(7);
    }
    // Roll-up: a document with a sub-theme (online_fraud) also counts for its parents (cybersecurity).
    Dataset<Row> lineage = documentThemes.sparkSession().createDataFrame(lineageRows(dictionary),
        DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField("themeId", DataTypes.StringType, false),
            DataTypes.createStructField("ancestorId", DataTypes.StringType, false)}));
    Dataset<Row> rolledUp = placed.join(lineage, "themeId")
        .groupBy("period", "periodStart", "bucket", "language", "ancestorId").agg(countDistinct("docId"));
    for (Row row : rolledUp.collectAsList()) {
      raw.computeIfAbsent(slot(row), s -> new HashMap<>()).computeIfAbsent(row.getString(4), t -> new long[4])[3] =
          row.getLong(5);
    }
    Map<ThemeTimeline.Slot, Map<String, ThemeTimeline.Cell>> cells = new HashMap<>();
    raw.forEach((slot, byTheme) -> byTheme.forEach((theme, c) ->
        cells.computeIfAbsent(slot, s -> new HashMap<>()).put(theme, new ThemeTimeline.Cell(c[0], c[1], c[2], c[3]))));
    List<String> themeIds = dictionary.themes().stream().map(ThemeDictionary.Theme::id).toList();
    return ThemeTimeline.build(totals, cells, themeIds, granularity, spikes, apart);
  }

  public static Dataset<Row> timelineFrame(SparkSession spark, List<ThemeTimeline.Row> rows) {
    List<Row> out = rows.stream().map(r -> RowFactory.create(r.period(),
        r.periodStart() == null ? null : Date.valueOf(r.periodStart()), r.bucket(), r.themeId(), r.language(),
        r.documents(), r.stories(), r.documentsWithSubthemes(), r.mentions(), r.periodDocuments(), r.periodStories(),
        r.share(), r.zScore(), r.spike())).toList();
    return spark.createDataFrame(out, io.newsatlas.io.Tables.THEME_TIMELINE.schema());
  }

  /** The dictionary as a table, so notebooks and reports have the names and hierarchy. */
  public static Dataset<Row> dictionaryFrame(SparkSession spark, ThemeDictionary dictionary) {
    List<Row> rows = dictionary.themes().stream().map(t -> RowFactory.create(t.id(), t.name().en(), t.name().vi(),
        t.parent(), t.terms().enOrEmpty().toArray(String[]::new), t.terms().viOrEmpty().toArray(String[]::new),
        t.excludeOrEmpty().toArray(String[]::new))).toList();
    return spark.createDataFrame(rows, io.newsatlas.io.Tables.THEMES.schema());
  }

  private static List<Row> lineageRows(ThemeDictionary dictionary) {
    List<Row> rows = new ArrayList<>();
    for (ThemeDictionary.Theme theme : dictionary.themes()) {
      for (String ancestor : dictionary.lineage(theme.id())) {
        rows.add(RowFactory.create(theme.id(), ancestor));
      }
    }
    return rows;
  }

  private static ThemeTimeline.Slot slot(Row row) {
    Date start = row.getDate(1);
    return new ThemeTimeline.Slot(row.getString(0), start == null ? null : start.toLocalDate(), row.getString(2),
        row.getString(3));
  }
}
