package io.newsatlas.text;

import io.newsatlas.config.LanguageSettings;
import io.newsatlas.ingest.DocumentRecord;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;

/**
 * Stage: the language of each document. Reads text and the source's own language field
 * (languageHint); provides language (ISO 639-1, or 'und'), language_confidence and
 * language_source ('field' or 'detected').
 */
public final class Languages {
  private static final Map<String, String> NAMES = Map.of(
      "english", "en", "vietnamese", "vi", "tiếng việt", "vi", "french", "fr", "chinese", "zh");

  private Languages() {}

  public static Dataset<DocumentRecord> identify(Dataset<DocumentRecord> documents, LanguageSettings settings) {
    return documents.mapPartitions((MapPartitionsFunction<DocumentRecord, DocumentRecord>) rows -> {
      LanguageIdentifier identifier = new LanguageIdentifier(settings);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public DocumentRecord next() {
          DocumentRecord doc = rows.next();
          apply(doc, identifier);
          return doc;
        }
      };
    }, Encoders.bean(DocumentRecord.class));
  }

  static void apply(DocumentRecord doc, LanguageIdentifier identifier) {
    String declared = isoCode(doc.getLanguageHint());
    if (declared != null) {
      doc.setLanguage(declared);
      doc.setLanguageConfidence(null);
      doc.setLanguageSource("field");
      return;
    }
    if (doc.getLanguageHint() != null) {
      doc.addNote("language: the field value '" + doc.getLanguageHint() + "' is not a language code; detected instead");
    }
    LanguageIdentifier.Result result = identifier.identify(doc.getText());
    doc.setLanguage(result.language());
    doc.setLanguageConfidence(result.confidence());
    doc.setLanguageSource("detected");
    if (LanguageIdentifier.UNDETERMINED.equals(result.language())) {
      doc.addNote("language undetermined" + (result.bestGuess() == null ? ""
          : ": best guess '" + result.bestGuess() + "' with margin " + String.format(Locale.ROOT, "%.3f", result.confidence())
              + (result.why().startsWith("below") ? " (" + result.why() + ")" : " " + result.why())));
    }
  }

  /** "en", "EN", "en-US", "English" -> "en"; null when the value is not recognisably a language. */
  static String isoCode(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (NAMES.containsKey(v)) {
      return NAMES.get(v);
    }
    String primary = v.split("[-_]")[0];
    return primary.matches("[a-z]{2}") ? primary : null;
  }
}
