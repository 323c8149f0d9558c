package io.newsatlas.ingest;

import java.io.Serializable;

/**
 * A document's date and its provenance.
 *
 * @param source where it was read: {@code header_line}, {@code field:<name>}, {@code dateline},
 *     {@code text}, {@code file_name} or {@code none}
 * @param evidence the words that gave it, quoted, for an analyst to check
 * @param sentence the sentence around the date (input to year resolution; not a table column)
 */
public record DateFinding(DateMention mention, String source, String evidence, String sentence)
    implements Serializable {

  public static final DateFinding NONE = new DateFinding(null, "none", null, null);

  public DatePrecision precision() {
    return mention == null ? DatePrecision.NONE : mention.precision();
  }
}
