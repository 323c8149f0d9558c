package io.newsatlas.config;

/**
 * Every setting of a run, immutable. Built by {@link JobConfigLoader} from the bundled defaults,
 * conf/newsatlas.yaml (or --conf), the command-line flags and --set overrides, in that order.
 * Stages receive only the part they need.
 */
public record JobConfig(
    String input,
    String output,
    long seed,
    TableSettings tables,
    SparkSettings spark,
    IngestSettings ingest,
    DateSettings dates,
    LanguageSettings language,
    TimelineSettings timeline,
    ThemeSettings themes,
    ActorSettings actors,
    EventSettings events,
    TokenSettings tokens,
    TopicSettings topics,
    ReportSettings report) implements java.io.Serializable {

  /** Checks every setting; the first bad one ends the run with a message naming it. */
  public JobConfig validate() {
    ConfigException.check(input != null && !input.isBlank(), "Invalid input: empty (give --input FILE_OR_DIR)");
    ConfigException.check(output != null && !output.isBlank(), "Invalid output: empty (give --output DIR)");
    ConfigException.check(tables != null && spark != null && ingest != null && dates != null && language != null
            && timeline != null && themes != null && actors != null && events != null && tokens != null && topics != null
            && report != null,
        "Invalid settings: a section (tables, spark, ingest, dates, language, timeline, themes, actors, events, tokens, topics, report) is missing");
    tables.validate();
    spark.validate();
    ingest.validate();
    dates.validate();
    language.validate();
    timeline.validate();
    themes.validate();
    actors.validate();
    events.validate();
    tokens.validate();
    topics.validate();
    report.validate();
    return this;
  }
}
