package io.newsatlas.config;

import java.nio.charset.Charset;
import java.util.List;

/** Settings of the ingest stage; see conf/newsatlas.yaml for their meaning and defaults. */
public record IngestSettings(
    long targetTaskBytes,
    int minWords,
    long maxDocumentBytes,
    List<String> fallbackEncodings,
    int sampleChars,
    boolean rejectUndated,
    boolean rejectUnknownLanguage,
    FieldMapping fields) implements java.io.Serializable {

  void validate() {
    ConfigException.check(targetTaskBytes >= 1 << 20,
        "Invalid ingest.target_task_bytes: %d (must be at least 1048576, one MiB)", targetTaskBytes);
    ConfigException.check(minWords >= 0 && minWords <= 100_000,
        "Invalid ingest.min_words: %d (must be between 0 and 100000)", minWords);
    ConfigException.check(maxDocumentBytes >= 1024,
        "Invalid ingest.max_document_bytes: %d (must be at least 1024)", maxDocumentBytes);
    ConfigException.check(sampleChars >= 20 && sampleChars <= 10_000,
        "Invalid ingest.sample_chars: %d (must be between 20 and 10000)", sampleChars);
    ConfigException.check(fallbackEncodings != null, "Invalid ingest.fallback_encodings: null (use [] for none)");
    for (String encoding : fallbackEncodings) {
      boolean supported;
      try {
        supported = Charset.isSupported(encoding);
      } catch (IllegalArgumentException e) {
        supported = false;
      }
      ConfigException.check(supported,
          "Invalid ingest.fallback_encodings: '%s' is not a charset this Java knows (e.g. windows-1258, windows-1252, ISO-8859-1)",
          encoding);
    }
    ConfigException.check(fields != null, "Invalid ingest.fields: missing");
    fields.validate();
  }
}
