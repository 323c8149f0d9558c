package io.newsatlas.ingest;

import java.util.Locale;

/** Why an input did not become a document. The code is what the rejects table stores. */
public enum RejectReason {
  EMPTY("the file or record holds no text"),
  BINARY("the file is binary (not text)"),
  BAD_ENCODING("the bytes are not valid UTF-8 nor any configured fallback encoding"),
  BAD_COMPRESSION("the .gz file is corrupt or truncated"),
  UNREADABLE("the file could not be read"),
  TOO_LARGE("larger than ingest.max_document_bytes"),
  UNSUPPORTED_FORMAT("the file type is not one newsatlas reads"),
  MALFORMED_JSON("the JSON record does not parse, or is not an object"),
  MALFORMED_CSV("the CSV record does not parse, or has the wrong number of fields"),
  BAD_PARQUET("the Parquet file is corrupt or has no mapped text column"),
  MISSING_TEXT("the record has no text field (see ingest.fields.text)"),
  TOO_SHORT("fewer words than ingest.min_words"),
  DUPLICATE("same text as a document kept earlier"),
  UNDATED("no date found, and ingest.reject_undated is true"),
  UNKNOWN_LANGUAGE("language undetermined, and ingest.reject_unknown_language is true");

  private final String meaning;

  RejectReason(String meaning) {
    this.meaning = meaning;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String meaning() {
    return meaning;
  }
}
