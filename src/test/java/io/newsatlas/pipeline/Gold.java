package io.newsatlas.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The hand-made reading of the seeds (copy of ../shared/gold/seeds.yaml in test resources). */
final class Gold {
  record Document(String file, String language, String date, String story, List<String> themes,
      java.util.Map<String, String> themeEvidenceVi) {}

  private Gold() {}

  static JsonNode tree() {
    try (InputStream in = Gold.class.getResourceAsStream("/gold-seeds.yaml")) {
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** theme_timeline of the gold: month -> theme -> at least this many documents. */
  static java.util.Map<String, java.util.Map<String, Long>> themeTimeline() {
    java.util.Map<String, java.util.Map<String, Long>> out = new java.util.TreeMap<>();
    tree().get("theme_timeline").fields().forEachRemaining(month -> {
      java.util.Map<String, Long> themes = new java.util.TreeMap<>();
      month.getValue().fields().forEachRemaining(t -> themes.put(t.getKey(), t.getValue().asLong()));
      out.put(month.getKey(), themes);
    });
    return out;
  }

  static List<Document> documents() {
    List<Document> out = new ArrayList<>();
    for (JsonNode doc : tree().get("documents")) {
      List<String> themes = new ArrayList<>();
      doc.get("themes").forEach(t -> themes.add(t.asText()));
      java.util.Map<String, String> evidence = new java.util.TreeMap<>();
      if (doc.has("theme_evidence_vi")) {
        doc.get("theme_evidence_vi").fields().forEachRemaining(e -> evidence.put(e.getKey(), e.getValue().asText()));
      }
      out.add(new Document(doc.get("file").asText(), doc.get("language").asText(), doc.get("date").asText(),
          doc.get("story").asText(), themes, evidence));
    }
    return out;
  }
}
