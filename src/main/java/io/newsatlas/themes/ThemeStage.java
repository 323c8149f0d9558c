package io.newsatlas.themes;

import io.newsatlas.actors.ActorMention;
import io.newsatlas.config.ThemeSettings;
import io.newsatlas.config.TimelineSettings;
import io.newsatlas.ingest.DocumentRecord;
import io.newsatlas.io.StageContext;
import io.newsatlas.timeline.Granularity;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Stage: the theme dictionary's mentions, the themes of each document, and the theme timeline with its spikes. */
public final class ThemeStage {
  private ThemeStage() {}

  /** The theme tables, each with its row count (which sizes its files), and documents per theme for the progress line. */
  public record Tables(Dataset<Row> dictionary, long dictionaryRows, Dataset<ThemeMention> mentions, long mentionRows,
      Dataset<Row> documentThemes, long documentThemeRows, Dataset<Row> timeline, long timelineRows,
      Map<String, Long> documentsByTheme) {
    public String summary() {
      return String.format("%d themes found, documents per theme %s", documentsByTheme.size(), documentsByTheme);
    }
  }

  /**
   * @param periods every document's timeline period (timeline.DocumentPeriods)
   * @param actorMentions the actors' names (actors.ActorStage.stories), which hold no theme mentions
   */
  public static Tables run(SparkSession spark, Dataset<DocumentRecord> documents, Dataset<Row> periods,
      ThemeDictionary dictionary, Dataset<ActorMention> actorMentions, ThemeSettings settings,
      TimelineSettings timelineSettings, Granularity granularity, StageContext stage) {
    Dataset<ThemeMention> mentions = stage.keep(Themes.mentions(documents, actorMentions, new ThemeMatcher(dictionary)));
    Dataset<Row> perDocument = stage.keep(Themes.perDocument(mentions, documents));
    List<ThemeTimeline.Row> timeline = Themes.timeline(perDocument, periods, dictionary, granularity,
        new ThemeTimeline.Spikes(settings.spikeWindow(), settings.spikeZ(), settings.spikeMinDocuments()),
        new ThemeTimeline.Apart(timelineSettings.outlierGap(), timelineSettings.outlierShare()));
    Tables tables = new Tables(Themes.dictionaryFrame(spark, dictionary), dictionary.themes().size(), mentions,
        mentions.count(), perDocument, perDocument.count(), Themes.timelineFrame(spark, timeline), timeline.size(),
        StageContext.countBy(perDocument, "themeId"));
    stage.manifestCount("theme_mentions", tables.mentionRows());
    stage.manifestCount("document_themes", tables.documentThemeRows());
    return tables;
  }
}
