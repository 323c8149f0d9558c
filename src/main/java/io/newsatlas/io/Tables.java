package io.newsatlas.io;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Every output table, declared once: names, types and meanings. Other tools (DuckDB, pandas,
 * notebooks) depend on these names; the README's table list is checked against this class.
 * Layout: {@code <output>/tables/<name>/} holds the Parquet files of a table.
 */
public final class Tables {
  private Tables() {}

  public static final TableSpec DOCUMENTS = new TableSpec("documents",
      "One row per kept input document: its text, where it came from, its date and language.",
      List.of(
          new ColumnSpec("doc_id", StringType, "Stable id: first 16 hex digits of SHA-256 over source_path and the NFC text"),
          new ColumnSpec("source_path", StringType, "File the document came from, relative to the input folder"),
          new ColumnSpec("source_row", LongType, "Line (JSONL, CSV record start, JSON value) or row (Parquet) in that file, from 1; null for one-article files"),
          new ColumnSpec("format", StringType, "Input format: txt, jsonl, json, csv or parquet, with .gz when compressed"),
          new ColumnSpec("encoding", StringType, "Character encoding the text was read with (UTF-8 unless a fallback was needed)"),
          new ColumnSpec("byte_length", LongType, "Bytes of the article in the input (the file for txt, the record's text otherwise)"),
          new ColumnSpec("content_sha256", StringType, "SHA-256 of the normalised text; equal for duplicates"),
          new ColumnSpec("external_id", StringType, "The source's own id (id/doc_id field or header), if any"),
          new ColumnSpec("title", StringType, "Title from the source, or the first of the opening lines that reads like a headline (a site banner or a date line passed over)"),
          new ColumnSpec("text", StringType, "Article text, Unicode NFC, header lines removed"),
          new ColumnSpec("word_count", IntegerType, "Words (runs of letters) in text"),
          new ColumnSpec("url", StringType, "URL from the source, if any"),
          new ColumnSpec("outlet", StringType, "Publisher from the source field, or the URL's host"),
          new ColumnSpec("date", DateType, "Publication date when the year is known (first day of the month or year for coarser precision); null otherwise"),
          new ColumnSpec("date_year", IntegerType, "Year, when known"),
          new ColumnSpec("date_month", IntegerType, "Month 1-12, when known"),
          new ColumnSpec("date_day", IntegerType, "Day of month, when known"),
          new ColumnSpec("date_precision", StringType, "day, month, year, month_day (day and month, year unknown) or none"),
          new ColumnSpec("date_source", StringType, "Where the date was read: header_line, field:<name>, dateline, text, file_name or none; '+year:<evidence kinds>' when a partial date's year was resolved"),
          new ColumnSpec("date_evidence", StringType, "The words that gave the date, and for a resolved year the evidence that fixed it"),
          new ColumnSpec("story_id", StringType, "Documents reporting one event (a translation, another outlet's report) share it: the smallest doc_id among them; see actors.story_*"),
          new ColumnSpec("language", StringType, "ISO 639-1 code (en, vi, ...), or und when undetermined"),
          new ColumnSpec("language_confidence", DoubleType, "Detector's margin over the runner-up language, 0-1: 1 - runner-up / best of Lingua's relative scores, not a probability (English news mostly 0.1-0.3, Vietnamese 0.3-0.7); null when the source gave the language"),
          new ColumnSpec("language_source", StringType, "detected, or field when the source named the language"),
          new ColumnSpec("source_labels", createMapType(StringType, createArrayType(StringType)), "Labels the source carries, by kind (Reuters-21578: topics, places, people, orgs, exchanges); for evaluation"),
          new ColumnSpec("notes", createArrayType(StringType), "Warnings for the analyst: fallback encoding, partial or missing date, undetermined language")),
      List.of("doc_id"));

  public static final TableSpec REJECTS = new TableSpec("rejects",
      "One row per input (file or record) that did not become a document, with the reason.",
      List.of(
          new ColumnSpec("source_path", StringType, "File, relative to the input folder"),
          new ColumnSpec("source_row", LongType, "Line or row in the file, from 1; null when the whole file is rejected"),
          new ColumnSpec("format", StringType, "Input format as in documents.format (unknown for unsupported files)"),
          new ColumnSpec("reason", StringType, "Reason code: empty, binary, bad_encoding, bad_compression, unreadable, too_large, unsupported_format, malformed_json, malformed_csv, bad_parquet, missing_text, too_short, duplicate, undated, unknown_language"),
          new ColumnSpec("message", StringType, "What is wrong and what to do about it"),
          new ColumnSpec("sample", StringType, "The start of the offending input, control characters escaped"),
          new ColumnSpec("byte_length", LongType, "Bytes of the rejected input, where known"),
          new ColumnSpec("doc_id", StringType, "The id the document would have had (duplicate, too_short, undated, unknown_language)"),
          new ColumnSpec("duplicate_of", StringType, "For duplicates: doc_id of the kept document")),
      List.of("source_path", "source_row", "reason"));

  public static final TableSpec RUN_MANIFEST = new TableSpec("run_manifest",
      "One row describing the run: settings, versions, input checksums, counts and timings (also run_manifest.json).",
      List.of(
          new ColumnSpec("run_id", StringType, "Start time and process id of the run"),
          new ColumnSpec("started_at", StringType, "Start, ISO-8601 UTC"),
          new ColumnSpec("finished_at", StringType, "End, ISO-8601 UTC"),
          new ColumnSpec("newsatlas_version", StringType, "Version of newsatlas"),
          new ColumnSpec("java_version", StringType, "Java runtime version of the driver"),
          new ColumnSpec("spark_version", StringType, "Spark version"),
          new ColumnSpec("spark_master", StringType, "Spark master the run used"),
          new ColumnSpec("blas", StringType, "BLAS the executors' MLlib used (VectorBLAS, JavaBLAS, native): the last digits of topic weights follow it"),
          new ColumnSpec("input", StringType, "Input path as resolved"),
          new ColumnSpec("settings_origin", StringType, "Settings file read (or bundled defaults)"),
          new ColumnSpec("settings_json", StringType, "Every setting of the run, as JSON"),
          new ColumnSpec("seed", LongType, "Random seed"),
          new ColumnSpec("input_files", createArrayType(DataTypes.createStructType(new StructField[] {
              DataTypes.createStructField("path", StringType, true),
              DataTypes.createStructField("format", StringType, true),
              DataTypes.createStructField("bytes", LongType, true),
              DataTypes.createStructField("sha256", StringType, true)})),
              "Each input file: path, format, bytes and SHA-256"),
          new ColumnSpec("skipped_files", createArrayType(StringType), "Entries of the input not read, as 'path (reason)': hidden (. or _), symbolic link loop, broken link, unreadable"),
          new ColumnSpec("counts", createMapType(StringType, LongType), "Counts per stage: input_files, inputs, documents, rejects, rejects.<reason>, ..."),
          new ColumnSpec("timings_ms", createMapType(StringType, LongType), "Wall time per stage in milliseconds"),
          new ColumnSpec("spark_jobs", createMapType(StringType, LongType),
              "Spark jobs per stage (the same for 5 documents as for 150,000; the report stage runs after the manifest)"),
          new ColumnSpec("balanced", BooleanType, "Whether documents + rejects == inputs")),
      List.of("run_id"));

  public static final TableSpec THEMES = new TableSpec("themes",
      "The theme dictionary the run used (conf/themes.yaml): names and hierarchy.",
      List.of(
          new ColumnSpec("theme_id", StringType, "Theme id"),
          new ColumnSpec("name_en", StringType, "Display name in English"),
          new ColumnSpec("name_vi", StringType, "Display name in Vietnamese"),
          new ColumnSpec("parent_id", StringType, "Broader theme this one rolls up into, if any"),
          new ColumnSpec("terms_en", createArrayType(StringType), "English terms as written in the dictionary"),
          new ColumnSpec("terms_vi", createArrayType(StringType), "Vietnamese terms as written in the dictionary"),
          new ColumnSpec("exclude", createArrayType(StringType), "Phrases that are not this theme although they hold a term")),
      List.of("theme_id"));

  public static final TableSpec THEME_MENTIONS = new TableSpec("theme_mentions",
      "Every theme term found in a document, with its sentence as evidence.",
      List.of(
          new ColumnSpec("doc_id", StringType, "Document (documents.doc_id)"),
          new ColumnSpec("theme_id", StringType, "Theme (themes.theme_id)"),
          new ColumnSpec("term", StringType, "Dictionary term (or its English plural/spelling variant) that matched"),
          new ColumnSpec("matched_text", StringType, "The words as written in the document"),
          new ColumnSpec("sentence_index", IntegerType, "Sentence number in the document, from 0"),
          new ColumnSpec("sentence", StringType, "The sentence holding the match"),
          new ColumnSpec("char_start", IntegerType, "Offset of the match in documents.text (first character)"),
          new ColumnSpec("char_end", IntegerType, "Offset just after the match in documents.text")),
      List.of("doc_id", "char_start", "theme_id"));

  public static final TableSpec DOCUMENT_THEMES = new TableSpec("document_themes",
      "Each theme a document touches: how often, how strongly, and one evidence sentence.",
      List.of(
          new ColumnSpec("doc_id", StringType, "Document (documents.doc_id)"),
          new ColumnSpec("theme_id", StringType, "Theme (themes.theme_id)"),
          new ColumnSpec("mentions", LongType, "Matches of the theme's terms in the document"),
          new ColumnSpec("score", DoubleType, "Mentions per 1,000 words of the document"),
          new ColumnSpec("terms", createArrayType(StringType), "Distinct terms that matched"),
          new ColumnSpec("evidence", StringType, "The first sentence that mentions the theme")),
      List.of("doc_id", "theme_id"));

  public static final TableSpec THEME_TIMELINE = new TableSpec("theme_timeline",
      "Documents and stories per theme, period and language (and 'all' languages), with zeros for empty periods and explicit buckets for partial and missing dates. A story is a document with its translations and copies (documents.story_id): in 'all' it counts once, however many languages tell it.",
      List.of(
          new ColumnSpec("period", StringType, "Period label (2026-02, 2026-W07, 2026-Q1, ...), or the bucket name partial_date / undated"),
          new ColumnSpec("period_start", DateType, "First day of the period; null for the buckets"),
          new ColumnSpec("bucket", StringType, "dated, partial_date (date coarser than the period, or no year) or undated"),
          new ColumnSpec("theme_id", StringType, "Theme (themes.theme_id)"),
          new ColumnSpec("language", StringType, "Document language, or all"),
          new ColumnSpec("documents", LongType, "Documents in the period that mention the theme"),
          new ColumnSpec("stories", LongType, "Stories (documents.story_id) among those documents"),
          new ColumnSpec("documents_with_subthemes", LongType, "Documents that mention the theme or one of its sub-themes (roll-up)"),
          new ColumnSpec("mentions", LongType, "Matches of the theme's terms in those documents"),
          new ColumnSpec("period_documents", LongType, "All documents of the period and language"),
          new ColumnSpec("period_stories", LongType, "All stories of the period and language"),
          new ColumnSpec("share", DoubleType, "stories / period_stories; null when the period has no documents"),
          new ColumnSpec("z_score", DoubleType, "The period's share against the mean share of the theme's previous themes.spike_window periods with documents, in standard deviations (at least one story's share); null without enough history"),
          new ColumnSpec("spike", BooleanType, "z_score >= themes.spike_z and stories >= themes.spike_min_documents")),
      List.of("theme_id", "language", "bucket", "period_start"));

  public static final TableSpec ACTORS = new TableSpec("actors",
      "The actor gazetteer the run used (conf/actors.yaml), with how often and when each actor is named.",
      List.of(
          new ColumnSpec("actor_id", StringType, "Actor id"),
          new ColumnSpec("type", StringType, "person, organisation, country or international_body"),
          new ColumnSpec("name_en", StringType, "Display name in English"),
          new ColumnSpec("name_vi", StringType, "Display name in Vietnamese"),
          new ColumnSpec("country_id", StringType, "For a national body, its country's actor id"),
          new ColumnSpec("mentions", LongType, "Mentions in the corpus"),
          new ColumnSpec("documents", LongType, "Documents that name the actor"),
          new ColumnSpec("first_date", DateType, "Earliest dated document that names the actor"),
          new ColumnSpec("last_date", DateType, "Latest dated document that names the actor")),
      List.of("actor_id"));

  public static final TableSpec MENTIONS = new TableSpec("mentions",
      "Every actor named in a document, with the sentence as evidence.",
      List.of(
          new ColumnSpec("doc_id", StringType, "Document (documents.doc_id)"),
          new ColumnSpec("actor_id", StringType, "Actor (actors.actor_id)"),
          new ColumnSpec("surface", StringType, "The words as written in the document"),
          new ColumnSpec("how", StringType, "alias (a name in the gazetteer), short_form (\"Quang\" after \"Lương Tam Quang\") or coordination (\"ministries of Public Security, Foreign Affairs\")"),
          new ColumnSpec("sentence_index", IntegerType, "Sentence number in the document, from 0"),
          new ColumnSpec("sentence", StringType, "The sentence holding the mention"),
          new ColumnSpec("char_start", IntegerType, "Offset of the mention in documents.text"),
          new ColumnSpec("char_end", IntegerType, "Offset just after the mention in documents.text")),
      List.of("doc_id", "char_start"));

  public static final TableSpec COOCCURRENCE = new TableSpec("cooccurrence",
      "Pairs of actors named together, at three levels: in a document, in a sentence, in a story.",
      List.of(
          new ColumnSpec("actor_a", StringType, "First actor id (alphabetically)"),
          new ColumnSpec("actor_b", StringType, "Second actor id"),
          new ColumnSpec("level", StringType, "document, sentence or story"),
          new ColumnSpec("count", LongType, "Documents, sentences or stories that name both"),
          new ColumnSpec("first_date", DateType, "Earliest dated document where they co-occur"),
          new ColumnSpec("last_date", DateType, "Latest dated document where they co-occur"),
          new ColumnSpec("example_doc_id", StringType, "A document where they co-occur"),
          new ColumnSpec("example_sentence", StringType, "A sentence that names both, when there is one"),
          new ColumnSpec("npmi", DoubleType, "How much more often they are named together than chance: normalised pointwise mutual information over the documents, sentences or stories that name any actor (1 only together, 0 as chance, below 0 less)")),
      List.of("actor_a", "actor_b", "level"));

  public static final TableSpec EVENTS = new TableSpec("events",
      "Who met whom, when, where and about what: one row per interaction between named actors (a reception, a visit, talks, a phone call, a meeting of a named mechanism, a signing), however many documents report it. Found in sentences where an interaction phrase of the event dictionary (events.dictionary) meets two people of the gazetteer, or a person and another side; newest first.",
      List.of(
          new ColumnSpec("event_id", StringType, "Stable id: a hash of the day and the people"),
          new ColumnSpec("date", DateType, "The day it happened (first day of the month or year when only those are known); null when unknown"),
          new ColumnSpec("date_precision", StringType, "day, week (\"last week\": date is that week's Monday), month, year, month_day or none"),
          new ColumnSpec("date_source", StringType, "sentence: the event's sentence gives it (\"on Friday\", \"on October 30\", \"Chiều 13/2\"), resolved against the document's date; document: the document's date stands in"),
          new ColumnSpec("date_text", StringType, "The sentence's words for the date; null when the document's date stands in"),
          new ColumnSpec("kind", StringType, "reception, visit, talks, phone_call, dialogue (a named mechanism's meeting), meeting or signing: the event dictionary's kinds"),
          new ColumnSpec("cameo_code", StringType, "The kind's CAMEO code, as in GDELT, ICEWS and Phoenix (040 consult, 041 telephone, 042 make a visit, 043 host a visit, 046 negotiate, 057 sign)"),
          new ColumnSpec("place", StringType, "Where, when the sentence says so (\"in Hà Nội\", \"tại Hà Nội\"): a place of the event dictionary; null otherwise (a phone call has none)"),
          new ColumnSpec("participants", createArrayType(StringType), "The people who met: actors.actor_id, or 'name:' and the name as written for a person the gazetteer lacks whom a title introduces (\"Treasury Secretary James Baker\")"),
          new ColumnSpec("sides", createArrayType(StringType), "Whom they spoke for: the people's affiliations on the day (conf/actors.yaml) and organisations named in the sentence (actor ids)"),
          new ColumnSpec("countries", createArrayType(StringType), "The countries involved: the sides' countries, countries named in the sentence and the place's country (actor ids)"),
          new ColumnSpec("mechanism", StringType, "The named cooperation format, when the sentence names one (\"Viet Nam-US Law Enforcement and Security Dialogue\")"),
          new ColumnSpec("mechanism_round", IntegerType, "Its round, when given (\"the second\", \"lần thứ II\")"),
          new ColumnSpec("themes", createArrayType(StringType), "Themes of the documents that report it (themes.theme_id)"),
          new ColumnSpec("doc_ids", createArrayType(StringType), "Every document that reports it (a story's translations are one event)"),
          new ColumnSpec("story_ids", createArrayType(StringType), "Their stories (documents.story_id)"),
          new ColumnSpec("referred_in", createArrayType(StringType), "Documents that only refer to it (\"In September 2025, the MoPS and the US Department of State co-chaired the second Dialogue\"): same kind and month, a shared side"),
          new ColumnSpec("evidence", createMapType(StringType, StringType), "A sentence that reports it, per document language"),
          new ColumnSpec("rule", StringType, "What made it an event: the interaction phrase and who was named with it")),
      List.of("event_id"));

  public static final TableSpec COOCCURRENCE_BY_PERIOD = new TableSpec("cooccurrence_by_period",
      "Co-occurrence counts per period (timeline.period), with explicit partial_date and undated buckets.",
      List.of(
          new ColumnSpec("period", StringType, "Period label, or partial_date / undated"),
          new ColumnSpec("period_start", DateType, "First day of the period; null for the buckets"),
          new ColumnSpec("bucket", StringType, "dated, partial_date or undated"),
          new ColumnSpec("actor_a", StringType, "First actor id (alphabetically)"),
          new ColumnSpec("actor_b", StringType, "Second actor id"),
          new ColumnSpec("level", StringType, "document or sentence"),
          new ColumnSpec("count", LongType, "Documents or sentences in the period that name both")),
      List.of("actor_a", "actor_b", "level", "bucket", "period_start"));

  public static final TableSpec ACTOR_CANDIDATES = new TableSpec("actor_candidates",
      "Names that look like people or organisations but are not in the gazetteer: material to grow conf/actors.yaml.",
      List.of(
          new ColumnSpec("name", StringType, "The name as first written"),
          new ColumnSpec("kind", StringType, "person (after a title such as Minister, Bộ trưởng), organisation (Ministry, Bureau, Bộ, Corp ...), acronym (defined in parentheses), name (capitalised words), event (a tournament, festival or fair) or outlet (a newspaper, agency or broadcaster); places are left out"),
          new ColumnSpec("long_form", StringType, "For an acronym, the words before its parentheses"),
          new ColumnSpec("title", StringType, "For a person, the title most often written before the name (Deputy Minister, Bộ trưởng)"),
          new ColumnSpec("documents", LongType, "Documents where it appears"),
          new ColumnSpec("mentions", LongType, "Times it appears"),
          new ColumnSpec("example_sentence", StringType, "A sentence where it appears"),
          new ColumnSpec("example_doc_id", StringType, "The document of that sentence")),
      List.of("name"));

  public static final TableSpec TOKENS = new TableSpec("tokens",
      "Each document as the terms the topic model reads, in text order: tokenised once, shared by later stages.",
      List.of(
          new ColumnSpec("doc_id", StringType, "Document (documents.doc_id)"),
          new ColumnSpec("language", StringType, "Document language (documents.language)"),
          new ColumnSpec("terms", createArrayType(StringType), "Terms in text order: lower-case words without stop words and numbers; multi-word terms joined by '_' ('ma_túy', 'human_trafficking')"),
          new ColumnSpec("concepts", createArrayType(StringType), "Language-neutral terms from the theme and actor dictionaries ('concept:drugs', 'actor:mps_vn') in text order, which let EN and VI documents share topics"),
          new ColumnSpec("term_count", IntegerType, "Number of terms")),
      List.of("doc_id"));

  private static final org.apache.spark.sql.types.DataType TERM_WEIGHTS = createArrayType(DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("term", StringType, true),
      DataTypes.createStructField("weight", DoubleType, true)}));

  private static final String MODEL_ID = "The topic model the weights came from (optimizer, K, seed and a hash of its topics), saved under model/ in the output; a run with --topic-model gives the saved model's id";

  public static final TableSpec TOPICS = new TableSpec("topics",
      "The topics of the fitted model: top terms, coherence, size and language mix.",
      List.of(
          new ColumnSpec("topic_id", IntegerType, "Topic number, from 0, ordered by share (0 is the largest)"),
          new ColumnSpec("label", StringType, "Label made from the top three terms"),
          new ColumnSpec("top_terms", TERM_WEIGHTS, "Top terms (topics.top_terms of them) with their probability in the topic"),
          new ColumnSpec("coherence", DoubleType, "NPMI of the top-10 terms' pairs over the corpus's documents, -1 to 1 (higher reads better)"),
          new ColumnSpec("share", DoubleType, "Mean weight of the topic over all modelled documents (shares sum to 1)"),
          new ColumnSpec("documents", LongType, "Documents whose dominant topic it is"),
          new ColumnSpec("language_mix", createMapType(StringType, DoubleType), "Share of the topic's weight by document language (sums to 1)"),
          new ColumnSpec("model_id", StringType, MODEL_ID)),
      List.of("topic_id"));

  public static final TableSpec DOCUMENT_TOPICS = new TableSpec("document_topics",
      "Topic weights of each modelled document (weights below topics.min_document_weight left out, except the dominant topic).",
      List.of(
          new ColumnSpec("doc_id", StringType, "Document (documents.doc_id)"),
          new ColumnSpec("topic_id", IntegerType, "Topic (topics.topic_id)"),
          new ColumnSpec("weight", DoubleType, "The topic's weight in the document; a document's weights over all topics sum to 1"),
          new ColumnSpec("dominant", BooleanType, "Whether it is the document's largest topic"),
          new ColumnSpec("model_id", StringType, MODEL_ID)),
      List.of("doc_id", "topic_id"));

  public static final TableSpec TOPICS_OVER_TIME = new TableSpec("topics_over_time",
      "Topics per period (timeline.period) and language (and 'all'), with zeros for empty periods and explicit buckets for partial and missing dates.",
      List.of(
          new ColumnSpec("period", StringType, "Period label, or partial_date / undated"),
          new ColumnSpec("period_start", DateType, "First day of the period; null for the buckets"),
          new ColumnSpec("bucket", StringType, "dated, partial_date or undated"),
          new ColumnSpec("topic_id", IntegerType, "Topic (topics.topic_id)"),
          new ColumnSpec("language", StringType, "Document language, or all"),
          new ColumnSpec("documents", LongType, "Documents of the period whose dominant topic it is"),
          new ColumnSpec("mean_weight", DoubleType, "Mean weight of the topic over the period's modelled documents; null when there are none"),
          new ColumnSpec("period_documents", LongType, "Modelled documents of the period and language"),
          new ColumnSpec("share", DoubleType, "documents / period_documents; null when the period has no documents")),
      List.of("topic_id", "language", "bucket", "period_start"));

  public static final TableSpec TOPIC_MODEL_SELECTION = new TableSpec("topic_model_selection",
      "Every fit tried, one per number of topics (topics.k or topics.k_grid, with topics.optimizer) and one per fit of the most coherent K with topics.final_optimizer (topics.restarts), with its scores; the chosen one flagged.",
      List.of(
          new ColumnSpec("k", IntegerType, "Number of topics"),
          new ColumnSpec("seed", LongType, "Seed of the fit: the run's seed, plus n for the chosen K's (n + 1)-th fit"),
          new ColumnSpec("coherence", DoubleType, "Mean NPMI of the topics' top-10 terms (the selection score)"),
          new ColumnSpec("log_likelihood", DoubleType, "Gibbs: log p(words, topics) of the final sample; MLlib: the log-likelihood bound of a sample of the modelled documents (topics.likelihood_documents)"),
          new ColumnSpec("log_perplexity", DoubleType, "Minus log_likelihood per token (lower fits better; compare fits of one optimizer and vocabulary only: the optimizers' measures and priors differ)"),
          new ColumnSpec("fit_seconds", DoubleType, "Wall time of the fit (the grid's Gibbs fits run side by side, as many as Spark has task slots)"),
          new ColumnSpec("optimizer", StringType, "gibbs, online or em (topics.optimizer, topics.final_optimizer)"),
          new ColumnSpec("iterations", IntegerType, "Iterations of the optimizer (Gibbs: sweeps; a K the grid stopped early has topics.grid_sweeps)"),
          new ColumnSpec("documents", LongType, "Documents the fit read: the grid's fits read a seeded sample of about topics.grid_tokens tokens (the note says so), the chosen K's fits all modelled documents"),
          new ColumnSpec("vocabulary", IntegerType, "Terms the fit read (capped by topics.gibbs_max_document_share, max_document_share or em_max_document_share)"),
          new ColumnSpec("chosen", BooleanType, "The model whose topics the other topic tables hold"),
          new ColumnSpec("note", StringType, "Why this fit was (not) chosen, or why the grid was cut (small corpus)")),
      List.of("k", "seed", "optimizer"));

  public static final List<TableSpec> ALL = List.of(DOCUMENTS, REJECTS, RUN_MANIFEST, THEMES, THEME_MENTIONS,
      DOCUMENT_THEMES, THEME_TIMELINE, ACTORS, MENTIONS, COOCCURRENCE, COOCCURRENCE_BY_PERIOD, ACTOR_CANDIDATES, EVENTS,
      TOKENS, TOPICS, DOCUMENT_TOPICS, TOPICS_OVER_TIME, TOPIC_MODEL_SELECTION);

  /** The README's description of every table (a test checks the README holds it). */
  public static String markdown() {
    StringBuilder out = new StringBuilder();
    for (TableSpec table : ALL) {
      out.append("### `").append(table.name()).append("`\n\n").append(table.description()).append("\n\n")
          .append("| column | type | meaning |\n|---|---|---|\n");
      for (ColumnSpec column : table.columns()) {
        out.append("| `").append(column.name()).append("` | ").append(column.type().simpleString().replace("|", "\\|"))
            .append(" | ").append(column.description().replace("|", "\\|")).append(" |\n");
      }
      out.append('\n');
    }
    return out.toString().stripTrailing() + "\n";
  }

  public static String names() {
    return ALL.stream().map(TableSpec::name).collect(Collectors.joining(", "));
  }
}
