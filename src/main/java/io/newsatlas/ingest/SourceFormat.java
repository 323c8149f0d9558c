package io.newsatlas.ingest;

import java.util.Locale;
import java.util.Optional;

/** Input file formats, chosen by file extension; any of them may also be gzipped (.gz). */
public enum SourceFormat {
  /** One article per file. */
  TXT("txt", "text"),
  /** One JSON object per line. */
  JSONL("jsonl", "ndjson"),
  /** A JSON array of objects, or objects one after another (like JSONL, possibly pretty-printed). */
  JSON("json"),
  /** Header row, one article per record; quoted fields may span lines. */
  CSV("csv"),
  /** Columns mapped by ingest.fields; read with Spark's own Parquet reader. */
  PARQUET("parquet"),
  /** Reuters-21578 SGML: many REUTERS records per file, with DATE, TITLE, BODY and labels. */
  SGML("sgm", "sgml");

  public static final String SUPPORTED = ".txt .jsonl .json .csv .parquet .sgm (Reuters-21578), and .gz of the text formats";

  private final String[] extensions;

  SourceFormat(String... extensions) {
    this.extensions = extensions;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static boolean isGzip(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** The format of a file name, looking through a trailing .gz. */
  public static Optional<SourceFormat> of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    if (dot <= slash) {
      return Optional.empty();
    }
    String extension = name.substring(dot + 1);
    for (SourceFormat format : values()) {
      for (String candidate : format.extensions) {
        if (candidate.equals(extension)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }
}
